"""A full name whose first name the list cannot sex ("Shopkeeper Vurro
Quisk") takes a gender from the pronoun later in its own sentence ("...
past his counter"), so "he said" in the next paragraph is that person's,
not an earlier speaker's. A second name before the pronoun leaves the
gender open. Every sentence here is written for the test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of


@pytest.mark.parametrize(
    "sentences, expected",
    [
        (["“Every hour counts,” Ivo Gantz said.", "Gantz said most roads into the valley were shut.",
          "Shopkeeper Vurro Quisk watched the water rise past his counter.",
          "“The water came in so fast,” he said by phone."],
         "Vurro Quisk"),
        (["“Every hour counts,” Ivo Gantz said.", "Local farmer Oskel Varrin was asleep when the river came over his fields.",
          "“I woke to water at the door,” he said."],
         "Oskel Varrin"),
        # guards: another name before the pronoun; a woman named before and "she"
        (["“Every hour counts,” Ivo Gantz said.", "Gantz said most roads into the valley were shut.",
          "Shopkeeper Vurro Quisk met Ivo Gantz at his shop.", "“Nobody slept,” he said."],
         "Ivo Gantz"),
        (["“Every hour counts,” Ana Gantz said.", "Shopkeeper Vurro Quisk watched the water rise past his counter.",
          "“Nobody slept,” she said."],
         "Ana Gantz"),
    ],
)
def test_a_later_pronoun_gives_a_full_name_its_gender(sentences, expected):
    assert [speaker for _, speaker in speakers_of(sentences)][-1] == expected
