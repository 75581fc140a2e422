"""A slogan is no one's remark: words a banner, placard, poster, garment
or graffiti bears ("banners on the fence saying “...”", "a T-shirt
reading “...”"), in any case and however long, are kept with the kind
``title``, and so is a second slogan joined to the first by "and". The
words stay a quotation when the sentence also says someone spoke them
("..., as Ana Roe said before the vote"). Every sentence here is written
for the test."""

import pytest

from datasette_factcheck.extract.article import quotes_of

from .textutil import make_seg


def kinds_of(paragraph: str) -> list[tuple[str, str]]:
    return [(q.text, q.kind) for q in quotes_of(make_seg([paragraph], title="Nurses walk out"))]


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        ("They hung banners on the hospital fence saying “We stay out so that you can be treated in a bed”.", [("We stay out so that you can be treated in a bed", "title")]),
        ("Ana Roe wore a T-shirt reading “Nurses are not paid enough for this work” to the meeting.", [("Nurses are not paid enough for this work", "title")]),
        ("Someone sprayed graffiti that read “Close the mill now” on the wall of the depot.", [("Close the mill now", "title")]),
        ("According to the Valley Times, the men wore shirts that read “Sell the mill now.”", [("Sell the mill now.", "title")]),
        ("Marchers carried placards in the rain with the words “No beds, no nurses” on them.", [("No beds, no nurses", "title")]),
        (
            "They hung banners on the fence saying “We stay out for you”, and “We need more beds in this ward”.",
            [("We stay out for you", "title"), ("We need more beds in this ward", "title")],
        ),
        # the guards: the words spoken too, a speech verb with no sign, a verb "signs"
        (
            "Ana Roe wore a T-shirt with the words “We need more beds in this ward,” as Ben Lowe said before the vote.",
            [("We need more beds in this ward,", "quote")],
        ),
        ("Ana Roe told the nurses on the fence “We need more beds in this ward” before the vote.", [("We need more beds in this ward", "quote")]),
        ("Ana Roe signs a letter every year saying “We need more beds in this ward” to the board.", [("We need more beds in this ward", "quote")]),
    ],
)
def test_a_slogan_a_sign_bears_is_a_title(paragraph, expected):
    assert kinds_of(paragraph) == expected
