"""Who speaks when a sentence reports speech inside reported speech ("X
said that overnight, police observed a van"), when a place opens the
subject before a role and a name, when a name after "of" is a place and
not a speaker, when a short phrase is owned "as X put it" or by the agent
of a passive naming verb, when a praising participle opens the sentence
before a described subject, when an article and an adjective stand before
a name, and when a name is the object of a verb rather than an
appositive. A wrong speaker is worse than none, so each table also holds
sentences where the speaker stays as it was. Every sentence here is
written for the test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of


@pytest.mark.parametrize(
    "lead, expected",
    [
        ("Inspector Ana Roe said that overnight, police observed a van on Mill Road.", "Ana Roe"),
        ("Inspector Ana Roe said around 2am, police observed a van on Mill Road.", "Ana Roe"),
        ("Ben Lowe said Cara Mills told him that the van had been seen twice.", "Ben Lowe"),
        # a clause that opens the sentence reports nothing of the rest
        ("After Ana Roe said no, Ben Lowe warned that the van would be back.", "Ben Lowe"),
        # a report is nobody: the person it reports speaks on
        ("A report said Ben Lowe warned that the van would be back.", "Ben Lowe"),
    ],
)
def test_a_quotation_after_reported_speech_is_the_reporter(lead, expected):
    found = speakers_of([lead, "“The van was seen again at 3am with its lights off.”"])
    assert [speaker for _, speaker in found] == [expected]


@pytest.mark.parametrize(
    "subject, expected",
    [
        ("Glen of Halden district commander Superintendent Ana Roe", "Ana Roe"),
        ("Bay of Tallow area commander Ana Roe", "Ana Roe"),
        # a person "of" a body speaks, with or without the body's kind
        ("Ana Roe of Halden Council", "Ana Roe"),
        ("Ana Roe of Tallow", "Ana Roe"),
    ],
)
def test_a_place_opening_the_subject_before_a_role_and_a_name(subject, expected):
    found = speakers_of([f"{subject} said: “We are working hard to find out what happened.”"])
    assert [speaker for _, speaker in found] == [expected]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("A planning officer backed the scheme for meadows north of Marlow saying fears of “flooding” are overblown.", None),
        ("A surveyor praised the barns near Tallow saying the fears of “flooding” are overblown.", None),
        # footage or a clip of someone saying something is theirs
        ("The advert shows footage of Ana Roe saying the fears of “flooding” are overblown.", "Ana Roe"),
        ("The row ended with Ana Roe saying the fears of “flooding” are overblown.", "Ana Roe"),
    ],
)
def test_a_name_after_of_before_saying(sentence, expected):
    found = speakers_of(["Ana Roe leads the housing board.", sentence])
    assert [speaker for _, speaker in found] == [expected]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The march will take a “noisy” turn, as Cara Mills has put it.", "Cara Mills"),
        ("The march will take a “noisy” turn, as Cara Mills put it.", "Cara Mills"),
        ("The march will take a “noisy” turn, as Cara Mills puts it.", "Cara Mills"),
        # a short phrase with no one owning it is the writer's
        ("The march will take a “noisy” turn, with drums and horns.", None),
    ],
)
def test_a_short_phrase_as_someone_put_it(sentence, expected):
    found = speakers_of(["Cara Mills leads the tenants' union.", sentence])
    assert [speaker for text, speaker in found if text == "noisy" and speaker] == ([expected] if expected else [])


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The rise has been described as “deeply worrying” by the Halden Chamber of Commerce.", "Halden Chamber of Commerce"),
        ("The rise has been described as “deeply worrying” by Ana Roe.", "Ana Roe"),
        ("The rise was called “deeply worrying” by Ana Roe.", "Ana Roe"),
        # "by critics" names nobody
        ("The rise has been described as “deeply worrying” by critics.", None),
    ],
)
def test_the_agent_of_a_passive_naming_verb(sentence, expected):
    found = speakers_of(["Rents in Halden rose by a fifth this year.", sentence])
    assert [speaker for text, speaker in found if text == "deeply worrying" and speaker] == ([expected] if expected else [])


@pytest.mark.parametrize(
    "opening, expected",
    [
        ("Praising the tenants’ “old fighting spirit”, the newly elected union leader, Cara Mills, said:", "Cara Mills"),
        ("Hailing the tenants’ “old fighting spirit”, the union leader, Cara Mills, said:", "Cara Mills"),
        ("Criticising the landlords’ “old tricks”, the union leader, Cara Mills, said:", "Cara Mills"),
        ("Praising the tenants’ “old fighting spirit”, Cara Mills said:", "Cara Mills"),
        # a description naming nobody owns nothing
        ("Praising the tenants’ “old fighting spirit”, the union leader said:", None),
    ],
)
def test_a_praising_participle_before_a_described_subject(opening, expected):
    found = speakers_of([f"{opening} “We stand with them and we will march with them.”"])
    assert found[0][1] == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Pike claims that the count was “unbelievable” since he led every poll.", "Dan Pike"),
        ("Pike maintains that the count was “unbelievable” since he led every poll.", "Dan Pike"),
        ("Pike laments that the count was “unbelievable” since he led every poll.", "Dan Pike"),
        # "claims" as a noun after a determiner reports nobody
        ("The claims that the count was “unbelievable” were dismissed.", None),
    ],
)
def test_a_speech_verb_in_the_present(sentence, expected):
    found = speakers_of(["Dan Pike lost the mayoral race by 40 votes.", sentence])
    assert [speaker for text, speaker in found if text == "unbelievable" and speaker] == ([expected] if expected else [])


@pytest.mark.parametrize(
    "subject, expected",
    [
        ("A disappointed Mr Greaves, a baker,", "Tom Greaves"),
        ("An angry Tom Greaves, a baker,", "Tom Greaves"),
        ("A visibly upset Mr Greaves, a baker,", "Tom Greaves"),
        # an article before a role and a name after "for" is someone unnamed
        ("A spokesman for Mr Greaves, a baker,", None),
        ("A local man, a baker,", None),
    ],
)
def test_an_article_and_an_adjective_before_a_name(subject, expected):
    found = speakers_of(["Tom Greaves runs the bakery on Mill Lane.", f"{subject} said: “They took no notice of the letters at all.”"])
    assert [speaker for _, speaker in found] == [expected]


@pytest.mark.parametrize(
    "middle, expected",
    [
        ("The 41-year-old teacher then wished her opponent, Dana Pike, “a long and happy retirement”.", "Ana Roe"),
        ("The new mayor thanked her rival, Dana Pike, for a “clean race”.", "Ana Roe"),
        # an appositive to the subject is the subject
        ("The newly elected deputy mayor, Dana Pike, thanked the crowd.", "Dana Pike"),
    ],
)
def test_a_name_after_a_verb_is_its_object(middle, expected):
    found = speakers_of(
        [
            "Ana Roe declared victory in the Halden mayoral race on Tuesday night.",
            middle,
            "“From tomorrow we start fixing the bus routes,” she said.",
        ]
    )
    assert found[-1][1] == expected
