"""The wire encoding of values crossing into and out of the VM (framework/embedding.py).

One tag byte, then: N None, T True, F False, i int (8 bytes), I int of any size (length,
decimal), f float (8 bytes), s str (length, UTF-8), b bytes (length, raw), l list and
t tuple (count, items), d dict (count, then key, value ...).  Lengths and counts are 8 bytes,
little-endian, signed.
"""
import struct

WORD = struct.Struct("<q")
FLOAT = struct.Struct("<d")
MAX_DEPTH = 500
CROSSES = "only None, bool, int, float, str, bytes, and lists, tuples and dicts of those cross"
_pack_word = WORD.pack
_pack_float = FLOAT.pack
_unpack_word = WORD.unpack_from
_unpack_float = FLOAT.unpack_from


_pack_tagged_word = struct.Struct("<cq").pack
_pack_tagged_float = struct.Struct("<cd").pack
_TUPLE_HEADERS = [b"t" + _pack_word(n) for n in range(16)]


def encode_arguments(args):
    """The arguments of a call, as a wire tuple (ints and floats the quick way)."""
    count = len(args)
    parts = [_TUPLE_HEADERS[count] if count < 16 else b"t" + _pack_word(count)]
    for arg in args:
        kind = type(arg)
        if kind is float:
            parts.append(_pack_tagged_float(b"f", arg))
        elif kind is int and -0x8000000000000000 <= arg <= 0x7fffffffffffffff:
            parts.append(_pack_tagged_word(b"i", arg))
        else:
            _encode(arg, parts, 1)
    return b"".join(parts)


def encode(value):
    parts = []
    _encode(value, parts, 0)
    return b"".join(parts)


def _encode(value, parts, depth):
    kind = type(value)
    if kind is float:
        parts.append(b"f" + _pack_float(value))
    elif kind is int:
        if -0x8000000000000000 <= value <= 0x7fffffffffffffff:
            parts.append(b"i" + _pack_word(value))
        else:
            digits = str(value).encode("ascii")
            parts.append(b"I" + _pack_word(len(digits)) + digits)
    elif value is None:
        parts.append(b"N")
    elif value is True:
        parts.append(b"T")
    elif value is False:
        parts.append(b"F")
    elif isinstance(value, int):               # int subclasses (IntEnum ...) cross as ints
        _encode(int(value), parts, depth)
    elif isinstance(value, float):
        parts.append(b"f" + _pack_float(float(value)))
    elif isinstance(value, str):
        try:
            data = value.encode("utf-8")
        except UnicodeEncodeError as e:
            raise TypeError("polyvm: a str with a lone surrogate cannot cross (%s)" % e)
        parts.append(b"s" + _pack_word(len(data)) + data)
    elif isinstance(value, bytes):
        parts.append(b"b" + _pack_word(len(value)) + value)
    elif isinstance(value, (list, tuple, dict)):
        if depth >= MAX_DEPTH:
            raise TypeError("polyvm: a value nested more than %d deep cannot cross (a cycle?)"
                            % MAX_DEPTH)
        if isinstance(value, dict):
            parts.append(b"d" + _pack_word(len(value)))
            for key, item in value.items():
                _encode(key, parts, depth + 1)
                _encode(item, parts, depth + 1)
        else:
            parts.append((b"l" if isinstance(value, list) else b"t") + _pack_word(len(value)))
            for item in value:
                _encode(item, parts, depth + 1)
    else:
        raise TypeError("polyvm: a value of type '%s' cannot cross into the VM (%s)"
                        % (type(value).__name__, CROSSES))


# A result with status OK and no output, up to its payload (the common case, decoded fast).
QUIET_OK = b"t" + _pack_word(4) + b"i" + _pack_word(0) + (b"s" + _pack_word(0)) * 2
PAYLOAD = len(QUIET_OK)


def quick_result(data):
    """The value of a result that starts with QUIET_OK."""
    tag = data[PAYLOAD]
    if tag == 0x69:
        return _unpack_word(data, PAYLOAD + 1)[0]
    if tag == 0x66:
        return _unpack_float(data, PAYLOAD + 1)[0]
    return _decode(data, PAYLOAD)[0]


def decode_result(data):
    """A result (status, stdout, stderr, payload), with the guest's output as str."""
    if data.startswith(QUIET_OK):
        return 0, "", "", quick_result(data)
    return decode(data)


def decode(data):
    value, end = _decode(data, 0)
    if end != len(data):
        raise ValueError("polyvm: %d stray bytes after a value" % (len(data) - end))
    return value


def _decode(data, pos):
    tag = data[pos]
    pos += 1
    if tag == 0x69:                                             # i
        return _unpack_word(data, pos)[0], pos + 8
    if tag == 0x66:                                             # f
        return _unpack_float(data, pos)[0], pos + 8
    if tag == 0x4e:                                             # N
        return None, pos
    if tag == 0x54:                                             # T
        return True, pos
    if tag == 0x46:                                             # F
        return False, pos
    if tag in b"sbI":
        size = _unpack_word(data, pos)[0]
        pos += 8
        chunk = data[pos:pos + size]
        pos += size
        if tag == 0x73:                                         # s
            return chunk.decode("utf-8", "surrogateescape"), pos
        if tag == 0x62:                                         # b
            return chunk, pos
        return int(chunk), pos
    if tag in b"ltd":
        count = _unpack_word(data, pos)[0]
        pos += 8
        if tag == 0x64:                                         # d
            result = {}
            for _ in range(count):
                key, pos = _decode(data, pos)
                result[key], pos = _decode(data, pos)
            return result, pos
        items = []
        for _ in range(count):
            item, pos = _decode(data, pos)
            items.append(item)
        return (items if tag == 0x6c else tuple(items)), pos
    raise ValueError("polyvm: unknown tag %r in a value from the VM" % chr(tag))
