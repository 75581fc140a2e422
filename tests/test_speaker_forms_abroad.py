"""Names, bodies and page openings as pages outside the US print them: a
dateline in capitals with its region and an agency's initials, a place's
police as a body, a Scottish councillor's title, "Cr" for "Councillor",
a given name after a title's department, initials printed without full
stops, a later short form of a name with two surnames that must not cost
the full name its earlier mentions, a body whose name joins two places
with "and", a body that "appealed" for something in words of its
own, a family name printed before a hyphenated given name, and an age
printed before a name that closes an attribution. Every sentence here is
written for the test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of


def _quotes(paragraphs):
    from datasette_factcheck.extract.article import quotes_of

    return quotes_of(textutil.make_seg(paragraphs, "A headline", False))


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # a dateline with a region and an agency's initials is no one's name
        ("PORT TALLOW, Ruritania, HNA – The police said they had read a statement asking officers “to come forward with what they know”.", None),
        ("PORT TALLOW, HNA – The police said they had read a statement asking officers “to come forward with what they know”.", None),
        # a region of two words, and two spaces before the agency's dash
        ("CASTLEBAY, St. Ruric,  HNA – On Tuesday, Prime Minister Alan Chase defended the trip, saying “the voters will judge it, not the critics”.", "Alan Chase"),
        # a name after the dateline still speaks
        ("PORT TALLOW, Ruritania, HNA – Opposition Leader Ana Roe-Baptiste asked officers “to come forward with what they know”.", "Ana Roe-Baptiste"),
    ],
)
def test_dateline_with_region_and_agency(paragraph, expected):
    quote = _quotes([paragraph])[-1]
    assert (quote.speaker, "PORT" in (quote.speaker_as_printed or "")) == (expected, False)


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        ("“Any march without a permit will be stopped,” the Ruritania police said.", "Ruritania police"),
        ("The Tallow City police banned marches and warned that any march would be “met with force”.", "Tallow City police"),
        # a police force named by no place is nobody's name
        ("“Any march without a permit will be stopped,” the police said.", None),
    ],
)
def test_a_places_police_speak_as_a_body(paragraph, expected):
    assert speakers_of(["Marches were banned across the capital on Friday.", paragraph])[-1][1] == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        (["Bailie Ross Ogilvy chaired the licensing board on Thursday.", "Bailie Ogilvy said the new timetable was “a step backwards” for the ward."], "Ross Ogilvy"),
        (["Bailie Ross Ogilvy told the meeting: “The last bus leaves before the late shift ends.”"], "Ross Ogilvy"),
    ],
)
def test_bailie_is_a_title(paragraphs, expected):
    assert speakers_of(paragraphs)[-1][1] == expected


@pytest.mark.parametrize(
    "later",
    [
        # the given name and the first of two surnames, later
        "Omar Keratong also said the toll plazas would be upgraded.",
        # the full name again
        "Omar Keratong Ismail also said the toll plazas would be upgraded.",
    ],
)
def test_later_short_form_keeps_the_earlier_mentions(later):
    paragraphs = [
        "Road tolls will stay frozen until June, says Works Minister Datuk Seri Omar Keratong Ismail.",
        "“We have heard the drivers,” he told reporters in the capital.",
        later,
    ]
    assert speakers_of(paragraphs)[0] == ("We have heard the drivers,", "Omar Keratong Ismail")


@pytest.mark.parametrize(
    "subject, expected",
    [
        # a body whose name joins two places with "and"
        ("The Tallow and Marren Police Service (TMPS)", "Tallow and Marren Police Service"),
        ("The Tallow and Marren Defence Force", "Tallow and Marren Defence Force"),
        # two people joined by "and" stay two: the first is the subject
        ("Jane Roe and Ann Lee", "Jane Roe"),
    ],
)
def test_body_named_with_two_places_as_a_far_subject(subject, expected):
    paragraph = f"{subject} said on Friday it had read a letter from residents asking officers “to come forward with what they know”."
    assert speakers_of([paragraph])[-1][1] == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # an appeal is a speech act; whoever it is made to does not speak
        ("The Tallow Health Board appealed for patients to “think twice before coming in” this weekend.", "Tallow Health Board"),
        ("The HSA appealed to patients to “think twice before coming in” this weekend.", "HSA"),
        # "appeals to" as "pleases" is no speech
        ("The plan appeals to the “quiet majority” of drivers, the survey found.", None),
    ],
)
def test_an_appeal_is_speech(paragraph, expected):
    found = speakers_of(["Emergency wards were full on Monday.", paragraph])
    assert (found[-1][1] if found else None) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # "Cr", as Australian and New Zealand pages print "Councillor"
        (["Cr Tom Delany told the meeting: “There is no mandate for this plan.”"], "Tom Delany"),
        (["Cr Tom Delany spoke first.", "“We should stop now,” Cr Delany said."], "Tom Delany"),
        # a given name opens the name after a title's department
        (["Commissioner for Security Policy Ana Morgana said the bloc was “not a military player” there."], "Ana Morgana"),
        (["Secretary of State Mara Quennell Tovey said the talks had been “slow but honest”."], "Mara Quennell Tovey"),
        (["Minister of State for Ports K. Mara Tovey said the talks had been “slow but honest”."], "K. Mara Tovey"),
    ],
)
def test_councillor_abbreviated_and_a_department_before_a_given_name(paragraphs, expected):
    assert speakers_of(paragraphs)[-1][1] == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # two capitals printed as a person's initials without full stops
        ("“Around eight in ten cases are travellers,” KK Reena Varghese said on Sunday.", "KK Reena Varghese"),
        ("Health Minister KK Reena told reporters: “Around eight in ten cases are travellers.”", "KK Reena"),
        ("Foreign Minister AK Omar Rashid said the talks would “go ahead as planned”.", "AK Omar Rashid"),
        # a place's, a title's or a body's capitals are no initials
        ("“Around eight in ten cases are travellers,” UK Health Minister Ann Lee said.", "Ann Lee"),
        ("“Around eight in ten cases are travellers,” PM Ann Lee said.", "Ann Lee"),
    ],
)
def test_initials_printed_without_full_stops(paragraph, expected):
    assert speakers_of([paragraph])[-1][1] == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # an associate or acting title printed with a slash is no part of the name
        (["Association President, A/Prof Brin Owlet, spoke on Monday.", "“We look forward to a fair deal,” A/Prof Owlet said."], "Brin Owlet"),
        # three capitals after a title: a person's initials without full stops
        (["Finance Minister AHM Rusul Kamar spoke on Monday.", "“It is equal to two months of remittances,” Kamar said."], "AHM Rusul Kamar"),
        # a member's letters after a party are no initials
        (["Harbour Party MLA Rusul Kamar spoke on Monday.", "“It is equal to two months of remittances,” Kamar said."], "Rusul Kamar"),
        # "FM" before a name is the foreign minister's title
        (["The talks ended on Monday.", "On the vote, FM Jadeh said that “the cabinet will settle this soon”."], "Jadeh"),
    ],
)
def test_titles_and_initials_as_pages_abroad_print_them(paragraphs, expected):
    assert speakers_of(paragraphs)[-1][1] == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a scheme's or a bill's name is no person for "he"
        (
            [
                "Governor Vole Signs Harbour Schools Bill as Term Ends",
                "TALLOW – Governor Vole today signed Sub. Senate Bill 77, giving the harbour schools more money.",
                "“Tallow must put its children first,” said the Governor.",
            ],
            "Vole",
        ),
        (
            [
                "Prime Minister Ivo Tarn spoke at a rally on Monday.",
                "“Schemes like Prime Minister Harbour Jobs Programme are on the way,” said the PM.",
            ],
            "Ivo Tarn",
        ),
        # a given name before "Bill" is a person's
        (["Senator Ann Bill spoke on Monday.", "“We will vote against it,” Bill said."], "Ann Bill"),
    ],
)
def test_a_scheme_or_a_bill_is_no_person(paragraphs, expected):
    assert speakers_of(paragraphs)[-1][1] == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a family name first, then a hyphenated given name: the later short form is the family name
        (["“I am not going anywhere,” Ng Pun-tak told reporters.", "“This is our one chance,” said Ng."], ["Ng Pun-tak", "Ng Pun-tak"]),
        (["“We have to stay,” Kwon Min-seo said.", "“We stay to the end,” Kwon added."], ["Kwon Min-seo", "Kwon Min-seo"]),
        # ... while two such names that share the family name stay two people
        (["“We have to stay,” Kwon Min-seo said.", "“We leave tonight,” Kwon Ji-ho said."], ["Kwon Min-seo", "Kwon Ji-ho"]),
        # a given name and a surname as most pages print them are unchanged
        (["“We have to stay,” Ana Roe-Lind said.", "“We stay to the end,” Roe-Lind added."], ["Ana Roe-Lind", "Ana Roe-Lind"]),
    ],
)
def test_a_family_name_before_a_hyphenated_given_name(paragraphs, expected):
    assert [speaker for _, speaker in speakers_of(paragraphs)] == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        ("“We stay on this square until the end,” 78-year-old Ben Lowe told reporters.", "Ben Lowe"),
        ("“They can take me away if they like,” 78-year-old Tom Velling, wearing a helmet, told reporters as he joined the crowd.", "Tom Velling"),
        # ... and an age alone names nobody
        ("“They can take me away if they like,” a 78-year-old told reporters.", None),
    ],
)
def test_an_age_before_the_name_after_a_quotation(paragraph, expected):
    found = speakers_of(["Police cleared the last camp on Thursday morning.", paragraph])
    assert [speaker for _, speaker in found] == [expected]
