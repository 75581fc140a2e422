"""The "other versions" panel of a claim's row page, on articles ingested
through the whole pipeline."""

import re
import sqlite3
import textwrap

import pytest
from datasette.app import Datasette

from datasette_factcheck import ingest
from tests.test_cross_source import METADATA, METRO, RAIL


@pytest.fixture(scope="module")
def rail(tmp_path_factory):
    folder = tmp_path_factory.mktemp("rail-claims")
    files = dict(RAIL)
    # article text that must be escaped on the page
    files["harbour.txt"] = """\
        Harbour notes

        The harbour board of Leeds spent £7 million on cranes & <winches>, the board said.
        """
    for name, text in files.items():
        (folder / name).write_text(textwrap.dedent(text), encoding="utf-8")
    db = folder / "factcheck.db"
    ingest.run(str(db), [folder], jobs=1)
    conn = sqlite3.connect(str(db))
    ids = {text: i for i, text in conn.execute("select id, text from claims")}
    conn.close()
    return db, ids


def claim_id(ids, start):
    return next(i for text, i in ids.items() if text.startswith(start))


async def page(db, cid):
    ds = Datasette([str(db)], metadata=METADATA)
    response = await ds.client.get(f"/factcheck/claims/{cid}")
    assert response.status_code == 200, response.text
    match = re.search(r'<section class="fc-versions fc-claim-versions".*?</section>', response.text, re.S)
    assert match, "no claim versions panel"
    return response.text, match.group(0)


@pytest.mark.asyncio
async def test_claim_page_shows_the_conflicting_version(rail):
    db, ids = rail
    html, panel = await page(db, claim_id(ids, "She added that the Leeds rail link"))
    assert "1 claim in another article reports a figure for the same quantity." in panel
    assert "conflicts" in panel
    assert "£4.2 billion vs £4.8 billion" in panel
    # figures side by side, as text, and the sentence in each outlet
    assert "£4.2 billion (money: 4,200,000,000 GBP)" in panel
    assert "£4.8 billion (money: 4,800,000,000 GBP)" in panel
    assert "The Leeds rail link will cost £4.8 billion, according to the ministry." in panel
    # The metro article has no outlet: it is named by its headline, not its file.
    assert "Here (Northern Courier)" in panel and METRO in panel and "metro.txt" not in panel


@pytest.mark.asyncio
async def test_numbers_column_reads_as_text(rail):
    db, ids = rail
    html, _ = await page(db, claim_id(ids, "She added that the Leeds rail link"))
    assert "£4.2 billion (money: 4,200,000,000 GBP); 3,000 jobs (count: 3,000 job)" in html
    assert '"printed"' not in html


@pytest.mark.asyncio
async def test_single_source_claim(rail):
    db, ids = rail
    _, panel = await page(db, claim_id(ids, "He warned that the line"))
    assert "Single source" in panel


@pytest.mark.asyncio
async def test_claim_text_is_escaped(rail):
    db, ids = rail
    html, panel = await page(db, claim_id(ids, "The harbour board of Leeds"))
    assert "<winches>" not in html
    assert "cranes &amp; &lt;winches&gt;" in html and "Single source" in panel
