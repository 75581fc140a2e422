"""What the plugin does once when Datasette starts, after checking its
configuration: give tables of an older version their new names in the
databases it may write (reads of the canned queries need them), then, on
Datasette 1.0a, store the canned queries and label articles by their
headline."""

from __future__ import annotations

import logging

from ..db import schema
from . import compat

log = logging.getLogger(__name__)


def _rename(conn) -> list[str]:
    with conn:
        return schema.rename_tables(conn)


async def rename_old_tables(datasette) -> None:
    for name, db in list(datasette.databases.items()):
        if name.startswith("_") or db.is_memory or not db.is_mutable:
            continue
        tables = set(await db.table_names())
        if not any(old in tables for old, _, _ in schema.RENAMED_TABLES):
            continue
        try:
            renamed = await db.execute_write_fn(_rename, block=True)
        except Exception as e:  # a read-only file: the old name stays, the rest works
            log.warning("datasette-factcheck: could not rename old tables of %s: %s", name, e)
            continue
        log.info("datasette-factcheck: renamed %s in %s", ", ".join(renamed), name)


async def on_startup(datasette) -> None:
    await rename_old_tables(datasette)
    await compat.add_stored_queries(datasette)
    await compat.label_articles_by_title(datasette)
