"""Case mapping of UTF-8 text as ruby's String#upcase and friends do it, for ASCII and the
alphabets whose cases sit at a fixed distance: Latin-1 letters, Greek and Cyrillic.  Other
characters are left as they are."""
from languages.ruby.lexer import utf8_encode
from languages.ruby.objects import nonneg

UPPER, LOWER, NONE = 0, 1, 2


def char_code(ch):
    """The code point of one UTF-8 encoded character."""
    first = ord(ch[0])
    if first < 0x80:
        return first
    code = first & (0x1F if len(ch) == 2 else (0x0F if len(ch) == 3 else 0x07))
    for k in range(1, len(ch)):
        code = (code << 6) | (ord(ch[k]) & 0x3F)
    return code


def case_of(code):
    if ord("A") <= code <= ord("Z"):
        return UPPER
    if ord("a") <= code <= ord("z"):
        return LOWER
    if (0xC0 <= code <= 0xDE and code != 0xD7) or 0x391 <= code <= 0x3A9 or \
            0x400 <= code <= 0x42F:
        return UPPER
    if (0xE0 <= code <= 0xFE and code != 0xF7) or (0x3B1 <= code <= 0x3C9 and
                                                   code != 0x3C2) or 0x430 <= code <= 0x45F:
        return LOWER
    return NONE


def to_upper(code):
    if case_of(code) != LOWER:
        return code
    if code < 0x80 or code <= 0xFE or 0x3B1 <= code <= 0x3C9 or 0x430 <= code <= 0x44F:
        return code - 0x20
    return code - 0x50                      # Cyrillic U+0450-045F to U+0400-040F


def to_lower(code):
    if case_of(code) != UPPER:
        return code
    if code < 0x80 or code <= 0xDE or 0x391 <= code <= 0x3A9 or 0x410 <= code <= 0x42F:
        return code + 0x20
    return code + 0x50                      # Cyrillic U+0400-040F to U+0450-045F


def is_ascii(s):
    for ch in s:
        if ord(ch) >= 0x80:
            return False
    return True


def split_chars(s):
    """The UTF-8 characters of `s` (a stray byte is a character of its own)."""
    chars = []
    i = 0
    n = len(s)
    while i < n:
        first = ord(s[i])
        size = 1
        if first >= 0xF0:
            size = 4
        elif first >= 0xE0:
            size = 3
        elif first >= 0xC0:
            size = 2
        if i + size > n:
            size = 1
        chars.append(s[nonneg(i):nonneg(i + size)])
        i += size
    return chars


def mapped(s, mode):
    """`s` with every character mapped: 0 upcase, 1 downcase, 2 swapcase, 3 capitalize."""
    if is_ascii(s):
        if mode == 0:
            return s.upper()
        if mode == 1:
            return s.lower()
    out = []
    first = True
    for ch in split_chars(s):
        code = char_code(ch)
        if mode == 0 or (mode == 3 and first):
            new = to_upper(code)
        elif mode == 1 or mode == 3:
            new = to_lower(code)
        elif case_of(code) == UPPER:
            new = to_lower(code)
        else:
            new = to_upper(code)
        first = False
        out.append(ch if new == code else utf8_encode(new))
    return "".join(out)


def upcase(s):
    return mapped(s, 0)


def downcase(s):
    return mapped(s, 1)


def swapcase(s):
    return mapped(s, 2)


def capitalize(s):
    return mapped(s, 3)
