"""The canned queries this plugin supplies to every factcheck database.

Each returns human-readable texts (quote and claim texts, article titles,
outlets, speakers) and links built for datasette-json-html: a cell holding
``{"href": ..., "label": ...}`` (or a JSON list of them) is shown as links.

How the links are built, and why:

* datasette-json-html only renders an ``href`` that starts with ``/`` or
  ``http(s)://``: a relative ``quotes/12`` would be shown as raw JSON. So
  every href is the database's own path (``datasette.urls.database``, which
  includes ``base_url``) followed by ``/<table>/<id>``; the links keep working
  when Datasette is served under a prefix.
* That path comes from Datasette's configuration, never from a request, so it
  is written into the SQL as a quoted string literal when the queries are
  handed to Datasette. A bound parameter would need either a form field on
  every query page or a magic parameter (which hides "Edit SQL").
* The path is checked to start with exactly one ``/``: ``//host`` would be
  followed by the browser to another site.
* Every href is built from a NOT NULL id of an inner-joined row, so it is
  never NULL (datasette-json-html fails the whole page on a NULL href). Where
  the target may be missing (a quote without a resolved speaker) the cell is
  plain text instead of a link. Labels fall back to the file name (outlet,
  title) or an em dash, so a link never has an empty label.

Every join goes through an indexed column (schema.INDEXES, primary keys),
and each query reads its rows in display order (schema.ORDER_INDEXES);
the only full scans are of the table a query reports on.
"""

from __future__ import annotations

from typing import Optional

from ..model import CHANGED_RELATIONS, REMARK_RELATIONS
from .derived import (
    CHANGE_CLASSES_JOIN,
    CLOSEST_CHANGES,
    COVERAGE_COUNTS,
    NO_CHANGE_CLASSES_JOIN,
    SHARED_ARTICLE_IDS,
    STORY_SUMMARIES,
    outlet_label,
)

FACTCHECK_TABLES = {"articles", "quotes", "claims", "quote_matches", "remarks"}


# Replaced by the database's path as an SQL string literal (see above).
BASE = "__FACTCHECK_BASE__"


def _in(values: tuple[str, ...]) -> str:
    return "(" + ", ".join(f"'{v}'" for v in values) + ")"


def _link(label: str, table: str, id_expr: str) -> str:
    """SQL for one link cell; ``id_expr`` must be a NOT NULL column."""
    return f"json_object('label', coalesce({label}, '—'), 'href', {BASE} || '/{table}/' || {id_expr})"


_outlet = outlet_label


def _title(a: str) -> str:
    return f"coalesce({a}.title, {a}.file)"


def _speaker(q: str, s: str) -> str:
    """A link to the speaker, or plain text when the quote names nobody
    resolved (never a link with a NULL href)."""
    return (
        f"case when {s}.id is null then "
        f"coalesce({q}.speaker_as_printed || ' (not resolved)', '—') "
        f"else {_link(f'{s}.name', 'speakers', f'{s}.id')} end"
    )


# How quote q relates to the other versions ("verbatim, altered"). A copy
# (quotes.version_of, see db/versions.py) relates as the quote it copies does.
_RELATIONS_OF_Q = f"""(
      select replace(replace(group_concat(distinct m.relation), ',', ', '), '_', ' ')
      from quote_matches m join quotes o on o.id = m.other_quote_id
      where m.quote_id in (q.id, q.version_of) and m.other_quote_id != q.id and o.article_id != q.article_id
        and m.relation in {_in(REMARK_RELATIONS)}
    )"""

QUOTES_ACROSS_SOURCES = f"""
-- A remark is a connected group of quotes: every quote reachable through
-- relations of the same words (verbatim, excerpt, splice, alteration).
-- remarks and remark_versions are kept by matching (store.py): one row per
-- related quote, and per remark its representative text (not a splice of
-- several remarks; the words most outlets printed as they are; the most
-- connected; the fullest) and counts, read here in display order.
select
  {_link('rq.text', 'quotes', 'rq.id')} as remark,
  (
    select coalesce(group_concat(distinct s.name), '—')
    from remarks r
    join quotes q on q.id = r.quote_id
    left join speakers s on s.id = q.speaker_id
    where r.remark_id = v.remark_id
  ) as speakers,
  v.outlets,
  v.versions as versions_count,
  (
    select json_group_array({_link(_outlet('a') + " || ': ' || " + _RELATIONS_OF_Q, 'quotes', 'q.id')})
    from remarks r
    join quotes q on q.id = r.quote_id
    join articles a on a.id = q.article_id
    where r.remark_id = v.remark_id
  ) as versions,
  (
    select json_group_array(distinct {_link(_title('a'), 'articles', 'a.id')})
    from remarks r
    join quotes q on q.id = r.quote_id
    join articles a on a.id = q.article_id
    where r.remark_id = v.remark_id
  ) as articles
from remark_versions v
join quotes rq on rq.id = v.quote_id
order by v.outlets desc, v.versions desc, v.quote_id
"""

# Queries that read tables a database built by an older version may lack.
NEEDS_TABLES = {"meaning_changes": {"primary_checks", "primary_sources", "quote_change_classes"}}
# Derived tables a query reads that such a database may lack: their rows
# are then computed within the query (slower, the same rows).
COMPUTED_IF_MISSING = {
    "altered_quotes": {"closest_changes": CLOSEST_CHANGES.format(where="1")},
    "stories": {"story_summaries": STORY_SUMMARIES.format(where="1")},
}

ALTERED_QUOTES = f"""
-- One row per altered or spliced quote, beside its closest other version.
-- closest_changes (kept by triggers on the relations) holds each quote's
-- closest changed version and what the rows are sorted on (changes of
-- meaning first), so the rows are read in order from its index and the
-- columns below are worked out only for the rows read.
select
  {_link('q.text', 'quotes', 'q.id')} as quote,
  {_speaker('q', 's')} as speaker,
  {_link(_outlet('a'), 'articles', 'a.id')} as outlet,
  c.relation,
  coalesce(k.significance, 'unclassed') as significance,
  round(c.similarity, 3) as similarity,
  c.differences,
  (
    -- what the other changed versions (e.g. the other parts of a splice) add
    select group_concat(d, ' | ') from (
      -- without what c.differences already says (the splice's common part)
      select distinct replace(m2.differences, c.differences || '; ', '') as d from quote_matches m2
      where m2.quote_id = q.id and m2.relation in {_in(CHANGED_RELATIONS)}
        and m2.other_quote_id != c.other_quote_id
        and m2.differences is not c.differences and m2.differences is not null
      order by m2.similarity, m2.other_quote_id
    )
  ) as more_differences,
  {_link('oq.text', 'quotes', 'oq.id')} as closest_version,
  {_link(_outlet('oa'), 'articles', 'oa.id')} as closest_outlet,
  (
    -- every version, and every copy of one word for word (db/versions.py)
    select json_group_array({_link(_outlet('a3') + " || ': ' || replace(m3.relation, '_', ' ')", 'quotes', 'q3.id')})
    from quote_matches m3
    join quotes q3 on q3.id = m3.other_quote_id or (
      q3.version_of = m3.other_quote_id and q3.article_id != q.article_id
      and not exists (select 1 from quote_matches x where x.quote_id = q.id and x.other_quote_id = q3.id)
    )
    join articles a3 on a3.id = q3.article_id
    where m3.quote_id = q.id
  ) as all_versions,
  (
    select nullif(json_group_array({_link(_outlet('a4'), 'quotes', 'q4.id')}), '[]')
    from quotes q4 join articles a4 on a4.id = q4.article_id
    where q4.version_of = q.id
  ) as same_words_in
-- closest first, from closest_changes' index (the limit keeps SQLite from
-- dropping the order of a subquery; a cross join keeps it the outer loop)
from (select * from closest_changes order by meaning desc, similarity, quote_id limit -1) r
cross join quote_matches c on c.quote_id = r.quote_id and c.other_quote_id = r.other_quote_id
join quotes q on q.id = c.quote_id
join articles a on a.id = q.article_id
join quotes oq on oq.id = c.other_quote_id
join articles oa on oa.id = oq.article_id
left join speakers s on s.id = q.speaker_id
-- how much the change matters (matching/significance.py, kept by ingest)
{CHANGE_CLASSES_JOIN}
"""

MEANING_CHANGES = f"""
-- Quotes whose change alters the meaning (a negation, a number, date or
-- name, a modal or hedge, a dropped qualifier, passages joined): against
-- the primary source first, then against other outlets' versions.
select
  {_link('q.text', 'quotes', 'q.id')} as quote,
  {_speaker('q', 's')} as speaker,
  {_link(_outlet('a'), 'articles', 'a.id')} as outlet,
  'primary source: ' || coalesce(ps.title, ps.file) as compared_with,
  pc.result,
  pc.suggested as suggested_verdict,
  (select group_concat(j.value, ', ') from json_each(pc.reasons) j) as why,
  coalesce(pc.gap, pc.differences) as differences,
  coalesce(ps.title, ps.file) || ': ' || pc.location as location
from primary_checks pc
join quotes q on q.id = pc.quote_id
join articles a on a.id = q.article_id
join primary_sources ps on ps.id = pc.source_id
left join speakers s on s.id = q.speaker_id
where pc.significance = 'meaning'
union all
select
  {_link('q.text', 'quotes', 'q.id')},
  {_speaker('q', 's')},
  {_link(_outlet('a'), 'articles', 'a.id')},
  'other outlet: ' || {_outlet('oa')},
  m.relation,
  null,
  (select group_concat(j.value, ', ') from json_each(k.reasons) j),
  m.differences,
  null
from quote_change_classes k
join quote_matches m on m.quote_id = k.quote_id and m.other_quote_id = k.other_quote_id
join quotes q on q.id = k.quote_id
join articles a on a.id = q.article_id
join quotes oq on oq.id = k.other_quote_id
join articles oa on oa.id = oq.article_id
left join speakers s on s.id = q.speaker_id
where k.significance = 'meaning'
  and not exists (select 1 from primary_checks p2 where p2.quote_id = k.quote_id and p2.significance = 'meaning')
  -- a splice relates the quote to each passage of the other article: one
  -- row per other article, not per passage
  and k.other_quote_id = (
    select min(k2.other_quote_id) from quote_change_classes k2
    join quotes oq2 on oq2.id = k2.other_quote_id
    where k2.significance = 'meaning' and k2.quote_id = k.quote_id and oq2.article_id = oq.article_id
  )
"""

SINGLE_SOURCE_QUOTES = f"""
-- Quotations no other ingested article carries: only one source to check.
select
  {_link('q.text', 'quotes', 'q.id')} as quote,
  {_speaker('q', 's')} as speaker,
  {_link(_title('a'), 'articles', 'a.id')} as article,
  {_outlet('a')} as outlet,
  q.location,
  q.paragraph
from quotes q
join articles a on a.id = q.article_id
left join speakers s on s.id = q.speaker_id
where q.kind = 'quote'
  and q.location != 'removed'
  and not exists (select 1 from quote_matches m where m.quote_id = q.id)
  and not exists (select 1 from quote_matches m where m.other_quote_id = q.id)
order by q.article_id, q.paragraph, q.start
"""

SPEAKER_CONFLICTS = f"""
-- The same words put in different people's mouths by different outlets.
-- The pairs are kept in speaker_conflict_pairs by matching (store.py).
select
  {_link('qa.text', 'quotes', 'qa.id')} as quote,
  {_link('sa.name', 'speakers', 'sa.id')} as speaker,
  {_link(_outlet('aa'), 'articles', 'aa.id')} as outlet,
  -- a copy alone in its article is an excerpt of the splice its original is part of
  case when m.quote_id != c.quote_id and m.relation = 'part_of_splice' then 'excerpt' else m.relation end as relation,
  {_link('qb.text', 'quotes', 'qb.id')} as other_quote,
  {_link('sb.name', 'speakers', 'sb.id')} as other_speaker,
  {_link(_outlet('ab'), 'articles', 'ab.id')} as other_outlet
from speaker_conflict_pairs c
join quotes qa on qa.id = c.quote_id
join quotes qb on qb.id = c.other_quote_id
-- a copy's pair is related through the quote it copies (db/versions.py)
join quote_matches m on m.other_quote_id = c.other_quote_id and m.quote_id = (
  case when exists (select 1 from quote_matches x where x.quote_id = c.quote_id and x.other_quote_id = c.other_quote_id)
  then c.quote_id else qa.version_of end
)
join speakers sa on sa.id = qa.speaker_id
join speakers sb on sb.id = qb.speaker_id
join articles aa on aa.id = qa.article_id
join articles ab on ab.id = qb.article_id
order by c.quote_id, c.other_quote_id
"""

NUMERIC_CONFLICTS = f"""
-- Claims about the same thing with different numbers, each pair once.
select
  {_link('ca.text', 'claims', 'ca.id')} as claim,
  {_link(_outlet('aa'), 'articles', 'aa.id')} as outlet,
  {_link('cb.text', 'claims', 'cb.id')} as other_claim,
  {_link(_outlet('ab'), 'articles', 'ab.id')} as other_outlet,
  m.differences
from claim_matches m
join claims ca on ca.id = m.claim_id
join claims cb on cb.id = m.other_claim_id
join articles aa on aa.id = ca.article_id
join articles ab on ab.id = cb.article_id
where m.relation = 'conflicts'
  and not (
    m.claim_id > m.other_claim_id
    and exists (
      select 1 from claim_matches r
      where r.claim_id = m.other_claim_id and r.other_claim_id = m.claim_id and r.relation = 'conflicts'
    )
  )
order by m.claim_id, m.other_claim_id
"""

_OTHER_OUTLETS = f"json_group_array({_link(_outlet('o'), 'articles', 'o.id')})"
_COVERAGE_FIGURES = "".join(f"    coalesce(cov.{name}, {sql}) as {name},\n" for name, sql in COVERAGE_COUNTS.items())

COVERAGE = f"""
-- Per article: what other articles also carry, and what only it carries.
select
  {_link(_title('a'), 'articles', 'a.id')} as article,
  {_outlet('a')} as outlet,
  quotes_shared + quotes_alone as quotes,
  quotes_shared,
  quotes_alone,
  claims_shared + claims_alone as claims,
  claims_shared,
  claims_alone,
  shared_with
from (
  select
    -- only the columns shown: a.* would copy every article body. The
    -- figures come from article_coverage (kept by matching); an article
    -- without a row there has them computed here.
    a.id, a.title, a.outlet, a.file,
{_COVERAGE_FIGURES}    case when cov.article_id is null then (
      select nullif({_OTHER_OUTLETS}, '[]')
      from articles o
      where o.id in ({SHARED_ARTICLE_IDS}
      )
    ) else (
      select nullif({_OTHER_OUTLETS}, '[]')
      from json_each(cov.shared_with) j
      join articles o on o.id = j.value
    ) end as shared_with
  from articles a
  left join article_coverage cov on cov.article_id = a.id
) as a
order by a.id
"""

# story_summaries.article_links keeps each href as a path inside the
# database (STORY_LINK_HREF and the article's id, or STORY_ALL_HREF): the
# database's path is put before it as the row is read. Both are matched as
# JSON text (escaped as json_object escapes them), with
# the key, so a label never matches; neither text ends with a quote, so
# dropping the closing one leaves the rest whole.
def _href_start(text: str) -> str:
    return f"json_quote('href') || ':' || rtrim(json_quote({text}), '\"')"


_STORED_HREF = _href_start("'/'")
_SHOWN_HREF = _href_start(f"{BASE} || '/'")

STORIES = f"""
-- Articles about the same story: grouped by the remarks they share
-- (kept in article_stories by matching), largest first. What is shown of
-- each story is kept with them in story_summaries, read in display order;
-- its links are kept without the database's path, put before them here.
select
  {_link(_title('first'), 'articles', 'first.id')} as story,
  st.articles as articles_count,
  st.outlets,
  st.first_published,
  st.last_published,
  st.remarks,
  replace(st.article_links, {_STORED_HREF}, {_SHOWN_HREF}) as articles
-- largest first, from story_summaries' index (as in altered_quotes)
from (select * from story_summaries order by articles desc, story_id limit -1) st
cross join articles first on first.id = st.story_id
"""

QUERIES: dict[str, dict] = {
    "quotes_across_sources": {
        "title": "Quotes across sources",
        "description": (
            "Each remark printed by more than one article: every outlet that carries it and how "
            "(verbatim, excerpt, contains, spliced, part of a splice, altered), most-carried first."
        ),
        "sql": QUOTES_ACROSS_SOURCES,
    },
    "altered_quotes": {
        "title": "Altered and spliced quotes",
        "description": (
            "Quotes whose words differ from another outlet's version, or that join passages printed "
            "apart elsewhere, beside the closest other version and what differs; changes of meaning first."
        ),
        "sql": ALTERED_QUOTES,
    },
    "meaning_changes": {
        "title": "Changes that alter the meaning",
        "description": (
            "Quotes printed with a change that alters what was said (a negation, a number, date or name, "
            "a modal or hedge, a dropped qualifier, passages joined), against the primary source first, "
            "then against other outlets' versions."
        ),
        "sql": MEANING_CHANGES,
    },
    "single_source_quotes": {
        "title": "Single-source quotes",
        "description": "Quotations no other ingested article carries: only one source to check them against.",
        "sql": SINGLE_SOURCE_QUOTES,
    },
    "speaker_conflicts": {
        "title": "Speaker conflicts",
        "description": "The same words attributed to different speakers by different outlets.",
        "sql": SPEAKER_CONFLICTS,
    },
    "numeric_conflicts": {
        "title": "Numeric conflicts",
        "description": "Claims about the same thing with different numbers in different outlets, each pair once.",
        "sql": NUMERIC_CONFLICTS,
    },
    "stories": {
        "title": "Stories",
        "description": (
            "Articles about the same story: the groups of articles that print the same remarks "
            "(from the first to the last published no more than 30 days apart), with their outlets and how many "
            "remarks they share."
        ),
        "sql": STORIES,
    },
    "coverage": {
        "title": "Coverage",
        "description": (
            "Per article: how many of its quotations and claims other articles also carry, "
            "how many are its alone, and which articles share them."
        ),
        "sql": COVERAGE,
    },
}


def is_factcheck_database(table_names: set[str]) -> bool:
    return FACTCHECK_TABLES <= table_names


def sql_string_literal(value: str) -> str:
    """``value`` as an SQL string literal (single quotes doubled)."""
    return "'" + value.replace("'", "''") + "'"


def database_base_path(datasette, database: str) -> Optional[str]:
    """The path links in query results start with: base_url plus the
    database's route. None when it would not be a same-site path."""
    path = datasette.urls.database(database)
    if not path.startswith("/") or path.startswith("//") or "\\" in path:
        return None
    return path.rstrip("/")


def sql_for(name: str, base_path: str, tables: Optional[set[str]] = None) -> str:
    """The SQL of canned query ``name`` with links under ``base_path``, for
    a database with ``tables`` (when given: one built by an older version
    may lack some, see ``COMPUTED_IF_MISSING``)."""
    sql = QUERIES[name]["sql"]
    if tables is not None:
        missing = {t: q for t, q in COMPUTED_IF_MISSING.get(name, {}).items() if t not in tables}
        if missing:
            sql = "with " + ",\n".join(f"{t} as materialized ({q})" for t, q in missing.items()) + sql
        if "quote_change_classes" not in tables:
            sql = sql.replace(CHANGE_CLASSES_JOIN, NO_CHANGE_CLASSES_JOIN)
    return sql.replace(BASE, sql_string_literal(base_path))


async def canned_queries_for(datasette, database: str) -> dict:
    db = datasette.get_database(database)
    if not is_factcheck_database(set(await db.table_names())):
        return {}
    base = database_base_path(datasette, database)
    if base is None:
        return {}
    names = set(await db.table_names())
    # The SQL is one click away ("show"); the results are what people came for.
    return {
        name: dict(q, sql=sql_for(name, base, names).strip(), hide_sql=True)
        for name, q in QUERIES.items()
        if NEEDS_TABLES.get(name, set()) <= names
    }
