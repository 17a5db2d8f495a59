"""Case mapping and character classes of str, over the Unicode database rlib carries.

ASCII text takes byte-level fast paths, which bytes share (ascii_only: bytes past 127 are
uncased and in no class); other text is mapped per code point with the full
mappings (so the sharp s uppercases to 'SS'), following unicodeobject.c's loops for title(), the
is*() predicates and casefold().  (rlib's database is Unicode 8.0; CPython 3.11 uses 14.0.)
"""
from rpython.rlib.objectmodel import specialize
from rpython.rlib.rstring import StringBuilder, UnicodeBuilder
from rpython.rlib.unicodedata import unicodedb_8_0_0 as unicodedb

UPPER = 0
LOWER = 1
TITLE = 2
SWAP = 3
FOLD = 4
CAPITALIZE = 5


def ascii_map(text, mode):
    builder = StringBuilder(len(text))
    previous_is_cased = False
    first = True
    for ch in text:
        upper = "A" <= ch <= "Z"
        lower = "a" <= ch <= "z"
        if mode == UPPER:
            to_upper = True
        elif mode == LOWER or mode == FOLD:
            to_upper = False
        elif mode == TITLE:
            to_upper = not previous_is_cased
        elif mode == CAPITALIZE:
            to_upper = first
        else:
            to_upper = lower
        if to_upper and lower:
            builder.append(chr(ord(ch) - 32))
        elif not to_upper and upper:
            builder.append(chr(ord(ch) + 32))
        else:
            builder.append(ch)
        previous_is_cased = upper or lower
        first = False
    return builder.build()


def append_codes(builder, codes):
    for code in codes:
        builder.append(unichr(code))


def unicode_map(text, mode):
    builder = UnicodeBuilder(len(text))
    previous_is_cased = False
    for i in range(len(text)):
        code = ord(text[i])
        if mode == UPPER:
            append_codes(builder, unicodedb.toupper_full(code))
        elif mode == LOWER:
            if code == 0x3A3:
                builder.append(final_sigma(text, i))
            else:
                append_codes(builder, unicodedb.tolower_full(code))
        elif mode == FOLD:
            folded = unicodedb.casefold_lookup(code)
            if folded is None:
                append_codes(builder, unicodedb.tolower_full(code))
            else:
                append_codes(builder, folded)
        elif mode == TITLE:
            if previous_is_cased:
                append_codes(builder, unicodedb.tolower_full(code))
            else:
                append_codes(builder, unicodedb.totitle_full(code))
            previous_is_cased = unicodedb.iscased(code)
        elif mode == CAPITALIZE:
            if i == 0:
                append_codes(builder, unicodedb.totitle_full(code))
            elif code == 0x3A3:
                builder.append(final_sigma(text, i))
            else:
                append_codes(builder, unicodedb.tolower_full(code))
        else:
            if unicodedb.isupper(code):
                append_codes(builder, unicodedb.tolower_full(code))
            elif unicodedb.islower(code):
                append_codes(builder, unicodedb.toupper_full(code))
            else:
                builder.append(text[i])
    return builder.build()


def final_sigma(text, i):
    """Capital sigma lowers to the final form at the end of a word (CPython's rule)."""
    j = i - 1
    while j >= 0 and unicodedb.iscaseignorable(ord(text[j])):
        j -= 1
    before = j >= 0 and unicodedb.iscased(ord(text[j]))
    j = i + 1
    while j < len(text) and unicodedb.iscaseignorable(ord(text[j])):
        j += 1
    after = j < len(text) and unicodedb.iscased(ord(text[j]))
    if before and not after:
        return u"\u03c2"
    return u"\u03c3"


def is_space_code(code):
    if code < 128:
        return code == 32 or 9 <= code <= 13 or 28 <= code <= 31
    return unicodedb.isspace(code)


def is_alpha_code(code):
    if code < 128:
        return 65 <= code <= 90 or 97 <= code <= 122
    return unicodedb.isalpha(code)


def is_decimal_code(code):
    if code < 128:
        return 48 <= code <= 57
    return unicodedb.isdecimal(code)


def is_digit_code(code):
    if code < 128:
        return 48 <= code <= 57
    return unicodedb.isdigit(code)


def is_numeric_code(code):
    if code < 128:
        return 48 <= code <= 57
    return unicodedb.isnumeric(code)


def is_alnum_code(code):
    return (is_alpha_code(code) or is_decimal_code(code) or is_digit_code(code) or
            is_numeric_code(code))


def is_printable_code(code):
    if code < 128:
        return 32 <= code < 127
    return unicodedb.isprintable(code)


CLASS_ALPHA = 0
CLASS_DECIMAL = 1
CLASS_DIGIT = 2
CLASS_NUMERIC = 3
CLASS_ALNUM = 4
CLASS_SPACE = 5
CLASS_PRINTABLE = 6


def code_in_class(code, kind, ascii_only):
    """With `ascii_only` (bytes), bytes past 127 are in no class and only the six C-locale
    whitespace bytes are spaces."""
    if ascii_only:
        if code >= 128:
            return False
        if kind == CLASS_SPACE:
            return code == 32 or 9 <= code <= 13
    if kind == CLASS_ALPHA:
        return is_alpha_code(code)
    if kind == CLASS_DECIMAL:
        return is_decimal_code(code)
    if kind == CLASS_DIGIT:
        return is_digit_code(code)
    if kind == CLASS_NUMERIC:
        return is_numeric_code(code)
    if kind == CLASS_ALNUM:
        return is_alnum_code(code)
    if kind == CLASS_SPACE:
        return is_space_code(code)
    return is_printable_code(code)


@specialize.argtype(0)
def all_in_class(text, kind, ascii_only):
    """str.isalpha() and friends: non-empty and every code point in the class.

    `text` is unicode, or a str of ASCII text or of bytes."""
    if len(text) == 0:
        return kind == CLASS_PRINTABLE
    for ch in text:
        if not code_in_class(ord(ch), kind, ascii_only):
            return False
    return True


def is_upper_code(code, ascii_only):
    if code < 128 or ascii_only:
        return 65 <= code <= 90
    return unicodedb.isupper(code)


def is_lower_code(code, ascii_only):
    if code < 128 or ascii_only:
        return 97 <= code <= 122
    return unicodedb.islower(code)


def is_title_code(code, ascii_only):
    if code < 128 or ascii_only:
        return False
    return unicodedb.istitle(code)


@specialize.argtype(0)
def is_upper(text, ascii_only):
    cased = False
    for ch in text:
        code = ord(ch)
        if is_lower_code(code, ascii_only) or is_title_code(code, ascii_only):
            return False
        if not cased and is_upper_code(code, ascii_only):
            cased = True
    return cased


@specialize.argtype(0)
def is_lower(text, ascii_only):
    cased = False
    for ch in text:
        code = ord(ch)
        if is_upper_code(code, ascii_only) or is_title_code(code, ascii_only):
            return False
        if not cased and is_lower_code(code, ascii_only):
            cased = True
    return cased


@specialize.argtype(0)
def is_title(text, ascii_only):
    cased = False
    previous_is_cased = False
    for ch in text:
        code = ord(ch)
        if is_upper_code(code, ascii_only) or is_title_code(code, ascii_only):
            if previous_is_cased:
                return False
            previous_is_cased = True
            cased = True
        elif is_lower_code(code, ascii_only):
            if not previous_is_cased:
                return False
            previous_is_cased = True
            cased = True
        else:
            previous_is_cased = False
    return cased


def is_identifier(text):
    if len(text) == 0:
        return False
    first = ord(text[0])
    if not (first == 95 or unicodedb.isxidstart(first)):
        return False
    for i in range(1, len(text)):
        if not unicodedb.isxidcontinue(ord(text[i])):
            return False
    return True
