"""The SQL of the tables matching keeps (speaker_conflict_pairs, article_coverage),
apart from the canned queries: editing a query shown in the UI never changes
stored data. The canned queries read these tables, and coverage reuses the
figures for articles not yet matched."""

from __future__ import annotations

from ..model import PRONOUNS, SAME_WORDS_RELATIONS


def _in(values: tuple[str, ...]) -> str:
    return "(" + ", ".join(f"'{v}'" for v in values) + ")"


# The pairs speaker_conflicts lists: the same words in different people's
# mouths, as both outlets name them (not a pronoun the extractor resolved),
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
  and lower(coalesce(qa.speaker_as_printed, '')) not in {_in(PRONOUNS)}
  and lower(coalesce(qb.speaker_as_printed, '')) not in {_in(PRONOUNS)}
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
  and lower(coalesce(qa.speaker_as_printed, '')) not in {_in(PRONOUNS)}
  and lower(coalesce(qb.speaker_as_printed, '')) not in {_in(PRONOUNS)}
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

