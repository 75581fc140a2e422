"""A one-word name resolves to someone named in full by that first word
("Kessel" after "Kessel Varga") only when the full name is printed outside
quotations: a name met only inside someone's words ("the design of Kessel
Search") may be a product's, and "Kessel says ..." is the body that makes
it. Every sentence here is written for the test."""

import pytest

from datasette_factcheck.extract.article import quotes_of

from . import textutil


def _speakers(title: str, paragraphs: list[str]) -> list[object]:
    seg = textutil.make_seg(paragraphs, title, True)
    return [q.speaker for q in quotes_of(seg) if q.kind == "quote"]


@pytest.mark.parametrize("name", ["Kessel", "Zoogle", "Brix"])
def test_a_name_only_quoted_is_no_first_name_holder(name):
    title = f"{name} says lawsuit would 'deprive' shoppers of information"
    body = [f"“This lawsuit asks for changes to the design of {name} Search, forcing us to list middlemen,” {name} policy director Rolf Brand wrote on Thursday."]
    assert _speakers(title, body) == [name, "Rolf Brand"]


def test_a_full_name_printed_outside_quotations_still_holds_its_first_word():
    title = "Kessel says the plan would 'deprive' shoppers of choice"
    body = ["Kessel Varga, the firm's founder, spoke to reporters on Thursday about the lawsuit against it."]
    assert _speakers(title, body) == ["Kessel Varga"]
