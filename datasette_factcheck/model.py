"""The values that flow through the pipeline, from raw text to database rows.

Raw text -> ``Segmented`` (extract/segment.py) -> ``Quote``/``Claim``
(extract/quotes.py, speakers, claims.py) -> ``Relation`` (matching/) -> rows
(db/). Extraction and matching are pure functions over these dataclasses;
only db/ (the ingest's writes) and web/review.py (reviewers' writes) write.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Optional


@dataclass
class Paragraph:
    """One paragraph of the article's own text.

    ``start``/``end`` are offsets into ``Segmented.body``; ``number`` counts
    from 1 (0 is reserved for the headline).
    """

    number: int
    start: int
    end: int
    text: str


@dataclass
class Comment:
    """A reader comment. ``parent`` is the index of the comment it replies to
    in ``Segmented.comments``; ``None`` for a top-level comment."""

    index: int
    parent: Optional[int]
    depth: int
    author: Optional[str]
    posted: Optional[str]
    text: str


@dataclass
class Extra:
    """Page furniture that is not the article: kept, labelled, never analysed.

    ``kind`` is one of: section_label, byline, bio, teaser, promo, subscribe,
    reply_form, comments_header, read_more, dateline, other.
    """

    kind: str
    text: str
    # A subhead inside the body: the number of the paragraph it stands
    # before (a round-up's name line over the remarks that follow it).
    before: Optional[int] = None


@dataclass
class Segmented:
    """A raw page split into the article and everything around it."""

    title: str
    body: str
    paragraphs: list[Paragraph]
    byline: Optional[str] = None
    comments: list[Comment] = field(default_factory=list)
    extras: list[Extra] = field(default_factory=list)
    # False when the page printed no headline and ``title`` was derived from
    # the first sentence of the body: headline quote extraction is skipped.
    has_headline: bool = True


@dataclass
class Quote:
    """A direct quotation as printed, without its quote marks.

    ``paragraph`` is 0 for a quote in the headline; then ``start``/``end``
    are offsets into the title, otherwise into the body.
    ``kind`` is ``quote`` for a quotation, ``scare`` for 1-3 words.
    """

    text: str
    start: int
    end: int
    paragraph: int
    kind: str = "quote"
    speaker_as_printed: Optional[str] = None
    # The person's full name as resolved inside this article (e.g. "Jens
    # Stoltenberg" for "Mr Stoltenberg"); None when the text does not say.
    speaker: Optional[str] = None
    # Every form the article uses for that person, for speaker_aliases.
    speaker_forms: list[str] = field(default_factory=list)
    # The speaker is an organisation ("Harbour Trust"), never joined to a
    # person by surname across articles.
    speaker_is_org: bool = False
    # The speech cue as printed ("said", "told", ":", "―") when an
    # attribution in the quotation's own sentence or line names the source;
    # None when the speaker was carried over from elsewhere or not found.
    cue: Optional[str] = None

    @property
    def location(self) -> str:
        return "headline" if self.paragraph == 0 else "body"


@dataclass
class Number:
    """A number as printed and as a comparable value."""

    printed: str
    value: float
    unit: Optional[str] = None
    qualifier: Optional[str] = None  # over, about, some, nearly, ...
    kind: str = "count"  # money, percent, count, quantity, date, duration, ordinal
    # Dates only: day, month, year or decade, how much of the date is printed.
    precision: Optional[str] = None


@dataclass
class Claim:
    """A check-worthy factual sentence of the body."""

    text: str
    start: int
    end: int
    paragraph: int
    kind: str
    numbers: list[Number] = field(default_factory=list)
    # Index into the article's quotes when the sentence is inside a quotation.
    quote_index: Optional[int] = None


@dataclass
class Metadata:
    outlet: Optional[str] = None
    url: Optional[str] = None
    published: Optional[str] = None
    author: Optional[str] = None


@dataclass
class ParsedArticle:
    """Everything the pipeline learned from one input file."""

    file: str
    path: str
    content_hash: str
    meta: Metadata
    segmented: Segmented
    quotes: list[Quote] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@dataclass
class Relation:
    """How quote ``a`` relates to quote ``b`` of another article."""

    relation: str  # verbatim, excerpt, spliced, altered
    similarity: float
    differences: str


class InputError(Exception):
    """A file that cannot be ingested; the message says why."""


# The relations that make two quotes versions of one remark, from either
# side (matching stores every relation from both quotes' sides); overlaps
# are two cuts of one remark.
REMARK_RELATIONS = ("verbatim", "excerpt", "contains", "overlaps", "spliced", "part_of_splice", "altered")
# Relations that say "these words were not printed as said elsewhere".
CHANGED_RELATIONS = ("altered", "spliced")
# Relations that say "the same words" (so two speakers cannot both be right).
SAME_WORDS_RELATIONS = ("verbatim", "excerpt")
# Attributions that name nobody ("she said"): the extractor resolves them to
# a person, but that is its reading, not the outlet's word for who spoke, so
# matching treats such a quote's speaker as unknown and a speaker conflict
# needs two named speakers.
PRONOUNS = ("he", "she", "they", "i", "we", "you", "it", "him", "her", "them")


def now() -> str:
    """The time of a write, as stored in every timestamp column (UTC, seconds)."""
    return datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds")


@dataclass(frozen=True)
class ItemKind:
    """What reviewers check: the name of an item type in reviews, the audit
    and pending_matches, and the table its rows live in."""

    item_type: str
    table: str


ITEM_KINDS = (ItemKind("quote", "quotes"), ItemKind("claim", "claims"))
TABLE_OF_ITEM_TYPE = {k.item_type: k.table for k in ITEM_KINDS}
ITEM_TYPE_OF_TABLE = {k.table: k.item_type for k in ITEM_KINDS}
