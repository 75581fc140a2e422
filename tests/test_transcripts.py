"""Speaker turns of primary sources, on transcripts in several layouts."""

import pytest

from datasette_factcheck.extract.transcripts import parse_turns, passages, spoken_text

CAPS = """Press briefing on harbour repairs, 3 March

MAYOR OKAFOR: Good morning. The north pier will reopen in May.
We have hired two more crews.

Q: Will the fares go up?

MAYOR OKAFOR: Fares will not go up this year.
"""

BOLD = """**Lena Varga:** Thank you all for coming.

**Tomas Berg**: The budget grows by four percent.

**Lena Varga:** That is the plan we agreed.
"""

TITLE = """Lena Varga: Thank you all for coming tonight.
Tomas Berg: The budget grows by four percent next year.
Moderator: One last question from the floor.
"""

ALONE = """LENA VARGA
Thank you all for coming.

We start with the roads.

TOMAS BERG
The budget grows by four percent.
"""

STAMPS = """[00:00:05] LENA VARGA: Welcome to the hearing.
[00:01:12] TOMAS BERG: The budget grows by four percent. [APPLAUSE]
00:02:40 Q: And the schools?
TOMAS BERG (00:03:01): The schools get a new roof.
"""


@pytest.mark.parametrize(
    "text, labels, style",
    [
        (CAPS, [None, "MAYOR OKAFOR", "Q", "MAYOR OKAFOR"], "caps"),
        (BOLD, ["Lena Varga", "Tomas Berg", "Lena Varga"], "bold"),
        (TITLE, ["Lena Varga", "Tomas Berg", "Moderator"], "title"),
        (ALONE, ["LENA VARGA", "TOMAS BERG"], "alone"),
        (STAMPS, ["LENA VARGA", "TOMAS BERG", "Q", "TOMAS BERG"], "caps"),
        ("Note: the venue changed.\nThe council met on Monday and agreed the plan.\n", [None], "none"),
    ],
)
def test_turn_labels(text, labels, style):
    layout = parse_turns(text)
    assert [t.label for t in layout.turns] == labels
    assert layout.style == style


@pytest.mark.parametrize(
    "text, number, words",
    [
        (CAPS, 2, "Good morning. The north pier will reopen in May.\nWe have hired two more crews."),
        (CAPS, 4, "Fares will not go up this year."),
        (BOLD, 2, "The budget grows by four percent."),
        (ALONE, 1, "Thank you all for coming.\n\nWe start with the roads."),
        (STAMPS, 4, "The schools get a new roof."),
    ],
)
def test_turn_text(text, number, words):
    turn = parse_turns(text).turns[number - 1]
    assert turn.text == words
    assert text[turn.start : turn.end] == words


@pytest.mark.parametrize(
    "number, stamp",
    [(1, "00:00:05"), (2, "00:01:12"), (3, "00:02:40"), (4, "00:03:01")],
)
def test_timestamps(number, stamp):
    assert parse_turns(STAMPS).turns[number - 1].timestamp == stamp


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The budget grows. [APPLAUSE] Next year too.", "The budget grows. Next year too."),
        ("We will (LAUGHTER) see about that.", "We will see about that."),
        ("It was [inaudible] a good year.", "It was a good year."),
        ("Roads (and bridges) come first.", "Roads (and bridges) come first."),
    ],
)
def test_stage_directions_left_out(text, expected):
    assert spoken_text(text) == expected


def test_question_turns():
    turns = parse_turns(CAPS).turns
    assert [t.is_question for t in turns] == [False, False, True, False]


def test_passages_are_paragraphs_of_turns_with_names():
    found = passages(ALONE, "transcript", names={"lena varga": "Lena Varga", "TOMAS BERG": "Tomas Berg"})
    assert [(p.turn, p.speaker, p.text) for p in found] == [
        (1, "Lena Varga", "Thank you all for coming."),
        (1, "Lena Varga", "We start with the roads."),
        (2, "Tomas Berg", "The budget grows by four percent."),
    ]
    assert all(ALONE[p.start : p.end] == p.text for p in found)


def test_text_before_the_first_label_has_no_speaker():
    found = passages(CAPS, "transcript")
    assert found[0].speaker is None and found[0].label is None
    assert found[1].speaker == "MAYOR OKAFOR"


@pytest.mark.parametrize("kind", ["speech", "statement", "post", "document"])
def test_other_kinds_are_one_speakers_paragraphs(kind):
    text = "MAYOR OKAFOR: this line is not a turn in a speech.\n\nSecond paragraph of the speech.\n"
    found = passages(text, kind, speaker="Ada Okafor")
    assert [p.speaker for p in found] == ["Ada Okafor", "Ada Okafor"]
    assert found[1].text == "Second paragraph of the speech."


def test_transcript_without_labels_is_the_named_speakers():
    found = passages("The pier reopens in May.\n\nFares stay the same.\n", "transcript", speaker="Ada Okafor")
    assert [p.speaker for p in found] == ["Ada Okafor", "Ada Okafor"]


@pytest.mark.parametrize(
    "text, turns",
    [
        ("A" * 300_000 + ":", 1),  # one endless capitals "label" is text
        ("ABC: " + "word " * 100_000, 1),
        ("X: y\n" * 5_000, 5_000),
        ("[" + "(" * 50_000 + "00:00", 1),
        ("\n\n\n", 0),
    ],
)
def test_hostile_shapes(text, turns):
    assert len(parse_turns(text).turns) == turns
