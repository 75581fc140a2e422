"""Shared builders for the review, dashboard and render tests: a small
factcheck database written with sqlite-utils through the real schema, and
signed-in clients that carry Datasette's CSRF cookie. (No tests here.)"""

from __future__ import annotations

import atexit
import re
import shutil
import tempfile
from pathlib import Path
from typing import Optional

import httpx
import sqlite_utils
from datasette.app import Datasette

from datasette_factcheck.db.relations import refresh_remarks
from datasette_factcheck.db.schema import ensure_schema
from datasette_factcheck.web.compat import LINE_1_0

try:
    from .lines import SAME_ORIGIN
except ImportError:
    from lines import SAME_ORIGIN

# Three outlets carry one remark: two word for word, one altered. The third
# article's body holds markup that must never reach a page unescaped.
REMARK = "We will stand with our partners for as long as it takes"
ARTICLES = [
    {
        "file": "harbour-gazette.txt",
        "outlet": "Harbour Gazette",
        "title": "Mayor: “Bridges first”",
        "body": f"The mayor spoke on Monday.\n\n“{REMARK},” said Mayor Ana Ruiz. The city spent $4 million on repairs.",
        "quotes": [("Bridges first", "headline", 0), (REMARK, "body", 2)],
    },
    {
        "file": "valley-times.txt",
        "outlet": "Valley Times",
        "title": "City pledges support",
        "body": f"Officials met again.\n\nRuiz said: “{REMARK}.” Repairs cost $4 million.",
        "quotes": [(REMARK, "body", 2)],
    },
    {
        "file": "coast-post.txt",
        "outlet": "Coast Post",
        "title": "A <b>bold</b> pledge",
        "body": "Readers wrote <script>alert('x')</script> in comments.\n\n"
        "“We stand with partners as long as it takes,” Ruiz said.",
        "quotes": [("We stand with partners as long as it takes", "body", 2)],
    },
]


def build_db(path: Path) -> Path:
    """A factcheck database with 3 articles, 5 quotes (2 verbatim with each
    other, 1 altered), 2 claims and matches, written through the real schema.
    Written once per test process and copied: each caller gets a file of its
    own (hundreds of tests ask for one)."""
    if not _BUILT:
        folder = Path(tempfile.mkdtemp(prefix="factcheck-test-db-"))
        atexit.register(shutil.rmtree, folder, True)
        _BUILT.append(_write_db(folder / "factcheck.db"))
    shutil.copyfile(_BUILT[0], path)
    return path


_BUILT: list[Path] = []


def _write_db(path: Path) -> Path:
    db = sqlite_utils.Database(path)
    ensure_schema(db)
    speaker = db["speakers"].insert({"name": "Ana Ruiz"}).last_pk
    db["speaker_aliases"].insert_all([{"speaker_id": speaker, "alias": alias} for alias in ("Ana Ruiz", "Ruiz")])
    ids: list[list[int]] = []
    for i, art in enumerate(ARTICLES):
        article_id = db["articles"].insert(
            {
                "file": art["file"],
                "outlet": art["outlet"],
                "title": art["title"],
                "body": art["body"],
                "published": f"2024-05-0{i + 1}",
                "content_hash": f"hash{i}",
                "ingested_at": "2024-05-10T00:00:00+00:00",
            }
        ).last_pk
        these = []
        for text, location, paragraph in art["quotes"]:
            source = art["title"] if location == "headline" else art["body"]
            start = source.index(text)
            these.append(
                db["quotes"].insert(
                    {
                        "article_id": article_id,
                        "speaker_id": speaker,
                        "speaker_as_printed": "Ruiz",
                        "text": text,
                        "start": start,
                        "end": start + len(text),
                        "paragraph": paragraph,
                        "location": location,
                    }
                ).last_pk
            )
        if "$4 million" in art["body"]:
            start = art["body"].index("$4 million")
            db["claims"].insert(
                {
                    "article_id": article_id,
                    "text": art["body"][art["body"].rindex(".", 0, start) + 1 :].strip(),
                    "kind": "money",
                    "start": start,
                    "end": start + 10,
                    "paragraph": 2,
                }
            )
        ids.append(these)
    gazette, valley, coast = ids[0][1], ids[1][0], ids[2][0]
    db["quote_matches"].insert_all(
        [
            {"quote_id": gazette, "other_quote_id": valley, "relation": "verbatim", "similarity": 1.0},
            {"quote_id": valley, "other_quote_id": gazette, "relation": "verbatim", "similarity": 1.0},
            {"quote_id": coast, "other_quote_id": gazette, "relation": "altered", "similarity": 0.8},
            {"quote_id": gazette, "other_quote_id": coast, "relation": "altered", "similarity": 0.8},
        ]
    )
    refresh_remarks(db)
    db.conn.close()  # folds the WAL into the file, which is then copied alone
    return path


QUOTE_GAZETTE, QUOTE_VALLEY, QUOTE_COAST = 2, 3, 4

METADATA = {"plugins": {"datasette-factcheck": {"review_allow": {"id": ["alice", "root"]}}}}


def make_datasette(path: Path, metadata: Optional[dict] = None, immutable: bool = False) -> Datasette:
    if immutable:
        return Datasette(immutables=[str(path)], metadata=metadata or METADATA)
    return Datasette([str(path)], metadata=metadata or METADATA)


def actor_cookies(datasette: Datasette, actor_id: Optional[str]) -> dict[str, str]:
    if actor_id is None:
        return {}
    return {"ds_actor": datasette.sign({"a": {"id": actor_id}}, "actor")}


async def csrf_session(datasette: Datasette, actor_id: Optional[str], page: str) -> tuple[dict[str, str], str]:
    """GET a page with a form as ``actor_id``: the cookies to send back
    (ds_actor and, on Datasette 0.65, ds_csrftoken) and the form's csrftoken
    (1.0a checks browser headers instead and ignores it)."""
    cookies = actor_cookies(datasette, actor_id)
    response = await datasette.client.get(page, cookies=cookies)
    assert response.status_code == 200, response.text
    match = re.search(r'name="csrftoken" value="([^"]+)"', response.text)
    assert match, "no csrftoken in the form"
    if LINE_1_0:
        return cookies, match.group(1)
    cookies = dict(cookies, ds_csrftoken=response.cookies.get("ds_csrftoken") or "")
    assert cookies["ds_csrftoken"], "Datasette did not set the CSRF cookie"
    return cookies, match.group(1)


async def post_form(
    datasette: Datasette, path: str, data: dict, *, actor_id: Optional[str] = "root", form_page: Optional[str] = None
) -> httpx.Response:
    """POST like a browser: fetch a form page first for the CSRF token."""
    cookies, token = await csrf_session(datasette, actor_id, form_page or "/factcheck/quotes/1")
    return await datasette.client.post(path, data=dict(data, csrftoken=token), cookies=cookies, headers=SAME_ORIGIN)


def audit_rows(path: Path, **where) -> list[dict]:
    db = sqlite_utils.Database(path)
    clauses = " and ".join(f"{k} = ?" for k in where) or "1"
    return [dict(r) for r in db.query(f"select * from reviews where {clauses} order by id", list(where.values()))]
