"""How far a title runs before the name it belongs to, inside a noun
phrase: two titles joined by "and", a title's lower-case portfolio ("on
transport", "of mobile business"), and the "of the" or the "and" that joins
the words of a body's name. Token lists in, token counts or indexes out;
a role's place or portfolio printed after it ("the Mayor of Tallow")
moved before it, as a description prints it; and the title whose
portfolio list a noun phrase ends in."""

from __future__ import annotations

import bisect
import re

from typing import Callable, Optional

from .lexicon import AFFILIATIONS, CALENDAR_NAMES, FUNCTION_WORDS, HONORIFICS, MASK, ORG_NOUNS, ORG_WORDS, PORTFOLIO_WORDS
from .given_names import is_given_name
from .text import MARKS, tokens
from .names import bare_word, capitalised, clean_name, is_acronym, is_title_word, looks_like_org, name_token, role_noun


def joined_titles_len(toks: list[tuple[int, int, str]], j: int) -> int:
    """How many tokens from the "and" at ``j`` to the name when it joins
    two titles or a role and a title ("President and CEO", "chairman and
    chief executive", "founder and Chief Executive"); 0 when it does not."""
    if j >= len(toks) or toks[j][2] not in {"and", "&"} or j == 0 or not (is_title_word(toks[j - 1][2]) or role_noun(toks[j - 1][2])):
        return 0
    m = j + 1
    # "Governor and Republican presidential candidate Ana Roe": a party
    # label and lower-case words may stand before the second title.
    while m < len(toks) and m <= j + 4 and MASK not in toks[m][2] and (
        is_title_word(toks[m][2]) or toks[m][2].islower() and toks[m][2].isalpha() or bare_word(toks[m][2]) in AFFILIATIONS
    ):
        m += 1
    if m == j + 1 or m >= len(toks) or not name_token(toks[m][2]) or MASK in toks[m][2]:
        return 0
    if not (is_title_word(toks[m - 1][2]) or role_noun(toks[m - 1][2])):
        return 0
    return m - j


def portfolio_len(toks: list[tuple[int, int, str]], j: int) -> int:
    """How far past the title at ``j`` its portfolio runs when a name
    follows it ("spokesman on transport Jane Roe", "Associate Principal of
    teaching and learning Jane Roe"): to the name; 0 when no name follows."""
    if j + 3 >= len(toks) or toks[j + 1][2] not in {"on", "for", "of"}:
        return 0
    p = j + 2
    while p < len(toks) and p - j <= 6 and toks[p][2].isalpha() and toks[p][2].islower() and (
        toks[p][2] not in FUNCTION_WORDS
        # "of curriculum and instruction": a portfolio of two parts
        or (toks[p][2] == "and" and p > j + 2 and p + 1 < len(toks) and toks[p + 1][2].islower() and toks[p + 1][2] not in FUNCTION_WORDS)
    ):
        p += 1
    if p == j + 2 or p >= len(toks):
        return 0
    # "president of mobile business TJ Roe": initials printed without stops open the name too
    initials = 2 <= len(toks[p][2]) <= 3 and toks[p][2].isalpha() and toks[p][2].isupper() and p + 1 < len(toks) and name_token(toks[p + 1][2])
    if not (name_token(toks[p][2]) or initials):
        return 0
    return p - j


def portfolio_title(toks: list[tuple[int, int, str]], i: int) -> Optional[int]:
    """The title whose portfolio stands just before the name at ``i``
    ("spokesman on transport Jane Roe", "minister for health Jane Roe"):
    its index, or None. The name is the title holder's, not the object of
    a preposition ("a spokesman for Jane Roe" has no portfolio)."""
    q = i - 1
    while q >= 0 and i - q <= 3 and toks[q][2].isalpha() and toks[q][2].islower() and toks[q][2] not in FUNCTION_WORDS:
        q -= 1
    if q == i - 1 or q < 1 or toks[q][2] not in {"on", "for"}:
        return None
    title = toks[q - 1][2]
    return q - 1 if title.islower() and is_title_word(title) else None


def org_connector_len(toks: list[tuple[int, int, str]], k: int, j: int) -> int:
    """How many tokens from ``j`` ("of", "of the", "for the") join the
    capitalised run toks[k:j], when an organisation word is in it, to the
    capitalised rest of its name ("Committee of the Red Cross", "Society
    for the Protection of Birds"); 0 when they do not ("Smith of the ...")."""
    if j == 0 or toks[j][2] not in {"of", "for", "on"} or not toks[j - 1][2][:1].isupper():
        return 0
    if not any(bare_word(t[2]) in ORG_WORDS and t[2][:1].isupper() for t in toks[max(k, j - 8) : j]):
        return 0
    n = 2 if j + 1 < len(toks) and toks[j + 1][2] == "the" else 1
    if j + n < len(toks) and capitalised(toks[j + n][2]) and MASK not in toks[j + n][2] and toks[j + n][2].lower() not in CALENDAR_NAMES:
        return n  # no name goes on into a date: "the Security Council on Friday"
    return 0


def org_and_len(toks: list[tuple[int, int, str]], k: int, j: int) -> int:
    """How many tokens from an "and" at ``j`` continue the name of a body
    whose first part names a place ("the Tallow and Marren Police Service",
    "Antigua and Barbuda Defence Force"): the "and" and a capitalised run
    after it that ends in an organisation word; 0 otherwise (two people,
    "Jane Roe and Ann Lee")."""
    if j == k or toks[j][2] not in {"and", "&"}:
        return 0
    if any(is_given_name(t[2]) for t in toks[k:j]):
        return 0
    n = j + 1
    while n < len(toks) and n - j <= 5 and capitalised(toks[n][2]) and MASK not in toks[n][2]:
        n += 1
    if n == j + 1:
        return 0
    last = bare_word(toks[n - 1][2])
    # "the Tallow and Marren MSP": an office of the place, after "the".
    office = k == 1 and toks[0][2].lower() == "the" and is_title_word(toks[n - 1][2]) and not capitalised(toks[n][2] if n < len(toks) else "")
    if last not in ORG_WORDS and not office:
        return 0
    return n - j


def place_before_role(printed: str, words: list[str]) -> tuple[str, list[str]]:
    """"the senator from Oregon" read as "the Oregon senator", "the MP for
    Wealdshire" as "the Wealdshire MP", so that the place picks among
    holders of the role as it does printed before it."""
    if len(words) < 4 or bare_word(words[0]) != "the":
        return printed, words
    for i in range(2, len(words) - 1):
        role = words[i - 1]
        titled = capitalised(role) and not is_acronym(role) and is_title_word(role) and bare_word(role) not in ORG_WORDS | ORG_NOUNS
        if words[i] in {"from", "of", "for"} and ((role.islower() or is_acronym(role)) and role_noun(role) or titled):
            place = words[i + 1 :]
            body = place[1:] if place and bare_word(place[0]) == "the" else []
            if body and all(capitalised(w) or w in {"of", "for", "and", "&"} for w in body) and looks_like_org(" ".join(body)):
                # "the chairman of the Tallow Rocket Board": whose chairman; the role speaks.
                words = words[:i]
                return " ".join(words), words
            if titled and len(place) > 1 and all(capitalised(w) or w in {"and", "&"} for w in place):
                # "the Minister for Roads, Ports and Rail": a portfolio's
                # capitalised words are no name; the title is the speaker's.
                words = words[:i]
                return " ".join(words), words
            if all(capitalised(w) and bare_word(w) not in FUNCTION_WORDS for w in place):
                # The place goes before the whole title ("the Chief Justice of
                # Tallow": "the Tallow Chief Justice"); a title that ends a
                # longer name ("the Office of the Chief Inspector of Tallow")
                # is that body's, and no place moves.
                run = i - 1
                while run > 1 and capitalised(words[run - 1]) and is_title_word(words[run - 1]):
                    run -= 1
                if any(w in {"of", "for"} or bare_word(w) in ORG_WORDS for w in words[1:run]):
                    break
                words = words[:run] + place + words[run:i]
                return " ".join(words), words
            if sum(1 for w in place if w.islower() and w not in FUNCTION_WORDS) >= 2:
                # "the harbour minister of state for fisheries and Coastal
                # Affairs": a portfolio in lower case; the capitalised words
                # that end it are no name, the role before it is the speaker.
                words = words[:i]
                return " ".join(words), words
            break
    return printed, words


def title_before_portfolio(text: str, lo: int, span: tuple[int, int]) -> tuple[int, int]:
    """"the Minister of State for Mines, Forests and Water said": the last
    words of a portfolio are no subject; the title before them is."""
    words = [t[2] for t in tokens(text, span[0], span[1])]
    if not words or len(words) > 3 or (len(words) > 1 and (is_given_name(words[0]) or bare_word(words[0]) in HONORIFICS)):
        return span  # "MP for Mole Vale, Sir Ben Lowe, said": a name, not the portfolio's last words
    title = _title_of_portfolio(tokens(text, lo, span[0]), span)
    if title is not None and bare_word(text[title[0] : title[1]].split()[-1]) in ORG_NOUNS:
        return title[0], span[1]  # "The Department for Roads, Rail and Ports said": the body's whole name
    return title or span


_PORTFOLIO_LINKS = frozenset({",", "and", "&"})


def _title_of_portfolio(prev: list[tuple[int, int, str]], span: tuple[int, int]) -> Optional[tuple[int, int]]:
    """The title whose portfolio ends in ``span``, when the words before
    it run back over a list to "for" or "of" after a capitalised title."""
    n = len(prev) - 1
    if n < 0 or prev[n][2] not in _PORTFOLIO_LINKS | {"for", "of"}:
        return None
    while n >= 0 and n >= len(prev) - 12:
        word = prev[n][2]
        # an item's lower-case word follows its capitalised one ("Land reform,")
        lower_item = word.isalpha() and word.islower() and n + 1 < len(prev) and prev[n + 1][2] in _PORTFOLIO_LINKS and n > 0 and prev[n - 1][2][:1].isupper()
        if not (word in _PORTFOLIO_LINKS or word[:1].isupper() or lower_item):
            break
        n -= 1
    if n < 1 or prev[n][2] not in {"for", "of"}:
        return None
    t = n - 1
    while t >= 0 and (capitalised(prev[t][2]) and is_title_word(prev[t][2]) or (prev[t][2] == "of" and t > 0 and is_title_word(prev[t - 1][2]))):
        t -= 1
    if t == n - 1 or not is_title_word(prev[n - 1][2]) and prev[n - 1][2] != "State":
        return None
    start = t if t >= 0 and prev[t][2].lower() == "the" else t + 1
    if start > 0 and prev[start - 1][2].lower() in _PLACING_PREPOSITIONS:
        return None  # "In a debate in the House of Commons, Roe said": a place, then the subject
    return prev[start][0], prev[n - 1][1]


_PLACING_PREPOSITIONS = frozenset({"in", "at", "into", "inside", "outside", "before", "from", "to", "near"})


def after_office_joiner(toks: list[tuple[int, int, str]], i: int) -> bool:
    """The run at ``i`` follows "of" or "for", or "in" after a capitalised
    title, or the "and" that joins the last part of such a department
    ("Minister for Schools and Diaspora Ana Roe")."""
    j = i - 1 if i >= 2 and toks[i - 1][2] == "the" else i  # "Minister for Trade and the Pacific Ana Roe"
    if j >= 1 and toks[j - 1][2] in {"and", "&"}:
        q = j - 2
        while q >= 0 and j - q <= 6 and capitalised(toks[q][2]) and MASK not in toks[q][2]:
            q -= 1
        # the title may be in lower case: "area manager for Fernhill and Tallowshire Ana Roe"
        title = q >= 1 and ((capitalised(toks[q - 1][2]) and is_title_word(toks[q - 1][2])) or (toks[q - 1][2].islower() and role_noun(toks[q - 1][2])))
        return q < j - 2 and toks[q][2] in {"of", "for"} and title
    return i >= 1 and (toks[i - 1][2] in {"of", "for"} or placed_title(toks, i) or _envoy_to(toks, j))


def _envoy_to(toks: list[tuple[int, int, str]], i: int) -> bool:
    """The word at ``i`` follows "to" after a role ("ambassador to Norway",
    "Special Envoy to the Sahel"): the place the role is sent to."""
    if i < 2 or toks[i - 1][2] != "to":
        return False
    word = toks[i - 2][2]
    return (capitalised(word) and is_title_word(word)) or (word.islower() and role_noun(word))


def placed_title(toks: list[tuple[int, int, str]], i: int) -> bool:
    """The word at ``i`` follows "in" after a capitalised title ("Party
    Leader in Tallow"): the place the title's holder serves."""
    return i >= 2 and toks[i - 1][2] == "in" and capitalised(toks[i - 2][2]) and is_title_word(toks[i - 2][2])


def after_office(words: list[str], i: int) -> bool:
    """The word at ``i`` follows an office and its "of" or "for" ("the Mayor
    of Tallow", "Minister for Roads")."""
    return i >= 2 and words[i - 1] in {"of", "for"} and capitalised(words[i - 2]) and is_title_word(words[i - 2])


def listed_portfolio_end(toks: list[tuple[int, int, str]], i: int, j: int) -> Optional[int]:
    """Where a body's name ends when its portfolio goes on as a list after
    the comma at ``j + 1`` ("the Department of Roads, Parks and Wildlife"):
    the index of the list's last word, or None. The run from ``i`` must hold
    an organisation word then "of" or "for"; the items are capitalised
    words, no given names, and the last follows "and"."""
    words = [t[2] for t in toks[i : j + 1]]
    if not any(bare_word(w) in ORG_WORDS and n + 1 < len(words) and words[n + 1] in {"of", "for"} for n, w in enumerate(words)):
        return None
    listed = _list_groups(toks, j + 1, lambda w: capitalised(w) and not is_given_name(w) and w.lower() not in FUNCTION_WORDS)
    if listed is None or (listed[1] < len(toks) and capitalised(toks[listed[1]][2])):
        return None
    return listed[1] - 1


def listed_portfolio_last(toks: list[tuple[int, int, str]], j: int) -> Optional[int]:
    """Where the last item of a title's portfolio list starts when the
    capitalised words before the comma at ``j`` open one ("Ports, Parks
    and Heritage Minister Ana Roe": the index of "Heritage"), so that the
    title and the name after it are read from there; None otherwise. The
    items are capitalised words, no given names or titles, and the last
    follows "and"."""
    if j == 0 or not all(_portfolio_item(t[2]) for t in toks[:j]):
        return None
    listed = _list_groups(toks, j, _portfolio_item, last=capitalised)  # "... and Ferries spokeswoman X"
    return listed[0] if listed is not None and listed[1] < len(toks) else None


def _list_groups(
    toks: list[tuple[int, int, str]], p: int, item: Callable[[str], bool], last: Optional[Callable[[str], bool]] = None
) -> Optional[tuple[int, int]]:
    """From a comma or an "and" at ``p``, the groups of one to three
    ``item`` words (``last`` words after the "and", if given) a portfolio's
    list goes on with, up to the group after its "and" ("..., Parks and
    Heritage"): the index of that last group's first word and the index
    after it; None when no such list is there."""
    while p < len(toks) and toks[p][2] in _PORTFOLIO_LINKS:
        fits = item if toks[p][2] == "," or last is None else last
        start = p + 1
        if toks[p][2] != "," and start + 1 < len(toks) and toks[start][2] == "the" and capitalised(toks[start + 1][2]):
            start += 1  # "..., Parks and the Coast"
        q = start
        while q < len(toks) and q - start < 3 and fits(toks[q][2]):
            q += 1
        if q == start:
            return None
        if toks[p][2] != ",":
            return start, q
        p = q
    return None


def _portfolio_item(word: str) -> bool:
    """A capitalised word of a portfolio: no given name, and no title word but a portfolio's ("Health")."""
    if not capitalised(word) or is_given_name(word) or MASK in word:
        return False
    return not is_title_word(word) or bare_word(word) in PORTFOLIO_WORDS


def before_portfolio_list(toks: list[tuple[int, int, str]], p: int) -> int:
    """The index before a portfolio list whose "and" is at ``p`` ("says
    Ports, Parks and Heritage Minister Ana Roe": the index of "says"), so
    that what stands before the title is read there; ``p`` itself when no
    such list ends there. The caller has seen a portfolio's word after the "and"."""
    q = p
    while q >= 1 and toks[q][2] in ({"and", "&", ","} if q == p else {","}) and _portfolio_item(toks[q - 1][2]):
        q -= 1
        while q >= 0 and _portfolio_item(toks[q][2]):
            q -= 1
    return q if q < p and toks[p][2] in {"and", "&"} else p


def modifies_named_role(toks: list[tuple[int, int, str]], j: int) -> bool:
    """The capitalised run ending at ``j`` is what a lower-case title after
    it belongs to, and a given name follows that title: "Green Lantern
    councillor for Tallow, Ana Roe" has a party, not a person, before the
    role; so has "Harbour Unity spokesman Ben Lowe"."""
    n = j + 1
    if n >= len(toks) or not toks[n][2].islower() or not is_title_word(toks[n][2]):
        return False
    n += 1
    if n < len(toks) and toks[n][2] in {"for", "of", "in"}:
        # the title's place or portfolio, closed by its comma
        end = next((m for m in range(n + 1, min(n + 5, len(toks))) if toks[m][2] == ","), None)
        if end is None or not all(capitalised(t[2]) or t[2] in {"and", "&"} for t in toks[n + 1 : end]):
            return False
        n = end + 1
    elif n < len(toks) and toks[n][2] == ",":
        n += 1
    return n < len(toks) and is_given_name(toks[n][2])


def office_and_place(words: list[str]) -> bool:
    """Words that are an office in lower case, its "of" or "for" and a
    capitalised place ("mayor of Tallow", "minister for Harbours"), as a
    headline prints a subject without its article."""
    return (
        2 < len(words) <= 5
        and words[0].islower()
        and (is_title_word(words[0]) or role_noun(words[0]))
        and words[1] in {"of", "for"}
        and all(capitalised(w) for w in words[2:])
    )


def office_of_place_at(text: str, qe: int, prev: list[tuple[int, int, str]], span: tuple[int, int]) -> Optional[int]:
    """Where an office in lower case and its "of" or "for" start when they
    are all that stands between a quotation's end at ``qe`` and the place
    at ``span`` ("‘...,’ mayor of Tallow tells ..."); None otherwise."""
    if len(prev) < 2 or prev[-1][2] not in {"of", "for"} or not prev[-2][2].islower() or not is_title_word(prev[-2][2]):
        return None
    lead = prev[-3][2].lower() if len(prev) >= 3 and prev[-3][0] >= qe else None
    start = prev[-3][0] if lead == "the" else prev[-2][0]
    if text[qe:start].strip(" ,\u00a0" + MARKS + MASK):
        return None
    return start


# Nouns for a numbered part of a city or a force that a title names its holder by.
_NUMBERED_AREAS = {"ward", "district", "division", "precinct", "zone", "sector", "beat"}


def district_number(toks: list[tuple[int, int, str]], n: int) -> bool:
    """The token at ``n`` is the number of the area the word before it names ("ward 5", "District 12")."""
    return 0 < n < len(toks) - 1 and toks[n][2].isdigit() and len(toks[n][2]) <= 3 and bare_word(toks[n - 1][2]) in _NUMBERED_AREAS


def name_after_seat(text: str, toks: list[tuple[int, int, str]], span: Optional[tuple[int, int]]) -> Optional[tuple[int, int]]:
    """The name after a title's "for" or "of" and the place it serves
    ("Tory MP for South Tallow Ivo Marsh hit back"), when the noun phrase
    found stops at the title: the name the whole run reads as."""
    if span is None:
        return None
    after = n = bisect.bisect_left(toks, span[1], key=lambda t: t[0])
    while n < len(toks) and n - after < 2 and toks[n][2].islower() and role_noun(toks[n][2]):
        n += 1  # "Green councillor for East Tallow X": a role in lower case after a party
    if n == 0 or n >= len(toks) or toks[n][2] not in {"of", "for"} or not (is_title_word(toks[n - 1][2]) or role_noun(toks[n - 1][2])):
        return None
    m = n + 1
    while m < len(toks) and m - n <= 6 and capitalised(toks[m][2]):
        m += 1
    end = toks[m - 1][1]
    name = clean_name(text[span[0] : end]) if m - n > 3 else None
    if name is None or len(name.split()) < 2 or not text[span[0] : end].endswith(" " + name):
        return None
    return end - len(name), end


def office_in_capitals(words: list[str], head: str) -> bool:
    """"the Chancellor", "the First Minister": an office printed in capitals
    (not initials such as "MP", which are printed so whatever they mean)."""
    return 2 <= len(words) <= 3 and bare_word(words[0]) == "the" and all(w[:1].isupper() and not w.isupper() for w in words[1:]) and is_title_word(head)


def title_before(text: str, head: str, names: list[str]) -> bool:
    """``text`` prints one of ``names`` right after ``head`` as a title
    ("Speaker Lowe wants ...")."""
    return bool(names) and re.search(r"(?<![\w-])" + re.escape(head.capitalize()) + r"\s+(?:" + "|".join(map(re.escape, names)) + r")\b", text) is not None
