"""Who speaks when the words around a name take shapes real pages print:
a title whose portfolio is a list ("Ports, Parks and Heritage Minister
X", "Minister for Schools and Diaspora X"), an abbreviated title ("VP of
...", "investment GM X"), an inverted verb that names
whom it was said to first ("explained to AFP X"), a participle after a
long reported clause ("X said ..., adding: “...”"), descriptors with
"of" and a count before a name ("father of three X"), and a name "of"
a place with a description set off after both ("Lord X of Tallow Bay,
the ports minister,"). Every sentence here is written for the test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of


@pytest.mark.parametrize(
    "sentences, expected",
    [
        (["“Fares will hold,” said Ports, Parks and Heritage Minister Nadia Shukor."], "Nadia Shukor"),
        (["“Fares will hold,” said Roads, Bridges and Ferries spokeswoman Nadia Shukor, before leaving."], "Nadia Shukor"),
        # the holder the inverted verb named is whom a later pronoun means
        (
            ["Ferry ticket sales climbed by a fifth over the winter, says Ports, Parks and Heritage Minister Orla Finch.",
             "She said most riders were commuters, and that fares would hold.",
             "“In January the boats were half empty,” she said."],
            "Orla Finch",
        ),
        # a department's last part, joined by "and", before the name
        (["Minister of State for Rural Schools and Diaspora Dale Amos told the radio the talks were “long but calm”."], "Dale Amos"),
        # guards: a title alone before the comma, then its holder
        (["“It hurts,” said Senior Investigating Officer, Detective Inspector Ana Roe."], "Ana Roe"),
        (["“Fares will hold,” said Parks and Heritage Minister Orla Finch."], "Orla Finch"),
    ],
)
def test_a_title_whose_portfolio_is_a_list(sentences, expected):
    assert [speaker for _, speaker in speakers_of(sentences)][-1] == expected


@pytest.mark.parametrize(
    "sentences, expected",
    [
        (["“The pupils loved the flying day,” said VP of Marr Kite Works Dale Amos."], "Dale Amos"),
        # an office's initials before a given name are no part of the name
        (["Harbour board logistics GM Dale Amos says, “The cranes run day and night now.”"], "Dale Amos"),
        # an inverted verb, whom it was said to, then the speaker
        (["The co-operative fitted its pumps in May.",
          "“The new pumps will save the harvest,” explained to AFP Dale Amos, a fitter at the co-operative, who put them in."], "Dale Amos"),
        (["“The new pumps will save the harvest,” said to AFP Dale Amos."], "Dale Amos"),
        # guards: the one spoken to after the subject's verb is no speaker
        (["Orla Finch met the press.", "“The new pumps will save the harvest,” she said to Dale Amos."], "Orla Finch"),
    ],
)
def test_an_abbreviated_title_and_an_addressee_before_the_name(sentences, expected):
    assert [speaker for _, speaker in speakers_of(sentences)][-1] == expected


@pytest.mark.parametrize(
    "sentences, expected",
    [
        (["Her sister Ilse Roe said the boy had sailed the lake since he was small, adding: “He knew every rock in it.”"], "Ilse Roe"),
        (["His coach Dale Amos said the team had trained in the rain all week, adding: “They never once moaned.”"], "Dale Amos"),
        # guards: a short clause, and a subject named plainly
        (["Ilse Roe said the lake was calm, adding: “He knew every rock in it.”"], "Ilse Roe"),
        (["Ilse Roe said the boy had sailed the lake since he was small, adding: “He knew every rock in it.”"], "Ilse Roe"),
        # a capitalised opening phrase before the subject leaves the participle to the rules before
        (["On Monday the harbour master said the lake had been calm for most of the week, adding: “He knew every rock in it.”"], None),
    ],
)
def test_a_participle_after_a_long_reported_clause(sentences, expected):
    assert [speaker for _, speaker in speakers_of(sentences)] == [expected]


@pytest.mark.parametrize(
    "sentences, expected",
    [
        (["“The bus no longer stops here,” said Marr Vale household of six dad Dale Amos."], "Dale Amos"),
        (["“The bus no longer stops here,” said Tallow head of state Dale Amos."], "Dale Amos"),
        # guard: an outlet and one noun before the name
        (["“The bus no longer stops here,” said CNN host Dale Amos."], "Dale Amos"),
    ],
)
def test_descriptors_with_of_and_a_count_before_a_name(sentences, expected):
    assert [speaker for _, speaker in speakers_of(sentences)] == [expected]


@pytest.mark.parametrize(
    "sentences, expected",
    [
        (["Dale Amos of Tallow Bay, the ports minister, said: “Cargo is up again this spring.”"], "Dale Amos"),
        (["Baroness Finch of Marr, the ports minister, said: “Cargo is up again this spring.”"], "Finch"),
        # guards: no place after the name
        (["Lord Amos, the ports minister, said: “Cargo is up again this spring.”"], "Amos"),
        (["Dale Amos, the ports minister, said: “Cargo is up again this spring.”"], "Dale Amos"),
    ],
)
def test_a_description_after_a_name_of_a_place_is_the_name_s(sentences, expected):
    assert [speaker for _, speaker in speakers_of(sentences)] == [expected]
