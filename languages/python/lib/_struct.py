"""CPython's `_struct`: pack and unpack by format, in Python (floats' bits come from
_struct_core, languages/python/structmodule.py)."""
import _struct_core


class error(Exception):
    pass


error.__module__ = "struct"

# code: (native size, native alignment, standard size, kind)
_CODES = {
    "x": (1, 1, 1, "pad"), "c": (1, 1, 1, "char"), "b": (1, 1, 1, "int"),
    "B": (1, 1, 1, "uint"), "?": (1, 1, 1, "bool"), "h": (2, 2, 2, "int"),
    "H": (2, 2, 2, "uint"), "i": (4, 4, 4, "int"), "I": (4, 4, 4, "uint"),
    "l": (8, 8, 4, "int"), "L": (8, 8, 4, "uint"), "q": (8, 8, 8, "int"),
    "Q": (8, 8, 8, "uint"), "n": (8, 8, 0, "int"), "N": (8, 8, 0, "uint"),
    "e": (2, 2, 2, "float"), "f": (4, 4, 4, "float"), "d": (8, 8, 8, "float"),
    "s": (1, 1, 1, "bytes"), "p": (1, 1, 1, "pascal"), "P": (8, 8, 0, "uint"),
}


def _parse(format):
    if isinstance(format, bytes):
        format = format.decode("latin-1")
    order, native = "little", True
    if format and format[0] in "@=<>!":
        native = format[0] == "@"
        order = "big" if format[0] in ">!" else "little"
        format = format[1:]
    items = []
    offset = 0
    count = None
    for c in format:
        if c.isspace():
            continue
        if c.isdigit():
            count = (count or 0) * 10 + int(c)
            continue
        if c not in _CODES:
            raise error("bad char in struct format")
        size, align, standard, kind = _CODES[c]
        if not native:
            if standard == 0:
                raise error("bad char in struct format")
            size = standard
        elif count != 0 or kind in ("bytes", "pascal"):
            offset += -offset % align
        repeat = 1 if count is None else count
        if kind in ("bytes", "pascal"):
            items.append((c, kind, repeat, offset))
            offset += repeat
        else:
            for _ in range(repeat):
                items.append((c, kind, size, offset))
                offset += size
        count = None
    return order, items, offset


class Struct:
    def __init__(self, format):
        self.format = format if isinstance(format, str) else format.decode("latin-1")
        self._order, self._items, self.size = _parse(format)

    def pack(self, *values):
        items = [item for item in self._items if item[1] != "pad"]
        if len(values) != len(items):
            raise error("pack expected %d items for packing (got %d)" % (len(items),
                                                                         len(values)))
        out = bytearray(self.size)
        values = iter(values)
        for code, kind, size, offset in self._items:
            if kind == "pad":
                continue
            value = next(values)
            out[offset:offset + size] = _pack_one(code, kind, size, value, self._order)
        return bytes(out)

    def pack_into(self, buffer, offset, *values):
        buffer[offset:offset + self.size] = self.pack(*values)

    def unpack(self, data):
        data = bytes(data)
        if len(data) != self.size:
            raise error("unpack requires a buffer of %d bytes" % self.size)
        return self.unpack_from(data)

    def unpack_from(self, data, offset=0):
        data = bytes(data)
        if len(data) - offset < self.size:
            raise error("unpack_from requires a buffer of at least %d bytes for unpacking "
                        "%d bytes at offset %d (actual buffer size is %d)"
                        % (self.size + offset, self.size, offset, len(data)))
        result = []
        for code, kind, size, start in self._items:
            if kind == "pad":
                continue
            chunk = data[offset + start:offset + start + size]
            result.append(_unpack_one(code, kind, size, chunk, self._order))
        return tuple(result)

    def iter_unpack(self, data):
        data = bytes(data)
        for offset in range(0, len(data), self.size):
            yield self.unpack_from(data, offset)


def _pack_one(code, kind, size, value, order):
    if kind == "char":
        if not isinstance(value, (bytes, bytearray)) or len(value) != 1:
            raise error("char format requires a bytes object of length 1")
        return bytes(value)
    if kind == "bool":
        return b"\x01" if value else b"\x00"
    if kind in ("bytes", "pascal"):
        if not isinstance(value, (bytes, bytearray)):
            raise error("argument for 's' must be a bytes object")
        if kind == "pascal":
            value = bytes([min(len(value), size - 1, 255)]) + value[:size - 1]
        return bytes(value[:size]).ljust(size, b"\x00")
    if kind == "float":
        bits = _struct_core.float_bits(float(value), size)
        return bits.to_bytes(size, order)
    if not isinstance(value, int):
        if hasattr(value, "__index__"):
            value = value.__index__()
        else:
            raise error("required argument is not an integer")
    bits = 8 * size
    if kind == "int":
        low, high = -(1 << (bits - 1)), (1 << (bits - 1)) - 1
    else:
        low, high = 0, (1 << bits) - 1
    if not low <= value <= high:
        if kind == "uint" and size == 1 or kind == "int" and size == 1:
            raise error("%sbyte format requires %d <= number <= %d"
                        % ("u" if kind == "uint" else "", low, high))
        raise error("'%s' format requires %d <= number <= %d" % (code, low, high))
    return value.to_bytes(size, order, signed=kind == "int")


def _unpack_one(code, kind, size, chunk, order):
    if kind == "char":
        return chunk
    if kind == "bool":
        return chunk != b"\x00"
    if kind == "bytes":
        return chunk
    if kind == "pascal":
        return chunk[1:1 + chunk[0]]
    if kind == "float":
        return _struct_core.float_from_bits(int.from_bytes(chunk, order), size)
    return int.from_bytes(chunk, order, signed=kind == "int")


_cache = {}


def _struct(format):
    s = _cache.get(format)
    if s is None:
        s = _cache[format] = Struct(format)
    return s


def pack(format, *values):
    return _struct(format).pack(*values)


def pack_into(format, buffer, offset, *values):
    _struct(format).pack_into(buffer, offset, *values)


def unpack(format, data):
    return _struct(format).unpack(data)


def unpack_from(format, data, offset=0):
    return _struct(format).unpack_from(data, offset)


def iter_unpack(format, data):
    return _struct(format).iter_unpack(data)


def calcsize(format):
    return _struct(format).size


def _clearcache():
    _cache.clear()
