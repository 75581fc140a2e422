"""A document speaks for whoever issued it, also when the attribution names
only the document or calls it "it": "A letter ... from the X Association
... “...,” it said", "X released a statement ... “...,” the statement
said". A document nobody named issued, or one a body's campaign sent, gives
no person. Every sentence here is written for the test."""

import pytest

from . import textutil

OPENING = "The council met on Monday to talk about the state of the flats on the east bank, and the meeting ran late into the night."


speaker_of = textutil.speaker_of


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # "it" after a sentence that opens with a document and its issuer
        (
            "A letter sent to the board last week from the Riverside Tenants Association, which asked for a vote on repairs, set out two complaints. “We have waited twelve years for the roof to be mended,” it said.",
            "Riverside Tenants Association",
        ),
        # the issuer described and named in the appositive after the description
        (
            "A statement signed by the chief media adviser to the Governor, Ada Obi, dismissed the story. “No such office exists or is planned,” the statement said.",
            "Ada Obi",
        ),
        (
            "A statement signed by the Chief Media adviser to the Governor, Ada Obi, dismissed the story. “No such office exists or is planned,” the statement said.",
            "Ada Obi",
        ),
        (
            "A statement sent out by the governor's spokeswoman, Ada Obi, dismissed the story. “No such office exists or is planned,” it said.",
            "Ada Obi",
        ),
        # ... not a list of bodies
        (
            "A statement from the union, the council and the port dismissed the story. “No such office exists or is planned,” the statement said.",
            None,
        ),
        # ... not when the issuer is no name
        (
            "A letter sent to the board last week from a tenants' group, which asked for a vote on repairs, set out two complaints. “We have waited twelve years for the roof to be mended,” it said.",
            None,
        ),
        # the document named in the attribution, issued in the sentence before
        (
            "The Harbour Trust sent out a fundraising email on Wednesday saying the count showed a close race. “Friend, let me be plain. We can still win this,” the email said.",
            "Harbour Trust",
        ),
        (
            "Mayor Ana Ruiz released a statement on Thursday night about the flood on the east bank. “We stand with every family who lost a home,” the statement said.",
            "Ana Ruiz",
        ),
        # the issuer is the noun before the verb of issuing, not the sentence's subject
        (
            "The quarrel over the ferry contract became public after Tom Dale filed a complaint on Tuesday. “The board has broken every promise it made,” the complaint said.",
            "Tom Dale",
        ),
        # a campaign's email is the campaign's, not its candidate's
        (
            "Ruiz's campaign sent out an email appeal that looked ahead to the spring. “We need every volunteer at the doors this weekend,” the email said.",
            None,
        ),
        # a document nobody is said to have issued names nobody
        (
            "An email went round the office on Friday about the move to the new building. “Please pack your desks by noon,” the email said.",
            None,
        ),
    ],
)
def test_document_speaks_for_its_issuer(paragraph, expected):
    opening = paragraph.split("“")[1][:8]
    assert speaker_of([OPENING, paragraph], opening) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a weekday printed after the issuer is the date, not part of its name
        (["A statement from Harbour City Council Monday said:", "“From next week the council will hold a weekly briefing.”"], "Harbour City Council"),
        (["A statement from Harbour City Council on Monday said:", "“From next week the council will hold a weekly briefing.”"], "Harbour City Council"),
        # a body's head word and "of the": one name, which "the department" refers back to
        (
            ["The numbers came from the Department of the Harbour in a written answer.", "Asked again, the department said that “for privacy reasons” the smallest figures were grouped."],
            "Department of the Harbour",
        ),
    ],
)
def test_issuer_names_without_the_date(paragraphs, expected):
    assert speaker_of([OPENING, *paragraphs], paragraphs[-1].split("“")[1][:12]) == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # a body that is the subject of a colon's lead-in speaks
        (
            "As if answering the mayor directly, the Harbour Planning Board was blunt in its findings: “No further study of the pier is needed.”",
            "Harbour Planning Board",
        ),
        # ... not a body that is only the object of the lead-in
        (
            "As if answering the mayor directly, Tom Dale wrote to the Harbour Planning Board about its findings: “No further study of the pier is needed.”",
            "Tom Dale",
        ),
    ],
)
def test_body_that_leads_in_to_a_colon(paragraph, expected):
    assert speaker_of([OPENING, paragraph], "No further study") == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # a newspaper named before is "the paper", "the newspaper"
        ("The Dayton Times reported on Tuesday that the harbour contract went to a firm owned by the mayor's cousin. “No other bidder was asked to tender for the work,” the paper wrote.", "Dayton Times"),
        ("The Dayton Times reported on Tuesday that the harbour contract went to a firm owned by the mayor's cousin. “No other bidder was asked to tender for the work,” the newspaper said.", "Dayton Times"),
        # ... and nobody when no newspaper was named
        ("The harbour contract went to a firm owned by the mayor's cousin, according to a report on Tuesday. “No other bidder was asked to tender for the work,” the paper wrote.", None),
    ],
)
def test_newspaper_named_before(paragraph, expected):
    assert speaker_of([OPENING, paragraph], "No other bidder") == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # a body's name before a lower-case medium or document noun: the body speaks
        ("As the Riverside Tenants Association website notes: “The flats were built in 1961 and never rewired.”", "Riverside Tenants Association"),
        ("According to the Riverside Tenants Association website, “the flats were built in 1961 and never rewired.”", "Riverside Tenants Association"),
        # ... not a description in lower case before the noun
        ("“The flats were built in 1961 and never rewired,” the tenants' website says.", None),
    ],
)
def test_a_body_before_its_website_or_report(paragraph, expected):
    assert textutil.speakers_of([OPENING, "The Riverside Tenants Association met too.", paragraph])[-1][1] == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # "it" in the next sentence goes on with the body the last attribution named
        (["“The mill closed and the town was left with the bill,” the Dayton Times wrote.", "“Since then its luck has turned,” it added."], "Dayton Times"),
        (["“The mill closed and the town was left with the bill,” wrote the Dayton Times.", "“Since then its luck has turned,” it went on."], "Dayton Times"),
        # ... not when a person spoke the sentence before
        (["“The mill closed and the town was left with the bill,” Mayor Ana Ruiz said.", "“Since then its luck has turned,” it added."], None),
        # ... nor past a sentence with a subject of its own
        (["“The mill closed and the town was left with the bill,” the Dayton Times wrote.", "The mayor's office disagreed with the story.", "“Since then its luck has turned,” it added."], None),
        # a day or a month after "on" is no part of a body's name
        (["The Dayton Times on Saturday printed a story about the mill.", "“The mill closed and the town was left with the bill,” the Times wrote.", "“Since then its luck has turned,” it added."], "Dayton Times"),
        (["The Dayton Times on March 3 printed a story about the mill.", "“The mill closed and the town was left with the bill,” the Times wrote.", "“Since then its luck has turned,” it added."], "Dayton Times"),
    ],
)
def test_it_goes_on_with_the_body_that_spoke(paragraphs, expected):
    assert speaker_of([OPENING, *paragraphs], "Since then") == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # "it" later in the sentence whose subject is a body is that body
        ("The Riverside Tenants Association condemned the rent rise and vowed to fight what it called “a plan to empty the flats.”", "Riverside Tenants Association"),
        ("The Riverside Tenants Association on Friday condemned what it called “a plan to empty the flats.”", "Riverside Tenants Association"),
        # ... not a person's sentence
        ("Ana Ruiz condemned the rent rise and vowed to fight what it called “a plan to empty the flats.”", None),
    ],
)
def test_it_in_a_sentence_about_a_body(paragraph, expected):
    assert speaker_of([OPENING, paragraph], "a plan to") == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # an article, a story or a book speaks for who issued it, named inside the sentence before
        (["The Harbour Herald on Monday reprinted a 1998 story from the Dayton Times.", "“The mill will reopen by spring,” the article read."], "Dayton Times"),
        (["In 2004 a Dayton Times article praised the mill's new owners.", "“The mill will reopen by spring,” the article read."], "Dayton Times"),
        (["Tom Vale published a book about the mill in 2001.", "“The mill will reopen by spring,” the book said."], "Tom Vale"),
        # ... and nobody when none is named
        (["In 2004 a local article praised the mill's new owners.", "“The mill will reopen by spring,” the article read."], None),
    ],
)
def test_an_article_or_book_speaks_for_who_issued_it(paragraphs, expected):
    assert speaker_of([OPENING, *paragraphs], "The mill will") == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a body's initials are the body the article names in full
        (["The Harbour Restoration Fund published its survey on Tuesday.", "“The bay is cleaner than it was,” the HRF report said."], "Harbour Restoration Fund"),
        (["The Port of Tallow Authority met on Tuesday.", "“The bay is cleaner than it was,” the PTA said."], "Port of Tallow Authority"),
        # ... and stay initials when nothing spells them, or two runs do
        (["The port board met on Tuesday.", "“The bay is cleaner than it was,” the HRF said."], "HRF"),
        (["The Harbour Restoration Fund and the Hill Rail Forum met on Tuesday.", "“The bay is cleaner than it was,” the HRF said."], "HRF"),
    ],
)
def test_initials_name_the_body_printed_in_full(paragraphs, expected):
    assert speaker_of([OPENING, *paragraphs], "The bay is") == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # a person's document before its verb speaks for that person
        ("Mr Vale’s statement says that “the flats were never safe to live in.”", "Tom Vale"),
        ("Mr Vale’s written motion states that “the flats were never safe to live in.”", "Tom Vale"),
        # ... "states" is a verb only after a document
        ("Tenants in three states said the flats were “never safe to live in.”", None),
    ],
)
def test_a_persons_document_before_its_verb(paragraph, expected):
    assert textutil.speakers_of([OPENING, "Tom Vale tabled a motion on the flats at the meeting.", paragraph])[-1][1] == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # after the quotation: a document "by" or "from" its issuer
        ("“A strike would stop the grain barges for weeks,” a statement by the Northern Canal Authority said.", "Northern Canal Authority"),
        ("“The deal only grew after the talks ended,” read a statement from the Harbour Party in reply to the vote.", "Harbour Party"),
        # the issuer set off by commas after the document
        ("The petition, signed by the Fair Income Centre, says the scheme leaves people short “of rent by March each year”.", "Fair Income Centre"),
        # an unnamed spokesman speaks for the body
        ("“We will not be moved on this,” a spokesman for the Harbour Party said.", "Harbour Party"),
        # "according to a report by Y" after a sentence with its own subject: Y only reported it
        ("The Eastmoor Bank called it “a rare and costly climbdown,” according to a report by the Tallow Times.", "Eastmoor Bank"),
    ],
)
def test_document_after_the_quotation_names_its_issuer(paragraph, expected):
    assert speaker_of([OPENING, paragraph], paragraph.split("“")[1][:12]) == expected


def test_the_body_named_before_its_document_goes_on_speaking():
    paragraphs = [
        "Officers said on Tuesday that the candidate had not been held.",
        "“Pay no heed to false posts saying the candidate is in a cell tonight,” the Harbour Police statement reads in part.",
        "“He was stopped for holding large rallies against the health rules,” the statement added.",
    ]
    assert speaker_of([OPENING, *paragraphs], "He was stopped") == "Harbour Police"
