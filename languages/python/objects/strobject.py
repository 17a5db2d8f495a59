"""str: immutable text stored as UTF-8 bytes, with its code-point length cached.

ASCII strings (the common case) index and slice bytes directly; others decode to RPython
unicode for the operation and encode the result back.
"""
from rpython.rlib.rstring import StringBuilder, split, rsplit, replace
from rpython.rlib.runicode import str_decode_utf_8, unicode_encode_utf_8
from rpython.rlib.objectmodel import compute_hash

from framework.classdef import ClassDef
from framework.text import codepoint_count
from languages.python.objects.base import W_Object, kw_method
from languages.python.objects import strcase
from languages.python.objects.tupleobject import W_TupleObject
from languages.python.error import OperationError

classdef = ClassDef("str")


class W_StrObject(W_Object):
    _immutable_fields_ = ['utf8', 'length']

    def __init__(self, utf8, length=-1):
        self.utf8 = utf8
        if length < 0:
            length = codepoint_count(utf8)
        self.length = length
        self.hash = 0               # computed on first use; 0 means not yet

    def hash_value(self):
        h = self.hash
        if h == 0:
            h = compute_hash(self.utf8)
            if h == 0 or h == -1:
                h = 1
            self.hash = h
        return h

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
        if stop < start:
            stop = start
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
    if codepoint_count(utf8) != len(utf8):
        return repr_unicode(decode(utf8), quote)
    builder = StringBuilder(len(utf8) + 2)
    builder.append(quote)
    for ch in utf8:
        append_escaped(builder, ch, quote)
    builder.append(quote)
    return builder.build()


def append_escaped(builder, ch, quote):
    """One ASCII character as repr() shows it inside `quote`s."""
    if ch == quote or ch == "\\":
        builder.append("\\")
        builder.append(ch)
    elif ch == "\n":
        builder.append("\\n")
    elif ch == "\r":
        builder.append("\\r")
    elif ch == "\t":
        builder.append("\\t")
    elif ord(ch) < 0x20 or ord(ch) >= 0x7f:
        builder.append("\\x")
        builder.append(HEX[(ord(ch) >> 4) & 15])
        builder.append(HEX[ord(ch) & 15])
    else:
        builder.append(ch)


HEX = "0123456789abcdef"


def repr_unicode(text, quote):
    """repr of non-ASCII text: printable code points stay, others become escapes."""
    builder = StringBuilder(len(text) + 2)
    builder.append(quote)
    for ch in text:
        code = ord(ch)
        if code < 128:
            append_escaped(builder, chr(code), quote)
        elif strcase.is_printable_code(code):
            builder.append(encode(ch))
        elif code < 0x100:
            builder.append("\\x" + hex_width(code, 2))
        elif code < 0x10000:
            builder.append("\\u" + hex_width(code, 4))
        else:
            builder.append("\\U" + hex_width(code, 8))
    builder.append(quote)
    return builder.build()


def hex_width(code, width):
    digits = []
    for i in range(width - 1, -1, -1):
        digits.append(HEX[(code >> (4 * i)) & 15])
    return "".join(digits)


@classdef.method("__repr__")
def str_repr(self, space):
    return space.newstr(repr_text(self.utf8))


@classdef.method("__str__")
def str_str(self, space):
    if type(self) is W_StrObject:
        return self
    return W_StrObject(self.utf8, self.length)        # str() of a subclass is a plain str


@classdef.method("__len__")
def str_len(self, space):
    return space.newint(self.length)


@classdef.method("__hash__")
def str_hash(self, space):
    return space.newint(self.hash_value())


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
    space.check_repeat(len(self.utf8), times)
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
    index = space.index_w(w_index, "string indices must be integers, not '%s'")
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
    if not space.is_iterable(w_iterable):
        raise space.type_error("can only join an iterable")
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


def wrap_list_of_str(space, parts):
    return space.newlist([space.newstr(part) for part in parts])


def split_args(space, fname, args_w, kwnames, kwvalues_w):
    """(self, sep or None, maxsplit) of str.split/rsplit(sep=None, maxsplit=-1)."""
    from languages.python.builtins import Keywords
    kw = Keywords(space, fname, kwnames, kwvalues_w, ["sep", "maxsplit"])
    if len(args_w) > 3:
        raise space.type_error("%s() takes at most 2 arguments (%d given)"
                               % (fname, len(args_w) - 1))
    w_self = args_w[0]
    if not isinstance(w_self, W_StrObject):
        raise space.type_error("descriptor '%s' requires a 'str' object" % fname)
    w_sep = args_w[1] if len(args_w) > 1 else kw.get("sep")
    w_max = args_w[2] if len(args_w) > 2 else kw.get("maxsplit")
    maxsplit = -1 if w_max is None else space.int_w(w_max)
    if w_sep is not None and space.is_none(w_sep):
        w_sep = None
    sep = ""
    if w_sep is not None:
        sep = space.str_w_strict(w_sep, "must be str or None, not %s")
        if not sep:
            raise space.error(space.w_ValueError, "empty separator")
    return w_self, w_sep is not None, sep, maxsplit


@kw_method("str", "split")
def str_split(space, args_w, kwnames, kwvalues_w):
    w_self, has_sep, sep, maxsplit = split_args(space, "split", args_w, kwnames, kwvalues_w)
    if not has_sep:
        return wrap_list_of_str(space, split_whitespace(w_self.utf8, maxsplit))
    return wrap_list_of_str(space, split(w_self.utf8, sep, maxsplit))


@kw_method("str", "rsplit")
def str_rsplit(space, args_w, kwnames, kwvalues_w):
    w_self, has_sep, sep, maxsplit = split_args(space, "rsplit", args_w, kwnames, kwvalues_w)
    if not has_sep:
        return wrap_list_of_str(space, rsplit_whitespace(w_self.utf8, maxsplit))
    return wrap_list_of_str(space, rsplit(w_self.utf8, sep, maxsplit))


def line_break_length(text, j):
    """Length of the line break starting at byte j (0: none), as str.splitlines sees them."""
    ch = text[j]
    if ch == "\r":
        if j + 1 < len(text) and text[j + 1] == "\n":
            return 2
        return 1
    if ch == "\n" or ch == "\x0b" or ch == "\x0c" or "\x1c" <= ch <= "\x1e":
        return 1
    if ch == "\xc2" and j + 1 < len(text) and text[j + 1] == "\x85":
        return 2
    if ch == "\xe2" and j + 2 < len(text) and text[j + 1] == "\x80" and \
            (text[j + 2] == "\xa8" or text[j + 2] == "\xa9"):
        return 3
    return 0


@kw_method("str", "splitlines")
def str_splitlines(space, args_w, kwnames, kwvalues_w):
    from languages.python.builtins import Keywords
    kw = Keywords(space, "splitlines", kwnames, kwvalues_w, ["keepends"])
    w_self = args_w[0]
    assert isinstance(w_self, W_StrObject)
    w_keepends = args_w[1] if len(args_w) > 1 else kw.get("keepends")
    keep = w_keepends is not None and space.is_true(w_keepends)
    text = w_self.utf8
    parts = []
    i = 0
    n = len(text)
    while i < n:
        j = i
        while j < n and line_break_length(text, j) == 0:
            j += 1
        end = j
        if j < n:
            j += line_break_length(text, j)
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
    return strcase.ascii_map(text, strcase.UPPER if upper else strcase.LOWER)


def case_map(space, w_str, mode):
    if w_str.is_ascii():
        return space.newstr(strcase.ascii_map(w_str.utf8, mode))
    return newstr_unicode(space, strcase.unicode_map(w_str.as_unicode(), mode))


@classdef.method("upper")
def str_upper(self, space):
    return case_map(space, self, strcase.UPPER)


@classdef.method("lower")
def str_lower(self, space):
    return case_map(space, self, strcase.LOWER)


@classdef.method("casefold")
def str_casefold(self, space):
    return case_map(space, self, strcase.FOLD)


@classdef.method("capitalize")
def str_capitalize(self, space):
    return case_map(space, self, strcase.CAPITALIZE)


@classdef.method("title")
def str_title(self, space):
    return case_map(space, self, strcase.TITLE)


@classdef.method("swapcase")
def str_swapcase(self, space):
    return case_map(space, self, strcase.SWAP)


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
def str_count(self, space, sub, w_start=None, w_end=None):
    start, end, ok = search_bounds(space, self, w_start, w_end)
    if not ok or end < start:
        return space.newint(0)
    if not sub:
        return space.newint(byte_to_index(self, end) - byte_to_index(self, start) + 1)
    text = self.utf8
    count = 0
    i = text.find(sub, start, end)
    while i >= 0:
        count += 1
        i = text.find(sub, i + len(sub), end)
    return space.newint(count)


def affix_test(space, w_str, w_affix, at_start, start, end, name):
    if isinstance(w_affix, W_StrObject):
        affix = w_affix.utf8
        if end - start < len(affix):
            return False
        if at_start:
            return w_str.utf8.find(affix, start, start + len(affix)) == start
        position = end - len(affix)
        assert position >= 0
        return w_str.utf8.find(affix, position, end) == position
    if not isinstance(w_affix, W_TupleObject):
        raise space.type_error("%s first arg must be str or a tuple of str, not %s"
                               % (name, space.type(w_affix).name))
    for w_item in w_affix.items_w:
        if not isinstance(w_item, W_StrObject):
            raise space.type_error("tuple for %s must only contain str, not %s"
                                   % (name, space.type(w_item).name))
        if affix_test(space, w_str, w_item, at_start, start, end, name):
            return True
    return False


@classdef.method("startswith")
def str_startswith(self, space, w_prefix, w_start=None, w_end=None):
    start, end, ok = search_bounds(space, self, w_start, w_end)
    if not ok:
        return space.w_False
    return space.newbool(affix_test(space, self, w_prefix, True, start, end, "startswith"))


@classdef.method("endswith")
def str_endswith(self, space, w_suffix, w_start=None, w_end=None):
    start, end, ok = search_bounds(space, self, w_start, w_end)
    if not ok:
        return space.w_False
    return space.newbool(affix_test(space, self, w_suffix, False, start, end, "endswith"))


@classdef.method("expandtabs", tabsize="int")
def str_expandtabs(self, space, tabsize=8):
    builder = StringBuilder(len(self.utf8))
    column = 0
    for ch in self.utf8:
        if ch == "\t":
            if tabsize > 0:
                spaces = tabsize - column % tabsize
                builder.append(" " * spaces)
                column += spaces
        elif ch == "\n" or ch == "\r":
            builder.append(ch)
            column = 0
        else:
            builder.append(ch)
            if (ord(ch) & 0xC0) != 0x80:
                column += 1
    return space.newstr(builder.build())


@kw_method("str", "encode")
def str_encode(space, args_w, kwnames, kwvalues_w):
    from languages.python.builtins import Keywords
    kw = Keywords(space, "encode", kwnames, kwvalues_w, ["encoding", "errors"])
    w_self = args_w[0]
    assert isinstance(w_self, W_StrObject)
    w_encoding = args_w[1] if len(args_w) > 1 else kw.get("encoding")
    w_errors = args_w[2] if len(args_w) > 2 else kw.get("errors")
    encoding = "utf-8" if w_encoding is None else space.str_w(w_encoding)
    errors = "strict" if w_errors is None else space.str_w(w_errors)
    return space.newbytes(encode_text(space, w_self, encoding, errors))


def normalize_encoding(encoding):
    name = encoding.lower()
    result = []
    for ch in name:
        if ch == "_" or ch == " ":
            result.append("-")
        else:
            result.append(ch)
    name = "".join(result)
    if name == "utf8" or name == "u8":
        return "utf-8"
    if name == "latin-1" or name == "latin1" or name == "iso-8859-1" or name == "l1":
        return "latin-1"
    if name == "us-ascii":
        return "ascii"
    return name


def encode_text(space, w_str, encoding, errors):
    name = normalize_encoding(encoding)
    if name == "utf-8":
        return w_str.utf8
    if name == "ascii" or name == "latin-1":
        limit = 128 if name == "ascii" else 256
        text = w_str.as_unicode()
        builder = StringBuilder(len(text))
        for i in range(len(text)):
            code = ord(text[i])
            if code < limit:
                builder.append(chr(code))
            elif errors == "ignore":
                pass
            elif errors == "replace":
                builder.append("?")
            else:
                raise space.error(space.w_UnicodeEncodeError,
                                  "'%s' codec can't encode character '\\x%s' in position %d: "
                                  "ordinal not in range(%d)"
                                  % (name if name == "ascii" else "latin-1",
                                     HEX[(code >> 4) & 15] + HEX[code & 15], i, limit))
        return builder.build()
    raise space.error(space.w_LookupError, "unknown encoding: %s" % encoding)


def in_class(space, w_str, kind):
    if w_str.is_ascii():
        text = w_str.utf8
        if not text:
            return space.newbool(kind == strcase.CLASS_PRINTABLE)
        for ch in text:
            if not strcase.code_in_class(ord(ch), kind):
                return space.w_False
        return space.w_True
    return space.newbool(strcase.all_in_class(w_str.as_unicode(), kind))


@classdef.method("isdigit")
def str_isdigit(self, space):
    return in_class(space, self, strcase.CLASS_DIGIT)


@classdef.method("isdecimal")
def str_isdecimal(self, space):
    return in_class(space, self, strcase.CLASS_DECIMAL)


@classdef.method("isnumeric")
def str_isnumeric(self, space):
    return in_class(space, self, strcase.CLASS_NUMERIC)


@classdef.method("isalpha")
def str_isalpha(self, space):
    return in_class(space, self, strcase.CLASS_ALPHA)


@classdef.method("isalnum")
def str_isalnum(self, space):
    return in_class(space, self, strcase.CLASS_ALNUM)


@classdef.method("isspace")
def str_isspace(self, space):
    return in_class(space, self, strcase.CLASS_SPACE)


@classdef.method("isprintable")
def str_isprintable(self, space):
    return in_class(space, self, strcase.CLASS_PRINTABLE)


@classdef.method("isascii")
def str_isascii(self, space):
    return space.newbool(self.is_ascii())


@classdef.method("isupper")
def str_isupper(self, space):
    return space.newbool(strcase.is_upper(self.as_unicode()))


@classdef.method("islower")
def str_islower(self, space):
    return space.newbool(strcase.is_lower(self.as_unicode()))


@classdef.method("istitle")
def str_istitle(self, space):
    return space.newbool(strcase.is_title(self.as_unicode()))


@classdef.method("isidentifier")
def str_isidentifier(self, space):
    return space.newbool(strcase.is_identifier(self.as_unicode()))


def pad(space, w_str, width, fillchar, where):
    fill = " "
    if fillchar is not None:
        if not isinstance(fillchar, W_StrObject) or fillchar.length != 1:
            if isinstance(fillchar, W_StrObject):
                raise space.type_error("The fill character must be exactly one character "
                                       "long")
            raise space.type_error("The fill character must be a unicode character, not %s"
                                   % space.type(fillchar).name)
        fill = fillchar.utf8
    missing = width - w_str.length
    if missing <= 0:
        return W_StrObject(w_str.utf8, w_str.length)
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


@kw_method("str", "format")
def str_format(space, args_w, kwnames, kwvalues_w):
    from languages.python.formatting import str_format as format_template
    w_self = args_w[0]
    if not isinstance(w_self, W_StrObject):
        raise space.type_error("descriptor 'format' requires a 'str' object")
    return format_template(space, w_self, args_w[1:], kwnames, kwvalues_w)


@classdef.method("format_map")
def str_format_map(self, space, w_mapping):
    from languages.python.formatting import str_format_map
    return str_format_map(space, self, w_mapping)


@kw_method("str", "maketrans", classmethod=True)
def str_maketrans(space, args_w, kwnames, kwvalues_w):
    """str.maketrans(dict) or (from, to[, delete]): a dict of code points."""
    from languages.python.objects.dictobject import W_DictObject
    if kwnames:
        raise space.type_error("maketrans() takes no keyword arguments")
    args_w = args_w[1:]
    w_table = space.newdict()
    if len(args_w) == 1:
        w_map = args_w[0]
        if not isinstance(w_map, W_DictObject):
            raise space.type_error("if you give only one argument to maketrans it must be a "
                                   "dict")
        for w_key, w_value in w_map.storage.items():
            if isinstance(w_key, W_StrObject):
                if w_key.length != 1:
                    raise space.error(space.w_ValueError, "string keys in translate table must "
                                      "be of length 1")
                w_key = space.newint(ord(w_key.as_unicode()[0]))
            w_table.setitem(w_key, w_value)
        return w_table
    if len(args_w) < 2 or len(args_w) > 3:
        raise space.type_error("maketrans expected at most 3 arguments, got %d" % len(args_w))
    w_from = args_w[0]
    w_to = args_w[1]
    if not isinstance(w_from, W_StrObject) or not isinstance(w_to, W_StrObject):
        raise space.type_error("maketrans() argument must be str")
    if w_from.length != w_to.length:
        raise space.error(space.w_ValueError, "the first two maketrans arguments must have "
                          "equal length")
    source = w_from.as_unicode()
    target = w_to.as_unicode()
    for i in range(len(source)):
        w_table.setitem(space.newint(ord(source[i])), space.newint(ord(target[i])))
    if len(args_w) == 3:
        w_delete = args_w[2]
        if not isinstance(w_delete, W_StrObject):
            raise space.type_error("maketrans() argument 3 must be str")
        for ch in w_delete.as_unicode():
            w_table.setitem(space.newint(ord(ch)), space.w_None)
    return w_table


@classdef.method("translate")
def str_translate(self, space, w_table):
    from rpython.rlib.rstring import UnicodeBuilder
    text = self.as_unicode()
    builder = UnicodeBuilder(len(text))
    for ch in text:
        w_key = space.newint(ord(ch))
        try:
            w_value = space.getitem(w_table, w_key)
        except OperationError as e:
            if e.match(space, space.w_LookupError):
                builder.append(ch)
                continue
            raise
        if space.is_none(w_value):
            continue
        if space.is_int(w_value):
            code = space.int_w(w_value)
            if code < 0 or code > 0x10FFFF:
                raise space.error(space.w_ValueError, "character mapping must be in "
                                  "range(0x110000)")
            builder.append(unichr(code))
        elif isinstance(w_value, W_StrObject):
            builder.append(w_value.as_unicode())
        else:
            raise space.type_error("character mapping must return integer, None or str")
    return newstr_unicode(space, builder.build())


@classdef.method("__format__", spec="str")
def str_format_spec(self, space, spec):
    return space.format_value(self, spec)


@classdef.method("__rmod__")
def str_rmod(self, space, w_other):
    return space.w_NotImplemented


classdef.exposes(W_StrObject)
