"""The plugin's pages as a fact-checker sees them, in headless Chromium, at
1400 and 800 px, signed in and anonymous: nothing sticks out sideways, no
form field lies over another, queue rows stay short, and the coverage grid
colours the outlet that changed a remark, not the ones that printed it
faithfully.

The desk is the seed articles plus three short articles written for this
test, in which two outlets print a remark word for word and a third changes
one word. Drives the system Chromium (/usr/bin/chromium); never downloads a
browser. A missing browser fails the test, it does not skip.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from datasette_factcheck.db import queries

try:
    from .servers import datasette_root
except ImportError:
    from servers import datasette_root

ROOT = Path(__file__).resolve().parent.parent
WIDTHS = [1400, 800]
WHO = ["root", "anonymous"]
QUEUE_ROW_MAX_PX = 120

REMARK = (
    "We will open the new bridge to cyclists before the autumn term begins, "
    "and the tolls for residents will stay exactly where they are today"
)
ALTERED = REMARK.replace("autumn", "spring")
ARTICLES = {
    "bridge_gazette.txt": ("Harbour Gazette", "Bridge to open before term", REMARK),
    "bridge_times.txt": ("Valley Times", "Mayor sets date for bridge", REMARK),
    "bridge_post.txt": ("Coast Post", "Bridge opening brought forward", ALTERED),
}


def article_text(outlet: str, title: str, remark: str) -> str:
    return (
        f"---\noutlet: {outlet}\npublished: 2024-05-02\n---\n{title}\n\n"
        f"The council met on Monday to settle the timetable for the harbour crossing.\n\n"
        f"“{remark},” the mayor, Lena Park, told reporters after the vote.\n\n"
        f"Work on the approach roads finished last month, the council said.\n"
    )


@pytest.fixture(scope="module")
def desk(tmp_path_factory) -> Path:
    from datasette_factcheck import ingest

    base = tmp_path_factory.mktemp("desk")
    folder = base / "articles"
    shutil.copytree(ROOT / "seeds", folder)
    for name, parts in ARTICLES.items():
        (folder / name).write_text(article_text(*parts), encoding="utf-8")
    db = base / "factcheck.db"
    summary = ingest.run(str(db), [folder], jobs=1)
    assert not summary.rejected, summary.rejected
    return db


@pytest.fixture(scope="module")
def server(desk):
    with datasette_root(desk) as urls:
        yield urls


@pytest.fixture(scope="module")
def contexts(browser, server):
    """One browser context signed in as root (the sign-in URL works once),
    one anonymous."""
    _base, login = server
    signed_in = browser.new_context(viewport={"width": WIDTHS[0], "height": 900})
    signed_in.new_page().goto(login)
    anonymous = browser.new_context(viewport={"width": WIDTHS[0], "height": 900})
    yield {"root": signed_in, "anonymous": anonymous}
    signed_in.close()
    anonymous.close()


@pytest.fixture
def open_page(contexts, server):
    base, _login = server
    opened = []

    def open_(who: str, width: int, path: str):
        page = contexts[who].new_page()
        opened.append(page)
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.set_viewport_size({"width": width, "height": 900})
        response = page.goto(base + path)
        assert response is not None and response.status == 200, f"{path} answered {response and response.status}"
        page.errors = errors
        return page

    yield open_
    for page in opened:
        assert page.errors == [], page.errors
        page.close()


def ids(desk: Path, sql: str, params=()) -> list[int]:
    with sqlite3.connect(desk) as conn:
        return [r[0] for r in conn.execute(sql, params)]


def plugin_pages(desk: Path) -> dict[str, str]:
    spliced = ids(desk, "select quote_id from quote_matches where relation = 'spliced' order by quote_id limit 1")
    claim = ids(desk, "select id from claims order by id limit 1")
    article = ids(desk, "select id from articles order by id limit 1")
    assert spliced and claim and article
    return {
        "front page": "/",
        "dashboard": "/-/factcheck",
        "queue": "/-/factcheck/queue",
        "articles": "/factcheck/-/factcheck/articles",
        "quote row": f"/factcheck/quotes/{spliced[0]}",
        "claim row": f"/factcheck/claims/{claim[0]}",
        "article row": f"/factcheck/articles/{article[0]}",
        "article context": f"/factcheck/-/factcheck/article/{article[0]}",
    }


# Boxes of the visible fields and labels of a page's forms (or of the
# elements a selector names), as [left, top, right, bottom, description].
BOXES = """(selector) => {
  const out = [];
  for (const el of document.querySelectorAll(selector)) {
    const r = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    if (r.width < 1 || r.height < 1 || style.visibility === 'hidden' || el.type === 'hidden') continue;
    out.push([r.left, r.top, r.right, r.bottom, el.tagName + ' ' + (el.name || el.textContent.trim().slice(0, 30))]);
  }
  return out;
}"""

FIELDS = ":is({forms}) :is(label, select, input, textarea)"


def overlaps(boxes: list) -> list[tuple[str, str]]:
    found = []
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            width = min(a[2], b[2]) - max(a[0], b[0])
            height = min(a[3], b[3]) - max(a[1], b[1])
            # A label wraps its own checkbox in some forms: containment is fine.
            inside = (a[0] <= b[0] and a[1] <= b[1] and a[2] >= b[2] and a[3] >= b[3]) or (
                b[0] <= a[0] and b[1] <= a[1] and b[2] >= a[2] and b[3] >= a[3])
            if width > 1 and height > 1 and not inside:
                found.append((a[4], b[4]))
    return found


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("who", WHO)
def test_no_page_scrolls_sideways(open_page, desk, who, width):
    wide = {}
    for name, path in plugin_pages(desk).items():
        page = open_page(who, width, path)
        scroll = page.evaluate("document.documentElement.scrollWidth")
        if scroll > width + 1:
            wide[name] = scroll
    assert wide == {}, f"pages wider than {width} px: {wide}"


# Per cross-source query page: the right edge of its results and the
# narrowest cell holding three words or more.
RESULTS = """() => {
  const table = document.querySelector('table.rows-and-columns');
  if (!table) return null;
  let narrowest = [Infinity, ''];
  for (const td of table.querySelectorAll('tbody td')) {
    const w = td.getBoundingClientRect().width;
    if (td.innerText.trim().split(/\\s+/).length >= 3 && w < narrowest[0]) narrowest = [w, td.className];
  }
  return {right: table.getBoundingClientRect().right, narrowest};
}"""


@pytest.mark.parametrize("width", WIDTHS)
def test_query_results_fit_the_page_and_keep_text_readable(open_page, width):
    shown = 0
    for name in queries.QUERIES:
        page = open_page("anonymous", width, f"/factcheck/{name}")
        results = page.evaluate(RESULTS)
        if results is None:
            continue  # no rows in this desk
        shown += 1
        assert results["right"] <= width, f"{name}: results run to {results['right']} px of {width}"
        cell_width, cell = results["narrowest"]
        assert cell_width >= 120, f"{name}: {cell} squeezed to {cell_width} px"
    assert shown >= 5


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize(
    "name,forms",
    [
        ("queue", ".fc-filters, .fc-bulk-form, .fc-quick"),
        ("quote row", ".fc-review-form, .fc-bulk-form"),
        ("claim row", ".fc-review-form"),
    ],
)
def test_form_fields_do_not_overlap(open_page, desk, name, forms, width):
    page = open_page("root", width, plugin_pages(desk)[name])
    boxes = page.evaluate(BOXES, FIELDS.format(forms=forms))
    assert len(boxes) >= 4, f"no form on the {name} page"
    assert overlaps(boxes) == []


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("who", WHO)
def test_queue_rows_are_short(open_page, desk, who, width):
    page = open_page(who, width, "/-/factcheck/queue")
    heights = page.evaluate("[...document.querySelectorAll('table.fc-queue tbody tr')].map(r => r.getBoundingClientRect().height)")
    assert len(heights) >= 20
    assert max(heights) <= QUEUE_ROW_MAX_PX, f"tallest queue row {max(heights)} px"
    if who == "root":
        assert page.locator("form.fc-quick").count() == len(heights)


def cell_facts(page) -> list[dict]:
    return page.evaluate("""() => [...document.querySelectorAll('table.fc-coverage a.fc-cell')].map(a => ({
        quote: parseInt(a.getAttribute('href').split('/').pop()),
        how: a.dataset.how, outlet: a.dataset.outlet, colour: getComputedStyle(a).backgroundColor}))""")


@pytest.mark.parametrize("width", WIDTHS)
def test_grid_colours_the_outlet_that_changed_the_remark(open_page, desk, width):
    page = open_page("anonymous", width, "/-/factcheck")
    cells = {c["quote"]: c for c in cell_facts(page)}
    spliced = ids(desk, "select distinct quote_id from quote_matches where relation = 'spliced'")
    parts = ids(desk, "select distinct quote_id from quote_matches where relation = 'part_of_splice'")
    altered = ids(desk, "select id from quotes where text like '%new bridge to cyclists before the spring%'")
    faithful = ids(desk, "select id from quotes where text like '%new bridge to cyclists before the autumn%'")
    assert spliced and parts and len(altered) == 1 and len(faithful) == 2
    for quote in spliced + altered:
        assert cells[quote]["how"] in ("spliced", "altered"), cells[quote]
    for quote in parts + faithful:
        assert cells[quote]["how"] == "faithful", cells[quote]
    assert cells[altered[0]]["outlet"] == "Coast Post"
    # Changed and faithful versions look different, and the splice is red.
    faithful_colour = cells[faithful[0]]["colour"]
    assert cells[spliced[0]]["colour"] == "rgb(220, 38, 38)"
    assert cells[altered[0]]["colour"] not in (faithful_colour, "rgba(0, 0, 0, 0)")
    assert {cells[q]["colour"] for q in parts + faithful} == {faithful_colour}


def test_a_verdict_changes_the_grid(open_page, desk, contexts, server):
    base, _login = server
    [quote] = ids(desk, "select id from quotes where text like '%new bridge to cyclists before the spring%'")
    page = open_page("root", 1400, f"/factcheck/quotes/{quote}")
    page.select_option("#fc-status", "done")
    page.select_option("#fc-verdict", "altered")
    with page.expect_navigation():
        page.click("form.fc-review-form input[type=submit]")
    grid = open_page("anonymous", 1400, "/-/factcheck")
    cell = grid.locator(f"table.fc-coverage a.fc-cell[href$='/quotes/{quote}']")
    assert "fc-reviewed" in cell.get_attribute("class")
    assert "reviewed: altered" in cell.get_attribute("title")


@pytest.mark.parametrize("who", WHO)
def test_front_page_says_what_was_found(open_page, desk, who):
    page = open_page(who, 1400, "/")
    findings = page.locator(".fc-finding")
    text = " ".join(findings.all_inner_texts())
    assert "remarks carried by several outlets" in text
    assert "altered or spliced quotes" in text
    assert "quotes and claims done" in text
    # The details are one click away.
    with page.expect_navigation():
        page.locator(".fc-finding a", has_text="altered or spliced").click()
    assert page.url.endswith("/factcheck/altered_quotes")
    assert page.locator("table.rows-and-columns tbody tr").count() >= 2


@pytest.mark.parametrize("width", WIDTHS)
def test_row_pages_give_text_the_width(open_page, desk, width):
    pages = plugin_pages(desk)
    for name, column in (("quote row", "text"), ("article row", "body")):
        page = open_page("anonymous", width, pages[name])
        cell = page.locator(f"table.rows-and-columns td.col-{column}").bounding_box()
        assert cell["width"] >= 0.6 * min(width, 960), f"{name}: {column} is {cell['width']} px wide"
    article = open_page("anonymous", width, pages["article row"])
    assert article.locator(".fc-row-summary a", has_text="quotes highlighted").count() == 1


def test_sources_are_named_not_filed(open_page, desk):
    files = [f for f in os.listdir(ROOT / "seeds")]
    for path in ("/-/factcheck", "/-/factcheck/queue"):
        text = open_page("anonymous", 1400, path).locator("main, body").first.inner_text()
        assert not [f for f in files if f in text], path
        assert "Coast Post" in text


@pytest.mark.parametrize("width", WIDTHS)
def test_article_context_marks_quotes(open_page, desk, width):
    page = open_page("anonymous", width, plugin_pages(desk)["article context"])
    assert page.locator(".fc-article-body mark.fc-mark").count() >= 1
    body = page.locator(".fc-article-body").bounding_box()
    assert body["x"] + body["width"] <= width


def test_queue_links_and_the_bulk_form_work(open_page, desk):
    page = open_page("root", 1400, "/-/factcheck/queue?outlet=Coast+Post")
    assert page.locator("a", has_text="Dashboard").first.get_attribute("href").endswith("/-/factcheck")
    rows = page.locator("table.fc-queue tbody tr").count()
    assert rows >= 1
    page.select_option("#fc-bulk-status", "in_review")
    page.check("#fc-bulk-confirm")
    with page.expect_navigation():
        page.click("form.fc-bulk-form input[type=submit]")
    assert "outlet=Coast+Post" in page.url
    assert f"Set status in_review on {rows} of {rows} items" in page.inner_text("body")
    with sqlite3.connect(desk) as conn:
        statuses = {r[0] for r in conn.execute(
            "select q.status from quotes q join articles a on a.id = q.article_id where a.outlet = 'Coast Post'"
            " and q.kind != 'scare'")}
    assert statuses == {"in_review"}


def test_markdown_note_keeps_bullets_and_quote_styling(open_page, desk):
    claim = plugin_pages(desk)["claim row"]
    page = open_page("root", 1400, claim)
    page.fill("#fc-note", "Checked against the minutes:\n\n- the vote was on Monday\n- the date is right\n\n> as the clerk put it")
    with page.expect_navigation():
        page.click("form.fc-review-form input[type=submit]")
    note = open_page("anonymous", 800, claim).locator("section.fc-review .fc-note").first
    assert note.locator("li").count() == 2
    assert note.locator("li").first.evaluate("e => getComputedStyle(e).listStyleType") == "disc"
    assert note.locator("li").first.evaluate("e => getComputedStyle(e.parentElement).paddingLeft") != "0px"
    assert note.locator("blockquote").evaluate("e => getComputedStyle(e).borderLeftWidth") != "0px"
