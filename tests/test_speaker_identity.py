"""Speaker identity across articles in the database: a surname alone never
joins two people, nor a person to an organisation."""

import sqlite_utils

from datasette_factcheck import ingest

ARTICLES = {
    "a.txt": (
        "Senator backs the port plan\n\n"
        "Senator Helen Marsh met dock workers on Monday.\n\n"
        "“The port will reopen before winter,” Marsh said.\n\n"
        "“Nobody will lose a job over this,” Ms. Marsh added."
    ),
    "b.txt": (
        "Union leader doubts the port plan\n\n"
        "Union leader David Marsh spoke to reporters on Tuesday.\n\n"
        "“The port will not reopen before spring at the earliest,” Marsh said."
    ),
    "c.txt": (
        "Shipper backs the port plan\n\n"
        "Halvorsen said in a statement: “We stand with the dock workers of this city.”\n\n"
        "Halvorsen said in a statement that it would keep its ships in the port."
    ),
    "e.txt": (
        "Trader doubts the port plan\n\n"
        "“I have never seen the quay so quiet in my life,” Mr. Halvorsen, a local trader, said on Sunday."
    ),
    "d.txt": (
        "Senator returns to the docks\n\n"
        "Senator Helen Marsh came back to the port on Friday.\n\n"
        "“We kept our word to the workers here,” Marsh said."
    ),
}


def speakers_by_quote(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    path = tmp_path / "f.db"
    ingest.run(str(path), [folder], jobs=1)
    db = sqlite_utils.Database(path)
    rows = db.execute(
        "select quotes.text, speakers.id, speakers.name from quotes join speakers on speakers.id = quotes.speaker_id"
    ).fetchall()
    return {text: (sid, name) for text, sid, name in rows}


def find(rows, start):
    return next(v for k, v in rows.items() if k.startswith(start))


def test_same_surname_in_different_articles_is_not_one_person(tmp_path):
    rows = speakers_by_quote(tmp_path)
    helen = find(rows, "The port will reopen")
    david = find(rows, "The port will not reopen")
    assert helen[1] == "Helen Marsh" and david[1] == "David Marsh"
    assert helen[0] != david[0]
    # the same full name in another article is the same person
    assert find(rows, "We kept our word")[0] == helen[0]


def test_an_organisation_is_never_joined_to_a_person_by_surname(tmp_path):
    rows = speakers_by_quote(tmp_path)
    body = find(rows, "We stand with the dock workers")
    person = find(rows, "I have never seen the quay")
    assert body[1] == "Halvorsen" and person[1] == "Halvorsen"
    assert body[0] != person[0]
