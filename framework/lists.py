"""List helpers RPython needs: copies the annotator can treat as never resized."""
from rpython.rlib.objectmodel import specialize


@specialize.call_location()
def fixed_copy(items):
    """A copy of `items` that is never resized, so it may back an `_immutable_fields_`
    entry ending in [*] (a slice or comprehension would share or grow the listdef)."""
    if not items:
        return []
    result = [items[0]] * len(items)
    for i in range(len(items)):
        result[i] = items[i]
    return result
