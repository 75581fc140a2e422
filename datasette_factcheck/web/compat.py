"""Everything that differs between the two Datasette lines the plugin runs
on: 0.65 (stable) and 1.0a (tested at 1.0a41). The rest of the package calls
the functions here and never asks which line it runs on.

- Permissions: 0.65 asks the ``permission_allowed`` hook; 1.0a registers
  actions (``register_actions``) and asks ``permission_resources_sql``.
- Canned queries: 0.65 asks ``canned_queries`` on every request; 1.0a keeps
  stored queries in its internal database, added here at startup.
- Writes: 1.0a has a JSON write API, write SQL and a row edit UI. Quotes,
  claims and the audit table change only through the review forms, which
  check the vocabulary and attribute every change, so on 1.0a those
  actions are denied on them to everyone, root included.

Each line's own hooks are marked as hooks on that line only: pluggy skips
unmarked functions, so neither line sees a hook it does not know.
"""

from __future__ import annotations

import re
from typing import Any, Callable, Optional, TypeVar

from datasette import hookimpl
from datasette.utils import actor_matches_allow
from datasette.version import __version__ as DATASETTE_VERSION

from .. import config
from ..db import queries

LINE_1_0 = not DATASETTE_VERSION.startswith("0.")

if LINE_1_0:
    from datasette.permissions import Action, PermissionSQL
    from datasette.resources import TableResource

REVIEW_PERMISSION = "factcheck-review"
# The tables whose rows change only through the review forms.
PROTECTED_TABLES = ("quotes", "claims", "reviews")
# 1.0a actions that change those rows (dropping or altering a table rewrites them all).
ROW_WRITE_ACTIONS = ("insert-row", "update-row", "delete-row", "alter-table", "drop-table")
WRITE_DENIED = "datasette-factcheck: quotes, claims and reviews change only through the review forms"

F = TypeVar("F", bound=Callable[..., Any])


def _hook_on_065(fn: F) -> F:
    return fn if LINE_1_0 else hookimpl(fn)


def _hook_on_1_0(fn: F) -> F:
    return hookimpl(fn) if LINE_1_0 else fn


# -- who may review and read --------------------------------------------------


def review_allowed(datasette, actor: Optional[dict]) -> bool:
    """Root, or an actor matching the plugin's ``review_allow`` block. Never
    an anonymous visitor: ``review_allow: true`` matches everybody, and 1.0a
    asks with ``actor=None``."""
    if not actor:
        return False
    if actor.get("id") == "root":
        return True
    allow = config.get_config(datasette).review_allow
    if allow is None:
        return False
    return bool(actor_matches_allow(actor, allow))


async def can_review(datasette, actor: Optional[dict]) -> bool:
    if not actor:
        return False
    if LINE_1_0:
        return await datasette.allowed(action=REVIEW_PERMISSION, actor=actor)
    return await datasette.permission_allowed(actor, REVIEW_PERMISSION, default=False)


def _legacy_view_permissions(database: str, table: str) -> list:
    return [("view-table", (database, table)), ("view-database", database), "view-instance"]


async def can_read(datasette, actor: Optional[dict], database: str, table: str = "quotes") -> bool:
    """Whether the actor may read ``table`` of ``database``."""
    if LINE_1_0:
        return await datasette.allowed(action="view-table", resource=TableResource(database, table), actor=actor)
    visible, _ = await datasette.check_visibility(actor, permissions=_legacy_view_permissions(database, table))
    return bool(visible)


async def ensure_can_read(datasette, actor: Optional[dict], database: Optional[str], table: str = "quotes") -> None:
    """Raise Forbidden unless the actor may read ``table`` of ``database``
    (the instance, without a database)."""
    if LINE_1_0:
        if database is None:
            await datasette.ensure_permission(action="view-instance", actor=actor)
        else:
            await datasette.ensure_permission(action="view-table", resource=TableResource(database, table), actor=actor)
    elif database is None:
        await datasette.ensure_permissions(actor, ["view-instance"])
    else:
        await datasette.ensure_permissions(actor, _legacy_view_permissions(database, table))


def tables_read(sql: str, tables) -> set[str]:
    """Which of ``tables`` a query's SQL names (a name used otherwise counts too)."""
    return {table for table in tables if re.search(rf"\b{re.escape(table)}\b", sql)}


async def hidden_queries(datasette, actor: Optional[dict], database: str, found: Optional[dict] = None) -> set[str]:
    """The plugin's queries of ``database`` that read a table the actor may
    not read: the rows they show (headlines, outlets, reviews) are that
    table's, so its permissions decide who runs them."""
    if found is None:
        found = await queries.canned_queries_for(datasette, database)
    readable: dict[str, bool] = {}
    hidden = set()
    tables = await datasette.get_database(database).table_names()
    for name, query in found.items():
        for table in sorted(tables_read(query["sql"], tables)):
            if table not in readable:
                readable[table] = await can_read(datasette, actor, database, table)
            if not readable[table]:
                hidden.add(name)
                break
    return hidden


# -- 0.65 hooks ----------------------------------------------------------------


@_hook_on_065
def permission_allowed(datasette, actor, action, resource):
    if action == "view-query" and isinstance(resource, (tuple, list)) and len(resource) == 2:
        return _may_view_query(datasette, actor, resource[0], resource[1])
    if action != REVIEW_PERMISSION:
        return None
    return review_allowed(datasette, actor)


async def _may_view_query(datasette, actor, database: str, name: str) -> Optional[bool]:
    """0.65: False for a plugin query reading a table the actor may not read."""
    db = datasette.databases.get(database)
    if db is None or not queries.is_factcheck_database(set(await db.table_names())):
        return None
    found = await queries.canned_queries_for(datasette, database)
    if name not in found:
        return None
    return False if name in await hidden_queries(datasette, actor, database, {name: found[name]}) else None


@_hook_on_065
def canned_queries(datasette, database):
    return queries.canned_queries_for(datasette, database)


# -- 1.0a hooks ----------------------------------------------------------------


@_hook_on_1_0
def register_actions(datasette):
    return [
        Action(
            name=REVIEW_PERMISSION,
            abbr=None,
            description="Record status, verdicts, notes and evidence of quotes and claims",
        )
    ]


@_hook_on_1_0
def permission_resources_sql(datasette, actor, action):
    if action == REVIEW_PERMISSION:
        # Instance-level rules; at one level a deny beats an allow, so an
        # anonymous visitor is refused even where the configuration grants
        # factcheck-review to everybody. review_allow stays the one source.
        if review_allowed(datasette, actor):
            return PermissionSQL.allow("datasette-factcheck: root or review_allow")
        return PermissionSQL.deny("datasette-factcheck: not in review_allow" if actor else "datasette-factcheck: anonymous")
    if action == "view-query":
        return _hidden_query_rules(datasette, actor)
    if action in ROW_WRITE_ACTIONS:
        # Table-level rules beat database- and instance-level ones (root's
        # too). Every database with quote_matches is a factcheck database.
        tables = " union all ".join(f"select '{t}' as name" for t in PROTECTED_TABLES)
        return PermissionSQL(
            sql=f"""
                select c.database_name as parent, t.name as child, 0 as allow, :factcheck_denied as reason
                from catalog_tables c, ({tables}) t
                where c.table_name = 'quote_matches'
            """,
            params={"factcheck_denied": WRITE_DENIED},
        )
    return None


async def _hidden_query_rules(datasette, actor):
    """1.0a: a deny, per query, of the plugin's queries that read a table
    the actor may not read (see ``hidden_queries``)."""
    denied = []
    for name, db in list(datasette.databases.items()):
        if name.startswith("_") or not queries.is_factcheck_database(set(await db.table_names())):
            continue
        denied += [(name, query) for query in sorted(await hidden_queries(datasette, actor, name))]
    if not denied:
        return None
    rows = " union all ".join(f"select :db{i} as parent, :query{i} as child, 0 as allow, :why as reason" for i in range(len(denied)))
    params: dict[str, Any] = {"why": "datasette-factcheck: the query reads a table the actor may not read"}
    for i, (database, query) in enumerate(denied):
        params[f"db{i}"], params[f"query{i}"] = database, query
    return PermissionSQL(sql=rows, params=params)


async def add_stored_queries(datasette) -> None:
    """1.0a: every factcheck database's canned queries as stored queries,
    trusted (they run for whoever may view them, as on 0.65, and 1.0a offers
    no edit or delete links for them). Called at startup."""
    if not LINE_1_0:
        return
    for name in list(datasette.databases):
        if name.startswith("_"):
            continue
        for query_name, query in (await queries.canned_queries_for(datasette, name)).items():
            await datasette.add_query(
                name,
                query_name,
                query["sql"],
                title=query.get("title"),
                description=query.get("description"),
                hide_sql=bool(query.get("hide_sql")),
                is_trusted=True,
                source="plugin",
            )


# The column that names an article wherever a row links to one (a quote's
# article_id, facets): its headline. 0.65 takes a column called "title";
# 1.0a first takes a table's only unique text column, which for articles is
# the input file's name.
ARTICLE_LABEL_COLUMN = "title"


async def label_articles_by_title(datasette) -> None:
    """1.0a: ``label_column: title`` for the articles of every factcheck
    database served at startup, unless the configuration names one. Called
    at startup; 0.65 needs nothing."""
    if not LINE_1_0:
        return
    for name, db in list(datasette.databases.items()):
        if name.startswith("_") or not queries.is_factcheck_database(set(await db.table_names())):
            continue
        if datasette.config is None:
            datasette.config = {}
        databases = datasette.config.setdefault("databases", {})
        articles = databases.setdefault(name, {}).setdefault("tables", {}).setdefault("articles", {})
        articles.setdefault("label_column", ARTICLE_LABEL_COLUMN)


# -- reading queries and templates ---------------------------------------------


async def named_queries(datasette, database: str, actor: Optional[dict]) -> dict[str, dict[str, Any]]:
    """The canned (0.65) or stored (1.0a) queries of a database the actor may
    see: name -> {"title", "sql", "write", "params"} (params None: derive
    them from the SQL)."""
    if not LINE_1_0:
        found = await datasette.get_canned_queries(database, actor)
        return {
            name: {"title": q.get("title"), "sql": q["sql"], "write": bool(q.get("write")), "params": q.get("params")}
            for name, q in found.items()
        }
    result: dict[str, dict[str, Any]] = {}
    cursor = None
    while True:
        page = await datasette.list_queries(database, actor=actor, limit=1000, cursor=cursor)
        for q in page.queries:
            result[q.name] = {"title": q.title, "sql": q.sql, "write": q.is_write, "params": list(q.parameters) or None}
        if not page.has_more or not page.next:
            return result
        cursor = page.next


def jinja_environment(datasette):
    if LINE_1_0:
        return datasette.get_jinja_environment()
    return datasette.jinja_env


def datasette_options(metadata: dict) -> dict[str, dict]:
    """Keyword arguments for ``Datasette(...)`` from one metadata mapping
    (``-m``): 1.0a reads queries and permissions from its configuration
    only (it moves ``plugins`` and ``allow`` itself)."""
    if not LINE_1_0:
        return {"metadata": metadata}
    metadata = dict(metadata)
    conf: dict[str, Any] = {}
    if "permissions" in metadata:
        conf["permissions"] = metadata.pop("permissions")
    databases = {}
    for name, db in (metadata.get("databases") or {}).items():
        db = dict(db)
        moved = {key: db.pop(key) for key in ("queries", "permissions") if key in db}
        if moved:
            conf.setdefault("databases", {})[name] = moved
        databases[name] = db
    if databases:
        metadata["databases"] = databases
    return {"metadata": metadata, "config": conf}
