"""A name, its age and address, then a relative clause before the verb
("Ana Roe, 55, of Mill Road, Tallow, who is a steward for the union,
said:"); a title phrase that opens a later sentence of its paragraph
("... Deputy steward of the union Cara Dunn, 39, was told"); a
participle with its object opening the sentence ("Offered the chance
to ..., Roe declined."); a lower-case particle inside a name ("Nadir ul
Marlow"); the middle parts of a quotation over several paragraphs when
only the last part names its speaker; an article before a role and a
name ("The captain Ben Lowe felt the loss."); the person whose view a
"For ...," phrase gives; and a name after an owner's article ("The
union's Ben Lowe says"). A wrong speaker is worse than none, so each
table also holds sentences where the speaker stays as it was. Every
sentence here is written for the test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of

_LEAD = "The mill in the valley will close in May with the loss of almost six hundred jobs, the owners said on Friday."


@pytest.mark.parametrize(
    "subject, expected",
    [
        ("Ana Roe, 55, of Mill Road, Tallow, who is a steward for the union,", "Ana Roe"),
        ("Ana Roe, 55, of Mill Road, Tallow, who joined the mill in 2009 and is a steward for the union,", "Ana Roe"),
        # the guards: a clause without a role, a description set off by commas
        ("Ana Roe, 55, of Mill Road, Tallow, who joined the mill in 2009,", "Ana Roe"),
        ("Ana Roe, a steward for the union,", "Ana Roe"),
    ],
)
def test_an_address_then_a_relative_clause(subject, expected):
    found = speakers_of([_LEAD, f"{subject} said: “Nobody expected a shutdown so soon after the new orders.”"])
    assert [speaker for _, speaker in found] == [expected]


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        ("It is a blow. Deputy steward of the union Cara Dunn, 39, learned on Tuesday that her last shift falls in May.", "Cara Dunn"),
        ("It is a blow. Deputy steward of the TGU Cara Dunn, 39, learned on Tuesday that her last shift falls in May.", "Cara Dunn"),
        # the guards: the title opening the paragraph, the name alone
        ("Deputy steward of the union Cara Dunn, 39, learned on Tuesday that her last shift falls in May.", "Cara Dunn"),
        ("It is a blow. Cara Dunn, 39, learned on Tuesday that her last shift falls in May.", "Cara Dunn"),
    ],
)
def test_a_title_phrase_opening_a_later_sentence_of_its_paragraph(paragraph, expected):
    found = speakers_of([_LEAD, paragraph, "Cara, who has worked at the mill for eight years, said: “Everyone has been in tears since the news came.”"])
    assert [speaker for _, speaker in found] == [expected]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Offered the chance to pin the poor kicking on his injured senior players, Lowe politely declined.", "Ben Lowe"),
        ("Handed a way out by the panel, Lowe declined it.", "Ben Lowe"),
        # the guard: a given name that ends as a participle would
        ("Ahmed the kit man shook his head.", "Ahmed"),
    ],
)
def test_a_participle_with_its_object_opening_the_sentence(sentence, expected):
    found = speakers_of(
        [
            "Coach Ben Lowe called the result a chance his young side had let slip on the day.",
            f"{sentence} “No, the lads out there gave everything for us today.”",
        ]
    )
    assert [speaker for _, speaker in found] == [expected]


@pytest.mark.parametrize(
    "name, expected",
    [
        ("Nadir ul Marlow", "Nadir ul Marlow"),
        ("Sami ud Halden", "Sami ud Halden"),
        # the guard: a particle that was known before
        ("Omar bin Tallow", "Omar bin Tallow"),
    ],
)
def test_a_lower_case_particle_inside_a_name(name, expected):
    given = name.split()[0]
    found = speakers_of(
        [
            f"Halden head coach {name} on Wednesday faced the media after a humiliating series defeat at home.",
            f"“We believed the side was heading the right way after the last series,” {given} said at a press conference.",
        ]
    )
    assert [speaker for _, speaker in found] == [expected]


@pytest.mark.parametrize(
    "before, expected",
    [
        # a paragraph about no one before the run: the last part names the speaker
        ("Many batsmen played loose shots in the collapse that cost the hosts the match.", ["Ana Roe"] * 3),
        # the guard: a lead-in that names its own speaker keeps the first parts
        ("Ben Lowe maintained that the batsmen had been let down by the pitch.", ["Ben Lowe", "Ben Lowe", "Ana Roe"]),
    ],
)
def test_middle_parts_of_a_quotation_over_paragraphs(before, expected):
    found = speakers_of(
        [
            "Tallow coach Ana Roe and her assistant Ben Lowe blamed the batsmen for the heavy loss to Halden in the first match.",
            before,
            "“Once again you have got to go back to each player. We coaches can only get them ready.",
            "“I think it has been a real help for our side. Some of them use it better than others.",
            "“We judge this over years, not weeks. Of course you will get it wrong at times,” said Roe.",
        ]
    )
    assert [speaker for _, speaker in found] == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The captain Ben Lowe felt the loss keenly after a long season.", "Ben Lowe"),
        ("For the captain Ben Lowe, it was a wrenching loss after a long season.", "Ben Lowe"),
        ("For Ben Lowe, the loss hurt more than any other this season.", "Ben Lowe"),
        # the guards: a time, a body, a family, a title without a name
        ("For years, the club has struggled at home against the best sides.", None),
        ("For the club, it was a bitter end to a long season.", None),
        ("The Lowe family felt the loss keenly after a long season.", None),
        ("The new Harbour Secretary felt the loss keenly after a long season.", None),
    ],
)
def test_the_person_a_sentence_before_a_quotation_is_about(sentence, expected):
    found = speakers_of(
        [
            "The match ended in a narrow defeat for the home side at the end of a long season in the league.",
            f"{sentence} “Look, we want to win every single game that we play.”",
        ]
    )
    assert [speaker for _, speaker in found] == [expected]


@pytest.mark.parametrize(
    "subject, expected",
    [
        ("The union's Ben Lowe", "Ben Lowe"),
        ("The Halden Post's Ben Lowe", "Ben Lowe"),
        # the guard: a role the owner's article leaves unnamed
        ("The union's leader", None),
    ],
)
def test_a_name_after_an_owners_article(subject, expected):
    found = speakers_of(
        [
            "The metalworkers' union has called for an inquiry into the collapse at the mine in the north.",
            f"{subject} says the hazardous conditions underground cannot be accepted any longer.",
            "“Their safety is treated as an afterthought,” he says.",
        ]
    )
    assert [speaker for _, speaker in found] == [expected]
