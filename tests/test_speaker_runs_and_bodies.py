"""Who speaks a quotation that runs over paragraphs with no attribution in
any of them (the person the paragraph before is about); a place's office
opening the story ("Tallowland's health minister is angry ...,
calling it ...") when the next paragraph gives the name speaking with no
role of its own; and a body printed after its kind and the words that
describe it ("primary teachers' union KLP-Tavra", "Tallow union warns"),
which "the union" then goes on with. A wrong speaker is worse than none,
so each table also holds sentences where the speaker stays empty. Every
sentence here is written for the test."""

import pytest

from datasette_factcheck.extract.article import quotes_of

from . import textutil

speakers_of = textutil.speakers_of


def speakers(paragraphs: list[str], title: str = "A headline") -> list[object]:
    seg = textutil.make_seg(paragraphs, title, True)
    return [q.speaker for q in quotes_of(seg) if q.kind == "quote"]


ABOUT_LOWE = [
    "Ben Lowe missed a penalty in the first half and said sorry to the fans afterwards.",
    "Asked after the game what went through his mind at the spot, Lowe gave a broader answer.",
]


@pytest.mark.parametrize(
    "run, expected",
    [
        (["“It is the biggest stage there is, so you just play your own game.",
          "“In the end I was a bit let down, but we are proud of how we played.”"], ["Ben Lowe", "Ben Lowe"]),
        # the run closes with an attribution of its own: that speaker
        (["“It is the biggest stage there is, so you just play your own game.",
          "“In the end I was a bit let down,” Ana Roe said."], ["Ana Roe", "Ana Roe"]),
        # a quotation closed in its own paragraph, as before
        (["“It is the biggest stage there is, so you just play your own game.”"], ["Ben Lowe"]),
    ],
)
def test_a_quotation_running_on_with_no_attribution_is_the_subject_before(run, expected):
    assert [speaker for _, speaker in speakers_of(ABOUT_LOWE + run)] == expected


@pytest.mark.parametrize(
    "lead, named, expected",
    [
        ("Tallowland’s health minister is angry about the strikes, calling them “unacceptable” for anyone who cares about patients.",
         "Ana Roe said it worries her that patients are “missing out on care”.", "Ana Roe"),
        ("Tallowland’s health minister was angry about the strikes, calling them “unacceptable” for anyone who cares about patients.",
         "Ana Roe said it worries her that patients are “missing out on care”.", "Ana Roe"),
        # the name has a role of its own: someone else
        ("Tallowland’s health minister is angry about the strikes, calling them “unacceptable” for anyone who cares about patients.",
         "Union leader Ana Roe said it worries her that patients are “missing out on care”.", None),
        # an indefinite lead needs the role printed with the name, as before
        ("A health minister is angry about the strikes, calling them “unacceptable” for anyone who cares about patients.",
         "Ana Roe said it worries her that patients are “missing out on care”.", None),
    ],
)
def test_a_places_office_in_the_lead_is_the_name_speaking_next(lead, named, expected):
    assert speakers([lead, named])[0] == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        (["The strike sends “a clear signal to ministers”, said primary teachers’ union KLP-Tavra, which expects “most village schools to close”.",
          "The union added that “the row has been made worse by the minister”."], ["KLP-Tavra", "KLP-Tavra", "KLP-Tavra"]),
        (["The strike sends “a clear signal to ministers”, said teachers’ union Tavra."], ["Tavra"]),
        (["“The stoppage will cost the port dearly,” Tallow union said on Monday."], ["Tallow union"]),
        # a kind of body and a name of three or more words is no such phrase
        (["“The stoppage will cost the port dearly,” said a union official."], [None]),
    ],
)
def test_a_body_printed_after_its_kind_and_descriptors(paragraphs, expected):
    assert [speaker for _, speaker in speakers_of(paragraphs)] == expected


def test_a_headline_drops_the_article_before_a_body():
    found = speakers(["Dockers at the harbour will walk out for a week from Monday, in a row over “pay that has stood still”."],
                     title="Dock walkout to ‘choke’ deliveries this winter, Tallow union warns")
    assert found[0] == "Tallow union"
