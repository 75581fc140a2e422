"""A body that issues a statement and then quotes it ("Tallow Zoo issued
the following statement: ..."), a zoo or a museum that speaks as "the
zoo", someone who named themselves to the reporter ("a farmer who
identified himself as ..."), phrases someone "spoke of" or "apologised
for", and a quotation signed after a dash with the signer's role before
the name. A wrong speaker is worse than none, so each table also holds
sentences where the speaker stays as it was. Every sentence here is
written for the test."""

import pytest

from datasette_factcheck.extract import segment
from datasette_factcheck.extract.article import quotes_of

from . import textutil

speakers_of = textutil.speakers_of


@pytest.mark.parametrize(
    "lead, expected",
    [
        ("Late on Friday Tallow Zoo issued the following statement:", "Tallow Zoo"),
        ("Tallow Zoo released a statement:", "Tallow Zoo"),
        # a statement nobody is said to have issued speaks for nobody
        ("The following statement went up on the gate at 10am:", None),
    ],
)
def test_a_body_that_issues_a_statement_then_quotes_it(lead, expected):
    found = speakers_of(["Two monkeys left their pen on Wednesday.", f"{lead} “Both animals are back in their pen and the park opens at noon.”"])
    assert [speaker for _, speaker in found] == [expected]


@pytest.mark.parametrize(
    "first, expected",
    [
        ("Three bears left their pen at Tallow Zoo on Wednesday.", "Tallow Zoo"),
        ("Thieves took two vases from the Tallow Museum on Wednesday.", "Tallow Museum"),
        # no zoo named on the page: nobody named speaks
        ("Three bears left their pen on Wednesday.", None),
    ],
)
def test_a_zoo_or_museum_speaks_as_its_kind(first, expected):
    kind = "museum" if "Museum" in first else "zoo"
    found = speakers_of([first, f"“We run drills every month so that staff know what to do,” the {kind} said in a statement."])
    assert [speaker for _, speaker in found] == [expected]


@pytest.mark.parametrize(
    "cue, expected",
    [
        ("said a farmer who identified himself as Abu Karim", "Abu Karim"),
        ("said a teacher who identified herself as Rana Okafor", "Rana Okafor"),
        ("said a farmer who identified only as Karim", "Karim"),
        # someone else named in the clause is not the speaker
        ("said a farmer who had met Abu Karim", None),
    ],
)
def test_someone_who_named_themselves(cue, expected):
    found = speakers_of(["Shelling drove the families from the border towns.", f"“We waited at the fence for three days with nothing to eat,” {cue}."])
    assert [speaker for _, speaker in found] == [expected]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Ana Roe, the mayor of Tallow, spoke of a “long night” and called for help with the clean-up.", "Ana Roe"),
        ("Mr Lowe apologised for the “delays and stress” the outage caused.", "Ben Lowe"),
        ("Ana Roe, the mayor of Tallow, spoke about “heroes” at the vigil.", "Ana Roe"),
        ("Mr Lowe talked about “rebuilding trust” with savers over the coming months.", "Ben Lowe"),
        # ... with a short phrase of time, place or hearer between the verb and "about"
        ("Mr Lowe also talked during the webcast on Monday about the “scare stories” of rival banks.", "Ben Lowe"),
        ("Ana Roe, the mayor of Tallow, spoke to the volunteers of a “long night” and called for help with the clean-up.", "Ana Roe"),
        # ... but not a longer stretch, where the phrase may be another's
        ("Mr Lowe talked at the meeting with the savers who had lined up outside the branch since dawn on Monday about “scare stories”.", None),
        ("Ana Roe, the mayor of Tallow, talks to Mr Lowe about the long history of flooding in “Wet Feet,” a new film.", None),
        # a phrase the sentence's subject did not speak about stays the writer's
        ("Ana Roe, the mayor of Tallow, toured the “red zone” and called for help with the clean-up.", None),
    ],
)
def test_what_someone_spoke_of_or_apologised_for(sentence, expected):
    seg = textutil.make_seg(["Tallow Bank chief Ben Lowe said refunds would follow the storm.", sentence], "A headline", False)
    assert [q.speaker for q in quotes_of(seg)] == [expected]


@pytest.mark.parametrize(
    "headline, expected",
    [
        ("'Ben Roe rang every player on the night' - Tallow team manager Ana Lowe", "Ana Lowe"),
        ("'Ben Roe rang every player on the night' - team manager Ana Lowe", "Ana Lowe"),
        # a dash and the rest of a headline sign nothing
        ("'Key weapon' - Tallow aim high at the cup after naming their squad", None),
    ],
)
def test_a_quotation_signed_after_a_dash_with_a_role(headline, expected):
    text = "\n\n".join([headline, "The squad was named on Monday.", "Tallow team manager Ana Lowe said the mood in camp was good."])
    assert [q.speaker for q in quotes_of(segment.segment(text)) if q.paragraph == 0] == [expected]
