"""bytes: immutable byte strings (the basics: literals, len, indexing, decode, repr)."""
from rpython.rlib.rstring import StringBuilder

from framework.classdef import ClassDef
from framework.text import invalid_utf8_at
from languages.python.objects.base import W_Object

classdef = ClassDef("bytes")


class W_BytesObject(W_Object):
    _immutable_fields_ = ['data']

    def __init__(self, data):
        self.data = data

    def getclass(self, space):
        return space.w_bytes


def bytes_repr_text(data):
    quote = "'"
    if "'" in data and '"' not in data:
        quote = '"'
    builder = StringBuilder(len(data) + 3)
    builder.append("b")
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
            builder.append("0123456789abcdef"[code >> 4])
            builder.append("0123456789abcdef"[code & 15])
        else:
            builder.append(ch)
    builder.append(quote)
    return builder.build()


@classdef.method("__repr__")
def bytes_repr(self, space):
    return space.newstr(bytes_repr_text(self.data))


@classdef.method("__len__")
def bytes_len(self, space):
    return space.newint(len(self.data))


@classdef.method("__getitem__")
def bytes_getitem(self, space, w_index):
    if space.is_slice(w_index):
        start, stop, step, length = space.unpack_slice(w_index, len(self.data))
        pieces = [self.data[start + i * step] for i in range(length)]
        return W_BytesObject("".join(pieces))
    index = space.index_w(w_index, "byte indices must be integers or slices, not %s")
    if index < 0:
        index += len(self.data)
    if index < 0 or index >= len(self.data):
        raise space.error(space.w_IndexError, "index out of range")
    return space.newint(ord(self.data[index]))


@classdef.method("__eq__")
def bytes_eq(self, space, w_other):
    if not isinstance(w_other, W_BytesObject):
        return space.w_NotImplemented
    return space.newbool(self.data == w_other.data)


@classdef.method("__hash__")
def bytes_hash(self, space):
    from rpython.rlib.objectmodel import compute_hash
    return space.newint(compute_hash(self.data))


@classdef.method("__add__")
def bytes_add(self, space, w_other):
    if not isinstance(w_other, W_BytesObject):
        return space.w_NotImplemented
    return W_BytesObject(self.data + w_other.data)


@classdef.method("decode")
def bytes_decode(self, space, w_encoding=None):
    bad = invalid_utf8_at(self.data)
    if bad >= 0:
        raise space.error(space.w_UnicodeError,
                          "'utf-8' codec can't decode byte 0x%s in position %d: invalid "
                          "start byte" % (hex_byte(self.data[bad]), bad))
    return space.newstr(self.data)


def hex_byte(ch):
    code = ord(ch)
    return "0123456789abcdef"[code >> 4] + "0123456789abcdef"[code & 15]


classdef.exposes(W_BytesObject)
