"""Text algorithms shared by str (run over its UTF-8) and bytes/bytearray.

They take and return RPython strs; the callers wrap the results.  Where the two types differ,
a flag says so: str counts columns and line breaks in UTF-8 sequences, bytes in single bytes.
"""
import sys

from rpython.rlib.objectmodel import specialize
from rpython.rlib.rstring import StringBuilder, split, rsplit

WHITESPACE = " \t\n\r\x0b\x0c"


def is_space(ch):
    return ch == " " or ch == "\t" or ch == "\n" or ch == "\r" or ch == "\x0b" or ch == "\x0c"


def split_whitespace(text, maxsplit):
    parts = []
    i = 0
    n = len(text)
    while True:
        while i < n and is_space(text[i]):
            i += 1
        if i >= n:
            break
        if maxsplit >= 0 and len(parts) >= maxsplit:
            parts.append(text[i:])             # the rest keeps its trailing whitespace
            break
        j = i
        while j < n and not is_space(text[j]):
            j += 1
        parts.append(text[i:j])
        i = j
    return parts


def rsplit_whitespace(text, maxsplit):
    parts = []
    j = len(text)
    while True:
        while j > 0 and is_space(text[j - 1]):
            j -= 1
        if j <= 0:
            break
        if maxsplit >= 0 and len(parts) >= maxsplit:
            assert j >= 0
            parts.append(text[:j])             # the rest keeps its leading whitespace
            break
        i = j
        while i > 0 and not is_space(text[i - 1]):
            i -= 1
        assert i >= 0 and j >= 0
        parts.append(text[i:j])
        j = i
    parts.reverse()
    return parts


def split_text(space, text, has_sep, sep, maxsplit, from_right):
    """split()/rsplit(): on whitespace runs without a separator, else on `sep`."""
    if not has_sep:
        if from_right:
            return rsplit_whitespace(text, maxsplit)
        return split_whitespace(text, maxsplit)
    if not sep:
        raise space.error(space.w_ValueError, "empty separator")
    if from_right:
        return rsplit(text, sep, maxsplit)
    return split(text, sep, maxsplit)


def strip(text, chars, left, right):
    start = 0
    end = len(text)
    if left:
        while start < end and text[start] in chars:
            start += 1
    if right:
        while end > start and text[end - 1] in chars:
            end -= 1
    assert end >= 0
    return text[start:end]


def line_break_length(text, j, unicode_breaks):
    """Length of the line break starting at byte j (0: none).

    bytes break only at \\n, \\r and \\r\\n; str also at \\v, \\f, \\x1c-\\x1e, NEL and the
    Unicode line and paragraph separators."""
    ch = text[j]
    if ch == "\r":
        if j + 1 < len(text) and text[j + 1] == "\n":
            return 2
        return 1
    if ch == "\n":
        return 1
    if not unicode_breaks:
        return 0
    if ch == "\x0b" or ch == "\x0c" or "\x1c" <= ch <= "\x1e":
        return 1
    if ch == "\xc2" and j + 1 < len(text) and text[j + 1] == "\x85":
        return 2
    if ch == "\xe2" and j + 2 < len(text) and text[j + 1] == "\x80" and \
            (text[j + 2] == "\xa8" or text[j + 2] == "\xa9"):
        return 3
    return 0


def split_lines(text, keepends, unicode_breaks):
    parts = []
    i = 0
    n = len(text)
    while i < n:
        j = i
        while j < n and line_break_length(text, j, unicode_breaks) == 0:
            j += 1
        end = j
        if j < n:
            j += line_break_length(text, j, unicode_breaks)
        assert i >= 0 and end >= 0 and j >= 0
        parts.append(text[i:j] if keepends else text[i:end])
        i = j
    return parts


def expand_tabs(text, tabsize, utf8):
    """Tabs to spaces; with `utf8`, continuation bytes take no column."""
    builder = StringBuilder(len(text))
    column = 0
    for ch in text:
        if ch == "\t":
            if tabsize > 0:
                spaces = tabsize - column % tabsize
                builder.append_multiple_char(" ", spaces)
                column += spaces
        elif ch == "\n" or ch == "\r":
            builder.append(ch)
            column = 0
        else:
            builder.append(ch)
            if not utf8 or (ord(ch) & 0xC0) != 0x80:
                column += 1
    return builder.build()


PAD_LEFT = 0          # ljust: the text stays on the left
PAD_RIGHT = 1         # rjust
PAD_CENTER = 2


def pad(text, length, width, fill, where):
    """`text` (`length` characters) padded with `fill` to `width`; CPython's centering rule."""
    missing = width - length
    if missing <= 0:
        return text
    if where == PAD_LEFT:
        left = 0
    elif where == PAD_RIGHT:
        left = missing
    else:
        left = missing // 2 + (missing & width & 1)
    return fill * left + text + fill * (missing - left)


def zero_fill(text, length, width):
    missing = width - length
    if missing <= 0:
        return text
    if text and (text[0] == "-" or text[0] == "+"):
        return text[0] + "0" * missing + text[1:]
    return "0" * missing + text


def count(text, sub, start, end):
    """Non-overlapping occurrences of a non-empty `sub` in text[start:end]."""
    found = 0
    i = text.find(sub, start, end)
    while i >= 0:
        found += 1
        i = text.find(sub, i + len(sub), end)
    return found


def partition(text, sep, from_right):
    """[before, sep, after] around the first (or last) `sep`; the whole text when absent."""
    i = text.rfind(sep) if from_right else text.find(sep)
    if i < 0:
        if from_right:
            return ["", "", text]
        return [text, "", ""]
    assert i >= 0
    return [text[:i], sep, text[i + len(sep):]]


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
    """(start, end, ok) of find/count/startswith's optional slice, clamped to the text.

    ok is false when start lies past the end, where even the empty string is not found."""
    start = slice_index(space, w_start, 0)
    end = slice_index(space, w_end, length)
    if start < 0:
        start = max(0, start + length)
    if end < 0:
        end = max(0, end + length)
    end = min(end, length)
    return min(start, length), end, start <= length


def affix_matches(text, affix, at_start, start, end):
    if end - start < len(affix):
        return False
    if at_start:
        return text.find(affix, start, start + len(affix)) == start
    position = end - len(affix)
    assert position >= 0
    return text.find(affix, position, end) == position


@specialize.arg(7)
def affix_test(space, text, w_affix, at_start, start, end, name, unwrap, type_name):
    """startswith/endswith.  `unwrap(space, w, name, in_tuple)` gives an affix's text; for a
    wrong type it returns None at the top level and raises the type's error inside a tuple."""
    from languages.python.objects.tupleobject import W_TupleObject
    affix = unwrap(space, w_affix, name, False)
    if affix is not None:
        return affix_matches(text, affix, at_start, start, end)
    if not isinstance(w_affix, W_TupleObject):
        raise space.type_error("%s first arg must be %s or a tuple of %s, not %s"
                               % (name, type_name, type_name, space.type(w_affix).name))
    for w_item in w_affix.items_w:
        if affix_matches(text, unwrap(space, w_item, name, True), at_start, start, end):
            return True
    return False
