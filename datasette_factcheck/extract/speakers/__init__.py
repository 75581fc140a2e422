"""Who said each quotation, and how names of one person are recognised.

``attribute`` reads the article the way a reader does:

1. the attribution in the quote's own sentence (``“...,” said Mr X``,
   ``X told reporters``, ``X said: “...``, ``X said it held “...``);
   when there is one before and one after the quote, the nearer wins;
2. a lead-in ending with a colon in the previous paragraph
   (``the Secretary General said:``);
3. an earlier quote of the same paragraph, or, for a paragraph that opens
   with a quote, the last speaker of the previous paragraph (a quote-only
   paragraph continues the speech before it);
4. for a quotation over several paragraphs, the attribution of any part.

The words found (``speaker_as_printed``) are then resolved to a person:
a name to the fullest form of that name in the article, a pronoun to the
most recent person named as a subject (not an organisation, not a name in
a prepositional phrase or a possessive), a role noun (``the alliance
chief``) to the person the article introduced with that role. Nothing is
guessed: an organisation, a plural or an unknown role leaves ``speaker``
empty.

``clean_name``, ``person_key`` and ``same_person`` are also used by the
database layer to keep one row per person across articles.

Modules: ``lexicon`` (word lists), ``given_names`` (first names and their
genders, from the gender-guesser package), ``names`` (the words of a name
and its clean form; ``cuenames``, the words of an attribution that name a
person), ``identity`` (when two names are one person's),
``text`` (masked units, sentences, tokens), ``phrases`` (noun phrases;
``setoff``, a name and the description set off after it),
``descriptors`` (descriptions around a name; ``partymembers``, "the
Utah Republican" as a description of a politician; ``bodykinds``, a
body's name then its kind, "the Tallow Trust charity"),
``entities`` (people and mentions), the article model ``article`` built
from ``state`` (the registry of names) with the scans ``people`` (and
``subjectshapes``, whether a name is its sentence's subject, and
``joinednames``, names joined by "and" or commas) and
``organisations``, ``turns`` (who spoke last before a pronoun) and
``salience``, ``spokespeople``, ``titleinitials`` (initials that stand
for a title someone holds) and the ``resolution`` of attributions, ``cues`` (where
the attribution is printed in a sentence; ``whoclauses``, a "who" clause
between a name and its verb; ``colonlead``, a quotation set off by a dash
or a colon), ``layout`` (headlines, signatures,
transcript labels), ``partial`` (how far a verb reaches a short
quotation, the attribution that closes a sentence) and ``attribute``.
"""

from .attribute import attribute
from .names import clean_name
from .identity import person_key, same_person

__all__ = ["attribute", "clean_name", "person_key", "same_person"]
