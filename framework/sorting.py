"""A stable sort whose comparisons call back into a language (list.sort, Array#sort, usort).

The skeleton is timsort's as CPython's listobject.c runs it: natural runs are found (a
strictly descending one is reversed), short ones are extended to `minrun` by binary
insertion, then runs are merged pairwise and stably (without galloping).  So a list of
fewer than 64 items makes exactly the comparisons CPython makes, which decides which
guest error a badly typed list raises.

What is sorted is a permutation of indexes (`order`); the language compares two indexes
by its own `<` on whatever keys it holds (key functions are just keys computed first).
A comparison that raises leaves `order` some permutation and propagates; the caller's
items are only rearranged by `apply` after a sort that finished.  The sorter calls back
into a language, so each language stamps its own copy and subclasses it with `lt`:

    class KeySorter(Sorter):            # Sorter = kit.Sorter, the language's copy
        def lt(self, i, j): ...         # is key i < key j, in the language's terms
"""


class Sorter(object):
    def __init__(self, length, reverse):
        """`reverse` sorts descending and still stably, as CPython does it: the order is
        reversed before and after the ascending sort."""
        if reverse:
            self.order = [length - 1 - i for i in range(length)]
        else:
            self.order = [i for i in range(length)]
        self.reverse_result = reverse

    def lt(self, i, j):
        """Is item i less than item j?  (Overridden; it may raise.)"""
        raise NotImplementedError

    def count_run(self, lo, hi):
        """Length of the run at `lo`; a strictly descending run is reversed in place."""
        order = self.order
        if lo + 1 == hi:
            return 1
        n = 2
        if self.lt(order[lo + 1], order[lo]):
            k = lo + 2
            while k < hi and self.lt(order[k], order[k - 1]):
                n += 1
                k += 1
            self.reverse_range(lo, lo + n)
        else:
            k = lo + 2
            while k < hi and not self.lt(order[k], order[k - 1]):
                n += 1
                k += 1
        return n

    def reverse_range(self, lo, hi):
        order = self.order
        hi -= 1
        while lo < hi:
            order[lo], order[hi] = order[hi], order[lo]
            lo += 1
            hi -= 1

    def binary_sort(self, lo, hi, start):
        """Insert order[start:hi] one by one into the sorted order[lo:start]."""
        order = self.order
        while start < hi:
            pivot = order[start]
            left = lo
            right = start
            while left < right:
                middle = left + ((right - left) >> 1)
                if self.lt(pivot, order[middle]):
                    right = middle
                else:
                    left = middle + 1
            k = start
            while k > left:
                order[k] = order[k - 1]
                k -= 1
            order[left] = pivot
            start += 1

    def merge(self, lo, middle, hi):
        """Merge the sorted order[lo:middle] and order[middle:hi]; ties keep the left one."""
        order = self.order
        assert lo >= 0 and middle >= lo
        left = order[lo:middle]
        i = 0
        j = middle
        k = lo
        try:
            while i < len(left) and j < hi:
                if self.lt(order[j], left[i]):
                    order[k] = order[j]
                    j += 1
                else:
                    order[k] = left[i]
                    i += 1
                k += 1
        finally:
            while i < len(left):        # also on an error: order stays a permutation
                order[k] = left[i]
                i += 1
                k += 1

    def sort(self):
        n = len(self.order)
        if n >= 2:
            self.sort_runs(n)
        if self.reverse_result:
            self.order.reverse()

    def sort_runs(self, n):
        minrun = compute_minrun(n)
        runs = []
        lo = 0
        while lo < n:
            length = self.count_run(lo, n)
            if length < minrun:
                force = min(minrun, n - lo)
                self.binary_sort(lo, lo + force, lo + length)
                length = force
            runs.append(lo)
            lo += length
        runs.append(n)
        while len(runs) > 2:
            merged = [0]
            k = 0
            while k + 2 < len(runs):
                self.merge(runs[k], runs[k + 1], runs[k + 2])
                merged.append(runs[k + 2])
                k += 2
            if k + 1 < len(runs) and runs[k + 1] != merged[-1]:
                merged.append(runs[k + 1])
            runs = merged

    def apply(self, items):
        """Rearrange `items` (as long as the sort) into the sorted order, in place."""
        sorted_items = [items[i] for i in self.order]
        for i in range(len(sorted_items)):
            items[i] = sorted_items[i]


def compute_minrun(n):
    """CPython's minrun: n's top six bits, plus one if any lower bit is set."""
    r = 0
    while n >= 64:
        r |= n & 1
        n >>= 1
    return n + r
