"""Badges, Markdown notes, evidence links and the context highlighter: what
reaches a page is escaped or sanitised."""

import json

import pytest
from markupsafe import Markup

from datasette_factcheck.web import render


@pytest.mark.parametrize(
    "value,expected",
    [
        ("done", '<span class="fc-badge fc-done">done</span>'),
        ("mostly true", '<span class="fc-badge fc-mostly-true">mostly true</span>'),
        ("in_review", '<span class="fc-badge fc-in-review">in_review</span>'),
        ('<img src=x onerror="1">', '<span class="fc-badge fc-img-src-x-onerror-1">&lt;img src=x onerror=&#34;1&#34;&gt;</span>'),
        (None, ""),
        ("", ""),
    ],
)
def test_badge(value, expected):
    assert str(render.badge(value)) == expected


@pytest.mark.parametrize(
    "note,present,absent",
    [
        ("**bold** claim", ["<strong>bold</strong>"], []),
        ("<script>alert(1)</script>ok", ["ok"], ["<script", "alert(1)"]),
        ("[click](javascript:alert(1))", [">click</a>"], ["javascript:"]),
        ('<a href="javascript:alert(1)">x</a>', [], ["javascript:"]),
        ('<img src=x onerror="alert(1)">', [], ["onerror", "<img"]),
        ("[source](https://example.org/a)", ['href="https://example.org/a"', 'rel="noopener noreferrer nofollow"'], []),
        ("- one\n- two", ["<li>one</li>", "<li>two</li>"], []),
        ('<iframe src="https://evil.example"></iframe>text', ["text"], ["<iframe"]),
    ],
)
def test_markdown_note_is_sanitised(note, present, absent):
    html = str(render.markdown_to_html(note))
    for fragment in present:
        assert fragment in html
    for fragment in absent:
        assert fragment not in html


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Ministry report | https://gov.example/report", [{"href": "https://gov.example/report", "label": "Ministry report"}]),
        ("Transcript https://example.org/t?id=3", [{"href": "https://example.org/t?id=3", "label": "Transcript"}]),
        ("http://example.org/x\n\n", [{"href": "http://example.org/x", "label": "example.org/x"}]),
        ("", []),
    ],
)
def test_parse_evidence(text, expected):
    assert render.parse_evidence(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "bad | javascript:alert(1)",
        "data:text/html,<script>1</script>",
        "relative | /quotes/1",
        "ok | https://example.org\nftp | ftp://example.org/file",
        "no host | https://",
    ],
)
def test_parse_evidence_rejects_non_web_links(text):
    with pytest.raises(render.EvidenceError, match="only http:// and https:// links"):
        render.parse_evidence(text)


def test_stored_evidence_keeps_only_web_links():
    # The column may be written by SQL: a javascript: href never becomes a link.
    stored = json.dumps([{"href": "javascript:alert(1)", "label": "x"}, {"href": "https://ok.example", "label": "<b>ok</b>"}])
    html = str(render.evidence_html(stored))
    assert "javascript:" not in html
    assert 'href="https://ok.example"' in html
    assert "&lt;b&gt;ok&lt;/b&gt;" in html


def test_evidence_json_is_datasette_json_html_links():
    stored = render.evidence_json(render.parse_evidence("A | https://a.example"))
    assert json.loads(stored) == [{"href": "https://a.example", "label": "A"}]
    assert render.evidence_json([]) is None


def test_highlight_escapes_and_marks():
    text = "<script>alert(1)</script> He said “stay calm” & left."
    start = text.index("stay calm")
    html, skipped = render.highlight(text, [render.Mark(start, start + 9, "/db/quotes/1", "fc-s-done", "Ana", "q1")])
    assert not skipped
    assert "<script>" not in html
    assert "&lt;script&gt;" in html
    assert '<a class="fc-mark-link" href="/db/quotes/1" id="q1"><mark class="fc-mark fc-s-done" title="Ana">stay calm</mark></a>' in html
    assert "&amp; left." in html


@pytest.mark.parametrize(
    "marks,placed",
    [
        ([(0, 5), (3, 8)], 1),  # overlap: the second is listed, not drawn
        ([(0, 5), (5, 8)], 2),
        ([(-1, 3)], 0),
        ([(2, 99)], 0),
        ([(4, 4)], 0),
    ],
)
def test_highlight_skips_bad_offsets(marks, placed):
    html, skipped = render.highlight("abcdefghij", [render.Mark(s, e, "/x") for s, e in marks])
    assert html.count("<mark") == placed
    assert len(skipped) == len(marks) - placed
    assert isinstance(html, Markup)
