"""An insertion-ordered hash table whose keys are guest values: Python's dict and set, PHP's
arrays, Ruby's Hash.

Layout (CPython's compact dict): the entries live in parallel lists in insertion order
(`keys`, `values_w`, `hashes`), and a separate open-addressing `index` of powers-of-two
size maps a probe slot to an entry number.  Deleting an entry leaves a tombstone (key None)
in the entry lists and DELETED in its index slot, so the order of the others is kept;
tombstones are squeezed out when the index is rebuilt (growth or compaction), and a
tombstone at the end is dropped at once, so popping the last entry is O(1).

Why our own open addressing rather than rpython's r_dict/r_ordereddict:
  * iteration is by entry position, so a guest iterator is an (index, expected size) pair
    that tolerates any mutation and detects a size change, with no snapshot of the keys;
  * the language's eq may run guest code that raises or mutates the very table being
    probed: the probe notices and restarts, as CPython's does;
  * the packed and string strategies and the copy-on-write sharing need the raw entries;
  * an r_dict behaves differently untranslated (unordered) from translated.

Strategies (singletons the container promotes, as in framework/strategies.py; the storage is
erased with rerased):
  empty   no storage at all;
  packed  keys 0..n-1 appended in order (PHP's packed arrays): a list of values, no hash;
  string  keys are RPython strs compared natively (no guest eq); a lookup with a constant
          key hashes at trace time and costs one residual call;
  object  any key, with the language's eq and hash.
The first key that does not fit switches the table to the object strategy, for good.

Copy-on-write: `copy()` is O(1) and shares the storage, counting the sharers; the first
write through any sharer copies the entries, so PHP's value-semantics arrays cost nothing
until written.

A table prebuilt at translation time keeps the hashes its keys had then: the string
strategy's own hash is the same translated, a language's `hash` must be too for keys it
puts in such a table.

The language describes its keys with a `HashKeys` object.  The table stores guest values and
calls back into the language, so it is stamped per language (`stamp_ordered_hash`, called
from framework/kit.py).
"""
from rpython.rlib import jit, rerased
from rpython.rlib.rarithmetic import r_uint, intmask
from rpython.rlib.objectmodel import not_rpython

from framework.stamping import stamp

FREE = -1             # index slot never used
DELETED = -2          # index slot whose entry was deleted
MIN_INDEX = 8
PERTURB_SHIFT = 5

# HashKeys.key_kind
KEY_INT = 0           # an exact machine int: storable in the packed strategy
KEY_STR = 1           # an exact string: storable in the string strategy
KEY_OTHER = 2

# HashKeys.index_of_other
NOT_AN_INDEX = -1     # equals no non-negative machine int
UNKNOWN_INDEX = -2    # only the language's eq can tell


class HashKeys(object):
    """What a language tells the table about its keys.  `eq` and `hash` may run guest code
    and raise the language's exceptions; the others must not.  A language overrides every
    method (a default here would be one graph that two languages' keys flow through)."""

    def eq(self, w_a, w_b):
        raise NotImplementedError

    def hash(self, w_key):
        raise NotImplementedError

    def key_kind(self, w_key):
        """KEY_INT, KEY_STR or KEY_OTHER.  An int or string key must equal exactly the keys
        of its own kind with the same int_w/str_w, and its `hash` must not run guest code."""
        raise NotImplementedError

    def int_w(self, w_key):
        raise NotImplementedError

    def wrap_int(self, value):
        raise NotImplementedError

    def str_w(self, w_key):
        raise NotImplementedError

    def wrap_str(self, value):
        raise NotImplementedError

    def index_of_other(self, w_key):
        """For a KEY_OTHER key: the non-negative int it equals as a key (Python's True and
        1.0 equal 1), NOT_AN_INDEX, or UNKNOWN_INDEX (the safe answer: the table then
        switches to the object strategy and asks `eq`)."""
        raise NotImplementedError

    def other_may_equal_str(self, w_key):
        """For a KEY_OTHER key: whether it might equal some string key (True is safe)."""
        raise NotImplementedError


class Mutated(Exception):
    """The language's eq changed the table under a probe: start the operation again."""


@jit.elidable
def string_hash(s):
    """FNV-1a over the bytes: the same before and after translation (compute_hash is not),
    so a table prebuilt at translation time stays valid; elidable, so a constant key is
    hashed while tracing."""
    h = r_uint(2166136261)
    for c in s:
        h = (h ^ r_uint(ord(c))) * r_uint(16777619)
    return intmask(h)


def index_size_for(count):
    size = MIN_INDEX
    while size * 2 <= count * 3:
        size <<= 1
    return size


# -- storages ---------------------------------------------------------------------------------

class PackedEntries(object):
    """Values of keys 0..n-1."""

    def __init__(self, values_w):
        self.values_w = values_w
        self.sharers = 0          # how many other tables share this storage

    def copy(self):
        return self.stamped(self.values_w[:])


class KeyedEntries(object):
    """Entries in insertion order plus the index; `keys[e]` is None for a tombstone."""

    def __init__(self, keys, values_w, hashes, live):
        self.keys = keys
        self.values_w = values_w
        self.hashes = hashes
        self.live = live
        self.sharers = 0
        self.index = None
        self.fill = 0             # index slots not FREE
        self.rebuild_index()

    def copy(self):
        """The same entries at the same positions (iterators keep their place)."""
        result = self.stamped([], [], [], 0)
        result.keys = self.keys[:]
        result.values_w = self.values_w[:]
        result.hashes = self.hashes[:]
        result.live = self.live
        result.index = self.index[:]
        result.fill = self.fill
        return result

    def rebuild_index(self):
        """Squeeze out the tombstones and index the entries afresh."""
        if self.live < len(self.keys):
            keys = []
            values_w = []
            hashes = []
            for e in range(len(self.keys)):
                if self.keys[e] is not None:
                    keys.append(self.keys[e])
                    values_w.append(self.values_w[e])
                    hashes.append(self.hashes[e])
            self.keys = keys
            self.values_w = values_w
            self.hashes = hashes
        index = [FREE] * index_size_for(len(self.keys))
        mask = len(index) - 1
        for e in range(len(self.keys)):
            h = self.hashes[e]
            i = h & mask
            perturb = r_uint(h)
            while index[i] != FREE:
                perturb = perturb >> PERTURB_SHIFT
                i = intmask((r_uint(i) * 5 + 1 + perturb) & r_uint(mask))
            index[i] = e
        self.index = index
        self.fill = len(self.keys)

    def append(self, key, w_value, h):
        """Add an entry for a key known to be absent."""
        if (self.fill + 1) * 3 > len(self.index) * 2:
            self.rebuild_index()
        e = len(self.keys)
        self.keys.append(key)
        self.values_w.append(w_value)
        self.hashes.append(h)
        self.live += 1
        index = self.index
        mask = len(index) - 1
        i = h & mask
        perturb = r_uint(h)
        while index[i] >= 0:
            perturb = perturb >> PERTURB_SHIFT
            i = intmask((r_uint(i) * 5 + 1 + perturb) & r_uint(mask))
        if index[i] == FREE:
            self.fill += 1
        index[i] = e

    def slot_of_entry(self, e):
        """The index slot that points to entry `e` (found by its stored hash alone)."""
        index = self.index
        mask = len(index) - 1
        i = self.hashes[e] & mask
        perturb = r_uint(self.hashes[e])
        while index[i] != e:
            perturb = perturb >> PERTURB_SHIFT
            i = intmask((r_uint(i) * 5 + 1 + perturb) & r_uint(mask))
        return i

    def remove(self, slot):
        """Delete the entry the index slot `slot` points to."""
        e = self.index[slot]
        self.index[slot] = DELETED
        self.keys[e] = None
        self.values_w[e] = None
        self.live -= 1
        while self.keys and self.keys[-1] is None:     # a tombstone at the end goes now
            self.keys.pop()
            self.values_w.pop()
            self.hashes.pop()
        if self.live * 4 < len(self.keys):
            self.rebuild_index()


class StringEntries(KeyedEntries):
    pass


class ObjectEntries(KeyedEntries):
    pass


# -- strategies -------------------------------------------------------------------------------

class StrategyRoot(object):
    """The common base of one language's strategies: stateless singletons, which the table
    promotes.  It defines no method, so no method is annotated with a storage of every
    strategy at once."""
    _attrs_ = []


class HashStrategy(object):
    """Mixin of every strategy.  Every method gets the table; those that write take the
    storage through `writable`, which un-shares it first."""

    def writable(self, table):
        entries = self.unerase(table.storage)
        if entries.sharers > 0:
            entries.sharers -= 1
            entries = entries.copy()
            table.storage = self.erase(entries)
        return entries

    def release(self, table):
        """The table drops its storage (it is cleared or switches strategy)."""
        entries = self.unerase(table.storage)
        if entries.sharers > 0:
            entries.sharers -= 1

    def share(self, table):
        self.unerase(table.storage).sharers += 1

    def generalize(self, table):
        """Switch `table` to the object strategy, keeping the order."""
        general = self.object_strategy
        keys = table.keys
        keys_w = []
        values_w = []
        hashes = []
        position = self.next_position(table, 0)
        while position >= 0:
            w_key = self.key_at(table, position)
            keys_w.append(w_key)
            values_w.append(self.value_at(table, position))
            hashes.append(keys.hash(w_key))
            position = self.next_position(table, position + 1)
        self.release(table)
        table.storage = general.erase(general.entries_class(keys_w, values_w, hashes,
                                                            len(keys_w)))
        table.strategy = general


class EmptyStrategy(HashStrategy):
    def length(self, table):
        return 0

    def get(self, table, w_key):
        self.check_hashable(table, w_key)
        return None

    def pop(self, table, w_key):
        self.check_hashable(table, w_key)
        return None

    def check_hashable(self, table, w_key):
        """A lookup in an empty table still hashes a general key, so an unhashable one
        raises the language's error as it would in a full table."""
        keys = table.keys
        if keys.key_kind(w_key) == KEY_OTHER:
            keys.hash(w_key)

    def set(self, table, w_key, w_value):
        keys = table.keys
        kind = keys.key_kind(w_key)
        if kind == KEY_INT and keys.int_w(w_key) == 0:
            strategy = self.packed_strategy
            table.storage = strategy.erase(strategy.entries_class([w_value]))
            table.strategy = strategy
        elif kind == KEY_STR:
            strategy = self.string_strategy
            s = keys.str_w(w_key)
            table.storage = strategy.erase(strategy.entries_class([s], [w_value],
                                                                  [string_hash(s)], 1))
            table.strategy = strategy
        else:
            strategy = self.object_strategy
            h = keys.hash(w_key)
            if table.strategy is not self:        # the hash ran guest code that wrote
                table.set(w_key, w_value)
                return
            table.storage = strategy.erase(strategy.entries_class([w_key], [w_value], [h], 1))
            table.strategy = strategy

    def get_str(self, table, s):
        return None

    def next_position(self, table, position):
        return -1

    def last_position(self, table):
        return -1

    def prev_position(self, table, position):
        return -1

    def share(self, table):
        pass

    def release(self, table):
        pass


class PackedStrategy(HashStrategy):
    def length(self, table):
        return len(self.unerase(table.storage).values_w)

    def index_of(self, table, w_key):
        """The position `w_key` is at, -1 if absent, or -2 if only the object strategy can
        tell."""
        keys = table.keys
        kind = keys.key_kind(w_key)
        if kind == KEY_INT:
            i = keys.int_w(w_key)
        elif kind == KEY_STR:
            return -1
        else:
            i = keys.index_of_other(w_key)
            if i == UNKNOWN_INDEX:
                return -2
        if 0 <= i < len(self.unerase(table.storage).values_w):
            return i
        return -1

    def get(self, table, w_key):
        i = self.index_of(table, w_key)
        if i == -2:
            self.generalize(table)
            return table.get(w_key)
        if i < 0:
            return None
        return self.unerase(table.storage).values_w[i]

    def get_str(self, table, s):
        return None

    def set(self, table, w_key, w_value):
        i = self.index_of(table, w_key)
        if i >= 0:
            self.writable(table).values_w[i] = w_value
            return
        keys = table.keys
        if keys.key_kind(w_key) == KEY_INT and keys.int_w(w_key) == self.length(table):
            self.writable(table).values_w.append(w_value)
            return
        self.generalize(table)
        table.set(w_key, w_value)

    def pop(self, table, w_key):
        i = self.index_of(table, w_key)
        if i == -2:
            self.generalize(table)
            return table.pop(w_key)
        if i < 0:
            return None
        if i == self.length(table) - 1:
            entries = self.writable(table)
            w_value = entries.values_w.pop()
            if not entries.values_w:
                self.release(table)
                table.become_empty()
            return w_value
        self.generalize(table)
        return table.pop(w_key)

    def next_position(self, table, position):
        if position < self.length(table):
            return position
        return -1

    def last_position(self, table):
        return self.length(table) - 1

    def prev_position(self, table, position):
        return min(position, self.length(table) - 1)

    def pop_last(self, table):
        entries = self.writable(table)
        entries.values_w.pop()
        if not entries.values_w:
            self.release(table)
            table.become_empty()

    def key_at(self, table, position):
        return table.keys.wrap_int(position)

    def value_at(self, table, position):
        return self.unerase(table.storage).values_w[position]


class KeyedStrategy(HashStrategy):
    """What the string and object strategies share: their entries and index."""

    def length(self, table):
        return self.unerase(table.storage).live

    def next_position(self, table, position):
        keys = self.unerase(table.storage).keys
        while position < len(keys):
            if keys[position] is not None:
                return position
            position += 1
        return -1

    def last_position(self, table):
        return len(self.unerase(table.storage).keys) - 1   # never a tombstone

    def prev_position(self, table, position):
        keys = self.unerase(table.storage).keys
        position = min(position, len(keys) - 1)
        while position >= 0 and keys[position] is None:
            position -= 1
        return position

    def pop_last(self, table):
        entries = self.unerase(table.storage)
        self.pop_at_slot(table, entries.slot_of_entry(len(entries.keys) - 1))

    def value_at(self, table, position):
        return self.unerase(table.storage).values_w[position]

    def get_at_slot(self, table, slot):
        entries = self.unerase(table.storage)
        return entries.values_w[entries.index[slot]]

    def set_at_slot(self, table, slot, w_value):
        entries = self.writable(table)
        entries.values_w[entries.index[slot]] = w_value

    def pop_at_slot(self, table, slot):
        entries = self.writable(table)
        w_value = entries.values_w[entries.index[slot]]
        entries.remove(slot)
        if entries.live == 0:
            self.release(table)
            table.become_empty()
        return w_value


class StringStrategy(KeyedStrategy):
    def key_at(self, table, position):
        return table.keys.wrap_str(self.unerase(table.storage).keys[position])

    def find_str(self, table, s):
        """The index slot holding `s`, or -1."""
        return self.find_string(self.unerase(table.storage), s, string_hash(s))

    def slot_of(self, table, w_key):
        """The slot of `w_key`, -1 if absent, -2 if only the object strategy can tell."""
        keys = table.keys
        if keys.key_kind(w_key) == KEY_STR:
            return self.find_str(table, keys.str_w(w_key))
        if keys.other_may_equal_str(w_key):
            return -2
        return -1

    def get_str(self, table, s):
        slot = self.find_str(table, s)
        if slot < 0:
            return None
        return self.get_at_slot(table, slot)

    def get(self, table, w_key):
        slot = self.slot_of(table, w_key)
        if slot == -2:
            self.generalize(table)
            return table.get(w_key)
        if slot < 0:
            return None
        return self.get_at_slot(table, slot)

    def set(self, table, w_key, w_value):
        keys = table.keys
        if keys.key_kind(w_key) != KEY_STR:
            self.generalize(table)
            table.set(w_key, w_value)
            return
        s = keys.str_w(w_key)
        slot = self.find_str(table, s)
        if slot >= 0:
            self.set_at_slot(table, slot, w_value)
        else:
            self.writable(table).append(s, w_value, string_hash(s))

    def pop(self, table, w_key):
        slot = self.slot_of(table, w_key)
        if slot == -2:
            self.generalize(table)
            return table.pop(w_key)
        if slot < 0:
            return None
        return self.pop_at_slot(table, slot)

    @jit.dont_look_inside
    def find_string(self, entries, s, h):
        index = entries.index
        mask = len(index) - 1
        i = h & mask
        perturb = r_uint(h)
        while True:
            e = index[i]
            if e == FREE:
                return -1
            if e >= 0 and entries.hashes[e] == h and entries.keys[e] == s:
                return i
            perturb = perturb >> PERTURB_SHIFT
            i = intmask((r_uint(i) * 5 + 1 + perturb) & r_uint(mask))


class ObjectStrategy(KeyedStrategy):
    def key_at(self, table, position):
        return self.unerase(table.storage).keys[position]

    def find(self, table, w_key, h):
        """The index slot holding a key equal to `w_key` (whose hash is `h`), or -1.  Raises
        Mutated when the language's eq changed the table."""
        entries = self.unerase(table.storage)
        index = entries.index
        mask = len(index) - 1
        i = h & mask
        perturb = r_uint(h)
        while True:
            e = index[i]
            if e == FREE:
                return -1
            if e >= 0:
                w_stored = entries.keys[e]
                if w_stored is w_key:
                    return i
                if entries.hashes[e] == h:
                    equal = table.keys.eq(w_stored, w_key)
                    if (table.strategy is not self or
                            self.unerase(table.storage) is not entries or
                            entries.index is not index or entries.keys[e] is not w_stored):
                        raise Mutated
                    if equal:
                        return i
            perturb = perturb >> PERTURB_SHIFT
            i = intmask((r_uint(i) * 5 + 1 + perturb) & r_uint(mask))

    def get_str(self, table, s):
        return self.get(table, table.keys.wrap_str(s))

    def hash_of(self, table, w_key):
        """The language's hash of `w_key`, which may run guest code that writes the table."""
        h = table.keys.hash(w_key)
        if table.strategy is not self:
            raise Mutated
        return h

    def get(self, table, w_key):
        h = self.hash_of(table, w_key)
        slot = self.find(table, w_key, h)
        if slot < 0:
            return None
        return self.get_at_slot(table, slot)

    def set(self, table, w_key, w_value):
        h = self.hash_of(table, w_key)
        slot = self.find(table, w_key, h)
        if slot >= 0:
            self.set_at_slot(table, slot, w_value)
        else:
            self.writable(table).append(w_key, w_value, h)

    def pop(self, table, w_key):
        h = self.hash_of(table, w_key)
        slot = self.find(table, w_key, h)
        if slot < 0:
            return None
        return self.pop_at_slot(table, slot)


# -- the table --------------------------------------------------------------------------------

class OrderedHash(object):
    """One hash table.  `keys` is the language's HashKeys.  Values are never None (None
    means "absent" in results).  Positions (for iteration) are entry numbers: walk them
    with `next_position(p)` from 0, reading `key_at`/`value_at`, and compare `length()` with
    the length you started with to detect a change in size; positions stay valid (maybe
    skipping or repeating an entry, never failing) whatever the table does meanwhile."""
    _immutable_fields_ = ['keys']

    def __init__(self, keys):
        self.keys = keys
        self.strategy = self.empty_strategy
        self.storage = self.empty_strategy.erase(None)

    def become_empty(self):
        self.strategy = self.empty_strategy
        self.storage = self.empty_strategy.erase(None)

    def length(self):
        return jit.promote(self.strategy).length(self)

    # A Mutated probe starts again by recursion, not by a loop: a function holding a loop
    # is not traced into, and these are the fast paths.

    def get(self, w_key):
        """The value of `w_key`, or None."""
        try:
            return jit.promote(self.strategy).get(self, w_key)
        except Mutated:
            return self.get(w_key)

    def get_str(self, s):
        """The value of the string key `s` (as the language's wrap_str), or None."""
        try:
            return jit.promote(self.strategy).get_str(self, s)
        except Mutated:
            return self.get_str(s)

    def contains(self, w_key):
        return self.get(w_key) is not None

    def set(self, w_key, w_value):
        assert w_value is not None
        try:
            jit.promote(self.strategy).set(self, w_key, w_value)
        except Mutated:
            self.set(w_key, w_value)

    def pop(self, w_key):
        """Remove `w_key`; its value, or None if it was absent."""
        try:
            return jit.promote(self.strategy).pop(self, w_key)
        except Mutated:
            return self.pop(w_key)

    def clear(self):
        jit.promote(self.strategy).release(self)
        self.become_empty()

    def copy(self):
        """A table with the same entries, sharing the storage until either is written."""
        strategy = jit.promote(self.strategy)
        result = self.stamped(self.keys)
        strategy.share(self)
        result.strategy = strategy
        result.storage = self.storage
        return result

    def next_position(self, position):
        """The first entry at `position` or later, or -1."""
        return jit.promote(self.strategy).next_position(self, position)

    def last_position(self):
        """The newest entry, or -1 when empty."""
        return jit.promote(self.strategy).last_position(self)

    def prev_position(self, position):
        """The last entry at `position` or earlier, or -1 (for walking backwards)."""
        if position < 0:
            return -1
        return jit.promote(self.strategy).prev_position(self, position)

    def pop_last(self):
        """Remove the newest entry (read it first with `last_position`); no eq, no hash."""
        jit.promote(self.strategy).pop_last(self)

    def key_at(self, position):
        return jit.promote(self.strategy).key_at(self, position)

    def value_at(self, position):
        return jit.promote(self.strategy).value_at(self, position)

    def positions(self):
        """The positions of the live entries, in insertion order."""
        result = []
        position = self.next_position(0)
        while position >= 0:
            result.append(position)
            position = self.next_position(position + 1)
        return result

    def keys_w(self):
        return [self.key_at(position) for position in self.positions()]

    def values_w(self):
        return [self.value_at(position) for position in self.positions()]

    def strategy_name(self):
        """For tests: which strategy holds the entries."""
        return jit.promote(self.strategy).name


@not_rpython
def stamp_ordered_hash(language):
    """The OrderedHash class of one language, with its own strategies, storages and erasing
    pairs."""
    packed_entries = stamp(PackedEntries, language)
    string_entries = stamp(StringEntries, language)
    object_entries = stamp(ObjectEntries, language)

    base = stamp(StrategyRoot, language)

    def strategy(mixin, name, entries_class):
        erase, unerase = rerased.new_static_erasing_pair("%s_%s_hash" % (name, language))
        return stamp(mixin, language, bases=(base,), name=name, entries_class=entries_class,
                     erase=erase, unerase=unerase)()

    empty = strategy(EmptyStrategy, "empty", None)
    packed = strategy(PackedStrategy, "packed", packed_entries)
    string = strategy(StringStrategy, "string", string_entries)
    objects = strategy(ObjectStrategy, "object", object_entries)
    for each in [empty, packed, string, objects]:
        cls = each.__class__
        cls.packed_strategy = packed
        cls.string_strategy = string
        cls.object_strategy = objects
    return stamp(OrderedHash, language, empty_strategy=empty)
