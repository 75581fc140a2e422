"""Direct quotations: marks, kinds, offsets and robustness."""


import pytest

from datasette_factcheck.model import Paragraph, Segmented
from datasette_factcheck.extract.quotes import extract_quotes, quote_kind

from .textutil import cpu_seconds, make_seg




def texts(seg):
    return [q.text for q in extract_quotes(seg)]


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # curly, speaker after
        ("“We will not raise taxes this year,” said the mayor.", ["We will not raise taxes this year,"]),
        # straight, speaker before with colon
        ('The coach said: "We played well but lost the game."', ["We played well but lost the game."]),
        # two quotes in one paragraph
        ('"First part of it," she said. "Second part of it."', ["First part of it,", "Second part of it."]),
        # wrong-direction closing mark (“ used to close)
        ("“First, we cut the waiting list by half“, he explained.", ["First, we cut the waiting list by half"]),
        # partial quote in a sentence
        ("He said it held “a special place in the hearts of fans,” before leaving.", ["a special place in the hearts of fans,"]),
        # ellipses inside are kept
        ("“We tried… and we failed...but we learnt,” she said.", ["We tried… and we failed...but we learnt,"]),
        # nested single quotes stay inside the double quotation
        ("“They told us ‘wait and see’ for months,” he said.", ["They told us ‘wait and see’ for months,"]),
        # apostrophes are not quote marks
        ("The club’s manager didn’t comment on the players' wages.", []),
        # scare quote in single marks
        ("Workers at ‘Pikitup’ went on strike.", ["Pikitup"]),
        # no space after the colon
        ("She said:“We are ready for the final.”", ["We are ready for the final."]),
        # inch marks and stray closers are not quotes
        ('The screen is 55" wide and costs more.', []),
        # a closing mark lost: the quotation runs to the end of the paragraph
        ("He said “we will appeal the ruling", ["we will appeal the ruling"]),
    ],
)
def test_body_quotes(paragraph, expected):
    assert texts(make_seg([paragraph])) == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # wire copy: a curly opener closed by two apostrophes or two curly singles
        ("“We will not sell the harbour,'' the mayor said.", ["We will not sell the harbour,"]),
        ("“We will not sell the harbour,’’ the mayor said.", ["We will not sell the harbour,"]),
        # two apostrophes on both sides, and their curly form
        ("''We will not sell the harbour,'' the mayor said.", ["We will not sell the harbour,"]),
        ("‘‘We will not sell the harbour,’’ the mayor said.", ["We will not sell the harbour,"]),
        ("``We will not sell the harbour,'' the mayor said.", ["We will not sell the harbour,"]),
        # a short quotation in doubled apostrophes, and two quotations in a row
        ("The mayor called the offer ''an insult'' and left the room.", ["an insult"]),
        (
            "''The offer was fair,'' she said. ''We simply could not accept it.''",
            ["The offer was fair,", "We simply could not accept it."],
        ),
        # a space after the opening mark or before the closing one
        ("The mayor said: “ We will not sell the harbour.”", ["We will not sell the harbour."]),
        ("''We will win, '' she said. ''The choice is clear.''", ["We will win,", "The choice is clear."]),
        ("“It is done. ” She left the chamber.", ["It is done."]),
        # three apostrophes: a nested single quotation closes with the double one
        ("''They told us 'wait and see,''' he said.", ["They told us 'wait and see,'"]),
        ("''It is a 'bad deal,' '' she said.", ["It is a 'bad deal,'"]),
        # an apostrophe of elision beside doubled marks stays text
        ("The '90s were ''wild,'' she said.", ["wild,"]),
        # a plural possessive, then the closing single mark
        ("‘He thanked the players’’ at the parade, the coach says.", ["He thanked the players’"]),
        # a plural possessive inside a quotation in single marks, as British pages print them
        ("He said it was 'the tenants' money, not the landlord's plaything'.", ["the tenants' money, not the landlord's plaything"]),
        ("‘The members’ votes were counted twice,’ she said.", ["The members’ votes were counted twice,"]),
        ("She said: ‘The Greens’ Budget plan was never costed.’", ["The Greens’ Budget plan was never costed."]),
        ("‘We back the Liberals’ Housing Bill in full,’ he said.", ["We back the Liberals’ Housing Bill in full,"]),
        # ... while a quotation in single marks that ends in an "s" still closes there
        ("She called them 'thugs' and walked out. He said 'go home' twice.", ["thugs", "go home"]),
        ("The board called the figures 'guesses' and the chair agreed.", ["guesses"]),
        ("The board called them 'thugs' Monday and 'liars' Tuesday.", ["thugs", "liars"]),
        # a quotation in double marks inside one in single marks, as British pages nest them
        ("‘They promised the bypass. Then they said, “Well, mostly the bypass,”’ he said.", ["They promised the bypass. Then they said, “Well, mostly the bypass,”"]),
        ('\'They promised the bypass. Then they said, "mostly",\' he said.', ['They promised the bypass. Then they said, "mostly",']),
        # ... while double marks after an elided year, or with no single mark closing, stand alone
        ("In the '90s he said “no way” to the bypass.", ["no way"]),
        ("She typed ‘They said “no way” to us and left.", ["no way"]),
        # an opening mark typed with no space after a comma or a full stop, or doubled
        ('The mayor hit back, saying,"The harbour stays ours." Then he left.', ["The harbour stays ours."]),
        ('He turned to the harbour."I want to ask where the money went", the mayor added.', ["I want to ask where the money went"]),
        ('The mayor said,""The harbour stays ours and nobody will sell it".', ["The harbour stays ours and nobody will sell it"]),
        # ... but not before markup or a number, nor where a quotation is open
        ('It was rated Mostly True.">Roe said the rate was “51 percent.”', ["51 percent."]),
        ('A 6." pipe and a 4" pipe.', []),
        ('“Yes,” he said,“no.”', ["Yes,", "no."]),
        # a straight single opening mark closed by a curly double one, as some pages type them
        ("'If we win the county, it is over,” she told the crowd. 'I love this town,” she said.", ["If we win the county, it is over,", "I love this town,"]),
        # ... while a curly single mark inside a double quotation stays part of it
        ("”Sorry Ann, you should have said ‘never again‘, because you know it!!” wrote a reader.", ["Sorry Ann, you should have said ‘never again‘, because you know it!!"]),
    ],
)
def test_marks_as_pages_type_them(paragraph, expected):
    assert texts(make_seg([paragraph])) == expected


@pytest.mark.parametrize(
    "title, has_headline, expected",
    [
        ("'Ukraine's rightful place is in NATO,' alliance chief says", True, ["Ukraine's rightful place is in NATO,"]),
        ("'We've found our new captain,' club's manager says", True, ["We've found our new captain,"]),
        ("Council Approves Budget With “Painful” Cuts", True, ["Painful"]),
        ("Minister: 'We won't back down'", True, ["We won't back down"]),
        # a title derived from the body is not a headline: nothing extracted
        ("Council Approves Budget With “Painful” Cuts", False, []),
    ],
)
def test_headline_quotes(title, has_headline, expected):
    seg = make_seg(["No quotes here."], title=title, has_headline=has_headline)
    found = extract_quotes(seg)
    assert [q.text for q in found] == expected
    for q in found:
        assert q.paragraph == 0 and seg.title[q.start : q.end] == q.text


@pytest.mark.parametrize(
    "text, kind",
    [
        ("Irreversible", "scare"),
        ("special military operations", "scare"),
        ("special military operations.", "scare"),
        ("just a matter of time", "quote"),
        ("We've found our captain", "quote"),
    ],
)
def test_kind(text, kind):
    assert quote_kind(text) == kind


def test_quotation_over_paragraphs_is_one_quote_per_paragraph():
    seg = make_seg(
        [
            "The mayor said: “We have drawn down the fund. If we drain it, we are bankrupt.",
            "“I would rather make a hard choice now,” she added.",
        ]
    )
    found = extract_quotes(seg)
    assert [q.text for q in found] == [
        "We have drawn down the fund. If we drain it, we are bankrupt.",
        "I would rather make a hard choice now,",
    ]
    assert [q.paragraph for q in found] == [1, 2]
    for q in found:
        assert seg.body[q.start : q.end] == q.text
        para = seg.paragraphs[q.paragraph - 1]
        assert para.start <= q.start <= q.end <= para.end


def test_offsets_point_into_body_for_every_quote():
    seg = make_seg(["Intro line.", "“One two three four,” said A. “Five six seven eight.”", "Plain."])
    for q in extract_quotes(seg):
        assert seg.body[q.start : q.end] == q.text
        assert q.paragraph == 2


@pytest.mark.slow  # megabytes of quote marks
@pytest.mark.parametrize(
    "text",
    [
        "“" * 200_000,
        '"' * 200_000,
        "”“" * 100_000,
        ("word “nested “deep” marks” and ' stray ‘ ones ’ " * 20_000),
        "x" * 5_000_000,
        ("a“b" * 1_000_000),
        "'",
        "",
    ],
)
def test_never_raises_on_hostile_text(text):
    seg = make_seg([text], title=text[:1000])
    found = extract_quotes(seg)
    for q in found:
        source = seg.title if q.paragraph == 0 else seg.body
        assert 0 <= q.start <= q.end <= len(source)
        assert source[q.start : q.end] == q.text


def test_paragraph_offsets_outside_body_are_clamped():
    seg = Segmented(title="", body="“Hello there my friend”", paragraphs=[Paragraph(1, 0, 999, "")], has_headline=False)
    [q] = extract_quotes(seg)
    assert q.text == "Hello there my friend" and q.end <= len(seg.body)


@pytest.mark.slow  # megabytes of quote marks
@pytest.mark.parametrize("unit", ["“", '"', "”“", "word “nested “deep” marks” and ' stray ‘ ones ’ ", "a“b"])
def test_work_grows_linearly_with_hostile_text(unit):
    # CPU time of the same input at two sizes: a ratio, not a deadline, so a
    # loaded machine slows both sides alike. Linear work gives ~8x for 8x the
    # text; quadratic work would give ~64x.
    small, large = (cpu_seconds(lambda n=n: extract_quotes(make_seg([unit * n]))) for n in (4_000, 32_000))
    assert large / max(small, 1e-4) < 24


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a long quotation in single marks, reopened in each paragraph as British pages print it
        (
            ["The warden said: 'I have never seen the river this high.", "'We moved the sandbags at six.", "'Nothing ever happens.'"],
            ["I have never seen the river this high.", "We moved the sandbags at six.", "Nothing ever happens."],
        ),
        (
            ["The warden said: ‘I have never seen the river this high.", "‘Nothing ever happens.’"],
            ["I have never seen the river this high.", "Nothing ever happens."],
        ),
        # ... not an apostrophe of elision, nor a paragraph that opens with a doubled mark or with none
        (["It was a hit of the '90s with fans.", "''It is back,'' he said."], ["It is back,"]),
        (["The warden said: 'I have never seen the river this high.", "Nothing ever happens, he added."], []),
        # a curly opening mark after a colon whose closing mark was lost: the rest of the paragraph
        (["The warden said: ‘I have never seen the river this high.", "Nothing ever happens, he added."], ["I have never seen the river this high."]),
        # ... but not one inside a sentence with no colon before it
        (["The warden spoke of the ‘big one in the spring.", "Nothing ever happens, he added."], []),
    ],
)
def test_a_quotation_in_single_marks_over_paragraphs(paragraphs, expected):
    assert texts(make_seg(paragraphs)) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # the next paragraph goes on without reopening the quotation and closes it before its attribution
        (
            ["“We looked at every line of the plan. It does not add up.", "We will vote against it next week,” said Councillor Ada Brem."],
            ["We looked at every line of the plan. It does not add up.", "We will vote against it next week,"],
        ),
        # ... not a paragraph that only closes it: that one signs the quotation
        (
            ["“We looked at every line of the plan. It does not add up.", "Ada Brem, Harbour Trust.”"],
            ["We looked at every line of the plan. It does not add up."],
        ),
        # ... nor one whose first mark opens a quotation of its own
        (
            ["“We looked at every line of the plan.", "The board called it “a wish list” on Monday."],
            ["We looked at every line of the plan.", "a wish list"],
        ),
        # ... nor a paragraph after one whose quotation closed
        (
            ["“We looked at every line of the plan,” she said.", "The rest is detail,” the note ended."],
            ["We looked at every line of the plan,"],
        ),
    ],
)
def test_a_quotation_continued_without_a_fresh_mark(paragraphs, expected):
    assert texts(make_seg(paragraphs)) == expected
