"""Words set off after a name that say where someone is from, which
party and seat they serve or which office of a place they hold, never who
they are: "R-Ky.", "D-Lake Marren", "Republican of Iowa", "Dover, Kent",
"MP for St Ann South"."""

from __future__ import annotations

import re

from .apposition import OF_WORDS, person_before_of
from .given_names import is_given_name
from .lexicon import AFFILIATIONS, FUNCTION_WORDS, HONORIFICS
from .names import bare_word, capitalised, is_title_word, suffix_word
from .places import is_region


_PARTY_TAG_RE = re.compile(r"[RDI]-[A-Z][A-Za-z.]*")


def party_place(toks: list[tuple[int, int, str]], a: int, b: int) -> bool:
    """A party's initial joined to a town of two or three words, set off
    after a name ("X, D-Lake Marren, said"): where a member sits, not who."""
    return 0 < b - a <= 2 and _PARTY_TAG_RE.fullmatch(toks[a][2]) is not None and all(capitalised(t[2]) for t in toks[a + 1 : b + 1])


def party_tag(text: str) -> bool:
    """A party's initial and a state's abbreviation, as one group's text ("R-Ky.")."""
    return _PARTY_TAG_RE.fullmatch(text.rstrip(".")) is not None


def place_tag(text: str, tok: tuple[int, int, str]) -> bool:
    """A token that stands after a name to say where someone is from or
    which party and state they serve, never who they are: an abbreviation
    printed with a full stop ("Md.", "Calif.", "N.Y.") or a party-state tag
    ("R-Ky.", "D-Wis.")."""
    start, end, word = tok
    if _PARTY_TAG_RE.fullmatch(word):
        return True
    letters = word.replace(".", "")
    dotted = word.endswith(".") or text[end : end + 1] == "."
    return dotted and 2 <= len(letters) <= 5 and letters.isalpha() and word[0].isupper() and not suffix_word(word)


def affiliation_of_place(toks: list[tuple[int, int, str]], a: int, b: int) -> bool:
    """A comma group "Republican of Iowa", "Democrat from Ohio": a party and
    a place, said of the name before it."""
    return b - a >= 2 and bare_word(toks[a][2]) in AFFILIATIONS and toks[a + 1][2].lower() in OF_WORDS


# Prepositions that print where a person lives or comes from.
_HOME_WORDS = {"from", "in", "near", "outside"}
# Words that name a part of a region before its name ("north London").
_COMPASS = {
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    "north-east", "north-west", "south-east", "south-west", "northeast", "northwest", "southeast", "southwest",
}


def compass_word(word: str) -> bool:
    """A lower-case word for the part of a region before its name ("north", "south-east")."""
    return word.islower() and word in _COMPASS


def place_after_place(toks: list[tuple[int, int, str]], group: tuple[int, int], before: tuple[int, int], set_off: bool = False) -> bool:
    """A wholly capitalised comma group that only finishes the place the
    group before it ends on ("a farmer from Dover, Kent", "Jane Roe of
    Dover, Kent"): the region of a town, never a speaker. "The head of
    Acme, Jane Roe" keeps its name: "of" counts only after a person's name."""
    a, b = group
    if a < b and toks[a][2].lower() in _COMPASS:
        a += 1  # "Jane Roe, from East Tallow, north Halden": the part of the region
    words = [t[2] for t in toks[a : b + 1]]
    listed = places_listed(words)
    if not listed and not all(w[:1].isupper() for w in words):
        return False
    if bare_word(words[0]) in HONORIFICS or (len(words) == 2 and is_given_name(words[0]) and not is_region(" ".join(words))):
        return False  # "... Tom Hale of the Harbour Party, Ms Roe said": a person after the group, no region
    a2, b2 = before
    p = b2
    while p >= a2 and toks[p][2][:1].isupper():
        p -= 1
    if p == b2 or p < a2:
        return False
    if listed:
        # "X, head of the Union of Oil Workers in Tallow, Dunmore and Harlow
        # Plains, said": the last places of a list a description opened
        return set_off and p > a2 and toks[p][2].lower() in _HOME_WORDS | {"of", "at"}
    if person_before_of(toks, a2, b2) is not None:
        return True
    if set_off and p == a2 and toks[p][2].lower() in {"of", "from"}:
        return True  # "X, 32, of Mill Lane, Tallow, said": an address set off after a name, then its town
    # "..., a welder from Dover, Kent, ...", "..., who lives in Dover, Kent,
    # ...": an appositive about the person; "During a debate in Dover,
    # Roe said" is an opening phrase, and Roe speaks.
    # "... after a woman in Dover, Kent, told": set off by commas, the
    # region may end a description that follows other words of the sentence.
    opener = set_off and p >= a2 + 2 and toks[p - 2][2].lower() in {"a", "an"} and toks[p - 1][2].islower()
    if toks[p][2].lower() in _HOME_WORDS and (toks[a2][2].lower() in {"a", "an", "who", "whose"} or opener):
        return True
    # "Residents of Dover, Kent, said", "the mayor of Dover, Kent, called":
    # a state, province or county the ISO list names, set off after a town
    # that a preposition puts in the sentence, is where, never who.
    return set_off and toks[p][2].lower() in _HOME_WORDS | {"of", "at"} and is_region(" ".join(t[2] for t in toks[a : b + 1]))


def places_listed(words: list[str]) -> bool:
    """Capitalised names joined by "and" or "or" ("Dunmore and Harlow
    Plains", "Kessel or the Harlow Isles"), the first opening with no given
    name, none with a form of address: the end of a list of places, not
    people."""
    parts: list[list[str]] = [[]]
    for w in words:
        if w.lower() in {"and", "or", "&"}:
            parts.append([])
        elif w != "the" or parts[-1]:
            parts[-1].append(w)  # "or the Harlow Isles": the article before a place's name
    return len(parts) > 1 and all(
        part and all(w[:1].isupper() for w in part) and bare_word(part[0]) not in HONORIFICS for part in parts
    ) and not is_given_name(parts[0][0])


def title_of_place(words: list[str]) -> bool:
    """A capitalised title with the place or office it holds and no name
    ("MP for St Ann South", "the Secretary of State for Health"): an
    appositive, where "Secretary of State Jane Roe" is a person."""
    if words and words[0].lower() in {"the", "a"}:
        words = words[1:]
    if len(words) < 3 or not words[0][:1].isupper():
        return False
    if _title_then_region(words):
        pass  # "BNTA Vice President Wales": the region the office covers, no surname
    elif is_title_word(words[0]):
        if not any(w in {"for", "of"} for w in words[1:-1]):
            return False
    else:
        # "Tide Watch Manager at the Harbour Agency", "Tallow Fire and Rescue
        # Service's Area Manager for Dunmore": capitalised words that end
        # in a title before the preposition of its place.
        at = next((n for n, w in enumerate(words) if w in {"for", "of", "at"}), None)
        if at is None or at < 2 or at == len(words) - 1 or not is_title_word(words[at - 1]):
            return False
        if not all(w[:1].isupper() or (0 < n and w in {"and", "&"}) for n, w in enumerate(words[:at])) or is_given_name(words[0]):
            return False
    return not any(is_title_word(w) and is_given_name(n) for w, n in zip(words, words[1:]))


def _title_then_region(words: list[str]) -> bool:
    """Capitalised words ending in a title, then the name of a country or
    region the office covers ("Vice President Scotland", "Regional
    Director Wales")."""
    for size in (1, 2):
        if len(words) > size and is_title_word(words[-size - 1]) and is_region(" ".join(words[-size:])):
            return all(w[:1].isupper() for w in words[:-size])
    return False


def region_after_town(text: str, toks: list[tuple[int, int, str]], span: tuple[int, int]) -> bool:
    """The span set off by a comma after a capitalised word is a region
    the ISO lists name or a place's abbreviation ("the pastor in Fernhill,
    Alta.", "a farmer near Dover, Kent"): the town's region, nobody's name."""
    i = next((n for n, t in enumerate(toks) if t[0] == span[0]), None)
    if i is None or i < 2 or toks[i - 1][2] != "," or not capitalised(toks[i - 2][2]):
        return False
    inside = [t for t in toks[i:] if t[1] <= span[1]]
    return is_region(" ".join(t[2] for t in inside)) or (len(inside) == 1 and place_tag(text, inside[0]))


def places_before_role(text: str, role: str, names: list[str]) -> set[str]:
    """The capitalised words printed right before the role in front of one
    of ``names`` ("Kirinyaga Governor Ana Roe" -> {"kirinyaga"}), lower-cased:
    the place whose office that person holds. Titles and parties are no place."""
    found: set[str] = set()
    for name in names:
        # (the role as printed, "Governor" or "governor"; the place in capitals)
        pattern = r"\b([A-Z][\w’'-]+)[ \u00a0]+(?i:" + re.escape(role) + r")[ \u00a0]+" + re.escape(name) + r"\b"
        for m in re.finditer(pattern, text):
            word = m.group(1)
            if not is_title_word(word) and bare_word(word) not in AFFILIATIONS | FUNCTION_WORDS:
                found.add(bare_word(word))
    return found
