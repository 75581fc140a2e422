"""Speaker attribution and person names."""

import pytest

from datasette_factcheck.model import Paragraph, Segmented
from datasette_factcheck.quotes import extract_quotes
from datasette_factcheck.speakers import attribute, clean_name, person_key, same_person


def make_seg(paragraphs, title="A headline", has_headline=False):
    body, paras, pos = "", [], 0
    for n, text in enumerate(paragraphs, 1):
        if body:
            body += "\n\n"
            pos += 2
        paras.append(Paragraph(number=n, start=pos, end=pos + len(text), text=text))
        body += text
        pos += len(text)
    return Segmented(title=title, body=body, paragraphs=paras, has_headline=has_headline)


def speakers_of(paragraphs, **kw):
    seg = make_seg(paragraphs, **kw)
    return [(q.text, q.speaker) for q in attribute(seg, extract_quotes(seg)) if q.kind == "quote"]


INTRO = "Mayor Angela Ruiz met council leader Tom Becker on Monday."


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # attribution after the quote, verb first
        ([INTRO, "“We will balance the books this year,” said Mayor Ruiz."], "Angela Ruiz"),
        # name then verb, with an adverbial after
        ([INTRO, "“We will balance the books this year,” Becker told reporters on Tuesday."], "Tom Becker"),
        # attribution before the quote with a colon
        ([INTRO, "Ruiz said: “We will balance the books this year.”"], "Angela Ruiz"),
        # partial quote inside the sentence
        ([INTRO, "Becker said the plan was “a disaster for the libraries,” and left."], "Tom Becker"),
        # appositive between name and verb is not the name
        (
            [
                "“The figures do not add up for the city,” Priya Natarajan, the city’s finance director responsible for the budget, told the Courier."
            ],
            "Priya Natarajan",
        ),
        # long title before the name is not part of the name
        (["“We expect the grant to be cut again,” State Assistant Secretary for Urban and Regional Affairs Maria Lopez stated in May."], "Maria Lopez"),
        # pronoun after the quote goes to the last person named as a subject
        ([INTRO, "Ruiz defended the plan. “We had no other choice at all“, she explained."], "Angela Ruiz"),
        # pronoun does not go to a name after a preposition or in a possessive
        (["Tom Becker met with Mayor Angela Ruiz. He said, “This budget is a betrayal of voters.”"], "Tom Becker"),
        # pronoun skips an organisation
        (["Tom Becker spoke after the vote. The City Council then adjourned. He said, “We will fight this budget.”"], "Tom Becker"),
        # role noun resolved to the person introduced with that role
        ([INTRO, "Later, the mayor said: “We will balance the books this year.”"], "Angela Ruiz"),
        # role given in an appositive before the name
        (["The city’s finance director, Priya Natarajan, said on Monday that costs rose.", "“Costs are up by a fifth this year,” the finance director said."], "Priya Natarajan"),
        # colon lead-in in the previous paragraph
        ([INTRO, "Turning to the reserves, the mayor said:", "“The rainy-day fund is nearly empty now.”"], "Angela Ruiz"),
        # a quote-only paragraph continues the previous speaker
        ([INTRO, "“We will balance the books,” said Becker.", "“And we will not close a single library.”"], "Tom Becker"),
        # participle: the subject of the sentence speaks
        ([INTRO, "Ruiz announced a review of fees, adding: “Every department must find savings.”"], "Angela Ruiz"),
        # nearest explicit attribution wins over an organisation earlier on
        ([INTRO, "The City Council, however, said the vote would go ahead. “We do not expect any delay to the vote,” Becker stated."], "Tom Becker"),
        # an unnamed speaker is not the last person named
        ([INTRO, "“We are delighted with the outcome of the vote,” a spokeswoman for the union said."], None),
        # role head noun after a descriptive appositive before the name
        (["The district superintendent, Karen Holt, said talks continue.", "“I cannot spend money I do not have,” the superintendent told parents."], "Karen Holt"),
        # a participle clause after a quote does not replace the speaker before it
        ([INTRO, "Ruiz said the cuts were “deeply painful for every family here,” adding that talks continue."], "Angela Ruiz"),
        # an organisation is not a person
        (["The City Council said in a statement: “The vote will go ahead as planned.”"], None),
        # a plural pronoun is not resolved
        ([INTRO, "“We will sue the city over this,” they said."], None),
        # no attribution at all: never guess
        (["The vote is on Friday.", "Residents were angry. Some held up signs. “Save our libraries now please.”"], None),
    ],
)
def test_speaker_of_last_quote(paragraphs, expected):
    found = speakers_of(paragraphs)
    assert found, "no quote found"
    assert found[-1][1] == expected, found


def test_headline_role_resolves_to_body_person():
    seg = make_seg(
        ["Northbridge manager Luis Ortega confirmed the signing.", '"He is our new captain and a leader," said Ortega.'],
        title="'We've found our new captain,' club's manager says",
        has_headline=True,
    )
    found = attribute(seg, extract_quotes(seg))
    assert found[0].paragraph == 0 and found[0].speaker == "Luis Ortega"
    assert found[0].speaker_as_printed == "club's manager"


def test_quotation_over_paragraphs_shares_speaker():
    seg = make_seg(
        [
            INTRO,
            "“We have drawn down the fund by a third. If we drain it, we are finished.",
            "“I would rather make a hard choice now,” Ruiz said.",
        ]
    )
    found = attribute(seg, extract_quotes(seg))
    assert [q.speaker for q in found] == ["Angela Ruiz", "Angela Ruiz"]


def test_forms_and_printed():
    seg = make_seg(
        ["Secretary General Jens Stoltenberg visited Kyiv.", "“Support is on the way,” said Mr Stoltenberg."]
    )
    [q] = attribute(seg, extract_quotes(seg))
    assert q.speaker_as_printed == "Mr Stoltenberg"
    assert q.speaker == "Jens Stoltenberg"
    assert {"Jens Stoltenberg", "Mr Stoltenberg", "Stoltenberg"} <= set(q.speaker_forms)
    # forms are names only: no pronoun or role noun would become an alias
    assert all(clean_name(f) for f in q.speaker_forms)


def test_attribute_keeps_order_and_offsets():
    seg = make_seg([INTRO, "“One two three four,” said Ruiz. “Five six seven eight,” said Becker."])
    quotes = extract_quotes(seg)
    found = attribute(seg, quotes)
    assert [(q.start, q.end, q.text) for q in found] == [(q.start, q.end, q.text) for q in quotes]
    assert [q.speaker for q in found] == ["Angela Ruiz", "Tom Becker"]


@pytest.mark.parametrize(
    "printed, name",
    [
        ("Mr Stoltenberg", "Stoltenberg"),
        ("NATO Chief Jens Stoltenberg", "Jens Stoltenberg"),
        ("President Volodymyr Zelenskyy", "Volodymyr Zelenskyy"),
        ("US Assistant Secretary for European and Eurasian Affairs James O’Brien", "James O’Brien"),
        ("NATO General Secretary Stoltenberg", "Stoltenberg"),
        ("Stoltenberg's", "Stoltenberg"),
        ("Olga Stefanishina, Ukraine’s deputy prime minister", "Olga Stefanishina"),
        ("the alliance’s secretary general, Jens Stoltenberg", "Jens Stoltenberg"),
        ("Manchester manager Erik ten Hag", "Erik ten Hag"),
        ("Dr Helen Marsh", "Helen Marsh"),
        ("he", None),
        ("She", None),
        ("the Secretary General", None),
        ("the alliance chief", None),
        ("The White House", None),
        ("", None),
    ],
)
def test_clean_name(printed, name):
    assert clean_name(printed) == name


@pytest.mark.parametrize(
    "a, b",
    [
        ("Zelensky", "Zelenskyy"),
        ("Zelenskiy", "Zelenski"),
        ("Volodymyr Zelenskyy", "President Zelensky"),
        ("José Álvarez", "Jose Alvarez"),
        ("STOLTENBERG", "Mr Stoltenberg"),
        ("Kharkiv", "Harkiv"),
    ],
)
def test_person_key_folds_variants(a, b):
    assert person_key(a) and person_key(a) == person_key(b)


@pytest.mark.parametrize(
    "a, b",
    [("Stoltenberg", "Peskov"), ("Jens Stoltenberg", "Jens Stoltenbergs"), ("Ruiz", "Ruíze")],
)
def test_person_key_keeps_different_surnames_apart(a, b):
    assert person_key(a) != person_key(b)


def test_person_key_empty_for_non_names():
    assert person_key("he") == "" and person_key("the spokesman") == ""


@pytest.mark.parametrize(
    "a, b, same",
    [
        ("Stoltenberg", "Jens Stoltenberg", True),
        ("Mr Stoltenberg", "Jens Stoltenberg", True),
        ("Jens Stoltenberg", "Camilla Stoltenberg", False),
        ("Volodymyr Zelenskyy", "Volodymyr Zelensky", True),
        ("J. Stoltenberg", "Jens Stoltenberg", True),
        ("C. Stoltenberg", "Jens Stoltenberg", False),
        ("Jens Stoltenberg", "Dmitry Peskov", False),
        ("the spokesman", "Dmitry Peskov", False),
        ("he", "he", False),
    ],
)
def test_same_person(a, b, same):
    assert same_person(a, b) is same
    assert same_person(b, a) is same


@pytest.mark.parametrize(
    "title, expected",
    [
        ("Marsh: rail link will be “on time and on budget”", "Helen Marsh"),
        ("Transport minister: rail link will be “on time and on budget”", "Helen Marsh"),
        ("Rail link will be “on time and on budget”", None),
    ],
)
def test_headline_name_before_colon_speaks(title, expected):
    seg = make_seg(
        ["Transport minister Helen Marsh visited Leeds.", "“It will be on time and on budget,” Ms Marsh said."],
        title=title,
        has_headline=True,
    )
    found = attribute(seg, extract_quotes(seg))
    assert found[0].paragraph == 0 and found[0].speaker == expected
