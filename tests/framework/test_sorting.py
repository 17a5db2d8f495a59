"""The kit's stable sort: order, stability, reverse, CPython's comparison sequence, errors."""
import random

import pytest
from rpython.rtyper.test.test_llinterp import interpret

from framework.sorting import Sorter as SorterMixin, compute_minrun
from framework.stamping import stamp

Sorter = stamp(SorterMixin, "test")


class Unorderable(Exception):
    pass


class ListSorter(Sorter):
    """Sorts by keys; records each comparison; keys that are None cannot be compared."""
    def __init__(self, keys, reverse=False):
        Sorter.__init__(self, len(keys), reverse)
        self.keys = keys
        self.compared = []

    def lt(self, i, j):
        self.compared.append((i, j))
        if self.keys[i] is None or self.keys[j] is None:
            raise Unorderable
        return self.keys[i] < self.keys[j]


def sort_by(keys, items=None, reverse=False):
    items = list(keys) if items is None else items
    sorter = ListSorter(keys, reverse)
    sorter.sort()
    sorter.apply(items)
    return items


def test_sorts_small_and_large_lists():
    rng = random.Random(1)
    for n in [0, 1, 2, 3, 10, 63, 64, 65, 200, 1000, 3000]:
        keys = [rng.randrange(100) for _ in range(n)]
        assert sort_by(keys) == sorted(keys)


def test_runs_ascending_and_descending():
    keys = list(range(100)) + list(range(300, 100, -1)) + [5] * 20
    assert sort_by(keys) == sorted(keys)


def test_stable_by_key():
    rng = random.Random(2)
    pairs = [(rng.randrange(5), i) for i in range(500)]
    result = sort_by([k for k, _ in pairs], list(pairs))
    assert result == sorted(pairs, key=lambda p: p[0])


def test_reverse_is_stable_descending():
    pairs = [(k % 3, i) for i, k in enumerate(range(150))]
    result = sort_by([k for k, _ in pairs], list(pairs), reverse=True)
    assert result == sorted(pairs, key=lambda p: p[0], reverse=True)
    assert [i for k, i in result if k == 2][:3] == [2, 5, 8]     # ties keep their order


def test_makes_cpythons_comparisons_on_short_lists():
    # CPython compares the second item with the first first: [3, "a"] asks "a" < 3.
    sorter = ListSorter([3, 1, 2])
    sorter.sort()
    assert sorter.compared[0] == (1, 0)
    assert sorter.order == [1, 2, 0]


def test_error_propagates_and_leaves_a_permutation():
    rng = random.Random(3)
    for n in [5, 70, 300]:
        keys = [rng.randrange(50) for _ in range(n)]
        keys[n - 2] = None
        items = list(range(n))
        sorter = ListSorter(keys)
        with pytest.raises(Unorderable):
            sorter.sort()
        assert sorted(sorter.order) == list(range(n))
        assert items == list(range(n))      # apply() never ran


def test_compute_minrun():
    assert compute_minrun(63) == 63
    assert compute_minrun(64) == 32
    assert compute_minrun(65) == 33
    assert compute_minrun(2112) == 33


class IntSorter(Sorter):
    def __init__(self, keys):
        Sorter.__init__(self, len(keys), False)
        self.keys = keys

    def lt(self, i, j):
        if self.keys[i] < 0 or self.keys[j] < 0:
            raise Unorderable
        return self.keys[i] < self.keys[j]


def rtyped_sort(n, bad):
    keys = [(i * 7919) % 101 for i in range(n)]
    if bad >= 0:
        keys[bad] = -1
    items = [k * 2 for k in keys]
    sorter = IntSorter(keys)
    try:
        sorter.sort()
    except Unorderable:
        return -1
    sorter.apply(items)
    for i in range(1, n):
        if items[i - 1] > items[i]:
            return -2
    return items[n - 1]


def test_rtyped_sort():
    assert interpret(rtyped_sort, [150, -1]) == 200
    assert interpret(rtyped_sort, [150, 120]) == -1
