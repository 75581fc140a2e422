"""Who a page means when it names a body short ("Tallow said" where it
printed "Tallow University"), a body by its kind and owner ("the
sheriff's office"), a role its lead gave before the name ("The federal
minister said ...", then "Ana Roe told reporters"), a role with a party
the page never printed beside the name ("the Labour MP"), an appositive
that closes its sentence ("filed by the vicar, Ana Roe."), two people
who share a surname ("Ana and Ben Lowe"), a paragraph that names the
source of the one above it ("That's according to Ana Roe"), a pull quote
signed with no dash, and a surname alone whose sentence goes on with
"his" or "her". A wrong speaker is worse than none, so each table also
holds sentences where the speaker stays as it was. Every sentence here
is written for the test."""

import pytest

from datasette_factcheck.extract.article import quotes_of

from . import textutil

speakers_of = textutil.speakers_of


@pytest.mark.parametrize(
    "first, expected",
    [
        ("Police fired stun grenades at students from Tallow University on Wednesday.", "Tallow University"),
        ("Talks between Tallow Airlines and the pilots broke down on Wednesday.", "Tallow Airlines"),
        ("Talks between Tallow Ferries and the crews broke down on Wednesday.", "Tallow Ferries"),
        ("Fees owed to the Tallow Commissioners by students rose on Wednesday.", "Tallow Commissioners"),
        # a street, or a longer body, is no fuller name of the one that speaks
        ("Police fired stun grenades at students on Tallow Street on Wednesday.", "Tallow"),
        ("Police fired stun grenades at students outside Tallow University Hospital on Wednesday.", "Tallow"),
    ],
)
def test_a_body_named_short_takes_the_name_it_was_printed_with(first, expected):
    found = speakers_of([
        first,
        "The protest moved to the library on Thursday.",
        "Late on Tuesday, Tallow suspended all classes, and said it was “tracing” the students involved.",
    ])
    assert [speaker for _, speaker in found] == [expected]


@pytest.mark.parametrize(
    "cue, expected",
    [
        ("the sheriff’s office said in a post", "Halden County Sheriff’s Office"),
        ("the sheriff's office said in a post", "Halden County Sheriff’s Office"),
        # an office the page names no body for speaks for nobody named
        ("the mayor's office said in a post", None),
    ],
)
def test_a_body_by_its_owner_and_kind(cue, expected):
    found = speakers_of([
        "Deputies from the Halden County Sheriff’s Office closed the road on Monday.",
        f"“All residents of the town need to leave now,” {cue}.",
    ])
    assert [speaker for _, speaker in found] == [expected]


@pytest.mark.parametrize(
    "lead, expected",
    [
        ("The federal transport minister said on Tuesday he is still “very hopeful” a strike can be averted.", "Ana Roe"),
        # a lead that names its minister keeps that one
        ("Transport minister Ben Lowe said on Tuesday he is still “very hopeful” a strike can be averted.", "Ben Lowe"),
    ],
)
def test_a_role_the_lead_gave_before_the_name_stays_with_the_name(lead, expected):
    found = speakers_of([
        lead,
        "Ana Roe told reporters outside the party retreat that talks had made headway.",
        "The union has called a strike for next Monday.",
        "“There is no reason these parties cannot agree,” the minister said.",
    ])
    assert [speaker for _, speaker in found] == [expected, expected]


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        (["Halden MP Ben Lowe raised the state of army housing in the chamber on Monday."], "Ben Lowe"),
        (["Halden MP Ben Lowe raised the state of army housing in the chamber on Monday.", "Tory MP Ana Roe agreed with him."], "Ben Lowe"),
        # the one MP printed with another party is not the Labour MP
        (["Green MP Ben Lowe raised the state of army housing in the chamber on Monday."], None),
    ],
)
def test_a_party_before_the_role_need_not_be_printed_beside_the_name(paragraphs, expected):
    found = speakers_of(paragraphs + ["The Labour MP said: “Families deserve better homes than these, and they have waited too long.”"])
    assert [speaker for _, speaker in found] == [expected]


@pytest.mark.parametrize(
    "first, cue, expected",
    [
        ("Police acted on a report filed by the vicar, Ana Roe.", "the vicar said", "Ana Roe"),
        ("A report was filed with police by the vicar, Ana Roe.", "the vicar said", "Ana Roe"),
        ("Police acted on a report filed by the vicar, Ana Roe, on Monday.", "the vicar said", "Ana Roe"),
        # the appositive's role is hers, not another's
        ("Police acted on a report filed by the vicar, Ana Roe.", "the mayor said", None),
    ],
)
def test_an_appositive_that_closes_its_sentence(first, cue, expected):
    found = speakers_of([first, f"“Someone broke every window in the church hall on Sunday night,” {cue}."])
    assert [speaker for _, speaker in found] == [expected]


@pytest.mark.parametrize(
    "first, expected",
    [
        ("The pair, Ana and Ben Lowe from Tallow, went on the breakfast show to claim the prize.", "Ana Lowe"),
        ("Ana and Ben Lowe went on the breakfast show to claim the prize.", "Ana Lowe"),
        # two full names: she is the woman named
        ("Ana Roe and Ben Lowe went on the breakfast show to claim the prize.", "Ana Roe"),
    ],
)
def test_two_given_names_share_the_surname_after_them(first, expected):
    found = speakers_of([
        first,
        "Ben Lowe said that he had bought the ticket at a garage on the way home.",
        "“Neither of us slept a wink,” she told the programme.",
    ])
    assert [speaker for _, speaker in found] == [expected]


@pytest.mark.parametrize(
    "source, expected",
    [
        ("That's according to Tom Roe, a senior economist at the Tallow Institute.", ["Tom Roe", "Tom Roe", "Tom Roe"]),
        ("That is the view of Tom Roe, a senior economist at the Tallow Institute.", ["Tom Roe", "Tom Roe", "Tom Roe"]),
        ("That’s the advice from Tallow Weekly's money editor Tom Roe, after the vote.", ["Tom Roe", "Tom Roe", "Tom Roe"]),
        # a sentence about someone names no source for the paragraph above
        ("Tom Roe, a senior economist at the Tallow Institute, agreed.", [None, None, "Tom Roe"]),
    ],
)
def test_a_paragraph_that_names_the_source_of_the_one_above(source, expected):
    seg = textutil.make_seg([
        "The bank held its rate today, as editor Ben Lowe reported from the press room.",
        "A cut was “overdue” and the bank had “waited too long” by this spring.",
        source,
        "“Borrowing costs are still too high, and a cut was overdue,” he says.",
    ], "A headline", False)
    assert [q.speaker for q in quotes_of(seg)] == expected


@pytest.mark.parametrize(
    "signed, expected",
    [
        ("“They will have to drag us out of this hall one by one.” Ana Roe, student", "Ana Roe"),
        ("“They will have to drag us out of this hall one by one.” Ana Roe, second-year student", "Ana Roe"),
        # words after a quotation that does not end a sentence sign nothing
        ("“They will have to drag us out of this hall one by one” Ana Roe, student", None),
    ],
)
def test_a_pull_quote_signed_with_no_dash(signed, expected):
    found = speakers_of([
        "Students at Tallow College have held the hall for two weeks.",
        signed,
        "The college is taking legal action against them.",
    ])
    assert [speaker for _, speaker in found] == [expected]


@pytest.mark.parametrize(
    "first, expected",
    [
        ("Marlow had looked tired in his last briefing, unwilling to say what had changed between him and the club chairman Ben Lowe.", "Marlow"),
        ("Marlow said little after his side lost on Saturday, unwilling to say what had changed between him and the club chairman Ben Lowe.", "Marlow"),
        # a name between them may be whom the pronoun means
        ("Marlow had looked tired after the club chairman Ben Lowe cut his budget.", "Ben Lowe"),
        # an aside's speaker is no subject's pronoun
        ("Things had looked bleak, he says, after the club chairman Ben Lowe spoke.", "Ben Lowe"),
    ],
)
def test_a_pronoun_later_in_the_sentence_of_a_surname_alone(first, expected):
    found = speakers_of([first, "“My job is to pick the team, and I will keep doing it,” he began."])
    assert [speaker for _, speaker in found] == [expected]


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        ("Marlow rejected that argument. “Rental housing should get no special treatment from this council,” she said.", "Marlow"),
        ("Marlow disagreed. “Rental housing should get no special treatment from this council,” she said.", "Marlow"),
        # another name in the sentence may be the one meant
        ("Marlow rejected Ana Roe's argument. “Rental housing should get no special treatment from this council,” she said.", "Ana Roe"),
    ],
)
def test_a_quotation_a_pronoun_signs_after_a_surname_alone(paragraph, expected):
    found = speakers_of([
        "The scheme fills a need for rental homes, said housing advocate Ana Roe, who called it “gentle density”.",
        paragraph,
    ])
    assert [speaker for _, speaker in found][-1] == expected
