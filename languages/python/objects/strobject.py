"""str: immutable text stored as UTF-8 bytes, with its code-point length cached.

ASCII strings (the common case) index and slice bytes directly; others decode to RPython
unicode for the operation and encode the result back.
"""
from rpython.rlib.rstring import StringBuilder
from rpython.rlib.runicode import str_decode_utf_8, unicode_encode_utf_8
from rpython.rlib.objectmodel import compute_hash

from languages.python.kit import ClassDef
from framework.text import codepoint_count
from languages.python.objects.base import W_Object
from framework import bytestrings
from languages.python.objects import strcase, textops
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


def wrap_list_of_str(space, parts):
    return space.newlist([space.newstr(part) for part in parts])


def split_separator(space, w_sep):
    """The sep of str/bytes.split/rsplit: None (left out or None) splits on whitespace."""
    if w_sep is not None and space.is_none(w_sep):
        return None
    return w_sep


def str_split_impl(space, w_self, w_sep, maxsplit, from_right):
    w_sep = split_separator(space, w_sep)
    sep = ""
    if w_sep is not None:
        sep = space.str_w_strict(w_sep, "must be str or None, not %s")
    return wrap_list_of_str(space, textops.split_text(space, w_self.utf8, w_sep is not None,
                                                      sep, maxsplit, from_right))


@classdef.method("split", posonly=0, maxsplit="int")
def str_split(self, space, w_sep=None, maxsplit=-1):
    return str_split_impl(space, self, w_sep, maxsplit, False)


@classdef.method("rsplit", posonly=0, maxsplit="int")
def str_rsplit(self, space, w_sep=None, maxsplit=-1):
    return str_split_impl(space, self, w_sep, maxsplit, True)


@classdef.method("splitlines", posonly=0)
def str_splitlines(self, space, w_keepends=None):
    keepends = w_keepends is not None and space.is_true(w_keepends)
    return wrap_list_of_str(space, bytestrings.split_lines(self.utf8, keepends, True))


def strip_chars(space, w_chars, fname):
    if w_chars is None or space.is_none(w_chars):
        return bytestrings.WHITESPACE
    if not isinstance(w_chars, W_StrObject):
        raise space.type_error("%s arg must be None or str" % fname)
    return w_chars.utf8


@classdef.method("strip")
def str_strip(self, space, w_chars=None):
    return space.newstr(bytestrings.strip(self.utf8, strip_chars(space, w_chars, "strip"), True,
                                      True))


@classdef.method("lstrip")
def str_lstrip(self, space, w_chars=None):
    return space.newstr(bytestrings.strip(self.utf8, strip_chars(space, w_chars, "lstrip"), True,
                                      False))


@classdef.method("rstrip")
def str_rstrip(self, space, w_chars=None):
    return space.newstr(bytestrings.strip(self.utf8, strip_chars(space, w_chars, "rstrip"), False,
                                      True))


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
    return space.newstr(bytestrings.replace(self.utf8, old, new, count, True))


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
    """textops.search_bounds in bytes of the UTF-8."""
    start, end, ok = textops.search_bounds(space, w_str.length, w_start, w_end)
    return index_to_byte(w_str, start), index_to_byte(w_str, end), ok


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
    return space.newint(bytestrings.count(self.utf8, sub, start, end))


def str_affix(space, w_obj, name, in_tuple):
    if isinstance(w_obj, W_StrObject):
        return w_obj.utf8
    if in_tuple:
        raise space.type_error("tuple for %s must only contain str, not %s"
                               % (name, space.type(w_obj).name))
    return None


@classdef.method("startswith")
def str_startswith(self, space, w_prefix, w_start=None, w_end=None):
    start, end, ok = search_bounds(space, self, w_start, w_end)
    if not ok:
        return space.w_False
    return space.newbool(textops.affix_test(space, self.utf8, w_prefix, True, start, end,
                                            "startswith", str_affix, "str"))


@classdef.method("endswith")
def str_endswith(self, space, w_suffix, w_start=None, w_end=None):
    start, end, ok = search_bounds(space, self, w_start, w_end)
    if not ok:
        return space.w_False
    return space.newbool(textops.affix_test(space, self.utf8, w_suffix, False, start, end,
                                            "endswith", str_affix, "str"))


@classdef.method("expandtabs", tabsize="int")
def str_expandtabs(self, space, tabsize=8):
    return space.newstr(bytestrings.expand_tabs(self.utf8, tabsize, True))


@classdef.method("encode", posonly=0)
def str_encode(self, space, w_encoding=None, w_errors=None):
    encoding, errors = codec_names(space, w_encoding, w_errors)
    return space.newbytes(encode_text(space, self, encoding, errors))


def codec_names(space, w_encoding, w_errors):
    """(encoding, errors) of str.encode and bytes.decode: 'utf-8', 'strict' by default."""
    encoding = "utf-8" if w_encoding is None else space.str_w(w_encoding)
    errors = "strict" if w_errors is None else space.str_w(w_errors)
    return encoding, errors


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
        return space.newbool(strcase.all_in_class(w_str.utf8, kind, False))
    return space.newbool(strcase.all_in_class(w_str.as_unicode(), kind, False))


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
    return space.newbool(strcase.is_upper(self.as_unicode(), False))


@classdef.method("islower")
def str_islower(self, space):
    return space.newbool(strcase.is_lower(self.as_unicode(), False))


@classdef.method("istitle")
def str_istitle(self, space):
    return space.newbool(strcase.is_title(self.as_unicode(), False))


@classdef.method("isidentifier")
def str_isidentifier(self, space):
    return space.newbool(strcase.is_identifier(self.as_unicode()))


def pad(space, w_str, width, w_fill, where):
    fill = " "
    if w_fill is not None:
        if not isinstance(w_fill, W_StrObject):
            raise space.type_error("The fill character must be a unicode character, not %s"
                                   % space.type(w_fill).name)
        if w_fill.length != 1:
            raise space.type_error("The fill character must be exactly one character long")
        fill = w_fill.utf8
    if width <= w_str.length:
        return W_StrObject(w_str.utf8, w_str.length)
    return space.newstr(bytestrings.pad(w_str.utf8, w_str.length, width, fill, where))


@classdef.method("ljust", width="int")
def str_ljust(self, space, width, w_fill=None):
    return pad(space, self, width, w_fill, bytestrings.PAD_LEFT)


@classdef.method("rjust", width="int")
def str_rjust(self, space, width, w_fill=None):
    return pad(space, self, width, w_fill, bytestrings.PAD_RIGHT)


@classdef.method("center", width="int")
def str_center(self, space, width, w_fill=None):
    return pad(space, self, width, w_fill, bytestrings.PAD_CENTER)


@classdef.method("zfill", width="int")
def str_zfill(self, space, width):
    if width <= self.length:
        return self
    return space.newstr(bytestrings.zero_fill(self.utf8, self.length, width))


def wrap_partition(space, w_str, sep, from_right):
    if not sep:
        raise space.error(space.w_ValueError, "empty separator")
    return space.newtuple([space.newstr(part)
                           for part in bytestrings.partition(w_str.utf8, sep, from_right)])


@classdef.method("partition", sep="str")
def str_partition(self, space, sep):
    return wrap_partition(space, self, sep, False)


@classdef.method("rpartition", sep="str")
def str_rpartition(self, space, sep):
    return wrap_partition(space, self, sep, True)


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
def str_format(self, space, args_w, kwnames=None, kwvalues_w=None):
    from languages.python.formatting import str_format as format_template
    return format_template(space, self, args_w, kwnames, kwvalues_w)


@classdef.method("format_map")
def str_format_map(self, space, w_mapping):
    from languages.python.formatting import str_format_map
    return str_format_map(space, self, w_mapping)


@classdef.method("maketrans", classmethod=True)
def str_maketrans(w_cls, space, args_w):
    """str.maketrans(dict) or (from, to[, delete]): a dict of code points."""
    from languages.python.objects.dictobject import W_DictObject
    w_table = space.newdict()
    if len(args_w) == 1:
        w_map = args_w[0]
        if not isinstance(w_map, W_DictObject):
            raise space.type_error("if you give only one argument to maketrans it must be a "
                                   "dict")
        for w_key, w_value in w_map.items():
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
