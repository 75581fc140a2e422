"""The desk's figures that only the relations change: how many rows each
canned query the findings link to lists, how the changed quotes split into
altered and spliced, and which remarks the coverage grid shows first.

Counting them reads hundreds of thousands of rows on a large desk, and the
front page, the database page and the dashboard all show them. They are
counted once, after an ingest or a match has written relations and checks,
and kept in ``desk_figures`` with the relation tables' newest row ids: a
page uses them only while those ids are unchanged, and counts live
otherwise (relations written by other means, a database from before)."""

from __future__ import annotations

import json
from typing import Any, Optional

import sqlite_utils

from . import queries, schema

# The canned queries whose rows the findings count.
COUNTED = (
    "quotes_across_sources", "altered_quotes", "meaning_changes",
    "speaker_conflicts", "numeric_conflicts", "single_source_quotes",
)

# Counting stops here (shown as "10,000+"): the canned queries read their
# rows in display order from indexes, so a capped count reads at most this
# many rows however large the desk grows.
COUNT_CAP = 10_000

# The rows of the coverage grid: remarks printed by two or more outlets.
GRID_ROWS = 40

# What the figures were counted from: every write of a relation or a check
# adds a row with a newer id (deleting alone does not, but every path that
# deletes relations ends by counting again).
STATE = """
select json_array(
  (select max(rowid) from quote_matches),
  (select max(rowid) from claim_matches),
  null
)
"""
STATE_WITH_CHECKS = """
select json_array(
  (select max(rowid) from quote_matches),
  (select max(rowid) from claim_matches),
  (select max(rowid) from primary_checks)
)
"""

CHANGED_BY_RELATION = """
select m.relation, count(*) as n
  from closest_changes c
  join quote_matches m on m.quote_id = c.quote_id and m.other_quote_id = c.other_quote_id
 group by m.relation
"""
# a database served before its upgrade kept closest_changes
CHANGED_BY_RELATION_UNKEPT = """
select relation, count(distinct quote_id) as n from quote_matches
 where relation in ('altered', 'spliced') group by relation
"""


def count_sql(sql: str) -> str:
    return f"select count(*) from (select 1 from ({sql}) limit {COUNT_CAP + 1})"


def changed_first_sql(limit: int) -> str:
    """Remarks printed by two or more outlets, those with a changed version
    first, then the most widely printed."""
    return f"""
select rv.remark_id, rv.quote_id, rv.outlets
  from remark_versions rv
 where rv.outlets >= 2
 order by exists (select 1 from remarks r join quote_matches m on m.quote_id = r.quote_id
                   where r.remark_id = rv.remark_id and m.relation in ('altered', 'spliced')) desc,
          rv.outlets desc, rv.versions desc, rv.quote_id
 limit {int(limit)}
"""


def state_sql(tables: set[str]) -> str:
    return STATE_WITH_CHECKS if "primary_checks" in tables else STATE


def refresh_figures(db: sqlite_utils.Database) -> None:
    """Count the figures again and keep them (after relations or checks
    were written)."""
    conn = db.conn
    with db.atomic():
        conn.execute(schema.DESK_FIGURES)
    tables = set(db.table_names())
    figures: dict[str, Any] = {}
    for name in COUNTED:
        figures[name] = conn.execute(count_sql(queries.sql_for(name, "", tables))).fetchone()[0]
    changed = CHANGED_BY_RELATION if "closest_changes" in tables else CHANGED_BY_RELATION_UNKEPT
    figures["changed"] = dict(conn.execute(changed).fetchall())
    figures["grid"] = [list(r) for r in conn.execute(changed_first_sql(GRID_ROWS))]
    figures["state"] = json.loads(conn.execute(state_sql(tables)).fetchone()[0])
    with db.atomic():
        conn.execute("delete from desk_figures")
        conn.executemany("insert into desk_figures (name, value) values (?, ?)", [(k, json.dumps(v)) for k, v in figures.items()])


def kept_figures(rows: list[tuple[str, str]], state: Optional[str]) -> Optional[dict[str, Any]]:
    """The kept figures (``desk_figures`` rows), or None when the relations
    changed since they were counted (``state`` is STATE's value now)."""
    figures = {name: json.loads(value) for name, value in rows}
    if not figures or state is None or figures.get("state") != json.loads(state):
        return None
    return figures
