"""Byte-string algorithms over RPython strs, for every language's string type: Python's
str (run over its UTF-8), bytes and bytearray, Ruby's String, PHP's string functions.

They take and return plain strs and ints; callers wrap the results and raise their own
errors.  Where a text type and a byte type differ, a `utf8` flag says which: with it,
columns and insertion points count UTF-8 sequences, not bytes.
"""
from rpython.rlib.rstring import StringBuilder, split, rsplit

WHITESPACE = " \t\n\r\x0b\x0c"


def is_space(ch):
    return ch == " " or ch == "\t" or ch == "\n" or ch == "\r" or ch == "\x0b" or ch == "\x0c"


def is_continuation_byte(ch):
    return (ord(ch) & 0xC0) == 0x80


def count(text, sub, start, end):
    """Non-overlapping occurrences of a non-empty `sub` in text[start:end]."""
    found = 0
    i = text.find(sub, start, end)
    while i >= 0:
        found += 1
        i = text.find(sub, i + len(sub), end)
    return found


def replace(text, old, new, maxcount, utf8):
    """Up to `maxcount` (all if negative) occurrences of `old` replaced by `new`.  An empty
    `old` matches before every character and at the end; with `utf8` a character is a
    whole UTF-8 sequence, never a lone byte."""
    if maxcount == 0:
        return text
    builder = StringBuilder(len(text))
    done = 0
    if not old:
        i = 0
        n = len(text)
        while done != maxcount:
            builder.append(new)
            done += 1
            if i >= n:
                break
            j = i + 1
            while utf8 and j < n and is_continuation_byte(text[j]):
                j += 1
            builder.append_slice(text, i, j)
            i = j
        if i < n:
            builder.append_slice(text, i, n)
        return builder.build()
    i = 0
    while done != maxcount:
        j = text.find(old, i, len(text))
        if j < 0:
            break
        builder.append_slice(text, i, j)
        builder.append(new)
        i = j + len(old)
        done += 1
    if done == 0:
        return text
    builder.append_slice(text, i, len(text))
    return builder.build()


def split_whitespace(text, maxsplit):
    """Split on runs of whitespace, at most `maxsplit` times (no limit if negative)."""
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


def split_on(text, sep, maxsplit, from_right):
    """Split on a non-empty `sep`, at most `maxsplit` times, from the left or the right."""
    assert sep
    if from_right:
        return rsplit(text, sep, maxsplit)
    return split(text, sep, maxsplit)


def strip(text, chars, left, right):
    """`text` without the leading (`left`) and trailing (`right`) bytes found in `chars`."""
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

    Byte strings break only at \\n, \\r and \\r\\n; Unicode text also at \\v, \\f,
    \\x1c-\\x1e, NEL and the line and paragraph separators (in UTF-8)."""
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
    """Tabs to spaces up to the next multiple of `tabsize` columns."""
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
            if not utf8 or not is_continuation_byte(ch):
                column += 1
    return builder.build()


PAD_LEFT = 0          # ljust / str_pad STR_PAD_RIGHT: the text stays on the left
PAD_RIGHT = 1         # rjust
PAD_CENTER = 2


def pad(text, length, width, fill, where):
    """`text` (`length` characters) padded with `fill` to `width`; when centering, the odd
    space goes left only if both the shortfall and `width` are odd (CPython's rule)."""
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
    """Zeros on the left up to `width`, after a leading sign."""
    missing = width - length
    if missing <= 0:
        return text
    if text and (text[0] == "-" or text[0] == "+"):
        return text[0] + "0" * missing + text[1:]
    return "0" * missing + text


def partition(text, sep, from_right):
    """[before, sep, after] around the first (or last) `sep`; the whole text when absent."""
    i = text.rfind(sep) if from_right else text.find(sep)
    if i < 0:
        if from_right:
            return ["", "", text]
        return [text, "", ""]
    assert i >= 0
    return [text[:i], sep, text[i + len(sep):]]


def clamp_bounds(length, start, end):
    """(start, end, ok): slice bounds as find/count take them (negative from the end),
    clamped to the text; ok is false when start lies past the end, where even the empty
    string is not found."""
    if start < 0:
        start = max(0, start + length)
    if end < 0:
        end = max(0, end + length)
    end = min(end, length)
    return min(start, length), end, start <= length


def affix_matches(text, affix, at_start, start, end):
    """Does text[start:end] start (or end) with `affix`?"""
    if end - start < len(affix):
        return False
    if at_start:
        return text.find(affix, start, start + len(affix)) == start
    position = end - len(affix)
    assert position >= 0
    return text.find(affix, position, end) == position
