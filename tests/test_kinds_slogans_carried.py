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
        ("They hung banners on the hospital fence saying “Fair pay for the night shift”.", [("Fair pay for the night shift", "title")]),
        ("Ana Roe wore a T-shirt reading “Nurses are not paid enough for this work” to the meeting.", [("Nurses are not paid enough for this work", "title")]),
        ("Someone sprayed graffiti that read “Close the mill now” on the wall of the depot.", [("Close the mill now", "title")]),
        ("According to the Valley Times, the men wore shirts that read “Sell the mill now.”", [("Sell the mill now.", "title")]),
        ("Marchers carried placards in the rain with the words “No beds, no nurses” on them.", [("No beds, no nurses", "title")]),
        (
            "They hung banners on the fence saying “Fair pay now”, and “Open the wards at night”.",
            [("Fair pay now", "title"), ("Open the wards at night", "title")],
        ),
        # the guards: the words spoken too, a speech verb with no sign, a verb "signs"
        (
            "Ana Roe wore a T-shirt with the words “Open the wards at night,” as Ben Lowe said before the vote.",
            [("Open the wards at night,", "quote")],
        ),
        ("Ana Roe told the nurses on the fence “Open the wards at night” before the vote.", [("Open the wards at night", "quote")]),
        ("Ana Roe signs a letter every year saying “Open the wards at night” to the board.", [("Open the wards at night", "quote")]),
    ],
)
def test_a_slogan_a_sign_bears_is_a_title(paragraph, expected):
    assert kinds_of(paragraph) == expected
