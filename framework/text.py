"""UTF-8 helpers every language needs: validating source files and counting code points."""


UTF8_INVALID_START = "invalid start byte"
UTF8_INVALID_CONTINUATION = "invalid continuation byte"
UTF8_TRUNCATED = "unexpected end of data"


def utf8_sequence_length(data, i):
    """Length of the valid UTF-8 sequence at byte i, or minus the length of the invalid
    piece there (its maximal subpart, as a decoder replaces it: at least one byte).

    Overlong forms and surrogates are invalid; use utf8_error_reason for why."""
    c = ord(data[i])
    if c < 0x80:
        return 1
    if c < 0xC2 or c > 0xF4:
        return -1
    need = 1 if c <= 0xDF else 2 if c <= 0xEF else 3
    low = 0x80                     # the range of the second byte: narrower after E0, ED,
    high = 0xBF                    # F0 and F4, which would be overlong, surrogate or too big
    if c == 0xE0:
        low = 0xA0
    elif c == 0xF0:
        low = 0x90
    elif c == 0xED:
        high = 0x9F
    elif c == 0xF4:
        high = 0x8F
    for k in range(1, need + 1):
        if i + k >= len(data):
            return -k
        byte = ord(data[i + k])
        if not (low <= byte <= high):
            return -k
        low = 0x80
        high = 0xBF
    return need + 1


def utf8_error_reason(data, i, bad_length):
    """Why the invalid piece of `bad_length` bytes at i is invalid, in CPython's words."""
    c = ord(data[i])
    if c < 0xC2 or c > 0xF4:
        return UTF8_INVALID_START
    if i + bad_length >= len(data):
        return UTF8_TRUNCATED
    return UTF8_INVALID_CONTINUATION


def invalid_utf8_at(data):
    """Index of the first byte that is not valid UTF-8, or -1 when `data` is valid."""
    i = 0
    n = len(data)
    while i < n:
        length = utf8_sequence_length(data, i)
        if length < 0:
            return i
        i += length
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
