"""Storage strategies for sequences (lists, arrays): the items are stored according to what
they are.

A sequence holding only machine ints keeps an RPython list of ints, not a list of boxes.
Reading an item wraps it on the way out, and a JIT trace removes that box when it does not
escape (`for x in lst: total += x` allocates nothing); the GC never scans the storage either.
The first time a value of another kind is stored, the sequence switches to a more general
strategy (empty -> int/float/object, int -> object, float -> object) and never switches back,
as PyPy's list strategies do.

A container holds two fields: `strategy`, an immutable singleton that the JIT promotes to a
constant, so a trace calls the right storage code directly; and `storage`, the items, erased
by rpython.rlib.rerased to one pointer type, which only the strategy that erased it unerases.
`SequenceStorage` is the mixin that gives a container its item operations.  A language
describes its values with a `ValueKinds` and gets its own strategies from
`sequence_strategies`.

rpython.rlib.rstrategies offers the same idea as a general factory (a metaclass, a logger,
arbitrary transition graphs); sequences need four fixed strategies, so this small base is
clearer.
"""
from rpython.rlib import jit, rerased
from rpython.rlib.objectmodel import import_from_mixin, not_rpython


class ValueKinds(object):
    """What a language tells the kit about its values: which of them can be stored unboxed,
    and how to unwrap and wrap those.

    `is_int` must hold only for the language's exact machine-word ints (not booleans, not
    subclasses, not big ints), since an unboxed item comes back as a fresh plain int box;
    `is_float` likewise for exact floats.
    """

    def is_int(self, w_value):
        raise NotImplementedError

    def int_w(self, w_value):
        raise NotImplementedError

    def wrap_int(self, value):
        raise NotImplementedError

    def is_float(self, w_value):
        raise NotImplementedError

    def float_w(self, w_value):
        raise NotImplementedError

    def wrap_float(self, value):
        raise NotImplementedError


class TypedStorage(object):
    """Mixin for the strategies whose storage is an RPython list of one item type (ints,
    floats or wrapped values).  Copied into each strategy class, so every copy is annotated
    with its own item type.  The class supplies `erase`/`unerase` (a static erasing pair),
    `can_store`, `unwrap`, `wrap` and `generalized_for`.

    Indices are in range: the container checks them first."""

    def length(self, storage):
        return len(self.unerase(storage))

    def getitem(self, storage, index):
        return self.wrap(self.unerase(storage)[index])

    def setitem(self, storage, index, w_value):
        self.unerase(storage)[index] = self.unwrap(w_value)

    def append(self, storage, w_value):
        self.unerase(storage).append(self.unwrap(w_value))

    def insert(self, storage, index, w_value):
        self.unerase(storage).insert(index, self.unwrap(w_value))

    def pop(self, storage, index):
        return self.wrap(self.unerase(storage).pop(index))

    def delete(self, storage, start, stop):
        assert 0 <= start <= stop
        del self.unerase(storage)[start:stop]

    def getslice(self, storage, start, step, length):
        items = self.unerase(storage)
        if step == 1:
            assert start >= 0 and length >= 0
            return self.erase(items[start:start + length])
        result = []
        for i in range(length):
            result.append(items[start + i * step])
        return self.erase(result)

    def repeat(self, storage, times):
        return self.erase(self.unerase(storage) * times)

    def concat(self, storage, other_storage):
        return self.erase(self.unerase(storage) + self.unerase(other_storage))

    def extend(self, storage, other_storage):
        self.unerase(storage).extend(self.unerase(other_storage))

    def reverse(self, storage):
        self.unerase(storage).reverse()

    def getitems_w(self, storage):
        return [self.wrap(item) for item in self.unerase(storage)]

    def storage_from_items_w(self, items_w):
        """A fresh storage holding `items_w`, each of which `can_store`."""
        return self.erase([self.unwrap(w_item) for w_item in items_w])


class SequenceStorage(object):
    """Mixin (via import_from_mixin) for a container whose items live in a strategy's storage.

    The class sets `strategy` and `storage` in its constructor, from a strategy's
    `storage_from_items_w` or from the results below, and defines
    `new_sequence(strategy, storage)`, which makes a fresh container of its plain kind (the
    result of a slice, a repetition, a concatenation).  Index arguments are in range.
    """

    def length(self):
        return jit.promote(self.strategy).length(self.storage)

    def getitem(self, index):
        return jit.promote(self.strategy).getitem(self.storage, index)

    def setitem(self, index, w_value):
        self.strategy_to_store(w_value).setitem(self.storage, index, w_value)

    def append(self, w_value):
        self.strategy_to_store(w_value).append(self.storage, w_value)

    def insert(self, index, w_value):
        self.strategy_to_store(w_value).insert(self.storage, index, w_value)

    def pop(self, index):
        return jit.promote(self.strategy).pop(self.storage, index)

    def delete(self, start, stop):
        """Remove the items start:stop (a step-1 slice, already clamped)."""
        if start < stop:
            jit.promote(self.strategy).delete(self.storage, start, stop)

    def getslice(self, start, step, length):
        """A new container of `length` items from `start` on, every `step`th."""
        strategy = jit.promote(self.strategy)
        if length <= 0:
            return self.new_sequence(strategy.empty_strategy(), strategy.no_storage())
        return self.new_sequence(strategy, strategy.getslice(self.storage, start, step, length))

    def repeat(self, times):
        """A new container: the items `times` times over (the caller bounds the size)."""
        strategy = jit.promote(self.strategy)
        if times <= 0 or strategy.length(self.storage) == 0:
            return self.new_sequence(strategy.empty_strategy(), strategy.no_storage())
        return self.new_sequence(strategy, strategy.repeat(self.storage, times))

    def concat(self, w_other):
        """A new container: these items, then `w_other`'s (a container of the same class)."""
        strategy = jit.promote(self.strategy)
        other = jit.promote(w_other.strategy)
        length = strategy.length(self.storage)
        other_length = other.length(w_other.storage)
        if other_length == 0:
            return self.getslice(0, 1, length)
        if length == 0:
            return w_other.getslice(0, 1, other_length)
        if strategy is other:
            return self.new_sequence(strategy, strategy.concat(self.storage, w_other.storage))
        return self.new_sequence_of(self.getitems_w() + w_other.getitems_w())

    def extend(self, w_other):
        """Append the items of `w_other` (a container of the same class, maybe `self`)."""
        strategy = jit.promote(self.strategy)
        other = jit.promote(w_other.strategy)
        other_length = other.length(w_other.storage)
        if other_length == 0:
            return
        if strategy is other:
            strategy.extend(self.storage, w_other.storage)
        elif strategy.length(self.storage) == 0:
            self.storage = other.getslice(w_other.storage, 0, 1, other_length)
            self.strategy = other
        else:
            self.extend_items_w(w_other.getitems_w())

    def extend_items_w(self, items_w):
        for w_item in items_w:
            self.append(w_item)

    def reverse(self):
        strategy = jit.promote(self.strategy)
        if strategy.length(self.storage) > 1:
            strategy.reverse(self.storage)

    def getitems_w(self):
        """The items as a fresh list of wrapped values, for callers that need them all."""
        return jit.promote(self.strategy).getitems_w(self.storage)

    def setitems_w(self, items_w):
        """Replace every item, choosing the most specific strategy that holds them."""
        strategy = jit.promote(self.strategy).strategy_for_items_w(items_w)
        self.storage = strategy.storage_from_items_w(items_w)
        self.strategy = strategy

    def new_sequence_of(self, items_w):
        strategy = jit.promote(self.strategy).strategy_for_items_w(items_w)
        return self.new_sequence(strategy, strategy.storage_from_items_w(items_w))

    def strategy_to_store(self, w_value):
        """The strategy after making room for `w_value`: the current one, or a more general
        one the storage has been converted to."""
        strategy = jit.promote(self.strategy)
        if strategy.can_store(w_value):
            return strategy
        general = strategy.generalized_for(w_value)
        self.storage = general.storage_from_items_w(strategy.getitems_w(self.storage))
        self.strategy = general
        return general


class SequenceStrategies(object):
    """One language's strategy singletons; `empty` is where every new container starts."""

    def __init__(self, empty, ints, floats, objects):
        self.empty = empty
        self.ints = ints
        self.floats = floats
        self.objects = objects


@not_rpython
def sequence_strategies(values):
    """Make the strategies of one language, whose values `values` (a ValueKinds) describes.

    Each call makes fresh classes and erasing pairs, so the annotator types a language's
    object storage as that language's values, not as the W_Root every language shares.
    """

    class SequenceStrategy(object):
        """Base of this language's strategies: stateless singletons, which the container
        promotes."""
        _attrs_ = []

        def empty_strategy(self):
            return empty

        def no_storage(self):
            return empty.erase(None)

        @jit.look_inside_iff(lambda self, items_w:
                             jit.loop_unrolling_heuristic(items_w, len(items_w), 8))
        def strategy_for_items_w(self, items_w):
            """The most specific strategy that can hold all of `items_w`."""
            if not items_w:
                return empty
            all_ints = True
            all_floats = True
            for w_item in items_w:
                all_ints = all_ints and values.is_int(w_item)
                all_floats = all_floats and values.is_float(w_item)
            if all_ints:
                return ints
            if all_floats:
                return floats
            return objects

    class EmptyStrategy(SequenceStrategy):
        """No items and no storage: the first value stored picks the real strategy.  It
        defines only what a container calls on an empty storage (indices are checked, and
        slices, repetitions and joins of nothing are made without asking it)."""
        erase = staticmethod(rerased.new_erasing_pair("empty_sequence")[0])  # None only

        def length(self, storage):
            return 0

        def can_store(self, w_value):
            return False

        def generalized_for(self, w_value):
            return self.strategy_for_items_w([w_value])

        def getitems_w(self, storage):
            return []

        def storage_from_items_w(self, items_w):
            assert not items_w
            return self.no_storage()

    class IntStrategy(SequenceStrategy):
        """Unboxed machine ints."""
        import_from_mixin(TypedStorage)
        erase, unerase = rerased.new_static_erasing_pair("int_sequence")

        def can_store(self, w_value):
            return values.is_int(w_value)

        def unwrap(self, w_value):
            return values.int_w(w_value)

        def wrap(self, value):
            return values.wrap_int(value)

        def generalized_for(self, w_value):
            return objects

    class FloatStrategy(SequenceStrategy):
        """Unboxed floats."""
        import_from_mixin(TypedStorage)
        erase, unerase = rerased.new_static_erasing_pair("float_sequence")

        def can_store(self, w_value):
            return values.is_float(w_value)

        def unwrap(self, w_value):
            return values.float_w(w_value)

        def wrap(self, value):
            return values.wrap_float(value)

        def generalized_for(self, w_value):
            return objects

    class ObjectStrategy(SequenceStrategy):
        """The wrapped values themselves, so identity is kept; holds anything."""
        import_from_mixin(TypedStorage)
        erase, unerase = rerased.new_static_erasing_pair("object_sequence")

        def can_store(self, w_value):
            return True

        def unwrap(self, w_value):
            return w_value

        def wrap(self, w_value):
            return w_value

    empty = EmptyStrategy()
    ints = IntStrategy()
    floats = FloatStrategy()
    objects = ObjectStrategy()
    return SequenceStrategies(empty, ints, floats, objects)
