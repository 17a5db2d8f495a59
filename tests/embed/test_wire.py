"""The host side of the wire encoding (embed/polyvm/wire.py): no library needed."""
import math
import struct

import pytest

from polyvm import wire

VALUES = [None, True, False, 0, -1, 2 ** 63 - 1, -2 ** 63, 2 ** 63, -2 ** 200, 1.5, -0.0,
          float("inf"), "", "h\u00e9llo \U0001f600", b"", b"\x00\xff", [], (), {},
          [1, [2, (3, {"k": [None]})]], {1: "a", "b": 2.5, (1, 2): b"x"}]


@pytest.mark.parametrize("value", VALUES, ids=repr)
def test_round_trip(value):
    back = wire.decode(wire.encode(value))
    assert back == value and type(back) is type(value)


def test_nan_round_trips():
    assert math.isnan(wire.decode(wire.encode(float("nan"))))


def test_layout_is_tag_then_little_endian_words():
    assert wire.encode(1) == b"i" + struct.pack("<q", 1)
    assert wire.encode("ab") == b"s" + struct.pack("<q", 2) + b"ab"
    assert wire.encode([True]) == b"l" + struct.pack("<q", 1) + b"T"
    assert wire.encode(2 ** 64) == b"I" + struct.pack("<q", 20) + b"18446744073709551616"
    assert wire.encode_arguments((None,)) == b"t" + struct.pack("<q", 1) + b"N"


def test_int_subclasses_cross_as_ints():
    import enum

    class Colour(enum.IntEnum):
        RED = 3
    assert wire.decode(wire.encode(Colour.RED)) == 3


@pytest.mark.parametrize("value, name", [({1, 2}, "set"), (object(), "object"),
                                         ([1, 2j], "complex"), (len, "builtin_function_or_method")])
def test_other_values_are_refused_by_type_name(value, name):
    with pytest.raises(TypeError, match="'%s' cannot cross" % name):
        wire.encode(value)


def test_a_cycle_is_refused():
    cycle = []
    cycle.append(cycle)
    with pytest.raises(TypeError, match="nested more than"):
        wire.encode(cycle)


def test_a_lone_surrogate_is_refused():
    with pytest.raises(TypeError, match="surrogate"):
        wire.encode("\ud800")
