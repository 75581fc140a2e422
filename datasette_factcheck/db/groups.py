"""Groups of ids joined pair by pair (union-find), as remarks and stories
are: each group is named by its smallest id."""

from __future__ import annotations


class Groups:
    def __init__(self) -> None:
        self.parent: dict[int, int] = {}

    def root(self, x: int) -> int:
        parent = self.parent
        while parent.get(x, x) != x:
            # halve the path as it is walked: later look-ups stay short
            parent[x] = parent.get(parent[x], parent[x])
            x = parent[x]
        return x

    def join(self, a: int, b: int) -> None:
        self.parent.setdefault(a, a)
        self.parent.setdefault(b, b)
        ra, rb = self.root(a), self.root(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def members(self) -> set[int]:
        """Every id joined to another."""
        return set(self.parent)
