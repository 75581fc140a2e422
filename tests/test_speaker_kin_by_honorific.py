""""Ms Roe said" where the Roe named in full is a man, and the article
names "Roe's wife, Ana," by her given name alone: the honorific means
the wife, shown as "Ana Roe". Without such a relative, or when the
relative is named in full, nothing changes. Every sentence here is
written for the test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of


@pytest.mark.parametrize(
    "sentences, expected",
    [
        (
            ["Sergeant Kofi Orrin drowned in the flood on Friday.",
             "Sergeant Orrin’s former wife, Lise, laid flowers at the bridge on Sunday.",
             "“He was the best of us,” Ms Orrin said.",
             "Sergeant Orrin’s cousin, Ada Vell, spoke at the vigil."],
            "Lise Orrin",
        ),
        (
            ["Joan Marr, a farmer, died on Sunday.", "Marr’s husband, Ivo, stood by the gate.", "“She loved that field,” Mr Marr said."],
            "Ivo Marr",
        ),
        # guards: no relative named by a given name alone
        (["Rene Vashti runs the shop.", "“We are open,” Ms Vashti said."], "Rene Vashti"),
        (
            ["Sergeant Kofi Orrin drowned in the flood on Friday.",
             "Sergeant Orrin’s cousin, Ada Vell, spoke at the vigil.",
             "“He was the best of us,” Mr Orrin said."],
            "Kofi Orrin",
        ),
    ],
)
def test_an_honorific_that_fits_a_relative_named_by_a_given_name(sentences, expected):
    assert [speaker for _, speaker in speakers_of(sentences)] == [expected]
