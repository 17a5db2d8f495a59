"""str: immutable text stored as UTF-8 bytes, with its code-point length cached.

ASCII strings (the common case) index and slice bytes directly; others decode to RPython
unicode for the operation and encode the result back.
"""
from rpython.rlib.rstring import StringBuilder, split, rsplit, replace
from rpython.rlib.runicode import str_decode_utf_8, unicode_encode_utf_8
from rpython.rlib.objectmodel import compute_hash

from framework.classdef import ClassDef
from framework.text import codepoint_count
from languages.python.objects.base import W_Object

classdef = ClassDef("str")


class W_StrObject(W_Object):
    _immutable_fields_ = ['utf8', 'length']

    def __init__(self, utf8, length=-1):
        self.utf8 = utf8
        if length < 0:
            length = codepoint_count(utf8)
        self.length = length

    def getclass(self, space):
        return space.w_str

    def is_ascii(self):
        return self.length == len(self.utf8)

    def as_unicode(self):
        return decode(self.utf8)

    def __repr__(self):
        return "W_Str(%r)" % self.utf8


def decode(utf8):
    result, _ = str_decode_utf_8(utf8, len(utf8), 'strict', final=True)
    return result


def encode(text):
    return unicode_encode_utf_8(text, len(text), 'strict')


def newstr_unicode(space, text):
    return W_StrObject(encode(text), len(text))


def char_at(space, w_str, index):
    """The one-character string at code-point `index` (already in range)."""
    if w_str.is_ascii():
        return space.newstr(w_str.utf8[index])
    return newstr_unicode(space, w_str.as_unicode()[index])


def slice_str(space, w_str, start, stop, step, length):
    if step == 1:
        if w_str.is_ascii():
            assert start >= 0 and stop >= start
            return space.newstr(w_str.utf8[start:stop])
        text = w_str.as_unicode()
        assert start >= 0 and stop >= start
        return newstr_unicode(space, text[start:stop])
    if w_str.is_ascii():
        builder = StringBuilder(length)
        for i in range(length):
            builder.append(w_str.utf8[start + i * step])
        return space.newstr(builder.build())
    text = w_str.as_unicode()
    pieces = []
    for i in range(length):
        pieces.append(text[start + i * step])
    return newstr_unicode(space, u"".join(pieces))


def repr_text(utf8):
    """Python's repr of a string: quote choice and escapes."""
    quote = "'"
    if "'" in utf8 and '"' not in utf8:
        quote = '"'
    builder = StringBuilder(len(utf8) + 2)
    builder.append(quote)
    for ch in utf8:
        if ch == quote or ch == "\\":
            builder.append("\\")
            builder.append(ch)
        elif ch == "\n":
            builder.append("\\n")
        elif ch == "\r":
            builder.append("\\r")
        elif ch == "\t":
            builder.append("\\t")
        elif ord(ch) < 0x20 or ord(ch) == 0x7f:
            builder.append("\\x")
            builder.append(HEX[ord(ch) >> 4])
            builder.append(HEX[ord(ch) & 15])
        else:
            builder.append(ch)
    builder.append(quote)
    return builder.build()


HEX = "0123456789abcdef"


@classdef.method("__repr__")
def str_repr(self, space):
    return space.newstr(repr_text(self.utf8))


@classdef.method("__str__")
def str_str(self, space):
    return self


@classdef.method("__len__")
def str_len(self, space):
    return space.newint(self.length)


@classdef.method("__hash__")
def str_hash(self, space):
    return space.newint(compute_hash(self.utf8))


@classdef.method("__add__")
def str_add(self, space, w_other):
    if not isinstance(w_other, W_StrObject):
        raise space.error(space.w_TypeError, 'can only concatenate str (not "%s") to str'
                          % space.type(w_other).name)
    return W_StrObject(self.utf8 + w_other.utf8, self.length + w_other.length)


@classdef.method("__mul__")
def str_mul(self, space, w_times):
    if not space.is_int(w_times):
        return space.w_NotImplemented
    times = space.int_w(w_times)
    if times <= 0:
        return space.newstr("")
    return W_StrObject(self.utf8 * times, self.length * times)


@classdef.method("__rmul__")
def str_rmul(self, space, w_times):
    return str_mul(self, space, w_times)


@classdef.method("__mod__")
def str_mod(self, space, w_values):
    return space.percent_format(self, w_values)


@classdef.method("__contains__")
def str_contains(self, space, w_sub):
    sub = space.str_w_strict(w_sub, "'in <string>' requires string as left operand, not %s")
    return space.newbool(self.utf8.find(sub) >= 0)


@classdef.method("__getitem__")
def str_getitem(self, space, w_index):
    if space.is_slice(w_index):
        start, stop, step, length = space.unpack_slice(w_index, self.length)
        return slice_str(space, self, start, stop, step, length)
    index = space.index_w(w_index, "string indices must be integers")
    if index < 0:
        index += self.length
    if index < 0 or index >= self.length:
        raise space.error(space.w_IndexError, "string index out of range")
    return char_at(space, self, index)


@classdef.method("__iter__")
def str_iter(self, space):
    return space.newseqiter(self)


def make_compare_method(name):
    def compare(self, space, w_other):
        if not isinstance(w_other, W_StrObject):
            return space.w_NotImplemented
        a = self.utf8
        b = w_other.utf8
        if name == "eq":
            result = a == b
        elif name == "ne":
            result = a != b
        elif name == "lt":
            result = a < b
        elif name == "le":
            result = a <= b
        elif name == "gt":
            result = a > b
        else:
            result = a >= b
        return space.newbool(result)
    compare.__name__ = "str_" + name
    return compare


for _name in ["lt", "le", "gt", "ge", "eq", "ne"]:
    classdef.method("__%s__" % _name)(make_compare_method(_name))


@classdef.method("join")
def str_join(self, space, w_iterable):
    items_w = space.listview(w_iterable)
    pieces = []
    for i in range(len(items_w)):
        w_item = items_w[i]
        if not isinstance(w_item, W_StrObject):
            raise space.error(space.w_TypeError,
                              "sequence item %d: expected str instance, %s found"
                              % (i, space.type(w_item).name))
        pieces.append(w_item.utf8)
    return space.newstr(self.utf8.join(pieces))


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
            end = n
            while end > i and is_space(text[end - 1]):
                end -= 1
            assert end >= 0
            parts.append(text[i:end])
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
            start = 0
            while start < j and is_space(text[start]):
                start += 1
            assert j >= 0
            parts.append(text[start:j])
            break
        i = j
        while i > 0 and not is_space(text[i - 1]):
            i -= 1
        assert i >= 0 and j >= 0
        parts.append(text[i:j])
        j = i
    parts.reverse()
    return parts


def wrap_list_of_str(space, parts):
    return space.newlist([space.newstr(part) for part in parts])


@classdef.method("split", maxsplit="int")
def str_split(self, space, w_sep=None, maxsplit=-1):
    if w_sep is None or space.is_none(w_sep):
        return wrap_list_of_str(space, split_whitespace(self.utf8, maxsplit))
    sep = space.str_w(w_sep)
    if not sep:
        raise space.error(space.w_ValueError, "empty separator")
    return wrap_list_of_str(space, split(self.utf8, sep, maxsplit))


@classdef.method("rsplit", maxsplit="int")
def str_rsplit(self, space, w_sep=None, maxsplit=-1):
    if w_sep is None or space.is_none(w_sep):
        return wrap_list_of_str(space, rsplit_whitespace(self.utf8, maxsplit))
    sep = space.str_w(w_sep)
    if not sep:
        raise space.error(space.w_ValueError, "empty separator")
    return wrap_list_of_str(space, rsplit(self.utf8, sep, maxsplit))


@classdef.method("splitlines")
def str_splitlines(self, space, w_keepends=None):
    keep = w_keepends is not None and space.is_true(w_keepends)
    text = self.utf8
    parts = []
    i = 0
    n = len(text)
    while i < n:
        j = i
        while j < n and text[j] != "\n" and text[j] != "\r":
            j += 1
        end = j
        if j < n:
            if text[j] == "\r" and j + 1 < n and text[j + 1] == "\n":
                j += 2
            else:
                j += 1
        assert i >= 0 and end >= 0 and j >= 0
        parts.append(text[i:j] if keep else text[i:end])
        i = j
    return wrap_list_of_str(space, parts)


def strip_chars(space, w_chars):
    if w_chars is None or space.is_none(w_chars):
        return " \t\n\r\x0b\x0c"
    return space.str_w(w_chars)


def do_strip(text, chars, left, right):
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


@classdef.method("strip")
def str_strip(self, space, w_chars=None):
    return space.newstr(do_strip(self.utf8, strip_chars(space, w_chars), True, True))


@classdef.method("lstrip")
def str_lstrip(self, space, w_chars=None):
    return space.newstr(do_strip(self.utf8, strip_chars(space, w_chars), True, False))


@classdef.method("rstrip")
def str_rstrip(self, space, w_chars=None):
    return space.newstr(do_strip(self.utf8, strip_chars(space, w_chars), False, True))


def map_ascii(text, upper):
    builder = StringBuilder(len(text))
    for ch in text:
        if upper and "a" <= ch <= "z":
            builder.append(chr(ord(ch) - 32))
        elif not upper and "A" <= ch <= "Z":
            builder.append(chr(ord(ch) + 32))
        else:
            builder.append(ch)
    return builder.build()


@classdef.method("upper")
def str_upper(self, space):
    return space.newstr(map_ascii(self.utf8, True))


@classdef.method("lower")
def str_lower(self, space):
    return space.newstr(map_ascii(self.utf8, False))


@classdef.method("capitalize")
def str_capitalize(self, space):
    text = self.utf8
    if not text:
        return self
    return space.newstr(map_ascii(text[0], True) + map_ascii(text[1:], False))


@classdef.method("title")
def str_title(self, space):
    builder = StringBuilder(len(self.utf8))
    previous_is_cased = False
    for ch in self.utf8:
        if previous_is_cased:
            builder.append(map_ascii(ch, False))
        else:
            builder.append(map_ascii(ch, True))
        previous_is_cased = ("a" <= ch <= "z") or ("A" <= ch <= "Z")
    return space.newstr(builder.build())


@classdef.method("swapcase")
def str_swapcase(self, space):
    builder = StringBuilder(len(self.utf8))
    for ch in self.utf8:
        if "a" <= ch <= "z":
            builder.append(chr(ord(ch) - 32))
        elif "A" <= ch <= "Z":
            builder.append(chr(ord(ch) + 32))
        else:
            builder.append(ch)
    return space.newstr(builder.build())


@classdef.method("replace", old="str", new="str", count="int")
def str_replace(self, space, old, new, count=-1):
    return space.newstr(replace(self.utf8, old, new, count))


def byte_to_index(w_str, byte_index):
    """Code-point index of a byte offset (offsets found by searching UTF-8)."""
    if byte_index < 0 or w_str.is_ascii():
        return byte_index
    assert byte_index >= 0
    return codepoint_count(w_str.utf8[:byte_index])


def index_to_byte(w_str, index):
    if w_str.is_ascii():
        return index
    assert index >= 0
    return len(encode(w_str.as_unicode()[:index]))


def search_bounds(space, w_str, w_start, w_end):
    length = w_str.length
    start = 0
    end = length
    if w_start is not None and not space.is_none(w_start):
        start = space.int_w(w_start)
        if start < 0:
            start = max(0, start + length)
    if w_end is not None and not space.is_none(w_end):
        end = space.int_w(w_end)
        if end < 0:
            end = max(0, end + length)
    end = min(end, length)
    return index_to_byte(w_str, min(start, length)), index_to_byte(w_str, end), start <= length


@classdef.method("find", sub="str")
def str_find(self, space, sub, w_start=None, w_end=None):
    start, end, ok = search_bounds(space, self, w_start, w_end)
    if not ok or end < start:
        return space.newint(-1)
    return space.newint(byte_to_index(self, self.utf8.find(sub, start, end)))


@classdef.method("rfind", sub="str")
def str_rfind(self, space, sub, w_start=None, w_end=None):
    start, end, ok = search_bounds(space, self, w_start, w_end)
    if not ok or end < start:
        return space.newint(-1)
    return space.newint(byte_to_index(self, self.utf8.rfind(sub, start, end)))


@classdef.method("index", sub="str")
def str_index(self, space, sub, w_start=None, w_end=None):
    w_result = str_find(self, space, sub, w_start, w_end)
    if space.int_w(w_result) < 0:
        raise space.error(space.w_ValueError, "substring not found")
    return w_result


@classdef.method("rindex", sub="str")
def str_rindex(self, space, sub, w_start=None, w_end=None):
    w_result = str_rfind(self, space, sub, w_start, w_end)
    if space.int_w(w_result) < 0:
        raise space.error(space.w_ValueError, "substring not found")
    return w_result


@classdef.method("count", sub="str")
def str_count(self, space, sub):
    text = self.utf8
    if not sub:
        return space.newint(self.length + 1)
    count = 0
    i = text.find(sub, 0, len(text))
    while i >= 0:
        count += 1
        i = text.find(sub, i + len(sub), len(text))
    return space.newint(count)


def affix_test(space, w_str, w_affix, at_start):
    if isinstance(w_affix, W_StrObject):
        if at_start:
            return w_str.utf8.startswith(w_affix.utf8)
        return w_str.utf8.endswith(w_affix.utf8)
    for w_item in space.tuple_items(w_affix, "startswith first arg must be str or a tuple of str"):
        if affix_test(space, w_str, w_item, at_start):
            return True
    return False


@classdef.method("startswith")
def str_startswith(self, space, w_prefix):
    return space.newbool(affix_test(space, self, w_prefix, True))


@classdef.method("endswith")
def str_endswith(self, space, w_suffix):
    return space.newbool(affix_test(space, self, w_suffix, False))


def all_chars(text, predicate):
    if not text:
        return False
    for ch in text:
        if not predicate(ch):
            return False
    return True


def is_digit_char(ch):
    return "0" <= ch <= "9"


def is_alpha_char(ch):
    return ("a" <= ch <= "z") or ("A" <= ch <= "Z")


def is_alnum_char(ch):
    return is_digit_char(ch) or is_alpha_char(ch)


@classdef.method("isdigit")
def str_isdigit(self, space):
    return space.newbool(all_chars(self.utf8, is_digit_char))


@classdef.method("isdecimal")
def str_isdecimal(self, space):
    return space.newbool(all_chars(self.utf8, is_digit_char))


@classdef.method("isnumeric")
def str_isnumeric(self, space):
    return space.newbool(all_chars(self.utf8, is_digit_char))


@classdef.method("isalpha")
def str_isalpha(self, space):
    return space.newbool(all_chars(self.utf8, is_alpha_char))


@classdef.method("isalnum")
def str_isalnum(self, space):
    return space.newbool(all_chars(self.utf8, is_alnum_char))


@classdef.method("isspace")
def str_isspace(self, space):
    return space.newbool(all_chars(self.utf8, is_space))


@classdef.method("isupper")
def str_isupper(self, space):
    text = self.utf8
    return space.newbool(map_ascii(text, True) == text and map_ascii(text, False) != text)


@classdef.method("islower")
def str_islower(self, space):
    text = self.utf8
    return space.newbool(map_ascii(text, False) == text and map_ascii(text, True) != text)


def pad(space, w_str, width, fillchar, where):
    fill = space.str_w(fillchar) if fillchar is not None else " "
    missing = width - w_str.length
    if missing <= 0:
        return w_str
    if where == "left":
        left = 0
    elif where == "right":
        left = missing
    else:
        left = missing // 2 + (missing & width & 1)
    return space.newstr(fill * left + w_str.utf8 + fill * (missing - left))


@classdef.method("ljust", width="int")
def str_ljust(self, space, width, w_fill=None):
    return pad(space, self, width, w_fill, "left")


@classdef.method("rjust", width="int")
def str_rjust(self, space, width, w_fill=None):
    return pad(space, self, width, w_fill, "right")


@classdef.method("center", width="int")
def str_center(self, space, width, w_fill=None):
    return pad(space, self, width, w_fill, "center")


@classdef.method("zfill", width="int")
def str_zfill(self, space, width):
    text = self.utf8
    missing = width - self.length
    if missing <= 0:
        return self
    if text and (text[0] == "-" or text[0] == "+"):
        return space.newstr(text[0] + "0" * missing + text[1:])
    return space.newstr("0" * missing + text)


@classdef.method("partition", sep="str")
def str_partition(self, space, sep):
    i = self.utf8.find(sep)
    if i < 0:
        return space.newtuple([self, space.newstr(""), space.newstr("")])
    assert i >= 0
    return space.newtuple([space.newstr(self.utf8[:i]), space.newstr(sep),
                           space.newstr(self.utf8[i + len(sep):])])


@classdef.method("rpartition", sep="str")
def str_rpartition(self, space, sep):
    i = self.utf8.rfind(sep)
    if i < 0:
        return space.newtuple([space.newstr(""), space.newstr(""), self])
    assert i >= 0
    return space.newtuple([space.newstr(self.utf8[:i]), space.newstr(sep),
                           space.newstr(self.utf8[i + len(sep):])])


@classdef.method("removeprefix", prefix="str")
def str_removeprefix(self, space, prefix):
    if prefix and self.utf8.startswith(prefix):
        return space.newstr(self.utf8[len(prefix):])
    return self


@classdef.method("removesuffix", suffix="str")
def str_removesuffix(self, space, suffix):
    if suffix and self.utf8.endswith(suffix):
        end = len(self.utf8) - len(suffix)
        assert end >= 0
        return space.newstr(self.utf8[:end])
    return self


@classdef.method("format")
def str_format(self, space, args_w):
    return space.str_format(self, args_w)


classdef.exposes(W_StrObject)
