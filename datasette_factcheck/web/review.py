"""The verification workflow: who may review, what a review form may set,
and the one function that writes review work to the database.

Every write (the row page's form, the queue's quick form, the bulk actions)
goes through ``write_review`` so that validation, ``reviewer``/``reviewed_at``
and the audit attribution (``last_actor``) are the same everywhere.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import dataclass, field
from typing import Any, Optional, Sequence

from datasette.utils import tilde_decode
from datasette.utils.asgi import Forbidden, NotFound

from .. import config
from ..model import TABLE_OF_ITEM_TYPE, now
from ..db import queries, schema
from . import compat, csrf, render

# The fields a reviewer sets; reviewed_at is set by write_review itself.
FORM_FIELDS = ("status", "verdict", "reviewer", "note", "evidence", "needs_review")
# Changing one of these is review work and stamps reviewed_at.
WORK_FIELDS = ("status", "verdict", "note", "evidence")
NOTE_MAX = 20_000


class ReviewError(ValueError):
    """A review that cannot be recorded; the message is shown to the reviewer."""

    status = 400


class ReviewConflict(ReviewError):
    """The item changed (a re-ingest) since the form was opened: the review
    was made against words the reviewer may not have seen."""

    status = 409

    def __init__(self, message: str, version: str):
        super().__init__(message)
        self.version = version


class ReviewBusy(ReviewError):
    """The database stayed locked by another writer (an ingest) too long."""

    status = 503


# How long a save waits for another writer (an ingest commits at least
# every second or so) before the reviewer is told to try again.
WRITE_WAIT_MS = 5000


def item_version(text: Optional[str], speaker_id: Optional[int] = None) -> str:
    """What a review form was made against: the item's words and, for a
    quote, who the article says spoke them. A save whose version differs
    is refused (see ``write_review``)."""
    return hashlib.sha256(f"{text or ''}\x1f{speaker_id or ''}".encode("utf-8")).hexdigest()[:16]


# -- permissions ------------------------------------------------------------


def actor_id(actor: Optional[dict]) -> Optional[str]:
    if not actor:
        return None
    value = actor.get("id")
    return str(value) if value is not None else json.dumps(actor, sort_keys=True)


async def can_review(datasette, actor: Optional[dict]) -> bool:
    return await compat.can_review(datasette, actor)


async def is_factcheck(db) -> bool:
    return queries.is_factcheck_database(set(await db.table_names()))


async def check_permission(datasette, request, database: Optional[str] = None, *, write: bool = False):
    """The one gate every plugin view passes first. Reading needs what reading
    the quotes table needs; writing also needs ``factcheck-review``. Raises
    ``Forbidden`` (403) or ``NotFound`` (404); returns the Database or None."""
    actor = request.actor
    db = None
    if database is not None:
        try:
            db = datasette.get_database(route=tilde_decode(database))
        except KeyError:
            raise NotFound(f"Database not found: {database}") from None
    await compat.ensure_can_read(datasette, actor, db.name if db is not None else None)
    # Another attached database (one that merely has a quotes table) is not
    # the plugin's to read or write.
    if db is not None and not await is_factcheck(db):
        raise NotFound(f"Database {db.name} has no fact-check tables")
    if write:
        if request.method != "POST":
            raise Forbidden("Reviews are recorded with POST")
        csrf.check_same_origin(request)
        if not await can_review(datasette, actor):
            raise Forbidden("Recording reviews needs the factcheck-review permission: sign in as a reviewer")
    return db


async def can_view_table(datasette, actor: Optional[dict], database: str, table: str) -> bool:
    """Whether ``actor`` may see ``table``: the plugin's pages show audit
    rows and article text only to those the table's own permissions let in."""
    return await compat.can_read(datasette, actor, database, table)


# -- validation -------------------------------------------------------------


@dataclass
class Vocabulary:
    statuses: list[str]
    verdicts: dict[str, list[str]] = field(default_factory=dict)

    @classmethod
    def from_datasette(cls, datasette) -> "Vocabulary":
        conf = config.get_config(datasette)
        return cls(conf.statuses, {"quote": conf.quote_verdicts, "claim": conf.claim_verdicts})


def parse_form(form: dict[str, Any], item_type: str, vocabulary: Vocabulary) -> dict[str, Any]:
    """The changes a posted review form asks for, validated. Only fields
    present in the form are changed, so a quick form with just a status
    leaves the note alone. Raises ``ReviewError`` with a message for people."""
    changes: dict[str, Any] = {}
    if "status" in form:
        status = (form.get("status") or "").strip()
        if status not in vocabulary.statuses:
            raise ReviewError(f"Unknown status {status!r}: choose one of {', '.join(vocabulary.statuses)}")
        changes["status"] = status
    if "verdict" in form:
        verdict = (form.get("verdict") or "").strip()
        allowed = vocabulary.verdicts[item_type]
        if verdict and verdict not in allowed:
            raise ReviewError(f"Unknown {item_type} verdict {verdict!r}: choose one of {', '.join(allowed)}")
        changes["verdict"] = verdict or None
    if "reviewer" in form:
        changes["reviewer"] = render.plain_name(form.get("reviewer") or "")[:200] or None
    if "note" in form:
        note = (form.get("note") or "").replace("\r\n", "\n").strip()
        if len(note) > NOTE_MAX:
            raise ReviewError(f"The note is longer than {NOTE_MAX} characters")
        changes["note"] = note or None
    if "evidence" in form:
        try:
            changes["evidence"] = render.evidence_json(render.parse_evidence(form.get("evidence") or ""))
        except render.EvidenceError as e:
            raise ReviewError(str(e)) from e
    if "needs_review_present" in form or "needs_review" in form:
        # A checkbox posts nothing when unticked: a hidden marker says the
        # form showed it, so unticking clears the flag.
        changes["needs_review"] = 1 if form.get("needs_review") in ("1", "on", "true") else 0
    return changes


# -- the write --------------------------------------------------------------


def _apply(conn, items: Sequence[tuple[str, int]], changes: dict[str, Any], acting: str, versions: dict) -> int:
    """Runs on Datasette's write thread; ``with conn`` makes it one
    transaction, rolled back whole if any item fails."""
    conn.execute(f"pragma busy_timeout = {WRITE_WAIT_MS}")
    with conn:
        return _apply_in_transaction(conn, items, changes, acting, versions)


def _apply_in_transaction(conn, items, changes, acting, versions) -> int:
    schema.ensure_audit(conn)
    written = 0
    stamp = now()
    for item_type, item_id in items:
        table = TABLE_OF_ITEM_TYPE[item_type]
        speaker = "speaker_id" if item_type == "quote" else "null as speaker_id"
        cursor = conn.execute(
            f"select status, verdict, reviewer, note, evidence, needs_review, text, {speaker} from [{table}] where id = ?",
            [item_id],
        )
        row = cursor.fetchone()
        if row is None:
            raise ReviewError(f"No {item_type} with id {item_id}")
        current = dict(zip([d[0] for d in cursor.description], row))
        version = item_version(current.pop("text"), current.pop("speaker_id"))
        expected = versions.get((item_type, item_id))
        if expected is not None and expected != version:
            raise ReviewConflict(
                f"This {item_type} changed since you opened the form (a re-ingest changed its words or "
                f"who said them): your review was not saved. Read it again on its page; your input is "
                f"below, ready to save against the new version.",
                version,
            )
        update = {k: v for k, v in changes.items() if current.get(k) != v}
        if not update:
            continue
        if any(k in WORK_FIELDS for k in update):
            update["reviewed_at"] = stamp
            if not current.get("reviewer") and "reviewer" not in changes:
                update["reviewer"] = acting
        # Clear then set last_actor: the audit triggers attribute a change
        # only when last_actor changes in the same UPDATE.
        conn.execute(f"update [{table}] set last_actor = null where id = ?", [item_id])
        assignments = ", ".join(f"[{k}] = ?" for k in update)
        conn.execute(
            f"update [{table}] set {assignments}, last_actor = ? where id = ?",
            [*update.values(), acting, item_id],
        )
        written += 1
    return written


async def write_review(
    datasette,
    database: str,
    actor: Optional[dict],
    items: Sequence[tuple[str, int]],
    changes: dict[str, Any],
    versions: Optional[dict[tuple[str, int], str]] = None,
) -> int:
    """Record ``changes`` on every item (``(item_type, id)`` pairs) as ``actor``
    in one transaction. Unchanged items are left alone (no audit rows).
    ``versions`` (``item_version`` of what the form showed, per item) makes
    the save fail with ``ReviewConflict`` when an item changed since; a
    database locked by another writer longer than ``WRITE_WAIT_MS`` gives
    ``ReviewBusy``. Returns how many items changed. Callers check the
    permission first."""
    db = datasette.get_database(database)
    if not db.is_mutable:
        raise ReviewError(
            f"Database {database!r} is opened read-only (immutable, -i): reviews cannot be saved. "
            f"Serve it with `datasette {database}.db` instead."
        )
    unknown = set(changes) - set(FORM_FIELDS)
    if unknown:
        raise ReviewError(f"Cannot set {', '.join(sorted(unknown))}")
    for item_type, _ in items:
        if item_type not in TABLE_OF_ITEM_TYPE:
            raise ReviewError(f"Unknown item type {item_type!r}")
    acting = actor_id(actor)
    if not acting:
        raise ReviewError("Sign in to record a review")
    items = list(items)
    if not items or not changes:
        return 0
    wanted = dict(versions or {})
    try:
        return await db.execute_write_fn(lambda conn: _apply(conn, items, changes, acting, wanted), block=True)
    except sqlite3.OperationalError as e:
        if "locked" in str(e) or "busy" in str(e):
            raise ReviewBusy(
                "The database is busy (an ingest is writing to it): your review was not saved. "
                "Your input is below: save it again in a moment."
            ) from None
        raise


# -- reading ----------------------------------------------------------------


async def has_table(db, name: str) -> bool:
    return await db.table_exists(name)


async def history(db, item_type: str, item_id: int, limit: int = 200) -> list[dict]:
    """An item's audit rows, newest first."""
    if not await has_table(db, "reviews"):
        return []
    rows = await db.execute(
        "select id, actor, at, field, old, new from reviews where item_type = ? and item_id = ? "
        "order by at desc, id desc limit ?",
        [item_type, item_id, limit],
    )
    return [dict(r) for r in rows]


def history_cell(field_name: str, value: Optional[str]):
    """How an old/new value shows in a history table."""
    if value is None or value == "":
        return render.Markup('<span class="fc-empty">—</span>')
    if field_name in ("status", "verdict"):
        return render.badge(value)
    if field_name == "evidence":
        links = render.load_evidence(value)
        return ", ".join(link["label"] for link in links) if links else value[:120]
    return value if len(value) <= 160 else value[:157] + "…"


VERBATIM_SQL = """
select v.id, (q.speaker_id is not null and o.speaker_id is not null and q.speaker_id != o.speaker_id) as other_speaker
  from (select other_quote_id as id from quote_matches where quote_id = :q and relation = 'verbatim'
        union select quote_id from quote_matches where other_quote_id = :q and relation = 'verbatim') v
  join quotes q on q.id = :q
  join quotes o on o.id = v.id
 where v.id != :q
"""


async def verbatim_versions(db, quote_id: int) -> tuple[list[int], list[int]]:
    """Quotes that quote_matches says are word for word the same as this one:
    those whose article names the same speaker (or none), and those that name
    a different speaker (a possible misattribution: never given this quote's
    verdict in bulk)."""
    same: list[int] = []
    other: list[int] = []
    for r in await db.execute(VERBATIM_SQL, {"q": quote_id}):
        (other if r["other_speaker"] else same).append(r["id"])
    return sorted(same), sorted(other)


async def verbatim_matches(db, quote_id: int) -> list[int]:
    """The word-for-word versions of a quote that a bulk verdict may reach."""
    return (await verbatim_versions(db, quote_id))[0]


def base_path(datasette, database: str) -> str:
    return datasette.urls.database(database) + "/-/factcheck"


async def row_context(datasette, request, database: str, item_type: str, item_id: int) -> dict:
    """Template variables for the review panel of a quote's or claim's row
    page: the current review, the form's vocabulary, the history and
    whether the visitor may write."""
    if item_type not in TABLE_OF_ITEM_TYPE:
        return {}
    db = datasette.get_database(database)
    table = TABLE_OF_ITEM_TYPE[item_type]
    rows = await db.execute(f"select * from [{table}] where id = ?", [item_id])
    row = rows.first()
    if row is None:
        return {}
    item = dict(row)
    vocabulary = Vocabulary.from_datasette(datasette)
    reviewing = await can_review(datasette, request.actor)
    base = base_path(datasette, database)
    verbatim, verbatim_other = await verbatim_versions(db, item_id) if item_type == "quote" else ([], [])
    history_rows = [
        dict(h, old_html=history_cell(h["field"], h["old"]), new_html=history_cell(h["field"], h["new"]))
        for h in await history(db, item_type, item_id)
    ] if await can_view_table(datasette, request.actor, database, "reviews") else []
    anchor = f"#q{item_id}" if item_type == "quote" else f"#c{item_id}"
    return {
        "factcheck_review": {
            "item_type": item_type,
            "item_id": item_id,
            "item": item,
            "status_html": render.badge(item.get("status")),
            "verdict_html": render.badge(item.get("verdict")),
            "note_html": render.markdown_to_html(item.get("note")),
            "evidence_html": render.evidence_html(item.get("evidence")),
            "evidence_text": render.evidence_text(item.get("evidence")),
            "statuses": vocabulary.statuses,
            "verdicts": vocabulary.verdicts[item_type],
            "can_review": reviewing,
            "actor_id": actor_id(request.actor),
            "immutable": not db.is_mutable,
            "csrftoken": request.scope.get("csrftoken", lambda: ""),
            "history": history_rows,
            "version": item_version(item.get("text"), item.get("speaker_id")),
            "action_url": f"{base}/review/{item_type}/{item_id}",
            "next_url": request.path,
            "verbatim_count": len(verbatim),
            "verbatim_other_speaker": len(verbatim_other),
            "done_status": vocabulary.statuses[-1],
            "bulk_verbatim_url": f"{base}/bulk/verbatim",
            "context_url": f"{base}/article/{item['article_id']}{anchor}",
            "queue_url": f"{base}/queue",
            "dashboard_url": base,
        }
    }
