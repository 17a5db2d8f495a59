"""list.sort and sorted(): the kit's stable sort (framework/sorting.py) on Python's `<`."""
from languages.python.kit import Sorter


class KeySorter(Sorter):
    def __init__(self, space, keys_w, reverse):
        Sorter.__init__(self, len(keys_w), reverse)
        self.space = space
        self.keys_w = keys_w

    def lt(self, i, j):
        space = self.space
        return space.is_true(space.compare(self.keys_w[i], self.keys_w[j], "<"))


def stable_sort(space, items_w, keys_w, reverse):
    """Sort `items_w` in place by `keys_w` (parallel lists); a failing `<` leaves the items
    as they were and propagates."""
    sorter = KeySorter(space, keys_w, reverse)
    sorter.sort()
    sorter.apply(items_w)
