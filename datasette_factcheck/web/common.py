"""What every page of the plugin needs: which databases it serves, their
page URLs, and ids parsed from URLs and forms."""

from __future__ import annotations

import copy
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Optional

from ..db import figures, queries, schema
from ..model import TABLE_OF_ITEM_TYPE
from . import compat, review

# SQLite integers are 64-bit: a longer id from a URL or a form names no row
# (and would raise OverflowError when bound).
MAX_ID = 2**63 - 1
MAX_PAGE = 10**9


async def factcheck_databases(datasette, actor) -> list:
    """The attached databases that hold a factcheck schema and the actor may see."""
    found = []
    for name, db in datasette.databases.items():
        if name == "_internal":
            continue
        try:
            tables = set(await db.table_names())
        except Exception:
            continue
        if not queries.is_factcheck_database(tables):
            continue
        if await compat.can_read(datasette, actor, name):
            found.append(db)
    return found


# The columns of ``articles`` the plugin's pages show beside an item.
ARTICLE_COLUMNS = ("title", "file", "outlet", "source", "published", "byline", "url")


@dataclass(frozen=True)
class ArticleNames:
    """How the plugin's pages name an article for one visitor: by its outlet
    and headline when the visitor may read the ``articles`` table, by its
    number alone otherwise (the number is in the quotes and claims rows)."""

    visible: bool

    def source_sql(self, a: str = "a") -> str:
        """SQL for the source of article alias ``a``: the same expression
        filters, groups and shows, so a filter cannot reveal a hidden name."""
        return queries.outlet_label(a) if self.visible else f"('article ' || {a}.id)"

    def title_sql(self, a: str = "a") -> str:
        return f"coalesce({a}.title, {a}.file)" if self.visible else f"('article ' || {a}.id)"

    def row(self, row: Mapping[str, Any], id_key: str = "article_id") -> dict[str, Any]:
        """A row that joined ``articles``, ready to show: ``title`` and
        ``source`` always set; every article column blank when hidden."""
        shown = dict(row)
        if self.visible:
            shown["title"] = shown.get("title") or shown.get("file")
            shown["source"] = shown.get("source") or shown.get("outlet") or shown.get("file")
            return shown
        for column in ARTICLE_COLUMNS:
            if column in shown:
                shown[column] = None
        shown["title"] = shown["source"] = f"article {row[id_key]}"
        return shown


async def article_names(datasette, actor, database: str) -> ArticleNames:
    """How ``actor`` sees the articles of ``database``."""
    return ArticleNames(await compat.can_read(datasette, actor, database, "articles"))


def page_urls(datasette, db_name: str) -> dict[str, str]:
    """The plugin's pages for one database."""
    base = review.base_path(datasette, db_name)
    return {
        "dashboard": base,
        "queue": f"{base}/queue",
        "articles": f"{base}/articles",
        "bulk_status": f"{base}/bulk/status",
        "bulk_verbatim": f"{base}/bulk/verbatim",
        "database": datasette.urls.database(db_name),
    }


def parse_id(value: Any) -> Optional[int]:
    """A row id from a URL part or a form field; None if it cannot be one."""
    try:
        number = int(str(value).strip())
    except (TypeError, ValueError):
        return None
    return number if 0 <= number <= MAX_ID else None


def parse_page(value: Any) -> int:
    """A page number from a query string: 1 when missing or not a number."""
    try:
        return min(MAX_PAGE, max(1, int(value or 1)))
    except (TypeError, ValueError):
        return 1


def row_url(datasette, db_name: str, item_type: str, item_id: int) -> str:
    return datasette.urls.row(db_name, TABLE_OF_ITEM_TYPE[item_type], str(item_id))


# The tables a fact-checker reads, in reading order. The schema's other
# tables are working tables of the matcher and the pages: the database page
# lists them under its "hidden tables" link.
READING_ORDER = [
    "articles", "quotes", "claims", "speakers", "comments", "quote_matches", "claim_matches",
    "speaker_aliases", "article_extras", "reviews",
]


def order_tables(tables: list) -> list:
    """Datasette's table list for a factcheck database's page, reordered:
    the tables people read first (so the SQL box opens on ``articles``),
    then anything else, then the schema's working tables, marked hidden.
    Entries are dicts on Datasette 0.65 and objects on 1.0a."""
    working = set(schema.TABLES) - set(READING_ORDER)
    by_name = {_table_name(t): t for t in tables}
    first = [by_name[name] for name in READING_ORDER if name in by_name]
    others = [t for t in tables if _table_name(t) not in READING_ORDER and _table_name(t) not in working]
    hidden = [_as_hidden(t) for t in tables if _table_name(t) in working]
    return first + others + hidden


def _table_name(table: Any) -> str:
    return table["name"] if isinstance(table, dict) else table.name


def _as_hidden(table: Any) -> Any:
    if isinstance(table, dict):
        return dict(table, hidden=True)
    marked = copy.copy(table)
    try:
        marked.hidden = True
    except AttributeError:  # a frozen entry keeps its own flag
        return table
    return marked


async def kept_figures(db, tables: set[str]) -> Optional[dict[str, Any]]:
    """The figures counted after the last ingest or match (db.figures),
    while the relations are still those they were counted from."""
    if "desk_figures" not in tables:
        return None
    rows = [(r[0], r[1]) for r in await db.execute("select name, value from desk_figures")]
    state = (await db.execute(figures.state_sql(tables))).first()[0]
    return figures.kept_figures(rows, state)
