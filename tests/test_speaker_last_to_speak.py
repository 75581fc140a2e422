"""A "he" or "she" that closes a quotation goes on with whoever spoke last
before it: a name that no list of given names knows, when it is the
subject of a verb of speech in the sentence just before ("Zelphine Varnaby
said ... “...,” she said"), and the speaker of a second clause that has a
speech verb of its own ("X said ... while his colleague, Y, said ...").
A wrong speaker is worse than none, so each table also holds sentences
where the earlier person or nobody stays. Every sentence here is written
for the test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of

_EARLIER = "Pat Morrow said the tenants had been “kept in the dark for a whole year”."
_LATER = "“Tenants of the old mill were never on the list we had to ask,” she said."


@pytest.mark.parametrize(
    "middle, expected",
    [
        ("Zelphine Varnaby said every letter went out in the usual way.", "Zelphine Varnaby"),
        ("Borough housing and lettings lead Zelphine Varnaby said every letter went out in the usual way.", "Zelphine Varnaby"),
        # the name two sentences back, or not the subject of a speech verb: the one who spoke before
        ("Zelphine Varnaby said every letter went out in the usual way. The tenants replied.", "Pat Morrow"),
        ("The letters were sent to Zelphine Varnaby in the usual way.", "Pat Morrow"),
        # a woman the text shows to be someone else's: the pronoun stays with her
        ("Ben Lowe said every letter went out in the usual way.", "Pat Morrow"),
    ],
)
def test_she_goes_on_with_the_unlisted_name_that_just_spoke(middle, expected):
    found = speakers_of([_EARLIER, "The tenants wrote to the borough.", middle, _LATER])
    assert found[-1][1] == expected


@pytest.mark.parametrize(
    "middle, expected",
    [
        ("Cllr Ivo Brand said the bridge should be mended first while his ward colleague, Cllr Tam Rusk, said he saw no need for a new one.", "Tam Rusk"),
        ("Ivo Brand said the bridge should be mended first while his colleague Tam Rusk said he saw no need for a new one.", "Tam Rusk"),
        ("Ivo Brand said the bridge should be mended first, but Tam Rusk said he saw no need for a new one.", "Tam Rusk"),
        # the second name does not speak: the sentence's speaker goes on
        ("Ivo Brand said the bridge should be mended first and Tam Rusk agreed.", "Ivo Brand"),
        ("Ivo Brand said the bridge should be mended first while Tam Rusk listened.", "Ivo Brand"),
    ],
)
def test_he_goes_on_with_the_second_speaker_of_the_sentence(middle, expected):
    found = speakers_of([middle, "“Do we want ferries back on the river, then,” he asked."])
    assert found[-1][1] == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a relative clause reports what its name said once: the sentence's subject goes on
        ("Ben Lowe suggested Ana Roe, who has said she skipped the vote, was unfair to the mayor.", "Ben Lowe"),
        ("Ben Lowe said Ana Roe, who had said she would stay, was unfair to the mayor.", "Ben Lowe"),
        # the relative clause's name speaking with the quotation in its own clause keeps it
        ("Ben Lowe backed Ana Roe, who told the hall she would stay.", "Ana Roe"),
    ],
)
def test_a_relative_clauses_speech_is_no_lead_in(sentence, expected):
    found = speakers_of([sentence + " “I find it very unfair that this should go on any longer.”"])
    assert found[-1][1] == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # reported speech closed by an inverted attribution, then the quotation
        ("The union is striking again, said Ivo Brand.", "Ivo Brand"),
        ("Because the drivers are not getting their way, they are striking again, said Ivo Brand.", "Ivo Brand"),
        # the inverted verb names no one after it
        ("The union is striking again, it said.", None),
    ],
)
def test_an_inverted_attribution_closing_reported_speech_leads_in(sentence, expected):
    found = speakers_of([sentence + " “That is stubborn and selfish of them, and the public pays.”"])
    assert found[-1][1] == expected
