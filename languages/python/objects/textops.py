"""Python's glue around the kit's byte-string algorithms (framework/bytestrings.py): the
argument conventions str, bytes and bytearray share (slice bounds given as objects,
startswith's tuple of affixes) and the errors they raise."""
import sys

from rpython.rlib.objectmodel import specialize

from framework import bytestrings


def split_text(space, text, has_sep, sep, maxsplit, from_right):
    """split()/rsplit(): on whitespace runs without a separator, else on `sep`."""
    if not has_sep:
        if from_right:
            return bytestrings.rsplit_whitespace(text, maxsplit)
        return bytestrings.split_whitespace(text, maxsplit)
    if not sep:
        raise space.error(space.w_ValueError, "empty separator")
    return bytestrings.split_on(text, sep, maxsplit, from_right)


def slice_index(space, w_index, default):
    """A start/end argument: None gives `default`, big ints clamp as CPython's do."""
    from languages.python.objects.intobject import W_BigIntObject
    if w_index is None or space.is_none(w_index):
        return default
    if isinstance(w_index, W_BigIntObject):
        return -sys.maxint if w_index.bigval.sign < 0 else sys.maxint
    return space.index_w(w_index, "slice indices must be integers or None or have an "
                                  "__index__ method")


def search_bounds(space, length, w_start, w_end):
    """(start, end, ok) of find/count/startswith's optional slice (bytestrings.clamp_bounds)."""
    return bytestrings.clamp_bounds(length, slice_index(space, w_start, 0),
                                    slice_index(space, w_end, length))


@specialize.arg(7)
def affix_test(space, text, w_affix, at_start, start, end, name, unwrap, type_name):
    """startswith/endswith.  `unwrap(space, w, name, in_tuple)` gives an affix's text; for a
    wrong type it returns None at the top level and raises the type's error inside a tuple."""
    from languages.python.objects.tupleobject import W_TupleObject
    affix = unwrap(space, w_affix, name, False)
    if affix is not None:
        return bytestrings.affix_matches(text, affix, at_start, start, end)
    if not isinstance(w_affix, W_TupleObject):
        raise space.type_error("%s first arg must be %s or a tuple of %s, not %s"
                               % (name, type_name, type_name, space.type(w_affix).name))
    for w_item in w_affix.items_w:
        if bytestrings.affix_matches(text, unwrap(space, w_item, name, True), at_start,
                                     start, end):
            return True
    return False
