"""Candidate generation: which quotes and claims a new one may relate to.

Matching compares a new item only with the items that share a *key* with it.
Keys are stable integers (stored in ``quote_shingles`` and ``claim_keys``),
of two kinds, told apart by the lowest bit:

* strong (even): a quote's 3-word shingles of content words; a claim's
  (figure unit, two content words).
* weak (odd): a quote's 2-word shingles; a claim's (figure unit, one word).

Two items are candidates when they share strong keys, or when one of them is
*short* (a quote of two content words, a claim of at most two) and they
share a weak key. Weak keys are common word pairs whose posting lists grow
with the corpus and name almost only coincidences between long items, so a
long item looks in them only for short items (``Postings.short``), and a
short item in the whole list. This is the same rule as comparing every
pair of items that share any key and then filtering, without visiting the
pairs the filter would drop.

Posting lists come from a ``Postings``: ``MemoryPostings`` is filled item by
item (tests, small jobs); ``ArrayPostings`` is built from stored key rows,
compact enough for every key of a large corpus and shared by the worker
processes of a matching job.
"""

from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import dataclass
import heapq
import math
import zlib
from array import array
from typing import Callable, Iterable, Mapping, Optional, Protocol, Sequence

from ..model import Relation
from .compare import Analysis, article_analyses
from .words import is_content, tokens

# Keys found in more items than this are boilerplate, not evidence.
MAX_DF = 400
# Beyond this many candidates only the best scored are compared.
MAX_CANDIDATES = 300

# -- keys ----------------------------------------------------------------------

_MASK = KEY_MASK = (1 << 62) - 1
_MULTIPLIER = 1_000_003
# Salt that keeps 2-word shingle keys apart from 3-word ones.
PAIR_SALT = 0x2F2F2F
_WORD_KEY: dict[str, int] = {}


def word_key(word: str) -> int:
    """A number for a word that is the same in every process and on every
    run (``hash`` of a str is not), so keys can be stored in the database."""
    got = _WORD_KEY.get(word)
    if got is None:
        if len(_WORD_KEY) > 500_000:
            _WORD_KEY.clear()  # a bounded cache, not a vocabulary
        got = _WORD_KEY[word] = zlib.crc32(word.encode("utf-8")) + 1
    return got


def combine_keys(*parts: int) -> int:
    h = 0
    for x in parts:
        h = (h * _MULTIPLIER) ^ x
    return h & _MASK


def combine_keys_head(*parts: int) -> int:
    """What ``combine_keys(*parts, last)`` computes before ``last``:
    ``combine_keys(*parts, last) == (combine_keys_head(*parts) ^ last) & KEY_MASK``,
    so many keys that share their first parts cost one step each."""
    h = 0
    for x in parts:
        h = (h * _MULTIPLIER) ^ x
    return h * _MULTIPLIER


_PAIR_HEAD = PAIR_SALT * _MULTIPLIER


def strong_key(h: int) -> int:
    return h & ~1


def weak_key(h: int) -> int:
    return h | 1


def split_keys(keys: Iterable[int]) -> tuple[frozenset[int], frozenset[int]]:
    """(strong, weak) keys of one item, from its stored keys."""
    keys = list(keys)
    return frozenset(k for k in keys if not k & 1), frozenset(k for k in keys if k & 1)


def shingle_sets(text: Optional[str]) -> tuple[frozenset[int], frozenset[int]]:
    """A quote's (3-word, 2-word) shingles of content words, as stable
    integers. The 2-word ones let a short partial quote ("on time and on
    budget": two content words) find the longer quotation it is cut from."""
    ids = [word_key(w) for w in tokens(text) if is_content(w)]
    # combine_keys(a, b, c) and combine_keys(PAIR_SALT, a, b) written out: every
    # quote of an ingest is keyed, and the calls cost more than the sums
    m, strong_mask = _MULTIPLIER, _MASK & ~1
    triples = frozenset(((a * m ^ b) * m ^ c) & strong_mask for a, b, c in zip(ids, ids[1:], ids[2:]))
    pairs = frozenset((((_PAIR_HEAD ^ a) * m ^ b) & _MASK) | 1 for a, b in zip(ids, ids[1:]))
    return triples, pairs


def shingle_keys(text: Optional[str]) -> set[int]:
    """Every key of a quote (what ``quote_shingles.shingle`` stores)."""
    triples, pairs = shingle_sets(text)
    return set(triples | pairs)


def short_quote(strong: int, weak: int) -> bool:
    """A quote of at most two content words: no 3-word shingle, one pair."""
    return strong + weak <= 1


# -- posting lists -------------------------------------------------------------------


class Postings(Protocol):
    def full(self, key: int) -> Sequence[int]:
        """Items holding ``key`` (none when more than MAX_DF do)."""

    def short(self, key: int) -> Sequence[int]:
        """The short items among ``full(key)``."""

    def common(self, key: int) -> bool:
        """Whether more than MAX_DF items hold ``key``."""

    def df(self, key: int) -> int:
        """How many items hold ``key`` (its weight in a ranking)."""

    def group(self, item: int) -> Optional[int]:
        """The item's article, None for an item not matched."""

    def counts(self, item: int) -> tuple[int, int]:
        """How many (strong, weak) keys the item has."""

    def speaker(self, item: int) -> Optional[int]:
        """The item's resolved speaker (quotes), None when not resolved."""

    def copies(self, item: int) -> Sequence[int]:
        """The items that copy this one word for word and hold no keys of
        their own (see db.versions): they count where it is printed."""

    def original(self, item: int) -> Optional[int]:
        """The item that this one copies, if it is a copy."""


class MemoryPostings:
    """Postings filled item by item."""

    def __init__(self, is_short: Callable[[int, int], bool], max_df: int = MAX_DF):
        self.max_df = max_df
        self._is_short = is_short
        self._post: dict[int, list[int]] = {}
        self._group: dict[int, int] = {}
        self._counts: dict[int, tuple[int, int]] = {}
        self._speaker: dict[int, Optional[int]] = {}
        self.keys: dict[int, tuple[frozenset[int], frozenset[int]]] = {}

    def add(self, item: int, group: int, keys: tuple[frozenset[int], frozenset[int]], speaker: Optional[int] = None) -> None:
        if item in self._group:
            return
        self._group[item] = group
        self._speaker[item] = speaker
        self.keys[item] = keys
        self._counts[item] = (len(keys[0]), len(keys[1]))
        for k in keys[0] | keys[1]:
            self._post.setdefault(k, []).append(item)

    def full(self, key: int) -> Sequence[int]:
        got = self._post.get(key, ())
        return () if len(got) > self.max_df else got

    def short(self, key: int) -> Sequence[int]:
        return [i for i in self.full(key) if self._is_short(*self._counts[i])]

    def common(self, key: int) -> bool:
        return len(self._post.get(key, ())) > self.max_df

    def df(self, key: int) -> int:
        return len(self._post.get(key, ()))

    def group(self, item: int) -> Optional[int]:
        return self._group.get(item)

    def counts(self, item: int) -> tuple[int, int]:
        return self._counts.get(item, (0, 0))

    def speaker(self, item: int) -> Optional[int]:
        return self._speaker.get(item)

    def copies(self, item: int) -> Sequence[int]:
        return ()

    def original(self, item: int) -> Optional[int]:
        return None

    def key_lists(self) -> Iterable[tuple[int, Sequence[int]]]:
        """(key, its items) of every key held by 2 to max_df items."""
        return [(k, v) for k, v in self._post.items() if 2 <= len(v) <= self.max_df]


class ArrayPostings:
    """Posting lists of every key that 2 to ``max_df`` items share, in flat
    arrays (a few bytes per item and key, no object per entry): built once
    by a matching job and read, not copied, by its forked workers.

    ``lists`` are (key, how many items hold it, those items), sorted by key.
    The items of a common key are not needed (None), and those of a weak key
    may be only its short items plus the ones being matched: all that a long
    item looks at (see the module's docstring). ``group`` and
    ``strong``/``weak`` (key counts) are indexed by item id; group 0 marks an
    item not matched.
    """

    def __init__(
        self,
        lists: Iterable[tuple[int, int, Optional[Sequence[int]]]],
        group: array,
        strong: array,
        weak: array,
        is_short: Callable[[int, int], bool],
        max_df: int = MAX_DF,
        speaker: Optional[array] = None,
        copies: Optional[Mapping[int, Sequence[int]]] = None,
    ):
        self._group, self.strong_key, self.weak_key = group, strong, weak
        self._speaker = speaker
        self._copies = copies or {}
        self._original = {c: rep for rep, cs in self._copies.items() for c in cs}
        self._keys, self._starts, self._items, self._dfs = array("q"), array("q"), array("q"), array("i")
        self._skeys, self._sstarts, self._sitems = array("q"), array("q"), array("q")
        self._common = array("q")
        self.max_df = max_df
        short = bytearray(len(group))
        for i in range(len(group)):
            if group[i] and is_short(strong[i], weak[i]):
                short[i] = 1
        size = len(group)
        for key, df, items in lists:
            if df > max_df:
                self._common.append(key)
            elif items and (df >= 2 or any(i in self._copies for i in items)):
                self._keys.append(key)
                self._dfs.append(df)
                self._starts.append(len(self._items))
                self._items.extend(items)
                few = [i for i in items if i < size and short[i]]
                if few:
                    self._skeys.append(key)
                    self._sstarts.append(len(self._sitems))
                    self._sitems.extend(few)
        self._starts.append(len(self._items))
        self._sstarts.append(len(self._sitems))

    def __len__(self) -> int:
        return len(self._keys)

    @staticmethod
    def _find(keys: array, starts: array, items: array, key: int) -> Sequence[int]:
        i = bisect.bisect_left(keys, key)
        if i < len(keys) and keys[i] == key:
            return items[starts[i] : starts[i + 1]]
        return ()

    def full(self, key: int) -> Sequence[int]:
        return self._find(self._keys, self._starts, self._items, key)

    def short(self, key: int) -> Sequence[int]:
        return self._find(self._skeys, self._sstarts, self._sitems, key)

    def common(self, key: int) -> bool:
        i = bisect.bisect_left(self._common, key)
        return i < len(self._common) and self._common[i] == key

    def df(self, key: int) -> int:
        i = bisect.bisect_left(self._keys, key)
        if i < len(self._keys) and self._keys[i] == key:
            return self._dfs[i]
        return self.max_df + 1 if self.common(key) else 1

    def group(self, item: int) -> Optional[int]:
        return (self._group[item] or None) if item < len(self._group) else None

    def counts(self, item: int) -> tuple[int, int]:
        if item < len(self._group):
            return self.strong_key[item], self.weak_key[item]
        return 0, 0

    def speaker(self, item: int) -> Optional[int]:
        if self._speaker is None or item >= len(self._speaker):
            return None
        return self._speaker[item] or None

    def copies(self, item: int) -> Sequence[int]:
        return self._copies.get(item, ())

    def original(self, item: int) -> Optional[int]:
        return self._original.get(item)

    def key_lists(self) -> Iterable[tuple[int, Sequence[int]]]:
        """(key, its items) of every key held by 2 to max_df items, or by
        one with copies."""
        for i, key in enumerate(self._keys):
            yield key, self._items[self._starts[i] : self._starts[i + 1]]


def _weight(df: int) -> float:
    return 1.0 / math.log(1 + df) if df > 1 else 1.5  # rare keys count more


def best_candidates(postings: Postings, keys: Iterable[int], short_keys: Iterable[int], among: set[int], limit: int) -> set[int]:
    """The ``limit`` candidates sharing the most (rarest) keys: ``keys``
    counted for every item, ``short_keys`` for short items only (the lists a
    long item looks in, so a lookup of stored postings needs no others)."""
    scores = dict.fromkeys(among, 0.0)
    for k, items in [(k, postings.full(k)) for k in keys] + [(k, postings.short(k)) for k in short_keys]:
        w = _weight(postings.df(k))
        for i in items:
            if i in scores:
                scores[i] += w
    return {i for i, _ in heapq.nlargest(limit, scores.items(), key=lambda kv: (kv[1], -kv[0]))}


# -- quotes --------------------------------------------------------------------------

# A quote with at most this many keys (four 3-word shingles and their five
# 2-word ones) may share only one 3-word shingle with another version of its
# remark (a short quote with a word changed).
_FEW_KEYS = 9

# -- slogans, titles and stock phrases ---------------------------------------------

# A phrase that at least this many articles print in quote marks, where no
# one person is named for it in most of the articles that name anyone, is
# a slogan, a title or a stock phrase rather than somebody's remark; so is
# one that this many more articles print without naming anyone.
STOCK_ARTICLES = 3
STOCK_UNATTRIBUTED = 4
# A phrase this many articles print is a slogan or a catchword as soon as
# they name more than one person for it, even if most name one.
STOCK_MANY = 8


def printed_by(postings: "Postings", holders: Iterable[int]) -> list[int]:
    """The holders of a key and the copies of each (which hold no keys)."""
    out: list[int] = []
    for h in holders:
        out.append(h)
        out.extend(postings.copies(h))
    return out


def is_stock(postings: "Postings", key: int, skip: Optional[Callable[[int], bool]] = None) -> bool:
    """Whether a quote key is a stock phrase, from the quotes that hold it
    (without those ``skip`` names): a 3-word key from all of them, a 2-word
    key from the short quotes alone (a phrase printed on its own)."""
    if postings.common(key):
        return True
    holders = postings.short(key) if key & 1 else postings.full(key)
    if len(holders) < STOCK_ARTICLES and sum(len(postings.copies(h)) for h in holders) + len(holders) < STOCK_ARTICLES:
        return False  # most keys: too few holders to count
    by_article: dict[int, set[Optional[int]]] = {}
    for h in printed_by(postings, holders):
        group = postings.group(h)
        if group is None or (skip is not None and skip(h)):
            continue
        by_article.setdefault(group, set()).add(postings.speaker(h))
    if len(by_article) < STOCK_ARTICLES:
        return False
    named = Counter(sp for speakers in by_article.values() for sp in speakers if sp is not None)
    naming = sum(1 for speakers in by_article.values() if any(sp is not None for sp in speakers))
    if len(by_article) >= STOCK_MANY and len(named) >= 2:
        return True
    if not naming:
        return len(by_article) >= STOCK_UNATTRIBUTED
    return naming >= 2 and max(named.values()) * 2 <= naming


# A relation resting on at least this many shared words, in at least this
# many 3-word runs of content words that are not stock phrases (one, when
# both name the same person), is strong evidence on its own; a weaker one needs articles that share a strong relation
# (reports of the same story), unless it is a short faithful excerpt that
# both name the same person for.
STRONG_WORDS = 8
STRONG_KEYS = 2
_SAME_WORDS = frozenset({"verbatim", "excerpt", "contains"})


@dataclass(frozen=True)
class Evidence:
    """What a related pair rests on: its articles, whether it is strong
    evidence, and whether it holds only between articles of one story."""

    group: Optional[int]
    other_group: Optional[int]
    strong: bool
    needs_story: bool

    def reverse(self) -> "Evidence":
        return Evidence(self.other_group, self.group, self.strong, self.needs_story)


@dataclass
class _Shared:
    """The quotes that share keys with one item, read off complete posting
    lists: any 3-word key, a 3-word key that is no stock phrase, and (for a
    short item) a 2-word key that is none. ``tell`` answers what
    ``QuoteIndex._distinctive`` would, or None when the lists cannot."""

    item: int
    any_strong: set[int]
    distinct_strong: set[int]
    # a 3-word key of the item's is held by too many to be listed: whether
    # the other holds it is unknown
    common_strong: bool
    distinct_weak: Optional[set[int]]

    def tell(self, other: int) -> Optional[bool]:
        if other == self.item:
            return None  # a copy of the item: keys only it holds are not listed
        if other in self.distinct_strong:
            return True
        if other in self.any_strong:
            return False  # they share 3-word keys, every one a stock phrase
        if self.common_strong or self.distinct_weak is None:
            return None
        return other in self.distinct_weak


# (x, y, rank, relation, evidence): quote x relates to y; a splice seen
# across the other article (rank 1) outranks a pairwise view (rank 0).
Put = tuple[int, int, int, Relation, Evidence]


class QuoteIndex:
    """Candidates and relations of quotes over ``postings``.

    ``text_of`` and ``keys_of`` (item -> (strong, weak) keys) let a caller
    keep texts and keys elsewhere, e.g. in the database. By default the index
    keeps them (``add``). ``continues_of`` names the quote of the same
    article that an item continues after an attribution (see
    ``match.continues_previous``)."""

    def __init__(
        self,
        postings: Optional[Postings] = None,
        text_of: Optional[Callable[[int], Optional[str]]] = None,
        keys_of: Optional[Callable[[int], tuple[frozenset[int], frozenset[int]]]] = None,
        max_df: int = MAX_DF,
        max_candidates: int = MAX_CANDIDATES,
        continues_of: Optional[Callable[[int], Optional[int]]] = None,
        stock: Optional[dict[int, bool]] = None,
        read_ahead: Optional[Callable[[Sequence[int]], None]] = None,
        complete_lists: bool = False,
    ):
        self._memory: Optional[MemoryPostings] = None
        self.postings: Postings
        if postings is None:
            self._memory = MemoryPostings(short_quote, max_df)
            self.postings = self._memory
        else:
            self.postings = postings
        self._texts: dict[int, str] = {}
        self._continues: dict[int, Optional[int]] = {}
        self._text_of = text_of or self._texts.get
        self._continues_of = continues_of or self._continues.get
        self._keys_of = keys_of or (lambda item: (self._memory.keys.get(item) if self._memory else None) or (frozenset(), frozenset()))
        self.max_candidates = max_candidates
        # key -> whether it is a stock phrase; a caller may share it between
        # indexes over the same stored postings (it depends on them alone)
        self._stock: dict[int, bool] = {} if stock is None or postings is None else stock
        # told every candidate of a batch of items before they are compared,
        # so that a caller reading keys and texts from a database reads them
        # in bulk rather than one by one
        self._read_ahead = read_ahead
        # Whether the postings hold the whole list of every key of the items
        # given to ``relate`` (3-word keys; 2-word ones too for a short
        # item): then who shares which of them is read off the lists.
        self._complete = complete_lists or self._memory is not None
        self._lists: Optional[dict[int, Sequence[int]]] = None if self._memory is not None else {}

    def add(
        self, item: int, group: int, text: Optional[str], speaker: Optional[int] = None, continues: Optional[int] = None
    ) -> None:
        """Index one quote (an index made without ``postings``)."""
        if self._memory is None:
            raise TypeError("this index reads stored postings")
        self._texts.setdefault(item, text or "")
        self._continues.setdefault(item, continues)
        self._memory.add(item, group, shingle_sets(text), speaker)

    def is_stock(self, key: int) -> bool:
        got = self._stock.get(key)
        if got is None:
            got = self._stock[key] = is_stock(self.postings, key)
        return got

    def _full(self, key: int) -> Sequence[int]:
        """``postings.full(key)``, kept for the index's life when the
        postings are stored ones (they do not change): ``_shared_keys`` looks
        up the lists ``_candidates`` did, and each lookup bisects every key."""
        if self._lists is None:
            return self.postings.full(key)
        got = self._lists.get(key)
        if got is None:
            got = self._lists[key] = self.postings.full(key)
        return got

    def candidates(self, text: Optional[str], exclude_group: Optional[int] = None) -> set[int]:
        """Items that may relate to a quote with this text."""
        return self._candidates(shingle_sets(text), exclude_group)

    def _candidates(
        self, keys: tuple[frozenset[int], frozenset[int]], exclude: Optional[int], own: Optional[set[int]] = None
    ) -> set[int]:
        """Candidates outside the ``exclude`` group; those inside it are
        added to ``own`` when given (their copies elsewhere are candidates)."""
        triples, pairs = keys
        post = self.postings
        full = self._full
        strong: Counter[int] = Counter()  # candidate -> shared 3-word shingles
        for sh in triples:
            strong.update(full(sh))
        # A shared 2-word shingle names a candidate only when one of the two
        # quotes has no 3-word shingle.
        weak: set[int] = set()
        for sh in pairs:
            weak.update(post.full(sh) if not triples else post.short(sh))
        mine = len(triples) + len(pairs)
        kept: set[int] = set()
        for k, n in strong.items():
            if post.group(k) in (None, exclude):
                if own is not None and post.group(k) is not None and post.copies(k):
                    own.add(k)
                continue
            # Versions of one remark share most of the shorter one's
            # shingles: one shared 3-word shingle is a coincidence unless
            # one of them is short.
            if n >= 2 or min(mine, sum(post.counts(k))) <= _FEW_KEYS:
                kept.add(k)
        for k in weak:
            if k not in strong and post.group(k) not in (None, exclude):
                kept.add(k)
            elif own is not None and k not in strong and post.group(k) is not None and post.copies(k):
                own.add(k)
        if len(kept) > self.max_candidates:
            if triples:
                return best_candidates(post, triples, pairs, kept, self.max_candidates)
            return best_candidates(post, pairs, (), kept, self.max_candidates)
        return kept

    def _keys(self, item: int) -> tuple[frozenset[int], frozenset[int]]:
        """An item's keys; a copy's are those of the item it copies."""
        original = self.postings.original(item)
        return self._keys_of(item if original is None else original)

    def _by_group(self, item: int) -> dict[Optional[int], list[int]]:
        """The item's candidates by article. A copy of a candidate joins
        them only in an article where another candidate is: there the
        quotes may be parts of one splice; elsewhere the candidate it copies
        stands for it (see db.versions). The copies of a quote of the item's
        own article are candidates wherever they are."""
        post = self.postings
        exclude = post.group(item)
        own: set[int] = set()
        found = self._candidates(self._keys(item), exclude, own)
        groups: dict[Optional[int], list[int]] = {}
        for k in found:
            groups.setdefault(post.group(k), []).append(k)
        for k in found:
            for c in post.copies(k):
                group = post.group(c)
                if group in groups and group != exclude:
                    groups[group].append(c)
        for k in own - {item}:
            for c in post.copies(k):
                group = post.group(c)
                if group != exclude and c not in groups.get(group, ()):
                    groups.setdefault(group, []).append(c)
        return groups

    def _evaluate(self, item: int, members: list[int], puts: list[Put], shared: Optional["_Shared"] = None) -> list[int]:
        # A pair that shares nothing but stock phrases gets no relation
        # (``_evidence``): when no member of the article shares more with the
        # item, nothing of it is aligned. A key shared by many quotes names
        # most candidates of a large corpus, so this is most of them.
        if not any(self._shares_distinctive(item, m, shared) for m in members):
            return []
        members = sorted(members)
        joined = [n > 0 and self._continues_of(m) == members[n - 1] for n, m in enumerate(members)]
        related = []
        texts = [self._text_of(m) for m in members]
        for n, an in article_analyses(self._text_of(item), texts, joined):
            other = members[n]
            evidence = self._evidence(item, other, an)
            if evidence is None:
                continue
            rank = 1 if an.label == "spliced" else 0
            puts.append((item, other, rank, an.forward(), evidence))
            puts.append((other, item, rank, an.backward(), evidence.reverse()))
            related.append(other)
        return related

    def _shares_distinctive(self, item: int, other: int, shared: Optional["_Shared"]) -> bool:
        known = shared.tell(self.postings.original(other) or other) if shared is not None else None
        return bool(self._distinctive(item, other)) if known is None else known

    def _shared_keys(self, item: int) -> "_Shared":
        """Who shares which kind of key with ``item``, from the posting
        lists of its keys (complete: see ``complete_lists``)."""
        post = self.postings
        strong, weak = self._keys(item)
        out = _Shared(item, set(), set(), any(post.common(k) for k in strong), None)
        for k in strong:
            holders = self._full(k)
            if holders:
                out.any_strong.update(holders)
                if not self.is_stock(k):
                    out.distinct_strong.update(holders)
        if short_quote(*post.counts(item)):
            out.distinct_weak = set()
            for k in weak:
                holders = post.full(k)
                if holders and not self.is_stock(k):
                    out.distinct_weak.update(holders)
        return out

    def _distinctive(self, item: int, other: int) -> list[int]:
        """The keys two quotes share that are nobody's stock phrase: their
        3-word shingles, or their 2-word ones when they share none."""
        mine, theirs = self._keys(item), self._keys(other)
        shared = (mine[0] & theirs[0]) or (mine[1] & theirs[1])
        return [k for k in shared if not self.is_stock(k)]

    def _evidence(self, item: int, other: int, an: Analysis) -> Optional[Evidence]:
        """What the pair's relation rests on, or None when it is not enough:
        nothing but stock phrases in common; different speakers for
        anything but the same words at length."""
        distinctive = self._distinctive(item, other)
        if not distinctive:
            return None
        post = self.postings
        sa, sb = post.speaker(item), post.speaker(other)
        groups = (post.group(item), post.group(other))
        # many words in common, and more than one run of content words that
        # is nobody's stock phrase ("to serve as President of the United
        # States" is eight words, but one phrase)
        same_speaker = sa is not None and sa == sb
        runs = sum(1 for k in distinctive if not k & 1)
        strong = an.matched >= STRONG_WORDS and (runs >= STRONG_KEYS or (same_speaker and runs >= 1))
        if sa is not None and sb is not None and sa != sb:
            # the same words at length in two people's mouths: a speaker conflict
            return Evidence(*groups, True, False) if strong and an.label in _SAME_WORDS else None
        if strong:
            return Evidence(*groups, True, False)
        # a short faithful excerpt in the same person's mouth stands on its
        # own; a short changed version, or nobody named, needs the story
        return Evidence(*groups, False, not (same_speaker and an.label in _SAME_WORDS))

    def relate(self, items: Sequence[int], new: Callable[[int], bool]) -> tuple[list[Put], list[Put]]:
        """Relations of ``items`` (new quotes, in id order) with every quote of
        another article, as two lists of puts: each item against the quotes
        of each candidate article; then each related quote that is not new
        against the item's article, since it may splice several of its quotes
        together. ``new`` tells which quotes are new: their own pass covers
        them. ``merge`` combines the lists of several calls."""
        first: list[Put] = []
        todo: list[tuple[int, Optional[int]]] = []
        grouped = [self._by_group(item) for item in items]
        told = [
            self._shared_keys(item) if self._complete and groups and self.postings.original(item) is None else None
            for item, groups in zip(items, grouped)
        ]
        # only the articles that will be compared are read
        self._read_members([
            {g: members for g, members in groups.items() if any(self._shares_distinctive(item, m, shared) for m in members)}
            for item, groups, shared in zip(items, grouped, told)
        ])
        for item, groups, shared in zip(items, grouped, told):
            group = self.postings.group(item)
            for members in groups.values():
                for other in self._evaluate(item, members, first, shared):
                    if not new(other):
                        todo.append((other, group))
        second: list[Put] = []
        again = list(dict.fromkeys(todo))  # in order, each once
        if self._read_ahead is not None:
            self._read_ahead(sorted({other for other, _ in again}))
        regrouped = [self._by_group(other).get(group, []) for other, group in again]
        self._read_members([{None: members} for members in regrouped])
        for (other, _), members in zip(again, regrouped):
            if len(members) >= 2:
                self._evaluate(other, members, second)
        return first, second

    def _read_members(self, grouped: Sequence[dict[Optional[int], list[int]]]) -> None:
        """Tell ``read_ahead`` the candidates about to be compared (and the
        quotes that copies stand for, whose keys are theirs)."""
        if self._read_ahead is None:
            return
        post = self.postings
        wanted: set[int] = set()
        for groups in grouped:
            for members in groups.values():
                for m in members:
                    wanted.add(m)
                    original = post.original(m)
                    if original is not None:
                        wanted.add(original)
        self._read_ahead(sorted(wanted))

    def relate_copies(self, pairs: Sequence[tuple[int, int]]) -> tuple[list[Put], list[Put]]:
        """Relations of copies (which hold no keys) with the quote each
        copies, (copy, representative) pairs, by the rules of any pair: the
        same words are no relation when they are a stock phrase, or a short
        one in two people's mouths. Puts as ``relate`` returns them."""
        puts: list[Put] = []
        beside: dict[int, list[int]] = {}
        for copy, rep in pairs:
            text = self._text_of(copy)
            for _, an in article_analyses(text, [self._text_of(rep)]) if self._distinctive(copy, rep) else ():
                evidence = self._evidence(copy, rep, an)
                if evidence is not None:
                    puts.append((copy, rep, 0, an.forward(), evidence))
                    puts.append((rep, copy, 0, an.backward(), evidence.reverse()))
            # the quotes of the representative's own article could not
            # relate to it, but they relate to its copies (a headline that
            # excerpts the body)
            if rep not in beside:
                home = self.postings.group(rep)
                beside[rep] = sorted(k for k in self._candidates(self._keys(rep), None) if self.postings.group(k) == home and k != rep)
            if beside[rep]:
                self._evaluate(copy, beside[rep], puts)
        return puts, []

    @staticmethod
    def merge(parts: Sequence[tuple[list[Put], list[Put]]], new: Callable[[int], bool]) -> list[tuple[int, int, Relation]]:
        """(quote_id, other_quote_id, relation) of every pair with a new
        quote, the higher rank winning, then the first found. A weak
        relation is kept only between articles that share a strong one."""
        kept = [
            (phase, put)
            for phase in (0, 1)
            for part in parts
            for put in part[phase]
            if new(put[0]) or new(put[1])
        ]
        story = {(ev.group, ev.other_group) for _, (_, _, _, _, ev) in kept if ev.strong}
        found: dict[tuple[int, int], tuple[int, Relation]] = {}
        for _, (x, y, rank, rel, ev) in kept:
            if ev.needs_story and (ev.group, ev.other_group) not in story:
                continue
            old = found.get((x, y))
            if old is None or rank > old[0]:
                found[(x, y)] = (rank, rel)
        return [(x, y, rel) for (x, y), (_, rel) in sorted(found.items())]

    def match_keys(self, new: Sequence[int]) -> list[tuple[int, int, Relation]]:
        """Relations of the ``new`` quotes (already in the postings)."""
        is_new = set(new).__contains__
        return self.merge([self.relate(sorted(new), is_new)], is_new)

    def match_new(self, new: Sequence[tuple]) -> list[tuple[int, int, Relation]]:
        """Index (item, group, text[, speaker[, continues]]) and return the
        relations, in both directions, of every pair between a new quote and
        a quote of another group (indexed or new)."""
        for entry in new:
            self.add(*entry)
        return self.match_keys([entry[0] for entry in new])


# -- claims --------------------------------------------------------------------------
