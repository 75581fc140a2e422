"""Reading input files: encodings, rejection reasons, metadata, HTML, discovery."""

import hashlib
import os
import random
from pathlib import Path

import pytest

from datasette_factcheck.model import InputError
from datasette_factcheck.extract.readers import discover, read_source

ARTICLE = (
    "Council approves café budget\n\n"
    "The council approved the budget on Tuesday, the mayor said. “It is fair,” she said.\n"
)


_rng = random.Random(7)
RANDOM_BYTES = bytes(_rng.randrange(1, 256) for _ in range(4000))


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    "label,data",
    [
        ("utf-8", ARTICLE.encode("utf-8")),
        ("utf-8 with BOM", b"\xef\xbb\xbf" + ARTICLE.encode("utf-8")),
        ("utf-16 LE BOM", ARTICLE.encode("utf-16")),
        ("utf-16 BE BOM", b"\xfe\xff" + ARTICLE.encode("utf-16-be")),
        ("CRLF", ARTICLE.replace("\n", "\r\n").encode("utf-8")),
        ("lone CR", ARTICLE.replace("\n", "\r").encode("utf-8")),
    ],
)
def test_decodes_unicode_and_normalises_newlines(tmp_path, label, data):
    src = read_source(write(tmp_path, "a.txt", data))
    assert src.text == ARTICLE, label
    assert src.warnings == []
    assert src.kind == "text"
    assert src.content_hash == hashlib.sha256(data).hexdigest()


@pytest.mark.parametrize("encoding,name", [("cp1252", "Windows-1252"), ("latin-1", "Windows-1252")])
def test_legacy_8bit_is_decoded_with_a_warning(tmp_path, encoding, name):
    text = "Caf\u00e9 owners say the r\u00e9gime of fees is unfair, said M. Dupont.\n"
    if encoding == "cp1252":
        text = text.replace("said", "\u201csaid\u201d")
    src = read_source(write(tmp_path, "legacy.txt", text.encode(encoding)))
    assert src.text == text
    assert len(src.warnings) == 1 and name in src.warnings[0]


def test_latin1_bytes_undefined_in_cp1252_fall_back_to_latin1(tmp_path):
    src = read_source(write(tmp_path, "l1.txt", b"Odd byte \x81 in an otherwise plain sentence here.\n"))
    assert "Latin-1" in src.warnings[0]


@pytest.mark.parametrize(
    "data,reason",
    [
        (b"", "empty file"),
        (b"   \n\t\r\n  ", "whitespace-only"),
        (b"\xef\xbb\xbf \n", "whitespace-only"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "NUL bytes"),
        (RANDOM_BYTES, "binary file"),
        (b"\xff\xfe" + b"\x00\xd8", "cannot decode as UTF-16"),
    ],
)
def test_unusable_files_are_rejected_with_a_reason(tmp_path, data, reason):
    with pytest.raises(InputError) as err:
        read_source(write(tmp_path, "bad.txt", data))
    assert reason in str(err.value)


def test_missing_file_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_source(tmp_path / "nope.txt")


FRONT = "---\noutlet: The Daily Example\nurl: https://example.com/a\npublished: 2024-05-02\nauthor: Jane Doe\nignored: x\n---\n"


def test_front_matter_is_read_and_removed(tmp_path):
    src = read_source(write(tmp_path, "fm.txt", (FRONT + ARTICLE).encode()))
    assert src.text == ARTICLE
    assert src.meta.outlet == "The Daily Example"
    assert src.meta.url == "https://example.com/a"
    assert src.meta.published == "2024-05-02"
    assert src.meta.author == "Jane Doe"


def test_sidecar_is_read_and_front_matter_wins(tmp_path):
    write(tmp_path, "001_x.yml", b"outlet: Sidecar Times\nauthor: Side Author\nurl: https://side.example/1\n")
    plain = read_source(write(tmp_path, "001_x.txt", ARTICLE.encode()))
    assert (plain.meta.outlet, plain.meta.author, plain.meta.url) == (
        "Sidecar Times", "Side Author", "https://side.example/1")
    write(tmp_path, "002_y.yml", b"outlet: Sidecar Times\nurl: https://side.example/2\n")
    both = read_source(write(tmp_path, "002_y.txt", ("---\noutlet: Front Post\n---\n" + ARTICLE).encode()))
    assert both.meta.outlet == "Front Post"
    assert both.meta.url == "https://side.example/2"


@pytest.mark.parametrize(
    "front,sidecar,reason",
    [
        ("---\noutlet: [unclosed\n---\n", None, "bad YAML in front matter"),
        ("---\n- just\n- a list\n---\n", None, "expected key: value"),
        ("", b"outlet: : :\n  - bad", "bad YAML in sidecar bad.yml"),
    ],
)
def test_bad_yaml_is_an_input_error(tmp_path, front, sidecar, reason):
    if sidecar is not None:
        write(tmp_path, "bad.yml", sidecar)
    with pytest.raises(InputError) as err:
        read_source(write(tmp_path, "bad.txt", (front + ARTICLE).encode()))
    assert reason in str(err.value)


def test_file_with_only_front_matter_is_rejected(tmp_path):
    with pytest.raises(InputError):
        read_source(write(tmp_path, "only.txt", FRONT.encode()))


HTML = """<!DOCTYPE html>
<html><head><title>Council approves new bridge | The Riverside Gazette</title>
<meta name="author" content="Jane Doe">
<meta property="og:site_name" content="The Riverside Gazette">
<meta property="og:title" content="Council approves new bridge">
<meta property="article:published_time" content="2024-05-02T10:00:00Z">
<link rel="canonical" href="https://gazette.example.com/news/bridge">
<script>alert('x'); document.write('<b>evil</b>')</script>
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article>
<h1>Council approves new bridge</h1>
<p>The city council on Tuesday approved plans for a new pedestrian bridge across the river, at a cost of $14 million.</p>
<p>"This bridge will connect two neighbourhoods that have been cut off for decades," said council leader Maria Lopez.
<img src="x.png" onerror="alert(1)"> The vote was 9-2.</p>
<p>Construction is expected to begin next spring. <a href="javascript:alert(2)">Click for details</a> about the timetable.</p>
<p>Opponents argued that the money should have been spent on road repairs, which residents list as their top concern.</p>
<script>var tracking = "secret-tracker";</script>
</article>
<footer>Copyright 2024</footer>
</body></html>
"""


def test_html_gives_text_only_and_metadata(tmp_path):
    src = read_source(write(tmp_path, "page.html", HTML.encode()))
    assert src.kind == "html"
    assert src.text.splitlines()[0] == "Council approves new bridge"
    assert "said council leader Maria Lopez" in src.text
    assert "Click for details about the timetable" in src.text
    for bad in ("<", "alert", "onerror", "javascript:", "secret-tracker", "evil"):
        assert bad not in src.text
    assert src.meta.author == "Jane Doe"
    assert src.meta.outlet == "The Riverside Gazette"
    assert src.meta.published == "2024-05-02"
    assert src.meta.url == "https://gazette.example.com/news/bridge"


def test_html_sidecar_overrides_page_metadata(tmp_path):
    write(tmp_path, "page.yml", b"author: Desk Editor\n")
    src = read_source(write(tmp_path, "page.htm", HTML.encode()))
    assert src.meta.author == "Desk Editor"
    assert src.meta.outlet == "The Riverside Gazette"


def test_html_without_article_text_is_rejected(tmp_path):
    page = b"<html><head><script>var a = 1;</script></head><body><nav>Home</nav></body></html>"
    with pytest.raises(InputError, match="no article text found in HTML"):
        read_source(write(tmp_path, "empty.html", page))


def test_discover_walks_folders_sorted_skipping_hidden_and_loops(tmp_path):
    root = tmp_path / "in"
    (root / "sub dir").mkdir(parents=True)
    (root / ".hidden").mkdir()
    names = ["b.txt", "a.md", "-dash.txt", "ünïcode name.html", "sub dir/c.htm", "sub dir/note.yml",
             "image.png", ".secret.txt", ".hidden/x.txt"]
    for name in names:
        (root / name).write_text("x", encoding="utf-8")
    os.symlink(root, root / "sub dir" / "loop")  # a folder linking to its ancestor
    files, rejected = discover([root, tmp_path / "missing"])
    rel = [str(f.relative_to(root)) for f in files]
    assert rel == ["-dash.txt", "a.md", "b.txt", "sub dir/c.htm", "ünïcode name.html"]
    assert rejected == [(tmp_path / "missing", "no such file or folder")]


def test_discover_accepts_explicit_odd_names_and_rejects_other_types(tmp_path):
    odd = tmp_path / "-- leading dashes & spaces.txt"
    odd.write_text("x")
    other = tmp_path / "data.csv"
    other.write_text("x")
    files, rejected = discover([odd, other, odd])
    assert files == [odd]
    assert [p for p, _ in rejected] == [other]
    assert "unsupported file type" in rejected[0][1]


def test_odd_file_names_can_be_read(tmp_path):
    path = write(tmp_path, "-- ünï cödé.txt", ARTICLE.encode())
    assert read_source(path).text == ARTICLE
