"""Groups of ids joined pair by pair, as remarks and stories are built."""

import pytest

from datasette_factcheck.db.groups import Groups


@pytest.mark.parametrize(
    "pairs, groups",
    [
        ([(1, 5)], [{1, 5}]),
        ([(5, 1), (7, 5)], [{1, 5, 7}]),
        ([(2, 3), (8, 9), (3, 9)], [{2, 3, 8, 9}]),
        ([(4, 6), (10, 12)], [{4, 6}, {10, 12}]),
    ],
)
def test_every_member_of_a_group_is_kept_and_named_by_the_smallest_id(pairs, groups):
    joined = Groups()
    for a, b in pairs:
        joined.join(a, b)
    found: dict[int, set[int]] = {}
    for member in joined.members():
        found.setdefault(joined.root(member), set()).add(member)
    assert sorted(found.values(), key=min) == groups
    assert all(root == min(group) for root, group in found.items())
