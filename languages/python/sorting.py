"""list.sort and sorted(): a stable merge sort driven by Python's `<` on the keys."""


def stable_sort(space, items_w, keys_w, reverse):
    """Sort `items_w` in place by `keys_w` (parallel lists).  Reverse keeps stability, as
    CPython's does, by reversing before and after."""
    if reverse:
        items_w.reverse()
        keys_w.reverse()
    order = range(len(items_w))
    order = merge_sort(space, order, keys_w)
    sorted_w = [items_w[i] for i in order]
    if reverse:
        sorted_w.reverse()
    for i in range(len(sorted_w)):
        items_w[i] = sorted_w[i]


def merge_sort(space, order, keys_w):
    if len(order) <= 1:
        return order
    middle = len(order) // 2
    left = merge_sort(space, order[:middle], keys_w)
    right = merge_sort(space, order[middle:], keys_w)
    result = []
    i = 0
    j = 0
    while i < len(left) and j < len(right):
        if space.is_true(space.compare(keys_w[right[j]], keys_w[left[i]], "<")):
            result.append(right[j])
            j += 1
        else:
            result.append(left[i])
            i += 1
    result.extend(left[i:])
    result.extend(right[j:])
    return result
