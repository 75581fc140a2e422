"""A body's plural possessive before a name ("said Tallow Investors’ Ana
Roe"); a letter's recipient, who never writes it ("his letter to the
council said"); a nationality before a given name the name list does not
know ("American Qeb Okafor"); a reflexive pronoun that gives a person's
gender ("Okafor wrapped himself ..."); a party or a place before a role
set after a name ("Zeb Marlow, Green Party candidate for Halden East,");
Welsh and Irish particles ("Ben ap Rhodri"); "critic" as a title; and a
name inside a clause someone else reports ("..., saying Lowe must
explain"), which leaves the reporter in view, though not when a
document reports it ("the affidavit stated that Lowe saw"), as a
document is no one a later "he" means. A wrong speaker is worse
than none, so each table also holds sentences where the speaker stays as
it was. Every sentence here is written for the test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of


@pytest.mark.parametrize(
    "cue, expected",
    [
        ("said Tallow Investors’ Ana Roe", "Ana Roe"),
        ("said Tallow Investors' Ana Roe", "Ana Roe"),
        ("said Harbour Partners’ Zeb Marlow", "Zeb Marlow"),
        # the guards: a singular possessive, and a plain name
        ("said Tallow Investor’s Ana Roe", "Ana Roe"),
        ("said Ana Roe", "Ana Roe"),
    ],
)
def test_a_plural_possessor_before_a_name(cue, expected):
    found = speakers_of(
        [
            "The council voted to delay the stadium vote until the autumn.",
            f"“We owe it to the supporters to keep fighting for a vote,” {cue}.",
        ]
    )
    assert [speaker for _, speaker in found] == [expected]


@pytest.mark.parametrize(
    "subject, expected",
    [
        ("But his farewell letter to the full council said", "Ben Lowe"),
        ("His letter to Tallow Council said", "Ben Lowe"),
        ("His farewell message to the members read", "Ben Lowe"),
        # the guards: no recipient, and the body itself as the subject
        ("His letter said", "Ben Lowe"),
        ("Tallow Council said", "Tallow Council"),
    ],
)
def test_a_letter_to_someone_is_its_writers(subject, expected):
    found = speakers_of(
        [
            "Ben Lowe, a councillor for Mill Ward, stepped down on Monday after a row over expenses.",
            f"{subject}: “I can no longer serve in that chamber with any confidence.”",
        ]
    )
    assert [speaker for _, speaker in found] == [expected]


@pytest.mark.parametrize(
    "runner, expected",
    [
        ("American Qeb Okafor", "Qeb Okafor"),
        ("Kenyan Oxo Tanui", "Oxo Tanui"),
        # the guard: a given name the list knows
        ("American Ben Okafor", "Ben Okafor"),
    ],
)
def test_a_nationality_before_an_unlisted_given_name(runner, expected):
    found = speakers_of(
        [
            f"{runner} won the city marathon on Sunday, kissing the ground after he crossed the line.",
            "“This one was for everybody in my home town,” he said after the finish.",
        ]
    )
    assert [speaker for _, speaker in found] == [expected]


@pytest.mark.parametrize(
    "middle, pronoun, expected",
    [
        ("Okafor wrapped himself in the Halden flag as the crowd cheered.", "He", "Qeb Okafor"),
        ("Okafor draped herself in the Halden flag as the crowd cheered.", "She", "Qeb Okafor"),
        # the guard: a sentence that gives no gender
        ("Okafor took the Halden flag from the crowd.", "He", "Tom Lowe"),
    ],
)
def test_a_reflexive_pronoun_gives_the_subject_a_gender(middle, pronoun, expected):
    found = speakers_of(
        [
            "Qeb Okafor won the city marathon on Sunday.",
            "It was the first home win since 1983, when Tom Lowe took the wreath.",
            middle,
            f"{pronoun} said the last mile had been the hardest of the race.",
            f"“I wanted it for the town,” {pronoun.lower()} said.",
        ]
    )
    assert [speaker for _, speaker in found] == [expected]


@pytest.mark.parametrize(
    "description, expected",
    [
        ("Green Party candidate for Halden East", "Zeb Marlow"),
        ("Halden Rovers captain", "Zeb Marlow"),
        # the guard: a description with an article
        ("a candidate for Halden East", "Zeb Marlow"),
    ],
)
def test_a_labelled_role_after_a_name_lets_the_given_name_alone_find_it(description, expected):
    found = speakers_of(
        [
            f"Zeb Marlow, {description}, was among the hundreds stranded at the ferry terminal in Tallow.",
            "Zeb was travelling home from a debate in Marlow when the last sailing was cancelled.",
            "Later, Zeb posted: “Absolutely no help from anyone here tonight.”",
        ]
    )
    assert [speaker for _, speaker in found] == [expected]


@pytest.mark.parametrize(
    "first, later, expected",
    [
        ("Health spokesperson for the party, Ben ap Rhodri MS said", "Mr ap Rhodri said", "Ben ap Rhodri"),
        ("Union secretary Ana Ó Briain said", "Ms Ó Briain said", "Ana Ó Briain"),
        # the guard: a particle that was known before
        ("Coach Jan ten Berge said", "Jan ten Berge said", "Jan ten Berge"),
    ],
)
def test_welsh_and_irish_particles_belong_to_the_name(first, later, expected):
    found = speakers_of(
        [
            f"{first} the waiting lists raise “serious questions” about the plan.",
            f"“We are no longer talking about seasonal pressure,” {later}.",
        ]
    )
    assert [speaker for _, speaker in found] == [expected, expected]


@pytest.mark.parametrize(
    "opening, expected",
    [
        ("Tallow Conservative Finance Critic Tom Hale argued the budget hurts pensioners.", "Tom Hale"),
        ("Opposition Health Critic Tom Hale argued the budget hurts pensioners.", "Tom Hale"),
        # the guard: a critic in lower case
        ("Finance critic Tom Hale argued the budget hurts pensioners.", "Tom Hale"),
    ],
)
def test_critic_is_a_title(opening, expected):
    found = speakers_of([f"{opening} “The reality is that we were not paying it before,” he said."])
    assert [speaker for _, speaker in found] == [expected]


@pytest.mark.parametrize(
    "third, expected",
    [
        ("The premier, chasing a second term, repeated the phrase five times, saying Lowe must explain what he would cut.", "Tom Hale"),
        ("The premier repeated the phrase five times and told reporters on Friday that Lowe must explain what he would cut.", "Tom Hale"),
        # the guards: Lowe as the subject, and Lowe speaking
        ("Lowe, chasing a first term, answered questions for an hour.", "Ben Lowe"),
        ("Asked about the figures, Lowe told reporters the platform was fully costed.", "Ben Lowe"),
    ],
)
def test_a_name_inside_a_reported_clause_leaves_the_reporter_in_view(third, expected):
    found = speakers_of(
        [
            "Tallow Premier Tom Hale sharpened his attacks on Opposition Leader Ben Lowe on Friday.",
            "With polls showing a tight race, the premier told a news conference that the rival platform had a hole in it.",
            third,
            "“He claims his sums add up, yet nobody can find the missing money,” he said.",
        ]
    )
    assert [speaker for _, speaker in found] == [expected]



@pytest.mark.parametrize(
    "third, expected",
    [
        ("Besides the video, the sworn affidavit quoted two neighbours and said that Lowe saw marks on the wrist of Ana Vine.", "Ben Lowe"),
        ("The indictment stated that Lowe saw marks on the wrist of Ana Vine.", "Ben Lowe"),
        # the guard: a person who says that, not a document, stays the one meant
        ("Reed told reporters that Lowe never saw any marks on the wrist of Ana Vine.", "Tom Reed"),
    ],
)
def test_a_name_in_what_a_document_reports_stays_in_view(third, expected):
    found = speakers_of(
        [
            "Mr Tom Reed was charged with assault on Monday.",
            "The case against Reed is set out in a sworn affidavit written by Ben Lowe, a detective with the Halden force.",
            third + " The marks “looked like the grip of a hand,” he wrote.",
        ]
    )
    assert [speaker for _, speaker in found] == [expected]


@pytest.mark.parametrize(
    "opening, expected",
    [
        ("MP for Mole Vale, Sir Ben Lowe, said", "Ben Lowe"),
        ("Member for Halden, Dame Ana Roe, said", "Ana Roe"),
        # the guards: a given name after the title, and a portfolio's title
        ("MP for Mole Vale, Ben Lowe, said", "Ben Lowe"),
        ("The Minister for Roads, Ben Lowe, said", "Ben Lowe"),
    ],
)
def test_a_title_for_a_seat_then_an_honoured_name(opening, expected):
    found = speakers_of(
        [
            "Hundreds of passengers were stuck on trains outside Tallow for five hours on Friday.",
            f"{opening}: “It seems to me that nobody told the drivers what was going on.”",
        ]
    )
    assert [speaker for _, speaker in found] == [expected]


@pytest.mark.parametrize(
    "second, expected",
    [
        ("A spokesman for Tallow Ferries in Halden said passengers should ring the office.", "Tallow Ferries"),
        ("The operator will refund every fare, a spokesman said.", "Tallow Ferries"),
        # the guard: another body as the subject of the sentence before is the one meant
        ("Marlow Sealink said it would carry some of the passengers.", "Marlow Sealink"),
    ],
)
def test_the_company_is_the_one_body_the_page_names(second, expected):
    found = speakers_of(
        [
            "Tallow Ferries has called off both weekend crossings, leaving 4,000 travellers hunting for other routes.",
            second,
            "“We apologise for any inconvenience caused to our passengers,” the company said.",
        ]
    )
    assert [speaker for _, speaker in found] == [expected]


@pytest.mark.parametrize(
    "first, expected",
    [
        ("“Repairs remain under way,” Tallow Ferries said in a statement posted online.", "Tallow Ferries"),
        ("“Repairs remain under way,” Tallow Ferries said on Thursday in a statement.", "Tallow Ferries"),
        # the guard: a statement nobody was said to issue
        ("“Repairs remain under way,” an engineer said on the quay.", None),
    ],
)
def test_the_statement_is_its_issuers_after_a_quotation(first, expected):
    found = speakers_of(
        [
            first,
            "Two more sailings were cancelled later in the morning.",
            "“We appreciate your patience and apologise for the disruption,” the statement said.",
        ]
    )
    assert [speaker for _, speaker in found][-1] == expected


@pytest.mark.parametrize(
    "headline, expected",
    [
        ("Roe sorry for ‘terrible’ crimes, court told", None),
        ("Roe sorry for ‘terrible’ crimes, inquiry told", None),
        # the guard: a headline with a named speaker
        ("Roe sorry for ‘terrible’ crimes, Lowe says", "Ana Lowe"),
    ],
)
def test_a_headline_in_which_the_court_was_told(headline, expected):
    from datasette_factcheck.extract.article import quotes_of

    seg = textutil.make_seg(
        [
            "Ben Roe appeared at Tallow Crown Court on Monday for the hearing of his appeal.",
            "Ana Lowe, defending, said her client had shown real remorse since the trial.",
        ],
        title=headline,
    )
    found = [q for q in quotes_of(seg) if q.paragraph == 0]
    assert [q.speaker for q in found] == [expected]


@pytest.mark.parametrize(
    "subject, expected",
    [
        ("The THB hit back and defended the figures for the year.", "THB"),
        ("The Halden Board said its wards were doing better than last year.", "Halden Board"),
        # the guards: a title after the article, and a body printed without one
        ("The Mayor said it had been a better year than the last.", None),
        ("The PACs said it had been a better year than the last.", None),
        ("Halden Health said its wards were doing better than last year.", "Halden Health"),
    ],
)
def test_it_after_a_body_printed_with_its_article(subject, expected):
    found = speakers_of(
        [
            "The nurses’ union said this had been the worst year ever for crowded wards.",
            subject,
            "“Ward figures were higher than we want, but the record claim is wrong,” it said.",
        ]
    )
    assert [speaker for _, speaker in found] == [expected]


@pytest.mark.parametrize(
    "opening, later, expected",
    [
        ("Party health spokeswoman Ana Roe TD", "The Halden North TD also", "Ana Roe"),
        ("Halden North TD Ana Roe", "The Halden North TD also", "Ana Roe"),
        # the guard: the member named again by surname
        ("Party health spokeswoman Ana Roe TD", "Ms Roe also", "Ana Roe"),
    ],
)
def test_a_teachta_dala_named_by_the_seat(opening, later, expected):
    found = speakers_of(
        [
            f"{opening} said nurses had been let down by the health service for years.",
            f"{later} accused the minister of being “part of the problem”.",
        ]
    )
    assert [speaker for _, speaker in found] == [expected]


@pytest.mark.parametrize(
    "verb, expected",
    [
        ("affirms", "Tallow Solidarity"),
        ("contends", "Tallow Solidarity"),
        # the guards: forms that were known before
        ("affirmed", "Tallow Solidarity"),
        ("insists", "Tallow Solidarity"),
    ],
)
def test_present_tense_verbs_of_assertion(verb, expected):
    found = speakers_of(
        [
            "The opposition parties criticised the budget update on Thursday.",
            f"Tallow Solidarity (TS), for its part, {verb} that what the government proposes is “starting to resemble austerity.”",
        ]
    )
    assert [speaker for _, speaker in found] == [expected]


@pytest.mark.parametrize(
    "clause, expected",
    [
        ("about which Tallow Council said on Tuesday", "Tallow Council"),
        ("which Ana Roe said were", "Ana Roe"),
        # the guard: the relative clause's own verb, and the main clause's subject after it
        ("which were set in May, and Ana Roe said they were", "Ana Roe"),
    ],
)
def test_the_subject_of_a_relative_clause_speaks(clause, expected):
    found = speakers_of(
        [
            "Waiting lists have grown by almost five per cent this year.",
            f"The growth follows the former health secretary, Ben Lowe, setting targets to cut the lists, {clause} “still a long way off”.",
        ]
    )
    assert [speaker for _, speaker in found] == [expected]


@pytest.mark.parametrize(
    "subject, expected",
    [
        ("The organisation now wants talks with the Safety Authority about what it says is", "Tallow Nurses Organisation"),
        ("The organisation now wants talks about what it says is", "Tallow Nurses Organisation"),
        # the guard: a body of another kind in the sentence's subject
        ("The Safety Authority now wants talks about what it says is", "Safety Authority"),
    ],
)
def test_an_organisation_named_so_is_the_organisation(subject, expected):
    found = speakers_of(
        [
            "THE Tallow Nurses Organisation (TNO) said the crisis on the wards must be treated as urgent.",
            "Ms Roe said the TNO was seeking three actions from the health board.",
            f"{subject} the “failure to keep staff safe at work”.",
        ]
    )
    assert [speaker for _, speaker in found] == [expected]
