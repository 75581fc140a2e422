"""The SQL of the tables matching keeps (speaker_conflict_pairs, article_coverage,
closest_changes, story_summaries), apart from the canned queries: editing a
query shown in the UI never changes stored data. The canned queries read these
tables; coverage reuses the figures for articles not yet matched, and a
database without closest_changes or story_summaries has them computed here."""

from __future__ import annotations

import json

from ..model import CHANGED_RELATIONS, PRONOUNS, SAME_WORDS_RELATIONS


def _in(values: tuple[str, ...]) -> str:
    return "(" + ", ".join(f"'{v}'" for v in values) + ")"


# Pages name an article's source by its outlet; an article without one (a
# bare text file) by the start of its headline, never by its file name
# unless it has no headline either.
LABEL_TITLE_CHARS = 40


def outlet_label(a: str) -> str:
    """SQL for the name pages show for the source of article alias ``a``."""
    return (
        f"coalesce(nullif(trim({a}.outlet), ''), "
        f"case when length(trim({a}.title)) > {LABEL_TITLE_CHARS} "
        f"then rtrim(substr(trim({a}.title), 1, {LABEL_TITLE_CHARS - 1})) || '…' "
        f"else nullif(trim({a}.title), '') end, {a}.file)"
    )


# Words around a quote that say its speaker is giving someone else's words
# (a moderator reading out a question, "quoting", "citing"): that outlet
# does not put the words in its speaker's own mouth.
RELAY_CUES = (
    "quoting", "quoted from", "citing", "cited", "read from", "reading from", "read out", "reading out",
    "read aloud", "reading aloud", "recited", "reciting", "rattled off", "read back", "repeating the words",
)
# How far around a quote (characters) its article is read for those cues
# and for the other outlet's speaker: the quote's paragraph and the end of
# the one before; the cues only in the quote's own sentence.
BEFORE, AFTER, CUE_SPAN = 600, 300, 160


def _text(q: str) -> str:
    # read only for the few pairs that get this far (see _in_different_mouths)
    return (
        f"(select case when {q}.paragraph = 0 then coalesce(t.title, '') else t.body end "
        f"from articles t where t.id = {q}.article_id)"
    )


def _around(q: str, before: int, after: int) -> str:
    """The article's text either side of quote ``q`` (not the quote itself),
    as one string."""
    text = _text(q)
    return (
        f"(substr({text}, max(1, {q}.start + 1 - {before}), {q}.start - max(0, {q}.start - {before})) "
        f"|| ' | ' || substr({text}, {q}.\"end\" + 1, {after}))"
    )


def _names(speaker: str, text: str, only_theirs: str = "") -> str:
    """Whether ``text`` holds a name of ``speaker`` (an alias: names only),
    leaving out the names ``only_theirs`` also goes by."""
    mine = (
        f" and not exists (select 1 from speaker_aliases y where y.speaker_id = {only_theirs} and y.alias = x.alias)"
        if only_theirs else ""
    )
    return f"exists (select 1 from speaker_aliases x where x.speaker_id = {speaker} and instr({text}, x.alias) > 0{mine})"


def _relays(q: str) -> str:
    around = f"(' ' || lower({_around(q, CUE_SPAN, CUE_SPAN)}))"
    cues = json.dumps([" " + cue for cue in RELAY_CUES])
    return f"exists (select 1 from json_each('{cues}') c where instr({around}, c.value) > 0)"


def _in_different_mouths(qa: str, qb: str) -> str:
    """Two quotes that two outlets put in different people's mouths: each
    outlet names its speaker (the attribution as printed holds a name of the
    speaker, not a pronoun or a description such as "the moderator"), neither
    printed name is a name of the other speaker (both print "Marsh": the
    outlets agree, only the resolution of the name differs), neither article
    names the other speaker around its quote (a speaker answering, reading
    out or quoting the other's words), and neither says its speaker is
    reading or quoting. The cheap tests come first, and the articles' texts
    are read only when they pass (``case`` keeps that order)."""
    cheap, costly = [f"{qa}.speaker_id != {qb}.speaker_id"], []
    for q, o in ((qa, qb), (qb, qa)):
        cheap += [
            f"lower(coalesce({q}.speaker_as_printed, '')) not in {_in(PRONOUNS)}",
            _names(f"{q}.speaker_id", f"{q}.speaker_as_printed"),
            f"not exists (select 1 from speaker_aliases x where x.speaker_id = {o}.speaker_id and x.alias = {q}.speaker_as_printed)",
        ]
        costly += [
            f"not {_names(f'{o}.speaker_id', _around(q, BEFORE, AFTER), only_theirs=f'{q}.speaker_id')}",
            f"not {_relays(q)}",
        ]
    return f"case when {' and '.join(cheap)} then {' and '.join(costly)} else 0 end"


# The pairs speaker_conflicts lists: the same words in different people's
# mouths, as both outlets name them (see ``_in_different_mouths``),
# verbatim pairs (stored from both sides) once. Kept in the table
# speaker_conflict_pairs by matching and by a trigger on quotes.speaker_id (see
# schema.py), for the quotes that ``{{where}}`` names.
SPEAKER_CONFLICT_PAIRS = f"""
select m.quote_id, m.other_quote_id
from quote_matches m
join quotes qa on qa.id = m.quote_id
join quotes qb on qb.id = m.other_quote_id
where {{where}}
  and m.relation in {_in(SAME_WORDS_RELATIONS)}
  and qa.speaker_id != qb.speaker_id
  and {_in_different_mouths("qa", "qb")}
  and not (
    m.relation = 'verbatim' and m.quote_id > m.other_quote_id
    and exists (
      select 1 from quote_matches r
      where r.quote_id = m.other_quote_id and r.other_quote_id = m.quote_id and r.relation = 'verbatim'
    )
  )
"""

# The same for a copy (quotes.version_of, see db/versions.py) and each
# quote the one it copies relates to by the same words, as the matcher
# would relate them: one pair per copy, the quote it copies standing for
# the relation. ``{{where}}`` names quotes as ``qa.id`` (the copy) or
# ``m.other_quote_id``.
COPY_CONFLICT_PAIRS = f"""
select qa.id, m.other_quote_id
from quote_matches m
join quotes qa on qa.version_of = m.quote_id
join quotes qb on qb.id = m.other_quote_id
where {{where}}
  -- a part of a splice, alone in the copy's article, is an excerpt of it
  and m.relation in {_in(SAME_WORDS_RELATIONS + ("part_of_splice",))}
  and qb.id != qa.id and qb.article_id != qa.article_id and qb.version_of is not m.quote_id
  and qa.speaker_id != qb.speaker_id
  and {_in_different_mouths("qa", "qb")}
"""

# Per article, what other articles also carry: each figure as SQL over one
# article ``a``. store.py keeps them in article_coverage when matching, and
# coverage computes them live only for an article without a row there.
COVERAGE_COUNTS = {
    "quotes_shared": """(select count(*) from quotes q
      where q.article_id = a.id and q.kind = 'quote' and q.location != 'removed'
        and exists (select 1 from quote_matches m where m.quote_id = q.id))""",
    "quotes_alone": """(select count(*) from quotes q
      where q.article_id = a.id and q.kind = 'quote' and q.location != 'removed'
        and not exists (select 1 from quote_matches m where m.quote_id = q.id))""",
    "claims_shared": """(select count(*) from claims c
      where c.article_id = a.id and c.paragraph >= 0
        and exists (select 1 from claim_matches m where m.claim_id = c.id))""",
    "claims_alone": """(select count(*) from claims c
      where c.article_id = a.id and c.paragraph >= 0
        and not exists (select 1 from claim_matches m where m.claim_id = c.id))""",
}
# The other articles sharing a quote or a claim with article ``a``: through
# copies too (a copy shares what the quote it copies shares; a quote shares
# with the copies of the quotes it relates to: see db/versions.py).
SHARED_ARTICLE_IDS = """
        select oq.article_id from quotes q
        join quote_matches m on m.quote_id = q.id
        join quotes oq on oq.id = m.other_quote_id
        where q.article_id = a.id
        union
        select cq.article_id from quotes q
        join quote_matches m on m.quote_id = q.id
        join quotes cq on cq.version_of = m.other_quote_id
        where q.article_id = a.id and cq.article_id != a.id
        union
        select oq.article_id from quotes q
        join quote_matches m on m.quote_id = q.version_of
        join quotes oq on oq.id = m.other_quote_id
        where q.article_id = a.id and oq.article_id != a.id
        union
        select oc.article_id from claims c
        join claim_matches m on m.claim_id = c.id
        join claims oc on oc.id = m.other_claim_id
        where c.article_id = a.id"""
# The same as a JSON list of ids in ascending order (article_coverage.shared_with).
SHARED_WITH_IDS = f"(select json_group_array(article_id) from ({SHARED_ARTICLE_IDS} order by 1))"



# How much a changed relation matters (db/primary.py's quote_change_classes)
# beside the relation ``c``; a database built before the classes were kept
# has no such table, and the same columns, empty, stand in for it.
CHANGE_CLASSES_JOIN = "left join quote_change_classes k on k.quote_id = c.quote_id and k.other_quote_id = c.other_quote_id"
NO_CHANGE_CLASSES_JOIN = "left join (select null as quote_id, null as other_quote_id, null as significance where 0) k on 0"

# Each altered or spliced quote's closest changed version: no other changed
# version of it is more similar (ties: the lowest quote id), with what
# altered_quotes sorts on (changes of meaning first, then the least similar).
# Kept in closest_changes by triggers on quote_matches and
# quote_change_classes (schema.CLOSEST_CHANGES_TRIGGERS), for the quotes
# that ``{{where}}`` names as ``c.quote_id``.
CLOSEST_CHANGES = f"""
select c.quote_id, c.other_quote_id, coalesce(k.significance = 'meaning', 0) as meaning, c.similarity
from quote_matches c
{CHANGE_CLASSES_JOIN}
where {{where}} and c.relation in {_in(CHANGED_RELATIONS)}
  and not exists (
    select 1 from quote_matches b
    where b.quote_id = c.quote_id and b.relation in {_in(CHANGED_RELATIONS)}
      and (b.similarity > c.similarity or (b.similarity = c.similarity and b.other_quote_id < c.other_quote_id))
  )
"""

# Per story (article_stories): how many articles it groups, how many
# outlets, its first and last publication dates, how many distinct remarks
# their quotes print, and its first ``STORY_LINKS_SHOWN`` articles in order
# of publication as links for datasette-json-html ("Outlet: headline", or
# the headline alone when there is no outlet). A wire story reprinted by
# hundreds of outlets would otherwise fill its row, and the page, with
# every reprint: past that number the last link is to all of the story's
# articles (article_stories filtered by story). Links are kept as paths
# inside the database (``STORY_LINK_HREF`` followed by the article's id):
# its path is put before them when the query is read (queries.py). Kept in
# story_summaries by db/stories.py whenever the stories are grouped again,
# for the stories that ``{{where}}`` names as ``s.story_id``.
STORY_LINK_HREF = "/articles/"
STORY_ALL_HREF = "/article_stories?story_id="
STORY_LINKS_SHOWN = 20
STORY_SUMMARIES = f"""
select story_id, articles, outlets, first_published, last_published, remarks,
  case when articles > {STORY_LINKS_SHOWN} then json_insert(shown, '$[#]', json_object(
    'label', 'all ' || articles || ' articles of this story', 'href', '{STORY_ALL_HREF}' || story_id
  )) else shown end as article_links
from (
  select
    s.story_id,
    count(*) as articles,
    count(distinct {outlet_label('a')}) as outlets,
    min(a.published) as first_published,
    max(a.published) as last_published,
    (
      select count(distinct r.remark_id) from article_stories s2
      join quotes q on q.article_id = s2.article_id
      join remarks r on r.quote_id = q.id
      where s2.story_id = s.story_id
    ) as remarks,
    (
      select json_group_array(json_object(
        'label', coalesce(case when nullif(trim(f.outlet), '') is null then coalesce(f.title, f.file)
          else trim(f.outlet) || ': ' || coalesce(f.title, f.file) end, '—'),
        'href', '{STORY_LINK_HREF}' || f.id
      ))
      from (
        select a2.id, a2.outlet, a2.title, a2.file from article_stories s3
        join articles a2 on a2.id = s3.article_id
        where s3.story_id = s.story_id
        order by a2.published is null, a2.published, a2.id
        limit {STORY_LINKS_SHOWN}
      ) f
    ) as shown
  from article_stories s
  join articles a on a.id = s.article_id
  where {{where}}
  group by s.story_id
)
"""
