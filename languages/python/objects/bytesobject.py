"""bytes and bytearray: bytes hold an RPython str, bytearray a growable framework ByteBuffer.

The two types share their read-only methods (one definition, declared on each ClassDef);
bytearray adds item assignment, append/extend/pop.  Arguments may be either type.  The text
algorithms are str's (framework/bytestrings.py, strcase's ASCII paths), so both types behave alike.
"""
from rpython.rlib.rstring import StringBuilder

from framework.bytebuffer import ByteBuffer
from languages.python.kit import ClassDef
from framework.text import utf8_sequence_length, utf8_error_reason
from languages.python.objects.base import W_Object
from framework import bytestrings
from languages.python.objects import strcase, textops

classdef = ClassDef("bytes")
array_classdef = ClassDef("bytearray")

HEX = "0123456789abcdef"


class W_BytesObject(W_Object):
    _immutable_fields_ = ['data']

    def __init__(self, data):
        self.data = data

    def getclass(self, space):
        return space.w_bytes


class W_BytearrayObject(W_Object):
    """`data` reads the buffer as a str (cached until the next change), so the read-only
    methods bytes and bytearray share see both alike; changes go to `buffer` in place."""
    def __init__(self, data):
        self.buffer = ByteBuffer(data)

    def get_data(self):
        return self.buffer.build()

    data = property(get_data)

    def getclass(self, space):
        return space.w_bytearray


def byte_data(space, w_obj):
    """The bytes of a bytes or bytearray argument (TypeError otherwise)."""
    if isinstance(w_obj, W_BytesObject):
        return w_obj.data
    if isinstance(w_obj, W_BytearrayObject):
        return w_obj.data
    raise space.type_error("a bytes-like object is required, not '%s'"
                           % space.type(w_obj).name)


def is_bytes_like(w_obj):
    return isinstance(w_obj, W_BytesObject) or isinstance(w_obj, W_BytearrayObject)


def bytes_from_iterable(space, w_iterable):
    """bytes(x)/bytearray(x) for an int count, a bytes-like object or an iterable of ints."""
    if is_bytes_like(w_iterable):
        return byte_data(space, w_iterable)
    if space.is_int(w_iterable):
        count = space.int_w(w_iterable)
        if count < 0:
            raise space.error(space.w_ValueError, "negative count")
        return "\0" * count
    from languages.python.objects.strobject import W_StrObject
    if isinstance(w_iterable, W_StrObject):
        raise space.type_error("string argument without an encoding")
    builder = StringBuilder()
    w_iter = space.iter(w_iterable)
    while True:
        w_item = space.next(w_iter)
        if w_item is None:
            break
        value = space.index_w(w_item, "'%s' object cannot be interpreted as an integer")
        if value < 0 or value > 255:
            raise space.error(space.w_ValueError, "bytes must be in range(0, 256)")
        builder.append(chr(value))
    return builder.build()


def bytes_repr_text(data, prefix):
    quote = "'"
    if "'" in data and '"' not in data:
        quote = '"'
    builder = StringBuilder(len(data) + 3)
    builder.append(prefix)
    builder.append(quote)
    for ch in data:
        code = ord(ch)
        if ch == quote or ch == "\\":
            builder.append("\\" + ch)
        elif ch == "\n":
            builder.append("\\n")
        elif ch == "\r":
            builder.append("\\r")
        elif ch == "\t":
            builder.append("\\t")
        elif code < 0x20 or code >= 0x7f:
            builder.append("\\x")
            builder.append(HEX[code >> 4])
            builder.append(HEX[code & 15])
        else:
            builder.append(ch)
    builder.append(quote)
    return builder.build()


def hex_byte(ch):
    code = ord(ch)
    return HEX[code >> 4] + HEX[code & 15]


def decode_error(space, encoding, data, start, end, reason):
    if end - start == 1:
        where = "byte 0x%s in position %d" % (hex_byte(data[start]), start)
    else:
        where = "bytes in position %d-%d" % (start, end - 1)
    return space.error(space.w_UnicodeDecodeError,
                       "'%s' codec can't decode %s: %s" % (encoding, where, reason))


def append_undecodable(space, builder, piece, errors):
    """What an error handler puts in place of bytes it could not decode (as UTF-8)."""
    if errors == "replace":
        builder.append("\xef\xbf\xbd")
    elif errors == "backslashreplace":
        for ch in piece:
            builder.append("\\x" + hex_byte(ch))
    elif errors != "ignore":
        raise space.error(space.w_LookupError, "unknown error handler name '%s'" % errors)


def decode_utf8(space, data, errors):
    builder = StringBuilder(len(data))
    i = 0
    while i < len(data):
        length = utf8_sequence_length(data, i)
        end = i + abs(length)
        assert end >= 0
        if length > 0:
            builder.append_slice(data, i, end)
            i = end
            continue
        if errors == "strict":
            raise decode_error(space, "utf-8", data, i, end,
                               utf8_error_reason(data, i, -length))
        append_undecodable(space, builder, data[i:end], errors)
        i = end
    return space.newstr(builder.build())


def decode_single_byte(space, data, limit, errors):
    """latin-1 (limit 256) and ascii (limit 128): one code point per byte."""
    builder = StringBuilder(len(data))
    for i in range(len(data)):
        code = ord(data[i])
        if code < 0x80:
            builder.append(data[i])
        elif code < limit:
            builder.append(chr(0xC0 | (code >> 6)))
            builder.append(chr(0x80 | (code & 0x3F)))
        elif errors == "strict":
            raise decode_error(space, "ascii", data, i, i + 1, "ordinal not in range(128)")
        else:
            append_undecodable(space, builder, data[i], errors)
    return space.newstr(builder.build())


def decode_data(space, data, encoding, errors):
    from languages.python.objects.strobject import normalize_encoding
    name = normalize_encoding(encoding)
    if name == "utf-8":
        return decode_utf8(space, data, errors)
    if name == "latin-1":
        return decode_single_byte(space, data, 256, errors)
    if name == "ascii":
        return decode_single_byte(space, data, 128, errors)
    raise space.error(space.w_LookupError, "unknown encoding: %s" % encoding)


def sub_data(space, w_sub):
    """The needle of find/count/index: bytes-like, or an int naming one byte."""
    if is_bytes_like(w_sub):
        return byte_data(space, w_sub)
    if space.is_int(w_sub):
        return byte_value(space, w_sub)
    raise space.type_error("argument should be integer or bytes-like object, not '%s'"
                           % space.type(w_sub).name)


def bytes_affix(space, w_obj, name, in_tuple):
    if is_bytes_like(w_obj) or in_tuple:
        return byte_data(space, w_obj)
    return None


def fill_byte(space, fname, w_fill):
    if w_fill is None:
        return " "
    if is_bytes_like(w_fill):
        fill = byte_data(space, w_fill)
        if len(fill) == 1:
            return fill
    raise space.type_error("%s() argument 2 must be a byte string of length 1, not %s"
                           % (fname, space.type(w_fill).name))


def hex_text(space, data, w_sep, w_group):
    """bytes.hex(sep, bytes_per_sep): groups count from the right, or the left if negative."""
    from languages.python.objects.strobject import W_StrObject
    sep = ""
    if w_sep is not None:
        if is_bytes_like(w_sep):
            sep = byte_data(space, w_sep)
            length = len(sep)
        elif isinstance(w_sep, W_StrObject):
            sep = w_sep.utf8
            length = w_sep.length
        else:
            raise space.type_error("object of type '%s' has no len()" % space.type(w_sep).name)
        if length != 1:
            raise space.error(space.w_ValueError, "sep must be length 1.")
        if ord(sep[0]) >= 128:
            raise space.error(space.w_ValueError, "sep must be ASCII.")
    group = 1 if w_group is None else space.int_w(w_group)
    builder = StringBuilder(3 * len(data))
    n = len(data)
    for i in range(n):
        if sep and i > 0 and group != 0:
            if (group > 0 and (n - i) % group == 0) or (group < 0 and i % -group == 0):
                builder.append(sep)
        builder.append(hex_byte(data[i]))
    return builder.build()


def from_hex(space, w_text):
    """bytes.fromhex: pairs of hex digits, with ASCII whitespace allowed between pairs."""
    from languages.python.objects.strobject import W_StrObject
    if not isinstance(w_text, W_StrObject):
        raise space.type_error("fromhex() argument must be str, not %s"
                               % space.type(w_text).name)
    text = w_text.utf8
    builder = StringBuilder(len(text) // 2)
    i = 0
    while i < len(text):
        if bytestrings.is_space(text[i]):
            i += 1
            continue
        high = hex_digit(text, i)
        low = hex_digit(text, i + 1)
        if high < 0 or low < 0:
            raise space.error(space.w_ValueError, "non-hexadecimal number found in fromhex() "
                              "arg at position %d" % (i if high < 0 else i + 1))
        builder.append(chr(high * 16 + low))
        i += 2
    return builder.build()


def hex_digit(text, i):
    if i >= len(text):
        return -1
    return HEX.find(text[i].lower())


def translate(space, data, w_table, delete):
    table = ""
    if not space.is_none(w_table):
        table = byte_data(space, w_table)
        if len(table) != 256:
            raise space.error(space.w_ValueError, "translation table must be 256 characters "
                              "long")
    builder = StringBuilder(len(data))
    for ch in data:
        if ch in delete:
            continue
        builder.append(table[ord(ch)] if table else ch)
    return builder.build()


def make_translation(space, w_from, w_to):
    source = byte_data(space, w_from)
    target = byte_data(space, w_to)
    if len(source) != len(target):
        raise space.error(space.w_ValueError, "maketrans arguments must have same length")
    table = [chr(i) for i in range(256)]
    for i in range(len(source)):
        table[ord(source[i])] = target[i]
    return "".join(table)


def percent_format_bytes(space, data, w_values):
    """bytes % values: formatted as latin-1 text by str's engine in its bytes mode."""
    from languages.python.objects.strobject import W_StrObject, encode_text
    from languages.python.formatting import percent_format
    w_text = percent_format(space, decode_data(space, data, "latin-1", "strict"), w_values,
                            True)
    assert isinstance(w_text, W_StrObject)
    return encode_text(space, w_text, "latin-1", "strict")


def define_common(cd, cls, name):
    def wrap(data):
        if cls is W_BytesObject:
            return W_BytesObject(data)
        return W_BytearrayObject(data)

    def wrap_list(space, parts):
        return space.newlist([wrap(part) for part in parts])

    @cd.method("__repr__")
    def b_repr(self, space):
        if cls is W_BytesObject:
            return space.newstr(bytes_repr_text(self.data, "b"))
        return space.newstr("bytearray(" + bytes_repr_text(self.data, "b") + ")")

    @cd.method("__len__")
    def b_len(self, space):
        return space.newint(len(self.data))

    @cd.method("__getitem__")
    def b_getitem(self, space, w_index):
        data = self.data
        if space.is_slice(w_index):
            start, stop, step, length = space.unpack_slice(w_index, len(data))
            builder = StringBuilder(length)
            for i in range(length):
                builder.append(data[start + i * step])
            return wrap(builder.build())
        index = space.index_w(w_index, "byte indices must be integers or slices, not %s")
        if index < 0:
            index += len(data)
        if index < 0 or index >= len(data):
            raise space.error(space.w_IndexError, "index out of range")
        return space.newint(ord(data[index]))

    @cd.method("__iter__")
    def b_iter(self, space):
        return space.newseqiter(space.newlist([space.newint(ord(ch)) for ch in self.data]))

    @cd.method("__contains__")
    def b_contains(self, space, w_item):
        if space.is_int(w_item):
            return space.newbool(byte_value(space, w_item) in self.data)
        return space.newbool(self.data.find(byte_data(space, w_item)) >= 0)

    def compare(op):
        def method(self, space, w_other):
            if not is_bytes_like(w_other):
                return space.w_NotImplemented
            a = self.data
            b = byte_data(space, w_other)
            if op == "eq":
                result = a == b
            elif op == "ne":
                result = a != b
            elif op == "lt":
                result = a < b
            elif op == "le":
                result = a <= b
            elif op == "gt":
                result = a > b
            else:
                result = a >= b
            return space.newbool(result)
        method.__name__ = name + "_" + op
        return method

    for op in ["eq", "ne", "lt", "le", "gt", "ge"]:
        cd.method("__%s__" % op)(compare(op))

    @cd.method("__add__")
    def b_add(self, space, w_other):
        if not is_bytes_like(w_other):
            raise space.type_error("can't concat %s to %s" % (space.type(w_other).name, name))
        return wrap(self.data + byte_data(space, w_other))

    @cd.method("__mul__")
    def b_mul(self, space, w_times):
        if not space.is_int(w_times):
            return space.w_NotImplemented
        times = space.int_w(w_times)
        if times > 0:
            space.check_repeat(len(self.data), times)
        return wrap(self.data * times if times > 0 else "")

    @cd.method("__rmul__")
    def b_rmul(self, space, w_times):
        return b_mul(self, space, w_times)

    @cd.method("__mod__")
    def b_mod(self, space, w_values):
        return wrap(percent_format_bytes(space, self.data, w_values))

    @cd.method("__rmod__")
    def b_rmod(self, space, w_other):
        return space.w_NotImplemented

    @cd.method("decode", posonly=0)
    def b_decode(self, space, w_encoding=None, w_errors=None):
        from languages.python.objects.strobject import codec_names
        encoding, errors = codec_names(space, w_encoding, w_errors)
        return decode_data(space, self.data, encoding, errors)

    @cd.method("hex", posonly=0)
    def b_hex(self, space, w_sep=None, w_bytes_per_sep=None):
        return space.newstr(hex_text(space, self.data, w_sep, w_bytes_per_sep))

    @cd.method("fromhex", classmethod=True)
    def b_fromhex(w_cls, space, w_string):
        w_result = wrap(from_hex(space, w_string))
        if w_cls is not space.type(w_result):
            return space.call_function(w_cls, [w_result])
        return w_result

    @cd.method("maketrans", classmethod=True)
    def b_maketrans(w_cls, space, w_from, w_to):
        return W_BytesObject(make_translation(space, w_from, w_to))

    @cd.method("translate", posonly=1)
    def b_translate(self, space, w_table, w_delete=None):
        delete = "" if w_delete is None else byte_data(space, w_delete)
        return wrap(translate(space, self.data, w_table, delete))

    def case_mapper(mode, method_name):
        def method(self, space):
            return wrap(strcase.ascii_map(self.data, mode))
        method.__name__ = name + "_" + method_name
        cd.method(method_name)(method)

    case_mapper(strcase.UPPER, "upper")
    case_mapper(strcase.LOWER, "lower")
    case_mapper(strcase.TITLE, "title")
    case_mapper(strcase.CAPITALIZE, "capitalize")
    case_mapper(strcase.SWAP, "swapcase")

    def splitter(method_name, from_right):
        def method(self, space, w_sep=None, maxsplit=-1):
            from languages.python.objects.strobject import split_separator
            w_sep = split_separator(space, w_sep)
            sep = "" if w_sep is None else byte_data(space, w_sep)
            return wrap_list(space, textops.split_text(space, self.data, w_sep is not None, sep,
                                                       maxsplit, from_right))
        method.__name__ = name + "_" + method_name
        cd.method(method_name, posonly=0, maxsplit="int")(method)

    splitter("split", False)
    splitter("rsplit", True)

    @cd.method("splitlines", posonly=0)
    def b_splitlines(self, space, w_keepends=None):
        keepends = w_keepends is not None and space.is_true(w_keepends)
        return wrap_list(space, bytestrings.split_lines(self.data, keepends, False))

    @cd.method("expandtabs", posonly=0, tabsize="int")
    def b_expandtabs(self, space, tabsize=8):
        return wrap(bytestrings.expand_tabs(self.data, tabsize, False))

    @cd.method("join")
    def b_join(self, space, w_iterable):
        pieces = []
        items_w = space.listview(w_iterable)
        for i in range(len(items_w)):
            w_item = items_w[i]
            if not is_bytes_like(w_item):
                raise space.type_error("sequence item %d: expected a bytes-like object, %s "
                                       "found" % (i, space.type(w_item).name))
            pieces.append(byte_data(space, w_item))
        return wrap(self.data.join(pieces))

    @cd.method("replace", count="int")
    def b_replace(self, space, w_old, w_new, count=-1):
        old = byte_data(space, w_old)
        new = byte_data(space, w_new)
        return wrap(bytestrings.replace(self.data, old, new, count, False))

    def finder(method_name, from_right, must_find):
        def method(self, space, w_sub, w_start=None, w_end=None):
            sub = sub_data(space, w_sub)
            start, end, ok = textops.search_bounds(space, len(self.data), w_start, w_end)
            index = -1
            if ok and end >= start:
                if from_right:
                    index = self.data.rfind(sub, start, end)
                else:
                    index = self.data.find(sub, start, end)
            if index < 0 and must_find:
                raise space.error(space.w_ValueError, "subsection not found")
            return space.newint(index)
        method.__name__ = name + "_" + method_name
        cd.method(method_name)(method)

    finder("find", False, False)
    finder("rfind", True, False)
    finder("index", False, True)
    finder("rindex", True, True)

    @cd.method("count")
    def b_count(self, space, w_sub, w_start=None, w_end=None):
        sub = sub_data(space, w_sub)
        start, end, ok = textops.search_bounds(space, len(self.data), w_start, w_end)
        if not ok or end < start:
            return space.newint(0)
        if not sub:
            return space.newint(end - start + 1)
        return space.newint(bytestrings.count(self.data, sub, start, end))

    def affix_checker(method_name, at_start):
        def method(self, space, w_affix, w_start=None, w_end=None):
            start, end, ok = textops.search_bounds(space, len(self.data), w_start, w_end)
            if not ok:
                return space.w_False
            return space.newbool(textops.affix_test(space, self.data, w_affix, at_start,
                                                    start, end, method_name, bytes_affix,
                                                    "bytes"))
        method.__name__ = name + "_" + method_name
        cd.method(method_name)(method)

    affix_checker("startswith", True)
    affix_checker("endswith", False)

    @cd.method("removeprefix")
    def b_removeprefix(self, space, w_prefix):
        prefix = byte_data(space, w_prefix)
        if prefix and self.data.startswith(prefix):
            return wrap(self.data[len(prefix):])
        return wrap(self.data)

    @cd.method("removesuffix")
    def b_removesuffix(self, space, w_suffix):
        suffix = byte_data(space, w_suffix)
        if suffix and self.data.endswith(suffix):
            end = len(self.data) - len(suffix)
            assert end >= 0
            return wrap(self.data[:end])
        return wrap(self.data)

    def stripper(method_name, left, right):
        def method(self, space, w_chars=None):
            chars = bytestrings.WHITESPACE
            if w_chars is not None and not space.is_none(w_chars):
                chars = byte_data(space, w_chars)
            return wrap(bytestrings.strip(self.data, chars, left, right))
        method.__name__ = name + "_" + method_name
        cd.method(method_name)(method)

    stripper("strip", True, True)
    stripper("lstrip", True, False)
    stripper("rstrip", False, True)

    def padder(method_name, where):
        def method(self, space, width, w_fill=None):
            fill = fill_byte(space, method_name, w_fill)
            return wrap(bytestrings.pad(self.data, len(self.data), width, fill, where))
        method.__name__ = name + "_" + method_name
        cd.method(method_name, width="int")(method)

    padder("ljust", bytestrings.PAD_LEFT)
    padder("rjust", bytestrings.PAD_RIGHT)
    padder("center", bytestrings.PAD_CENTER)

    @cd.method("zfill", width="int")
    def b_zfill(self, space, width):
        return wrap(bytestrings.zero_fill(self.data, len(self.data), width))

    def partitioner(method_name, from_right):
        def method(self, space, w_sep):
            sep = byte_data(space, w_sep)
            if not sep:
                raise space.error(space.w_ValueError, "empty separator")
            return space.newtuple([wrap(part)
                                   for part in bytestrings.partition(self.data, sep, from_right)])
        method.__name__ = name + "_" + method_name
        cd.method(method_name)(method)

    partitioner("partition", False)
    partitioner("rpartition", True)

    def class_predicate(method_name, kind):
        def method(self, space):
            return space.newbool(strcase.all_in_class(self.data, kind, True))
        method.__name__ = name + "_" + method_name
        cd.method(method_name)(method)

    class_predicate("isdigit", strcase.CLASS_DIGIT)
    class_predicate("isalpha", strcase.CLASS_ALPHA)
    class_predicate("isalnum", strcase.CLASS_ALNUM)
    class_predicate("isspace", strcase.CLASS_SPACE)

    @cd.method("isupper")
    def b_isupper(self, space):
        return space.newbool(strcase.is_upper(self.data, True))

    @cd.method("islower")
    def b_islower(self, space):
        return space.newbool(strcase.is_lower(self.data, True))

    @cd.method("istitle")
    def b_istitle(self, space):
        return space.newbool(strcase.is_title(self.data, True))

    @cd.method("isascii")
    def b_isascii(self, space):
        for ch in self.data:
            if ord(ch) >= 128:
                return space.w_False
        return space.w_True


define_common(classdef, W_BytesObject, "bytes")
define_common(array_classdef, W_BytearrayObject, "bytearray")


@classdef.method("__hash__")
def bytes_hash(self, space):
    from rpython.rlib.objectmodel import compute_hash
    return space.newint(compute_hash(self.data))


@array_classdef.method("__hash__")
def bytearray_hash(self, space):
    raise space.type_error("unhashable type: 'bytearray'")


def array_index(space, w_array, w_index):
    index = space.index_w(w_index, "bytearray indices must be integers or slices, not %s")
    length = w_array.buffer.getlength()
    if index < 0:
        index += length
    if index < 0 or index >= length:
        raise space.error(space.w_IndexError, "bytearray index out of range")
    return index


def byte_value(space, w_value):
    value = space.index_w(w_value, "'%s' object cannot be interpreted as an integer")
    if value < 0 or value > 255:
        raise space.error(space.w_ValueError, "byte must be in range(0, 256)")
    return chr(value)


@array_classdef.method("__setitem__")
def bytearray_setitem(self, space, w_index, w_value):
    if space.is_slice(w_index):
        start, stop, step, length = space.unpack_slice(w_index, self.buffer.getlength())
        if step != 1:
            raise space.error(space.w_ValueError, "extended slice assignment is not supported")
        if stop < start:
            stop = start
        assert start >= 0 and stop >= 0
        self.buffer.replace_range(start, stop, bytes_from_iterable(space, w_value))
        return space.w_None
    index = array_index(space, self, w_index)
    assert index >= 0
    self.buffer.setitem(index, byte_value(space, w_value))
    return space.w_None


@array_classdef.method("__delitem__")
def bytearray_delitem(self, space, w_index):
    if space.is_slice(w_index):
        start, stop, step, length = space.unpack_slice(w_index, self.buffer.getlength())
        if step != 1:
            raise space.error(space.w_ValueError, "extended slice deletion is not supported")
        if stop > start:
            assert start >= 0
            self.buffer.delete(start, stop)
        return space.w_None
    index = array_index(space, self, w_index)
    assert index >= 0
    self.buffer.delete(index, index + 1)
    return space.w_None


@array_classdef.method("append")
def bytearray_append(self, space, w_value):
    self.buffer.append_char(byte_value(space, w_value))
    return space.w_None


@array_classdef.method("extend")
def bytearray_extend(self, space, w_iterable):
    self.buffer.append(bytes_from_iterable(space, w_iterable))
    return space.w_None


@array_classdef.method("__iadd__")
def bytearray_iadd(self, space, w_other):
    self.buffer.append(byte_data(space, w_other))
    return self


@array_classdef.method("pop")
def bytearray_pop(self, space, w_index=None):
    if self.buffer.getlength() == 0:
        raise space.error(space.w_IndexError, "pop from empty bytearray")
    index = self.buffer.getlength() - 1
    if w_index is not None:
        index = array_index(space, self, w_index)
    assert index >= 0
    value = ord(self.buffer.getitem(index))
    self.buffer.delete(index, index + 1)
    return space.newint(value)


@array_classdef.method("clear")
def bytearray_clear(self, space):
    self.buffer.clear()
    return space.w_None


@array_classdef.method("copy")
def bytearray_copy(self, space):
    return W_BytearrayObject(self.data)


classdef.exposes(W_BytesObject)
array_classdef.exposes(W_BytearrayObject)
