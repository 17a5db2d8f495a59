"""More of the string library: searching, escaping, translation, natural order, word
wrapping, similarity, html and url encodings.  Each function follows php 8.2's own
algorithm, so ties, bounds and odd inputs come out as php prints them."""
from framework.bytebuffer import ByteBuffer
from languages.php.arrays import W_Array
from languages.php.builtins import functions
from languages.php.objects import W_String, w_false, newint

HEX = "0123456789abcdef"
HEX_UPPER = "0123456789ABCDEF"


def cut(s, start, stop):
    """s[start:stop] with both ends clamped (and proven non-negative for RPython)."""
    if stop > len(s):
        stop = len(s)
    if start < 0:
        start = 0
    if stop <= start:
        return ""
    assert start >= 0 and stop >= 0
    return s[start:stop]


def is_digit(ch):
    return "0" <= ch <= "9"


def is_space(ch):
    return ch == " " or ch == "\t" or ch == "\n" or ch == "\r" or ch == "\v" or ch == "\f"


def is_alpha(ch):
    return "a" <= ch <= "z" or "A" <= ch <= "Z"


def is_alnum(ch):
    return is_alpha(ch) or is_digit(ch)


# -- searching ------------------------------------------------------------------------------

def offset_error(space, fname):
    return space.error("ValueError", "%s(): Argument #3 ($offset) must be contained in "
                       "argument #1 ($haystack)" % fname)


@functions.function("strstr")
def strstr(space, w_haystack, w_needle, w_before=None):
    return find_part(space, space.str(w_haystack), space.str(w_needle), w_before, False)


@functions.function("strchr")
def strchr(space, w_haystack, w_needle, w_before=None):
    return find_part(space, space.str(w_haystack), space.str(w_needle), w_before, False)


@functions.function("stristr")
def stristr(space, w_haystack, w_needle, w_before=None):
    return find_part(space, space.str(w_haystack), space.str(w_needle), w_before, True)


def find_part(space, haystack, needle, w_before, fold):
    if fold:
        index = haystack.lower().find(needle.lower())
    else:
        index = haystack.find(needle)
    if index < 0:
        return w_false
    if w_before is not None and space.truthy(w_before):
        return W_String(cut(haystack, 0, index))
    return W_String(cut(haystack, index, len(haystack)))


@functions.function("strrchr")
def strrchr(space, w_haystack, w_needle):
    haystack = space.str(w_haystack)
    needle = space.str(w_needle)
    if not needle:
        needle = "\0"
    index = haystack.rfind(needle[0])
    if index < 0:
        return w_false
    return W_String(cut(haystack, index, len(haystack)))


@functions.function("strpbrk")
def strpbrk(space, w_s, w_chars):
    s = space.str(w_s)
    chars = space.str(w_chars)
    if not chars:
        raise space.error("ValueError", "strpbrk(): Argument #2 ($characters) must be a "
                          "non-empty string")
    for i in range(len(s)):
        if s[i] in chars:
            return W_String(cut(s, i, len(s)))
    return w_false


def span_bounds(space, length, w_offset, w_length):
    start = space.to_int(w_offset) if w_offset is not None else 0
    if start < 0:
        start = max(length + start, 0)
    start = min(start, length)
    stop = length
    if w_length is not None:
        count = space.to_int(w_length)
        if count < 0:
            stop = max(length + count, start)
        else:
            stop = min(start + count, length)
    return start, stop


@functions.function("strspn")
def strspn(space, w_s, w_mask, w_offset=None, w_length=None):
    return span(space, space.str(w_s), space.str(w_mask), w_offset, w_length, True)


@functions.function("strcspn")
def strcspn(space, w_s, w_mask, w_offset=None, w_length=None):
    return span(space, space.str(w_s), space.str(w_mask), w_offset, w_length, False)


def span(space, s, mask, w_offset, w_length, inside):
    start, stop = span_bounds(space, len(s), w_offset, w_length)
    i = start
    while i < stop and (s[i] in mask) == inside:
        i += 1
    return newint(i - start)


@functions.function("substr_replace")
def substr_replace(space, w_s, w_replace, w_offset, w_length=None):
    if isinstance(w_s, W_Array):
        w_result = W_Array()
        index = 0
        position = w_s.first_position()
        while position >= 0:
            w_item = substr_replace(space, w_s.value_at(position).deref(),
                                    nth(w_replace, index), nth(w_offset, index),
                                    nth(w_length, index) if w_length is not None else None)
            w_result.set(w_s.key_at(position), w_item)
            index += 1
            position = w_s.next_position(position)
        return w_result
    s = space.str(w_s)
    start, stop = span_bounds(space, len(s), w_offset, w_length)
    return W_String(cut(s, 0, start) + space.str(w_replace) + cut(s, stop, len(s)))


def nth(w_value, index):
    """substr_replace's per-string argument: an array's index-th value, else the value."""
    if isinstance(w_value, W_Array):
        values_w = w_value.values_w()
        if index < len(values_w):
            return values_w[index]
        return W_String("")
    return w_value


@functions.function("substr_compare")
def substr_compare(space, w_a, w_b, w_offset, w_length=None, w_fold=None):
    a = space.str(w_a)
    b = space.str(w_b)
    offset = space.to_int(w_offset)
    if offset < 0:
        offset = max(len(a) + offset, 0)
    if offset > len(a):
        raise space.error("ValueError", "substr_compare(): Argument #3 ($offset) must be "
                          "contained in argument #1 ($main_str)")
    a = cut(a, offset, len(a))
    if w_length is not None:
        length = space.to_int(w_length)
        if length < 0:
            raise space.error("ValueError", "substr_compare(): Argument #4 ($length) must "
                              "be greater than or equal to 0")
        a = cut(a, 0, length)
        b = cut(b, 0, length)
    if w_fold is not None and space.truthy(w_fold):
        a = a.lower()
        b = b.lower()
    return newint(byte_compare(a, b))


def byte_compare(a, b):
    """php's zend_binary_strcmp: the first differing bytes' difference, else the sign
    of the length difference."""
    for i in range(min(len(a), len(b))):
        if a[i] != b[i]:
            return ord(a[i]) - ord(b[i])
    if len(a) == len(b):
        return 0
    return -1 if len(a) < len(b) else 1


# -- natural order --------------------------------------------------------------------------

def char_at(s, i):
    if 0 <= i < len(s):
        return s[i]
    return "\0"


def natural_compare(a, b, fold):
    """php's strnatcmp_ex: runs of digits compare as numbers (leading zeros as a
    fraction), whitespace is skipped."""
    if not a or not b:
        if len(a) == len(b):
            return 0
        return 1 if len(a) > len(b) else -1
    ai = 0
    bi = 0
    leading = True
    while True:
        ca = char_at(a, ai)
        cb = char_at(b, bi)
        while leading and ca == "0" and ai + 1 < len(a) and is_digit(a[ai + 1]):
            ai += 1
            ca = a[ai]
        while leading and cb == "0" and bi + 1 < len(b) and is_digit(b[bi + 1]):
            bi += 1
            cb = b[bi]
        leading = False
        while is_space(ca):
            ai += 1
            ca = char_at(a, ai)
        while is_space(cb):
            bi += 1
            cb = char_at(b, bi)
        if is_digit(ca) and is_digit(cb):
            fractional = ca == "0" or cb == "0"
            result, ai, bi = compare_digits(a, ai, b, bi, fractional)
            if result != 0:
                return result
            if ai >= len(a) and bi >= len(b):
                return 0
            if ai >= len(a):
                return -1
            if bi >= len(b):
                return 1
            ca = a[ai]
            cb = b[bi]
        if fold:
            ca = ca.upper()
            cb = cb.upper()
        if ca < cb:
            return -1
        if ca > cb:
            return 1
        ai += 1
        bi += 1
        if ai >= len(a) and bi >= len(b):
            return 0
        if ai >= len(a):
            return -1
        if bi >= len(b):
            return 1


def compare_digits(a, ai, b, bi, fractional):
    bias = 0
    while True:
        a_done = ai >= len(a) or not is_digit(a[ai])
        b_done = bi >= len(b) or not is_digit(b[bi])
        if a_done and b_done:
            return bias, ai, bi
        if a_done:
            return -1, ai, bi
        if b_done:
            return 1, ai, bi
        if a[ai] != b[bi]:
            c = -1 if a[ai] < b[bi] else 1
            if fractional:
                return c, ai, bi
            if bias == 0:
                bias = c
        ai += 1
        bi += 1


@functions.function("strnatcmp")
def strnatcmp(space, w_a, w_b):
    return newint(natural_compare(space.str(w_a), space.str(w_b), False))


@functions.function("strnatcasecmp")
def strnatcasecmp(space, w_a, w_b):
    return newint(natural_compare(space.str(w_a), space.str(w_b), True))


# -- escaping -------------------------------------------------------------------------------

@functions.function("addslashes")
def addslashes(space, w_s):
    buf = ByteBuffer()
    for ch in space.str(w_s):
        if ch == "\0":
            buf.append("\\0")
            continue
        if ch == "'" or ch == '"' or ch == "\\":
            buf.append("\\")
        buf.append(ch)
    return W_String(buf.build())


@functions.function("stripslashes")
def stripslashes(space, w_s):
    s = space.str(w_s)
    buf = ByteBuffer()
    i = 0
    while i < len(s):
        ch = s[i]
        if ch == "\\":
            i += 1
            if i < len(s):
                buf.append("\0" if s[i] == "0" else s[i])
        else:
            buf.append(ch)
        i += 1
    return W_String(buf.build())


def char_mask(space, chars, fname):
    """php_charmask: a list of bytes with `a..z` ranges, as 256 flags."""
    mask = [False] * 256
    i = 0
    n = len(chars)
    while i < n:
        c = ord(chars[i])
        if i + 3 < n and chars[i + 1] == "." and chars[i + 2] == "." and \
                ord(chars[i + 3]) >= c:
            for k in range(c, ord(chars[i + 3]) + 1):
                mask[k] = True
            i += 4
            continue
        if i + 1 < n and chars[i] == "." and chars[i + 1] == ".":
            if i == 0:
                why = "no character to the left of '..'"
            elif i + 2 >= n:
                why = "no character to the right of '..'"
            elif chars[i - 1] > chars[i + 2]:
                why = "'..'-range needs to be incrementing"
            else:
                why = ""
            space.warning("%s(): Invalid '..'-range%s" % (fname, ", " + why if why else ""))
            i += 1
            continue
        mask[c] = True
        i += 1
    return mask


@functions.function("addcslashes")
def addcslashes(space, w_s, w_chars):
    mask = char_mask(space, space.str(w_chars), "addcslashes")
    buf = ByteBuffer()
    for ch in space.str(w_s):
        c = ord(ch)
        if not mask[c]:
            buf.append(ch)
            continue
        buf.append("\\")
        if c < 32 or c > 126:
            if ch == "\n":
                buf.append("n")
            elif ch == "\t":
                buf.append("t")
            elif ch == "\r":
                buf.append("r")
            elif ch == "\a":
                buf.append("a")
            elif ch == "\v":
                buf.append("v")
            elif ch == "\b":
                buf.append("b")
            elif ch == "\f":
                buf.append("f")
            else:
                buf.append(chr(48 + (c >> 6)) + chr(48 + ((c >> 3) & 7)) + chr(48 + (c & 7)))
        else:
            buf.append(ch)
    return W_String(buf.build())


def hex_value(ch):
    if "0" <= ch <= "9":
        return ord(ch) - ord("0")
    if "a" <= ch <= "f":
        return ord(ch) - ord("a") + 10
    if "A" <= ch <= "F":
        return ord(ch) - ord("A") + 10
    return -1


@functions.function("stripcslashes")
def stripcslashes(space, w_s):
    s = space.str(w_s)
    buf = ByteBuffer()
    i = 0
    n = len(s)
    while i < n:
        ch = s[i]
        if ch != "\\" or i + 1 >= n:
            buf.append(ch)
            i += 1
            continue
        i += 1
        ch = s[i]
        simple = {"n": "\n", "t": "\t", "r": "\r", "a": "\a", "v": "\v", "b": "\b",
                  "f": "\f"}
        if ch in simple:
            buf.append(simple[ch])
            i += 1
        elif ch == "x" and i + 1 < n and hex_value(s[i + 1]) >= 0:
            value = hex_value(s[i + 1])
            i += 2
            if i < n and hex_value(s[i]) >= 0:
                value = value * 16 + hex_value(s[i])
                i += 1
            buf.append(chr(value & 255))
        elif "0" <= ch <= "7":
            value = 0
            count = 0
            while count < 3 and i < n and "0" <= s[i] <= "7":
                value = value * 8 + ord(s[i]) - ord("0")
                i += 1
                count += 1
            buf.append(chr(value & 255))
        else:
            buf.append(ch)
            i += 1
    return W_String(buf.build())


@functions.function("quotemeta")
def quotemeta(space, w_s):
    buf = ByteBuffer()
    for ch in space.str(w_s):
        if ch in ".\\+*?[^]$()":
            buf.append("\\")
        buf.append(ch)
    return W_String(buf.build())


@functions.function("str_rot13")
def str_rot13(space, w_s):
    buf = ByteBuffer()
    for ch in space.str(w_s):
        if "a" <= ch <= "z":
            buf.append(chr((ord(ch) - ord("a") + 13) % 26 + ord("a")))
        elif "A" <= ch <= "Z":
            buf.append(chr((ord(ch) - ord("A") + 13) % 26 + ord("A")))
        else:
            buf.append(ch)
    return W_String(buf.build())


# -- translation ----------------------------------------------------------------------------

@functions.function("strtr")
def strtr(space, w_s, w_from, w_to=None):
    s = space.str(w_s)
    if w_to is None:
        if not isinstance(w_from, W_Array):
            raise space.error("TypeError", "strtr(): Argument #2 ($from) must be of type "
                              "array, string given")
        pairs = {}
        lengths = []
        position = w_from.first_position()
        while position >= 0:
            key = space.str(w_from.key_at(position))
            if not key:
                space.warning("strtr(): Ignoring replacement of empty string")
                position = w_from.next_position(position)
                continue
            pairs[key] = space.str(w_from.value_at(position).deref())
            insert_descending(lengths, len(key))
            position = w_from.next_position(position)
        return W_String(translate_pairs(s, pairs, lengths))
    source = space.str(w_from)
    target = space.str(w_to)
    n = min(len(source), len(target))
    if n == 0:
        return W_String(s)
    table = [chr(i) for i in range(256)]
    for i in range(n):
        table[ord(source[i])] = target[i]
    buf = ByteBuffer()
    for ch in s:
        buf.append(table[ord(ch)])
    return W_String(buf.build())


def insert_descending(lengths, length):
    """Keep `lengths` distinct and longest first."""
    i = 0
    while i < len(lengths) and lengths[i] > length:
        i += 1
    if i < len(lengths) and lengths[i] == length:
        return
    assert i >= 0
    lengths.insert(i, length)


def translate_pairs(s, pairs, lengths):
    """strtr's array form: at each position the longest key that matches, never
    revisiting replaced text."""
    buf = ByteBuffer()
    i = 0
    while i < len(s):
        for length in lengths:
            if i + length <= len(s):
                piece = cut(s, i, i + length)
                replacement = pairs.get(piece, None)
                if replacement is not None:
                    buf.append(replacement)
                    i += length
                    break
        else:
            buf.append(s[i])
            i += 1
    return buf.build()


# -- counting and wrapping ------------------------------------------------------------------

@functions.function("count_chars")
def count_chars(space, w_s, w_mode=None):
    mode = space.to_int(w_mode) if w_mode is not None else 0
    if mode < 0 or mode > 4:
        raise space.error("ValueError", "count_chars(): Argument #2 ($mode) must be between "
                          "0 and 4 (inclusive)")
    counts = [0] * 256
    for ch in space.str(w_s):
        counts[ord(ch)] += 1
    if mode >= 3:
        buf = ByteBuffer()
        for c in range(256):
            if (counts[c] > 0) == (mode == 3):
                buf.append(chr(c))
        return W_String(buf.build())
    w_result = W_Array()
    for c in range(256):
        if mode == 0 or (mode == 1 and counts[c] > 0) or (mode == 2 and counts[c] == 0):
            w_result.set(newint(c), newint(counts[c]))
    return w_result


@functions.function("wordwrap")
def wordwrap(space, w_s, w_width=None, w_break=None, w_cut=None):
    text = space.str(w_s)
    width = space.to_int(w_width) if w_width is not None else 75
    brk = space.str(w_break) if w_break is not None else "\n"
    cut_long = w_cut is not None and space.truthy(w_cut)
    if not text:
        return W_String("")
    if not brk:
        raise space.error("ValueError", "wordwrap(): Argument #3 ($break) cannot be empty")
    if width == 0 and cut_long:
        raise space.error("ValueError", "wordwrap(): Argument #4 ($cut_long_words) cannot be "
                          "true when argument #2 ($width) is 0")
    n = len(text)
    if len(brk) == 1 and not cut_long:
        chars = [ch for ch in text]
        laststart = lastspace = 0
        for current in range(n):
            if chars[current] == brk:
                laststart = lastspace = current + 1
            elif chars[current] == " ":
                if current - laststart >= width:
                    chars[current] = brk
                    laststart = current + 1
                lastspace = current
            elif current - laststart >= width and laststart != lastspace:
                chars[lastspace] = brk
                laststart = lastspace + 1
        return W_String("".join(chars))
    buf = ByteBuffer()
    laststart = lastspace = 0
    blen = len(brk)
    current = 0
    while current < n:
        ch = text[current]
        if ch == brk[0] and current + blen < n and cut(text, current, current + blen) == brk:
            buf.append(cut(text, laststart, current + blen))
            current += blen - 1
            laststart = lastspace = current + 1
        elif ch == " ":
            if current - laststart >= width:
                buf.append(cut(text, laststart, current))
                buf.append(brk)
                laststart = current + 1
            lastspace = current
        elif current - laststart >= width and cut_long and laststart >= lastspace:
            buf.append(cut(text, laststart, current))
            buf.append(brk)
            laststart = lastspace = current
        elif current - laststart >= width and laststart < lastspace:
            buf.append(cut(text, laststart, lastspace))
            buf.append(brk)
            laststart = lastspace = lastspace + 1
        current += 1
    if laststart != current:
        buf.append(cut(text, laststart, current))
    return W_String(buf.build())


@functions.function("chunk_split")
def chunk_split(space, w_s, w_length=None, w_end=None):
    s = space.str(w_s)
    length = space.to_int(w_length) if w_length is not None else 76
    end = space.str(w_end) if w_end is not None else "\r\n"
    if length < 1:
        raise space.error("ValueError", "chunk_split(): Argument #2 ($length) must be "
                          "greater than 0")
    buf = ByteBuffer()
    i = 0
    while i < len(s):
        buf.append(cut(s, i, i + length))
        buf.append(end)
        i += length
    return W_String(buf.build())


# -- similarity -----------------------------------------------------------------------------

def similar(a, b):
    """php_similar_char: the longest common run, then the same on each side of it."""
    if not a or not b:
        return 0
    best = 0
    pos_a = pos_b = 0
    count = 0
    for i in range(len(a)):
        for j in range(len(b)):
            k = 0
            while i + k < len(a) and j + k < len(b) and a[i + k] == b[j + k]:
                k += 1
            if k > best:
                best = k
                count += 1
                pos_a = i
                pos_b = j
    total = best
    if total:
        if pos_a and pos_b and count > 1:
            total += similar(cut(a, 0, pos_a), cut(b, 0, pos_b))
        if pos_a + best < len(a) and pos_b + best < len(b):
            total += similar(cut(a, pos_a + best, len(a)), cut(b, pos_b + best, len(b)))
    return total


@functions.function("similar_text")
def similar_text(space, w_a, w_b, w_percent=None):
    from languages.php.objects import W_Reference, W_Float
    a = space.str(w_a)
    b = space.str(w_b)
    sim = similar(a, b)
    if isinstance(w_percent, W_Reference):
        if len(a) + len(b) == 0:
            w_percent.w_value = W_Float(0.0)
        else:
            w_percent.w_value = W_Float(sim * 2.0 * 100.0 / (len(a) + len(b)))
    return newint(sim)


@functions.function("levenshtein")
def levenshtein(space, w_a, w_b, w_ins=None, w_rep=None, w_del=None):
    a = space.str(w_a)
    b = space.str(w_b)
    ins = space.to_int(w_ins) if w_ins is not None else 1
    rep = space.to_int(w_rep) if w_rep is not None else 1
    dele = space.to_int(w_del) if w_del is not None else 1
    if not a:
        return newint(len(b) * ins)
    if not b:
        return newint(len(a) * dele)
    p1 = [i * ins for i in range(len(b) + 1)]
    p2 = [0] * (len(b) + 1)
    for i in range(len(a)):
        p2[0] = p1[0] + dele
        for j in range(len(b)):
            c0 = p1[j] + (0 if a[i] == b[j] else rep)
            c1 = p1[j + 1] + dele
            if c1 < c0:
                c0 = c1
            c2 = p2[j] + ins
            if c2 < c0:
                c0 = c2
            p2[j + 1] = c0
        p1, p2 = p2, p1
    return newint(p1[len(b)])


SOUNDEX_CODES = "01230120022455012623010202"


@functions.function("soundex")
def soundex(space, w_s):
    s = space.str(w_s)
    out = []
    last = "0"
    for ch in s:
        ch = ch.upper()
        if not ("A" <= ch <= "Z"):
            continue
        code = SOUNDEX_CODES[ord(ch) - ord("A")]
        if not out:
            out.append(ch)
            last = code
        elif code != last:
            if code != "0":
                out.append(code)
            last = code
        if len(out) >= 4:
            break
    while len(out) < 4:
        out.append("0")
    return W_String("".join(out))


# -- html -----------------------------------------------------------------------------------

ENT_COMPAT = 2
ENT_QUOTES = 3
ENT_HTML_QUOTE_SINGLE = 1
ENT_HTML_QUOTE_DOUBLE = 2
DEFAULT_ENT_FLAGS = ENT_QUOTES | 8

NAMED_ENTITIES = {
    "amp": "&", "lt": "<", "gt": ">", "quot": '"', "nbsp": "\xc2\xa0", "copy": "\xc2\xa9",
    "reg": "\xc2\xae", "euro": "\xe2\x82\xac", "eacute": "\xc3\xa9", "egrave": "\xc3\xa8",
    "aacute": "\xc3\xa1", "agrave": "\xc3\xa0", "ouml": "\xc3\xb6", "uuml": "\xc3\xbc",
    "auml": "\xc3\xa4", "szlig": "\xc3\x9f", "hellip": "\xe2\x80\xa6",
    "mdash": "\xe2\x80\x94", "ndash": "\xe2\x80\x93", "trade": "\xe2\x84\xa2",
    "pound": "\xc2\xa3", "yen": "\xc2\xa5", "cent": "\xc2\xa2", "deg": "\xc2\xb0",
    "laquo": "\xc2\xab", "raquo": "\xc2\xbb", "ccedil": "\xc3\xa7", "ntilde": "\xc3\xb1",
    "iacute": "\xc3\xad", "oacute": "\xc3\xb3", "uacute": "\xc3\xba", "times": "\xc3\x97",
    "divide": "\xc3\xb7", "para": "\xc2\xb6", "sect": "\xc2\xa7", "middot": "\xc2\xb7",
}
ENTITY_OF_CHAR = {}
for _name, _text in NAMED_ENTITIES.items():
    if _name not in ("amp", "lt", "gt", "quot"):
        ENTITY_OF_CHAR[_text] = _name


def html_escape(space, s, flags, double, all_entities):
    buf = ByteBuffer()
    i = 0
    n = len(s)
    while i < n:
        ch = s[i]
        if ch == "&":
            if not double:
                end = entity_end(s, i)
                if end > 0:
                    buf.append(cut(s, i, end))
                    i = end
                    continue
            buf.append("&amp;")
        elif ch == "<":
            buf.append("&lt;")
        elif ch == ">":
            buf.append("&gt;")
        elif ch == '"' and flags & ENT_HTML_QUOTE_DOUBLE:
            buf.append("&quot;")
        elif ch == "'" and flags & ENT_HTML_QUOTE_SINGLE:
            buf.append("&#039;")
        elif all_entities and ord(ch) >= 0xc0:
            length = 2 if ord(ch) < 0xe0 else (3 if ord(ch) < 0xf0 else 4)
            piece = cut(s, i, i + length)
            name = ENTITY_OF_CHAR.get(piece, None)
            if name is not None:
                buf.append("&" + name + ";")
            else:
                buf.append(piece)
            i += length
            continue
        else:
            buf.append(ch)
        i += 1
    return buf.build()


def entity_end(s, i):
    """The end of a well-formed entity starting at the `&` at i, or 0."""
    j = i + 1
    n = len(s)
    if j < n and s[j] == "#":
        j += 1
        if j < n and (s[j] == "x" or s[j] == "X"):
            j += 1
            start = j
            while j < n and hex_value(s[j]) >= 0:
                j += 1
        else:
            start = j
            while j < n and is_digit(s[j]):
                j += 1
        if j == start:
            return 0
    else:
        start = j
        while j < n and is_alnum(s[j]):
            j += 1
        if j == start:
            return 0
    if j < n and s[j] == ";":
        return j + 1
    return 0


def flags_arg(space, w_flags):
    return space.to_int(w_flags) if w_flags is not None else DEFAULT_ENT_FLAGS


@functions.function("htmlspecialchars")
def htmlspecialchars(space, w_s, w_flags=None, w_encoding=None, w_double=None):
    double = w_double is None or space.truthy(w_double)
    return W_String(html_escape(space, space.str(w_s), flags_arg(space, w_flags), double,
                                False))


@functions.function("htmlentities")
def htmlentities(space, w_s, w_flags=None, w_encoding=None, w_double=None):
    double = w_double is None or space.truthy(w_double)
    return W_String(html_escape(space, space.str(w_s), flags_arg(space, w_flags), double,
                                True))


def utf8_encode(code):
    if code < 0x80:
        return chr(code)
    if code < 0x800:
        return chr(0xc0 | (code >> 6)) + chr(0x80 | (code & 0x3f))
    if code < 0x10000:
        return (chr(0xe0 | (code >> 12)) + chr(0x80 | ((code >> 6) & 0x3f)) +
                chr(0x80 | (code & 0x3f)))
    return (chr(0xf0 | (code >> 18)) + chr(0x80 | ((code >> 12) & 0x3f)) +
            chr(0x80 | ((code >> 6) & 0x3f)) + chr(0x80 | (code & 0x3f)))


def html_unescape(s, flags, all_entities):
    buf = ByteBuffer()
    i = 0
    n = len(s)
    while i < n:
        if s[i] != "&":
            buf.append(s[i])
            i += 1
            continue
        end = entity_end(s, i)
        if end == 0:
            buf.append("&")
            i += 1
            continue
        assert end >= 2
        body = cut(s, i + 1, end - 1)
        text = decode_entity(body, flags, all_entities)
        if text is None:
            buf.append(cut(s, i, end))
        else:
            buf.append(text)
        i = end
    return buf.build()


def decode_entity(body, flags, all_entities):
    if body.startswith("#"):
        if body.startswith("#x") or body.startswith("#X"):
            code = 0
            for ch in cut(body, 2, len(body)):
                code = code * 16 + hex_value(ch)
                if code > 0x10ffff:
                    return None
        else:
            code = 0
            for ch in cut(body, 1, len(body)):
                code = code * 10 + ord(ch) - ord("0")
                if code > 0x10ffff:
                    return None
        if code == 39 and not flags & ENT_HTML_QUOTE_SINGLE:
            return None
        if code == 34 and not flags & ENT_HTML_QUOTE_DOUBLE:
            return None
        return utf8_encode(code)
    if body == "quot" and not flags & ENT_HTML_QUOTE_DOUBLE:
        return None
    if body == "apos":
        return None                    # not an HTML 4.01 entity
    if body in ("amp", "lt", "gt", "quot"):
        return NAMED_ENTITIES[body]
    if all_entities:
        return NAMED_ENTITIES.get(body, None)
    return None


@functions.function("htmlspecialchars_decode")
def htmlspecialchars_decode(space, w_s, w_flags=None):
    return W_String(html_unescape(space.str(w_s), flags_arg(space, w_flags), False))


@functions.function("html_entity_decode")
def html_entity_decode(space, w_s, w_flags=None, w_encoding=None):
    return W_String(html_unescape(space.str(w_s), flags_arg(space, w_flags), True))


@functions.function("nl2br")
def nl2br(space, w_s, w_xhtml=None):
    s = space.str(w_s)
    tag = "<br />" if w_xhtml is None or space.truthy(w_xhtml) else "<br>"
    buf = ByteBuffer()
    i = 0
    n = len(s)
    while i < n:
        ch = s[i]
        if ch == "\r" or ch == "\n":
            buf.append(tag)
            if i + 1 < n and ((ch == "\r" and s[i + 1] == "\n") or
                              (ch == "\n" and s[i + 1] == "\r")):
                buf.append(cut(s, i, i + 2))
                i += 2
                continue
        buf.append(ch)
        i += 1
    return W_String(buf.build())


@functions.function("strip_tags")
def strip_tags(space, w_s, w_allowed=None):
    s = space.str(w_s)
    allowed = []
    if w_allowed is not None:
        if isinstance(w_allowed, W_Array):
            for w_tag in w_allowed.values_w():
                allowed.append(space.str(w_tag).lower())
        else:
            spec = space.str(w_allowed).lower()
            i = 0
            while i < len(spec):
                if spec[i] == "<":
                    assert i >= 0
                    j = spec.find(">", i)
                    if j < 0:
                        break
                    allowed.append(cut(spec, i + 1, j))
                    i = j + 1
                else:
                    i += 1
    buf = ByteBuffer()
    i = 0
    n = len(s)
    while i < n:
        if s[i] != "<":
            buf.append(s[i])
            i += 1
            continue
        assert i >= 0
        j = s.find(">", i)
        if j < 0:
            break
        tag = cut(s, i + 1, j)
        name_start = 1 if tag.startswith("/") else 0
        k = name_start
        while k < len(tag) and is_alnum(tag[k]):
            k += 1
        name = cut(tag, name_start, k).lower()
        if name and name in allowed:
            buf.append(cut(s, i, j + 1))
        i = j + 1
    return W_String(buf.build())


# -- url and base64 -------------------------------------------------------------------------

def url_encode(s, raw):
    buf = ByteBuffer()
    for ch in s:
        if is_alnum(ch) or ch == "-" or ch == "_" or ch == ".":
            buf.append(ch)
        elif ch == "~" and raw:
            buf.append(ch)
        elif ch == " " and not raw:
            buf.append("+")
        else:
            buf.append("%" + HEX_UPPER[ord(ch) >> 4] + HEX_UPPER[ord(ch) & 15])
    return buf.build()


def url_decode(s, raw):
    buf = ByteBuffer()
    i = 0
    n = len(s)
    while i < n:
        ch = s[i]
        if ch == "+" and not raw:
            buf.append(" ")
        elif ch == "%" and i + 2 < n and hex_value(s[i + 1]) >= 0 and \
                hex_value(s[i + 2]) >= 0:
            buf.append(chr(hex_value(s[i + 1]) * 16 + hex_value(s[i + 2])))
            i += 3
            continue
        else:
            buf.append(ch)
        i += 1
    return buf.build()


@functions.function("urlencode")
def urlencode(space, w_s):
    return W_String(url_encode(space.str(w_s), False))


@functions.function("rawurlencode")
def rawurlencode(space, w_s):
    return W_String(url_encode(space.str(w_s), True))


@functions.function("urldecode")
def urldecode(space, w_s):
    return W_String(url_decode(space.str(w_s), False))


@functions.function("rawurldecode")
def rawurldecode(space, w_s):
    return W_String(url_decode(space.str(w_s), True))


@functions.function("http_build_query")
def http_build_query(space, w_data, w_prefix=None, w_sep=None, w_enc=None):
    sep = space.str(w_sep) if w_sep is not None else "&"
    parts = []
    if isinstance(w_data, W_Array):
        build_query(space, w_data, "", parts)
    return W_String(sep.join(parts))


def build_query(space, w_array, prefix, parts):
    position = w_array.first_position()
    while position >= 0:
        key = url_encode(space.str(w_array.key_at(position)), False)
        w_value = w_array.value_at(position).deref()
        name = key if not prefix else prefix + "%5B" + key + "%5D"
        if isinstance(w_value, W_Array):
            build_query(space, w_value, name, parts)
        elif w_value.tname() != "NULL":
            if w_value.tname() == "boolean":
                text = "1" if space.truthy(w_value) else "0"
            else:
                text = space.str(w_value)
            parts.append(name + "=" + url_encode(text, False))
        position = w_array.next_position(position)


B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


@functions.function("base64_encode")
def base64_encode(space, w_s):
    s = space.str(w_s)
    buf = ByteBuffer()
    i = 0
    n = len(s)
    while i + 2 < n:
        v = (ord(s[i]) << 16) | (ord(s[i + 1]) << 8) | ord(s[i + 2])
        buf.append(B64[v >> 18] + B64[(v >> 12) & 63] + B64[(v >> 6) & 63] + B64[v & 63])
        i += 3
    if n - i == 1:
        v = ord(s[i]) << 16
        buf.append(B64[v >> 18] + B64[(v >> 12) & 63] + "==")
    elif n - i == 2:
        v = (ord(s[i]) << 16) | (ord(s[i + 1]) << 8)
        buf.append(B64[v >> 18] + B64[(v >> 12) & 63] + B64[(v >> 6) & 63] + "=")
    return W_String(buf.build())


@functions.function("base64_decode")
def base64_decode(space, w_s, w_strict=None):
    strict = w_strict is not None and space.truthy(w_strict)
    buf = ByteBuffer()
    bits = 0
    count = 0
    for ch in space.str(w_s):
        index = B64.find(ch)
        if index < 0:
            if ch == "=":
                continue
            if strict and not is_space(ch):
                return w_false
            continue
        bits = (bits << 6) | index
        count += 6
        if count >= 8:
            count -= 8
            buf.append(chr((bits >> count) & 255))
    return W_String(buf.build())


@functions.function("hex2bin")
def hex2bin(space, w_s):
    s = space.str(w_s)
    if len(s) % 2:
        space.warning("hex2bin(): Hexadecimal input string must have an even length")
        return w_false
    buf = ByteBuffer()
    for i in range(0, len(s), 2):
        hi = hex_value(s[i])
        lo = hex_value(s[i + 1])
        if hi < 0 or lo < 0:
            space.warning("hex2bin(): Input string must be hexadecimal string")
            return w_false
        buf.append(chr(hi * 16 + lo))
    return W_String(buf.build())
