"""The ordered hash with toy keys: order, deletion, growth, the strategies and their switch,
copy-on-write, a raising and a mutating eq, and one rtyped run."""
import pytest

from rpython.rtyper.test.test_llinterp import interpret

from framework.orderedhash import (HashKeys, KEY_INT, KEY_STR, KEY_OTHER, NOT_AN_INDEX,
                                   UNKNOWN_INDEX, stamp_ordered_hash)


class Value(object):
    """A toy guest value."""

    def __init__(self, value):
        self.value = value


class Int(Value):
    pass


class Str(Value):
    pass


class Bool(Value):
    """Equals the int 0 or 1 as a key, like Python's bools."""


class Obj(Value):
    """A key with a guest-defined eq and hash, which counts its calls and may misbehave."""
    eq_calls = 0

    def __init__(self, value, h=7, raises=False, on_eq=None):
        self.value = value
        self.h = h
        self.raises = raises
        self.on_eq = on_eq


class GuestError(Exception):
    pass


class ToyKeys(HashKeys):
    def eq(self, w_a, w_b):
        for w in (w_a, w_b):
            if isinstance(w, Obj):
                Obj.eq_calls += 1
                if w.on_eq is not None:
                    on_eq = w.on_eq
                    w.on_eq = None
                    on_eq()
                if w.raises:
                    raise GuestError
        return type(w_a) is type(w_b) and w_a.value == w_b.value

    def hash(self, w_key):
        if isinstance(w_key, Obj):
            return w_key.h
        if isinstance(w_key, Bool):
            return int(w_key.value)
        if isinstance(w_key, Str):
            return len(w_key.value)
        return w_key.value

    def key_kind(self, w_key):
        if type(w_key) is Int:
            return KEY_INT
        if type(w_key) is Str:
            return KEY_STR
        return KEY_OTHER

    def int_w(self, w_key):
        return w_key.value

    def wrap_int(self, value):
        return Int(value)

    def str_w(self, w_key):
        return w_key.value

    def wrap_str(self, value):
        return Str(value)

    def index_of_other(self, w_key):
        if type(w_key) is Bool:
            return int(w_key.value)
        if type(w_key) is Obj:
            return UNKNOWN_INDEX
        return NOT_AN_INDEX

    def other_may_equal_str(self, w_key):
        return type(w_key) is Obj


Table = stamp_ordered_hash("toy")
KEYS = ToyKeys()


def values(w_list):
    return [w.value for w in w_list]


def table_of(pairs):
    table = Table(KEYS)
    for key, value in pairs:
        table.set(key, Value(value))
    return table


def test_insertion_order_and_replacement():
    table = table_of([(Str("b"), 1), (Int(5), 2), (Str("a"), 3)])
    table.set(Int(5), Value(20))
    assert values(table.keys_w()) == ["b", 5, "a"]
    assert values(table.values_w()) == [1, 20, 3]
    assert table.length() == 3
    assert table.get(Int(5)).value == 20
    assert table.get(Int(6)) is None


def test_deletion_and_reinsertion_go_to_the_end():
    table = table_of([(Str(c), i) for i, c in enumerate("abcde")])
    assert table.pop(Str("b")).value == 1
    assert table.pop(Str("b")) is None
    table.set(Str("b"), Value(9))
    assert values(table.keys_w()) == ["a", "c", "d", "e", "b"]
    assert table.length() == 5


def test_growth_and_compaction_keep_order():
    table = Table(KEYS)
    for i in range(1000):
        table.set(Str("k%d" % i), Value(i))
    for i in range(0, 1000, 3):
        table.pop(Str("k%d" % i))
    for i in range(990):
        if i % 3 != 0:
            table.pop(Str("k%d" % i))
    entries = table.storage._x
    assert len(entries.keys) < 100          # the tombstones were squeezed out
    assert values(table.keys_w()) == ["k%d" % i for i in range(990, 1000) if i % 3 != 0]
    for i in range(990, 1000):
        assert (table.get(Str("k%d" % i)) is None) == (i % 3 == 0)


def test_insert_pop_churn_does_not_fill_the_index():
    table = table_of([(Obj("x", h=1), 0)])
    for i in range(200):
        table.set(Obj(i, h=i), Value(i))
        assert table.pop(Obj(i, h=i)).value == i
    assert table.length() == 1
    assert len(table.storage._x.index) <= 16


def test_packed_strategy_and_its_switch():
    table = table_of([(Int(i), i * 10) for i in range(5)])
    assert table.strategy_name() == "packed"
    assert table.get(Int(3)).value == 30
    assert table.get(Bool(True)).value == 10          # 1 and True are the same key
    table.set(Bool(False), Value(-1))
    assert values(table.keys_w()) == [0, 1, 2, 3, 4]
    assert table.get(Str("x")) is None
    assert table.strategy_name() == "packed"
    assert table.pop(Int(4)).value == 40               # popping the last stays packed
    assert table.strategy_name() == "packed"
    table.set(Int(7), Value(70))                       # a gap: general from now on
    assert table.strategy_name() == "object"
    assert values(table.keys_w()) == [0, 1, 2, 3, 7]
    assert values(table.values_w()) == [-1, 10, 20, 30, 70]
    assert table.get(Int(1)).value == 10


def test_packed_switches_on_a_middle_delete_and_on_unknown_keys():
    table = table_of([(Int(i), i) for i in range(3)])
    table.pop(Int(1))
    assert table.strategy_name() == "object"
    assert values(table.keys_w()) == [0, 2]
    table = table_of([(Int(i), i) for i in range(3)])
    assert table.get(Obj(1, h=1)) is None              # only the guest eq can tell
    assert table.strategy_name() == "object"


def test_string_strategy_and_its_switch():
    table = table_of([(Str("x"), 1), (Str("y"), 2)])
    assert table.strategy_name() == "string"
    assert table.get_str("y").value == 2
    assert table.get(Int(1)) is None                   # cannot equal a string
    assert table.strategy_name() == "string"
    table.set(Int(1), Value(3))
    assert table.strategy_name() == "object"
    assert values(table.keys_w()) == ["x", "y", 1]
    assert table.get_str("x").value == 1


def test_first_key_picks_the_strategy():
    assert table_of([(Int(0), 1)]).strategy_name() == "packed"
    assert table_of([(Int(1), 1)]).strategy_name() == "object"
    assert table_of([(Str("a"), 1)]).strategy_name() == "string"
    assert table_of([(Bool(False), 1)]).strategy_name() == "object"
    table = table_of([(Str("a"), 1)])
    table.pop(Str("a"))
    assert table.strategy_name() == "empty"


def pop_newest(table):
    position = table.last_position()
    w_key = table.key_at(position)
    table.pop_last()
    return w_key.value


def test_pop_last_is_lifo_and_calls_no_eq():
    keys = [Obj(i, h=i, raises=True) for i in range(4)]
    table = Table(KEYS)
    for i, w_key in enumerate(keys):       # distinct hashes: no eq on insert
        table.set(w_key, Value(i))
    assert pop_newest(table) == 3
    table.pop(keys[1])                     # identity: no eq
    assert pop_newest(table) == 2
    assert pop_newest(table) == 0
    assert table.length() == 0
    assert table.strategy_name() == "empty"
    packed = table_of([(Int(i), i) for i in range(3)])
    assert pop_newest(packed) == 2
    assert packed.strategy_name() == "packed"


def test_walking_backwards():
    table = table_of([(Str(c), i) for i, c in enumerate("abcd")])
    table.pop(Str("c"))
    seen = []
    position = table.prev_position(table.last_position())
    while position >= 0:
        seen.append(table.key_at(position).value)
        position = table.prev_position(position - 1)
    assert seen == ["d", "b", "a"]


def test_iteration_by_position_tolerates_mutation():
    table = table_of([(Str(c), i) for i, c in enumerate("abc")])
    position = table.next_position(0)
    seen = []
    while position >= 0:
        seen.append(table.key_at(position).value)
        if len(seen) == 1:
            table.pop(Str("c"))
            table.set(Str("d"), Value(4))
        position = table.next_position(position + 1)
    assert seen == ["a", "b", "d"]


def test_copy_on_write():
    original = table_of([(Str("a"), 1), (Str("b"), 2)])
    copy = original.copy()
    assert copy.storage is original.storage            # O(1): nothing copied yet
    copy.set(Str("c"), Value(3))
    assert values(original.keys_w()) == ["a", "b"]
    assert values(copy.keys_w()) == ["a", "b", "c"]
    original.set(Str("a"), Value(10))                  # no sharer left: written in place
    assert copy.get(Str("a")).value == 1
    packed = table_of([(Int(0), 1)])
    other = packed.copy()
    packed.pop(Int(0))
    assert other.get(Int(0)).value == 1


def test_an_eq_that_raises_propagates_and_leaves_the_table_intact():
    table = table_of([(Obj("a", h=1), 1)])
    with pytest.raises(GuestError):
        table.get(Obj("b", h=1, raises=True))
    with pytest.raises(GuestError):
        table.set(Obj("b", h=1, raises=True), Value(2))
    assert values(table.keys_w()) == ["a"]
    assert table.get(Obj("a", h=1)).value == 1


def test_an_eq_that_mutates_the_table_restarts_the_probe():
    table = table_of([(Obj("a", h=1), 1)])
    table.set(Obj("b", h=1, on_eq=lambda: table.clear()), Value(2))
    assert values(table.keys_w()) == ["b"]
    table = table_of([(Obj("a", h=1), 1), (Obj("c", h=2), 3)])
    table.set(Obj("a", h=1, on_eq=lambda: table.pop(Obj("c", h=2))), Value(5))
    assert values(table.keys_w()) == ["a"]
    assert table.get(Obj("a", h=1)).value == 5


def test_an_empty_table_still_hashes_general_keys():
    class Unhashable(Obj):
        pass

    class RaisingKeys(ToyKeys):
        def hash(self, w_key):
            if isinstance(w_key, Unhashable):
                raise GuestError
            return ToyKeys.hash(self, w_key)

    table = Table(RaisingKeys())
    with pytest.raises(GuestError):
        table.get(Unhashable(1))
    assert table.get(Str("a")) is None


def test_identity_first():
    w_nan = Obj("nan", h=0)
    w_nan_twin = Obj("nan", h=0, raises=True)
    table = table_of([(w_nan, 1)])
    assert table.get(w_nan).value == 1                 # no eq call for the same object
    with pytest.raises(GuestError):
        table.get(w_nan_twin)


# -- translated -------------------------------------------------------------------------------

class RInt(object):
    def __init__(self, value):
        self.value = value


class RKeys(HashKeys):
    """RPython keys: ints, and strings stored as the ints' decimal text."""

    def eq(self, w_a, w_b):
        return w_a.value == w_b.value

    def hash(self, w_key):
        return w_key.value

    def key_kind(self, w_key):
        return KEY_INT

    def int_w(self, w_key):
        return w_key.value

    def wrap_int(self, value):
        return RInt(value)

    def str_w(self, w_key):
        return str(w_key.value)

    def wrap_str(self, value):
        return RInt(len(value))

    def index_of_other(self, w_key):
        return UNKNOWN_INDEX

    def other_may_equal_str(self, w_key):
        return True


RTable = stamp_ordered_hash("rtoy")
RKEYS = RKeys()


def rtyped_main(n):
    table = RTable(RKEYS)
    for i in range(n):
        table.set(RInt(i), RInt(i * 2))          # packed
    copy = table.copy()
    table.set(RInt(n + 5), RInt(1))              # switches to the object strategy
    table.pop(RInt(0))
    total = 0
    position = table.next_position(0)
    while position >= 0:
        total += table.key_at(position).value * 1000 + table.value_at(position).value
        position = table.next_position(position + 1)
    w_missing = table.get(RInt(-3))
    return total + copy.length() * 7 + (w_missing is None) + (copy.get_str("x") is None)


def test_rtyped():
    expected = rtyped_main(10)
    assert interpret(rtyped_main, [10]) == expected
