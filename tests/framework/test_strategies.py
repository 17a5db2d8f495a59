"""The sequence strategies with a toy value type: which strategy a sequence gets, when it
switches, and that the items (and their identity, for the object strategy) survive."""
from rpython.rlib.objectmodel import import_from_mixin

from framework.strategies import ValueKinds, SequenceStorage, sequence_strategies


class Box(object):
    """A toy guest value; `Int`/`Float` are its unboxable kinds, `Flag` an int-like
    subclass that must stay boxed (like a bool)."""

    def __init__(self, value):
        self.value = value

    def __eq__(self, other):
        return type(self) is type(other) and self.value == other.value

    def __ne__(self, other):
        return not self == other

    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, self.value)


class Int(Box):
    pass


class Float(Box):
    pass


class Flag(Int):
    pass


class ToyKinds(ValueKinds):
    def is_int(self, w_value):
        return type(w_value) is Int

    def int_w(self, w_value):
        return w_value.value

    def wrap_int(self, value):
        return Int(value)

    def is_float(self, w_value):
        return type(w_value) is Float

    def float_w(self, w_value):
        return w_value.value

    def wrap_float(self, value):
        return Float(value)


strategies = sequence_strategies(ToyKinds())


class Seq(object):
    import_from_mixin(SequenceStorage)

    def __init__(self, strategy, storage):
        self.strategy = strategy
        self.storage = storage

    def new_sequence(self, strategy, storage):
        return Seq(strategy, storage)


def seq(*items_w):
    w_seq = Seq(strategies.empty, strategies.empty.no_storage())
    w_seq.setitems_w(list(items_w))
    return w_seq


def ints(*values):
    return seq(*[Int(v) for v in values])


def test_strategy_chosen_from_the_items():
    assert seq().strategy is strategies.empty
    assert ints(1, 2).strategy is strategies.ints
    assert seq(Float(1.5)).strategy is strategies.floats
    assert seq(Int(1), Float(1.5)).strategy is strategies.objects
    assert seq(Flag(1)).strategy is strategies.objects
    assert seq(Box("x")).strategy is strategies.objects


def test_int_storage_is_unboxed():
    w_seq = ints(1, 2, 3)
    assert strategies.ints.unerase(w_seq.storage) == [1, 2, 3]
    assert w_seq.getitem(1) == Int(2)
    assert w_seq.length() == 3


def test_append_to_empty_picks_the_strategy_of_the_value():
    for w_value, expected in [(Int(1), strategies.ints), (Float(2.0), strategies.floats),
                              (Flag(1), strategies.objects), (Box(None), strategies.objects)]:
        w_seq = seq()
        w_seq.append(w_value)
        assert w_seq.strategy is expected
        assert w_seq.getitems_w() == [w_value]


def test_storing_another_kind_generalises_to_objects_and_stays():
    w_seq = ints(1, 2)
    w_seq.append(Float(0.5))
    assert w_seq.strategy is strategies.objects
    assert w_seq.getitems_w() == [Int(1), Int(2), Float(0.5)]
    w_seq.pop(2)
    assert w_seq.strategy is strategies.objects    # no switching back

    w_seq = seq(Float(1.0), Float(2.0))
    w_seq.setitem(0, Int(7))
    assert w_seq.strategy is strategies.objects
    assert w_seq.getitems_w() == [Int(7), Float(2.0)]

    w_seq = ints(1, 2)
    w_seq.insert(1, Flag(1))
    assert w_seq.strategy is strategies.objects
    assert w_seq.getitems_w() == [Int(1), Flag(1), Int(2)]


def test_object_strategy_keeps_identity():
    w_a = Box("a")
    w_seq = seq(w_a, Int(1))
    assert w_seq.getitem(0) is w_a
    w_seq.append(w_a)
    assert w_seq.pop(2) is w_a


def test_same_kind_stays_unboxed():
    w_seq = ints(5)
    w_seq.append(Int(6))
    w_seq.insert(0, Int(4))
    w_seq.setitem(2, Int(9))
    assert w_seq.strategy is strategies.ints
    assert strategies.ints.unerase(w_seq.storage) == [4, 5, 9]
    assert w_seq.pop(0) == Int(4)
    w_seq.delete(0, 1)
    assert w_seq.getitems_w() == [Int(9)]


def test_slices_repetition_and_reverse():
    w_seq = ints(0, 1, 2, 3, 4, 5)
    w_slice = w_seq.getslice(1, 2, 3)
    assert w_slice.strategy is strategies.ints
    assert w_slice.getitems_w() == [Int(1), Int(3), Int(5)]
    assert w_seq.getslice(4, 1, 2).getitems_w() == [Int(4), Int(5)]
    assert w_seq.getslice(0, 1, 0).strategy is strategies.empty
    w_twice = ints(7, 8).repeat(2)
    assert w_twice.strategy is strategies.ints
    assert w_twice.getitems_w() == [Int(7), Int(8), Int(7), Int(8)]
    assert ints(7).repeat(0).strategy is strategies.empty
    assert seq().repeat(3).length() == 0
    w_seq.reverse()
    assert strategies.ints.unerase(w_seq.storage) == [5, 4, 3, 2, 1, 0]
    w_empty = seq()
    w_empty.reverse()
    assert w_empty.length() == 0


def test_results_are_copies():
    w_seq = ints(1, 2)
    w_copy = w_seq.getslice(0, 1, 2)
    w_copy.append(Int(3))
    assert w_seq.length() == 2
    w_sum = w_seq.concat(seq())
    w_sum.append(Int(3))
    assert w_seq.length() == 2


def test_concat_and_extend():
    assert ints(1).concat(ints(2)).strategy is strategies.ints
    w_mixed = ints(1).concat(seq(Float(2.0)))
    assert w_mixed.strategy is strategies.objects
    assert w_mixed.getitems_w() == [Int(1), Float(2.0)]
    assert seq().concat(ints(3)).strategy is strategies.ints
    assert seq().concat(seq()).strategy is strategies.empty

    w_seq = seq()
    w_seq.extend(ints(1, 2))
    assert w_seq.strategy is strategies.ints
    w_seq.extend(w_seq)
    assert strategies.ints.unerase(w_seq.storage) == [1, 2, 1, 2]
    w_seq.extend(seq())
    w_seq.extend(seq(Float(0.5)))
    assert w_seq.strategy is strategies.objects
    assert w_seq.getitems_w() == [Int(1), Int(2), Int(1), Int(2), Float(0.5)]
    w_seq.extend_items_w([Box("z")])
    assert w_seq.getitem(5) == Box("z")


def test_getitems_w_is_a_fresh_list_and_setitems_w_rechooses():
    w_seq = seq(Box("a"))
    items_w = w_seq.getitems_w()
    items_w.append(Box("b"))
    assert w_seq.length() == 1
    w_seq.setitems_w([Int(1)])
    assert w_seq.strategy is strategies.ints
    w_seq.setitems_w([])
    assert w_seq.strategy is strategies.empty


def test_each_language_gets_its_own_strategies():
    other = sequence_strategies(ToyKinds())
    assert other.ints is not strategies.ints
    assert type(other.objects) is not type(strategies.objects)
