"""UTF-8 helpers every language needs: validating source files and counting code points."""


def invalid_utf8_at(data):
    """Index of the first byte that is not valid UTF-8, or -1 when `data` is valid."""
    i = 0
    n = len(data)
    while i < n:
        c = ord(data[i])
        if c < 0x80:
            i += 1
            continue
        if 0xC2 <= c <= 0xDF:
            need = 1
        elif 0xE0 <= c <= 0xEF:
            need = 2
        elif 0xF0 <= c <= 0xF4:
            need = 3
        else:
            return i
        for k in range(1, need + 1):
            if i + k >= n or (ord(data[i + k]) & 0xC0) != 0x80:
                return i
        i += need + 1
    return -1


def codepoint_count(data):
    """Number of code points in valid UTF-8 `data`."""
    count = 0
    for ch in data:
        if (ord(ch) & 0xC0) != 0x80:
            count += 1
    return count


def line_of_offset(data, offset):
    """1-based line number containing byte `offset`."""
    line = 1
    for i in range(min(offset, len(data))):
        if data[i] == "\n":
            line += 1
    return line


def sort_strings(names):
    """Sort a list of str in place (RPython lists have no .sort())."""
    StringSort(names).sort()


def _make_string_sort():
    from rpython.rlib.listsort import make_timsort_class
    return make_timsort_class()


StringSort = _make_string_sort()


def without_underscores(digits):
    """A number literal without its `_` separators (str.replace needs chars in RPython)."""
    return "".join([ch for ch in digits if ch != "_"])
