"""Disjoint sets: the grouping both story-finding and alignment need."""

from __future__ import annotations


class UnionFind:
    """Items 0..size-1 in sets; each set is named by its smallest member, so results
    do not depend on the order of unions."""

    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, item: int) -> int:
        root = item
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[item] != root:
            self.parent[item], item = root, self.parent[item]
        return root

    def union(self, a: int, b: int) -> None:
        first, second = self.find(a), self.find(b)
        if first != second:
            self.parent[max(first, second)] = min(first, second)
