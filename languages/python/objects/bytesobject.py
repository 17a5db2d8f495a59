"""bytes and bytearray: byte strings held as RPython strs (bytearray's is replaced on change).

The two types share their read-only methods (one definition, declared on each ClassDef);
bytearray adds item assignment, append/extend/pop.  Arguments may be either type.
"""
from rpython.rlib.rstring import StringBuilder, split, rsplit, replace

from framework.classdef import ClassDef
from framework.text import invalid_utf8_at
from languages.python.objects.base import W_Object, kw_method

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
    def __init__(self, data):
        self.data = data

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


def decode_data(space, data, encoding, errors):
    from languages.python.objects.strobject import normalize_encoding, newstr_unicode
    from languages.python.error import OperationError
    name = normalize_encoding(encoding)
    if name == "utf-8":
        bad = invalid_utf8_at(data)
        if bad < 0:
            return space.newstr(data)
        if errors == "strict":
            raise space.error(space.w_UnicodeDecodeError,
                              "'utf-8' codec can't decode byte 0x%s in position %d: invalid "
                              "start byte" % (hex_byte(data[bad]), bad))
        builder = StringBuilder(len(data))
        i = 0
        while i < len(data):
            rest = data[i:]
            bad = invalid_utf8_at(rest)
            if bad < 0:
                builder.append(rest)
                break
            assert bad >= 0
            builder.append(rest[:bad])
            if errors == "replace":
                builder.append("\xef\xbf\xbd")
            i += bad + 1
        return space.newstr(builder.build())
    if name == "ascii" or name == "latin-1":
        text = []
        for i in range(len(data)):
            code = ord(data[i])
            if name == "ascii" and code >= 128:
                if errors == "ignore":
                    continue
                if errors == "replace":
                    text.append(u"\ufffd")
                    continue
                raise space.error(space.w_UnicodeDecodeError,
                                  "'ascii' codec can't decode byte 0x%s in position %d: "
                                  "ordinal not in range(128)" % (hex_byte(data[i]), i))
            text.append(unichr(code))
        return newstr_unicode(space, u"".join(text))
    raise space.error(space.w_LookupError, "unknown encoding: %s" % encoding)


def define_common(cd, cls, name):
    def wrap(space, w_self, data):
        if cls is W_BytesObject:
            return W_BytesObject(data)
        return W_BytearrayObject(data)

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
            return wrap(space, self, builder.build())
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
            value = space.int_w(w_item)
            if value < 0 or value > 255:
                raise space.error(space.w_ValueError, "byte must be in range(0, 256)")
            return space.newbool(chr(value) in self.data)
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
        return wrap(space, self, self.data + byte_data(space, w_other))

    @cd.method("__mul__")
    def b_mul(self, space, w_times):
        if not space.is_int(w_times):
            return space.w_NotImplemented
        times = space.int_w(w_times)
        if times > 0:
            space.check_repeat(len(self.data), times)
        return wrap(space, self, self.data * times if times > 0 else "")

    @cd.method("__rmul__")
    def b_rmul(self, space, w_times):
        return b_mul(self, space, w_times)

    @cd.method("__mod__")
    def b_mod(self, space, w_values):
        from languages.python.objects.strobject import W_StrObject, encode_text
        w_format = decode_data(space, self.data, "latin-1", "strict")
        if isinstance(w_values, W_StrObject) or not space.lookup(w_values, "__getitem__"):
            w_values = space.newtuple([w_values])
        if space.type(w_values) is space.w_tuple:
            args_w = []
            for w_arg in space.listview(w_values):
                if is_bytes_like(w_arg):
                    w_arg = decode_data(space, byte_data(space, w_arg), "latin-1", "strict")
                args_w.append(w_arg)
            w_values = space.newtuple(args_w)
        w_text = space.percent_format(w_format, w_values)
        assert isinstance(w_text, W_StrObject)
        return wrap(space, self, encode_text(space, w_text, "latin-1", "strict"))

    @cd.method("decode")
    def b_decode(self, space, w_encoding=None, w_errors=None):
        encoding = "utf-8" if w_encoding is None else space.str_w(w_encoding)
        errors = "strict" if w_errors is None else space.str_w(w_errors)
        return decode_data(space, self.data, encoding, errors)

    @cd.method("hex")
    def b_hex(self, space):
        builder = StringBuilder(2 * len(self.data))
        for ch in self.data:
            builder.append(hex_byte(ch))
        return space.newstr(builder.build())

    def mapped(upper):
        def method(self, space):
            builder = StringBuilder(len(self.data))
            for ch in self.data:
                if upper and "a" <= ch <= "z":
                    builder.append(chr(ord(ch) - 32))
                elif not upper and "A" <= ch <= "Z":
                    builder.append(chr(ord(ch) + 32))
                else:
                    builder.append(ch)
            return wrap(space, self, builder.build())
        method.__name__ = name + ("_upper" if upper else "_lower")
        return method

    cd.method("upper")(mapped(True))
    cd.method("lower")(mapped(False))

    @cd.method("split")
    def b_split(self, space, w_sep=None, w_maxsplit=None):
        maxsplit = -1 if w_maxsplit is None else space.int_w(w_maxsplit)
        if w_sep is None or space.is_none(w_sep):
            from languages.python.objects.strobject import split_whitespace
            parts = split_whitespace(self.data, maxsplit)
        else:
            sep = byte_data(space, w_sep)
            if not sep:
                raise space.error(space.w_ValueError, "empty separator")
            parts = split(self.data, sep, maxsplit)
        return space.newlist([wrap(space, self, part) for part in parts])

    @cd.method("join")
    def b_join(self, space, w_iterable):
        pieces = []
        for w_item in space.listview(w_iterable):
            pieces.append(byte_data(space, w_item))
        return wrap(space, self, self.data.join(pieces))

    @cd.method("replace")
    def b_replace(self, space, w_old, w_new, w_count=None):
        count = -1 if w_count is None else space.int_w(w_count)
        return wrap(space, self, replace(self.data, byte_data(space, w_old),
                                         byte_data(space, w_new), count))

    @cd.method("find")
    def b_find(self, space, w_sub):
        return space.newint(self.data.find(byte_data(space, w_sub)))

    @cd.method("index")
    def b_index(self, space, w_sub):
        index = self.data.find(byte_data(space, w_sub))
        if index < 0:
            raise space.error(space.w_ValueError, "subsection not found")
        return space.newint(index)

    @cd.method("count")
    def b_count(self, space, w_sub):
        sub = byte_data(space, w_sub)
        data = self.data
        if not sub:
            return space.newint(len(data) + 1)
        count = 0
        i = data.find(sub)
        while i >= 0:
            count += 1
            i = data.find(sub, i + len(sub), len(data))
        return space.newint(count)

    @cd.method("startswith")
    def b_startswith(self, space, w_prefix):
        return space.newbool(self.data.startswith(byte_data(space, w_prefix)))

    @cd.method("endswith")
    def b_endswith(self, space, w_suffix):
        return space.newbool(self.data.endswith(byte_data(space, w_suffix)))

    def stripper(left, right):
        def method(self, space, w_chars=None):
            from languages.python.objects.strobject import do_strip
            chars = " \t\n\r\x0b\x0c"
            if w_chars is not None and not space.is_none(w_chars):
                chars = byte_data(space, w_chars)
            return wrap(space, self, do_strip(self.data, chars, left, right))
        method.__name__ = name + "_strip_%d%d" % (left, right)
        return method

    cd.method("strip")(stripper(True, True))
    cd.method("lstrip")(stripper(True, False))
    cd.method("rstrip")(stripper(False, True))

    def predicate(kind):
        def method(self, space):
            if not self.data:
                return space.w_False
            for ch in self.data:
                if kind == "digit":
                    ok = "0" <= ch <= "9"
                elif kind == "alpha":
                    ok = "a" <= ch <= "z" or "A" <= ch <= "Z"
                elif kind == "alnum":
                    ok = "0" <= ch <= "9" or "a" <= ch <= "z" or "A" <= ch <= "Z"
                else:
                    ok = ch == " " or "\t" <= ch <= "\r"
                if not ok:
                    return space.w_False
            return space.w_True
        method.__name__ = name + "_is" + kind
        return method

    for kind in ["digit", "alpha", "alnum", "space"]:
        cd.method("is" + kind)(predicate(kind))


define_common(classdef, W_BytesObject, "bytes")
define_common(array_classdef, W_BytearrayObject, "bytearray")


@classdef.method("__hash__")
def bytes_hash(self, space):
    from rpython.rlib.objectmodel import compute_hash
    return space.newint(compute_hash(self.data))


def from_hex(space, w_text):
    text = space.str_w(w_text)
    builder = StringBuilder(len(text) // 2)
    i = 0
    while i < len(text):
        if text[i] == " ":
            i += 1
            continue
        if i + 1 >= len(text):
            raise space.error(space.w_ValueError, "non-hexadecimal number found in fromhex() "
                              "arg at position %d" % (i + 1))
        high = HEX.find(text[i].lower())
        low = HEX.find(text[i + 1].lower())
        if high < 0 or low < 0:
            raise space.error(space.w_ValueError, "non-hexadecimal number found in fromhex() "
                              "arg at position %d" % (i if high < 0 else i + 1))
        builder.append(chr(high * 16 + low))
        i += 2
    return builder.build()


@kw_method("bytes", "fromhex", classmethod=True)
def bytes_fromhex(space, args_w, kwnames, kwvalues_w):
    if len(args_w) != 2:
        raise space.type_error("fromhex() takes exactly one argument (%d given)"
                               % (len(args_w) - 1))
    return W_BytesObject(from_hex(space, args_w[1]))


@array_classdef.method("__hash__")
def bytearray_hash(self, space):
    raise space.type_error("unhashable type: 'bytearray'")


def array_index(space, w_array, w_index):
    index = space.index_w(w_index, "bytearray indices must be integers or slices, not %s")
    if index < 0:
        index += len(w_array.data)
    if index < 0 or index >= len(w_array.data):
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
        start, stop, step, length = space.unpack_slice(w_index, len(self.data))
        if step != 1:
            raise space.error(space.w_ValueError, "extended slice assignment is not supported")
        if stop < start:
            stop = start
        assert start >= 0 and stop >= 0
        self.data = self.data[:start] + bytes_from_iterable(space, w_value) + self.data[stop:]
        return space.w_None
    index = array_index(space, self, w_index)
    assert index >= 0
    self.data = self.data[:index] + byte_value(space, w_value) + self.data[index + 1:]
    return space.w_None


@array_classdef.method("__delitem__")
def bytearray_delitem(self, space, w_index):
    index = array_index(space, self, w_index)
    assert index >= 0
    self.data = self.data[:index] + self.data[index + 1:]
    return space.w_None


@array_classdef.method("append")
def bytearray_append(self, space, w_value):
    self.data = self.data + byte_value(space, w_value)
    return space.w_None


@array_classdef.method("extend")
def bytearray_extend(self, space, w_iterable):
    self.data = self.data + bytes_from_iterable(space, w_iterable)
    return space.w_None


@array_classdef.method("__iadd__")
def bytearray_iadd(self, space, w_other):
    self.data = self.data + byte_data(space, w_other)
    return self


@array_classdef.method("pop")
def bytearray_pop(self, space, w_index=None):
    if not self.data:
        raise space.error(space.w_IndexError, "pop from empty bytearray")
    index = len(self.data) - 1
    if w_index is not None:
        index = array_index(space, self, w_index)
    assert index >= 0
    value = ord(self.data[index])
    self.data = self.data[:index] + self.data[index + 1:]
    return space.newint(value)


@array_classdef.method("clear")
def bytearray_clear(self, space):
    self.data = ""
    return space.w_None


@array_classdef.method("copy")
def bytearray_copy(self, space):
    return W_BytearrayObject(self.data)


classdef.exposes(W_BytesObject)
array_classdef.exposes(W_BytearrayObject)
