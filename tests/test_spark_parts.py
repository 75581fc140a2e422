"""How the Spark match job cuts the matcher's chunks into parts (one
executor task each): arithmetic only, so it runs without Spark or Java."""

import pytest

from datasette_factcheck.matching.spark import PART_CHUNKS, part_spans


@pytest.mark.parametrize(
    "chunks, parallelism, parts",
    [
        (0, 2, 0),  # nothing to match: no task
        (1, 2, 1),
        (3, 2, 3),  # fewer chunks than two per core: one each
        (7, 2, 4),  # 2,000 articles on local[2]
        (33, 2, 5),  # 10,000 articles: at most PART_CHUNKS per part
        (325, 2, 41),  # 100,000 articles
        (33, 16, 17),  # a cluster of 16 cores: two chunks a part
    ],
)
def test_every_chunk_is_in_one_part_in_order(chunks, parallelism, parts):
    spans = part_spans(chunks, parallelism)
    assert len(spans) == parts
    assert [part for part, _ in spans] == list(range(parts))
    # every chunk once, in order: the results merge in chunk order
    assert [c for _, (first, last) in spans for c in range(first, last + 1)] == list(range(chunks))
    assert all(last - first + 1 <= PART_CHUNKS for _, (first, last) in spans)
