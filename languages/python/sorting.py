"""list.sort and sorted(): CPython's timsort skeleton driven by Python's `<` on the keys.

Runs are found and extended by binary insertion exactly as listobject.c does, so a list of
fewer than 64 items makes the very comparisons CPython makes (which decides the wording of
a TypeError such as "'<' not supported between instances of 'str' and 'int'"); longer runs
are then merged stably (without galloping).
"""


class Sorter(object):
    def __init__(self, space, keys_w):
        self.space = space
        self.keys_w = keys_w
        self.order = [i for i in range(len(keys_w))]    # indexes into keys_w, permuted

    def lt(self, i, j):
        space = self.space
        return space.is_true(space.compare(self.keys_w[i], self.keys_w[j], "<"))

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
            self.reverse(lo, lo + n)
        else:
            k = lo + 2
            while k < hi and not self.lt(order[k], order[k - 1]):
                n += 1
                k += 1
        return n

    def reverse(self, lo, hi):
        order = self.order
        hi -= 1
        while lo < hi:
            order[lo], order[hi] = order[hi], order[lo]
            lo += 1
            hi -= 1

    def binary_sort(self, lo, hi, start):
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
        order = self.order
        assert lo >= 0 and middle >= lo
        left = order[lo:middle]
        i = 0
        j = middle
        k = lo
        while i < len(left) and j < hi:
            if self.lt(order[j], left[i]):
                order[k] = order[j]
                j += 1
            else:
                order[k] = left[i]
                i += 1
            k += 1
        while i < len(left):
            order[k] = left[i]
            i += 1
            k += 1

    def sort(self):
        n = len(self.order)
        if n < 2:
            return
        minrun = merge_compute_minrun(n)
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


def merge_compute_minrun(n):
    r = 0
    while n >= 64:
        r |= n & 1
        n >>= 1
    return n + r


def stable_sort(space, items_w, keys_w, reverse):
    """Sort `items_w` in place by `keys_w` (parallel lists).  Reverse keeps stability, as
    CPython's does, by reversing before and after."""
    if reverse:
        items_w.reverse()
        keys_w.reverse()
    sorter = Sorter(space, keys_w)
    sorter.sort()
    sorted_w = [items_w[i] for i in sorter.order]
    if reverse:
        sorted_w.reverse()
    for i in range(len(sorted_w)):
        items_w[i] = sorted_w[i]
