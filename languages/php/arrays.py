"""PHP arrays: an ordered hash of int and string keys with value semantics.

The entries live in the kit's OrderedHash (packed for keys 0..n-1, a string strategy for
string keys).  Value semantics are php's own scheme, a count of holders: storing an array
in a variable, element or property counts one more holder (`hold`), and a write through
a holder first separates (`writable`: a copy when someone else holds it too).  A copy
holds each inner array once more, so nested writes separate level by level as in php.
Holders that die are not subtracted, so a count errs only high, which costs a copy and
never correctness.
"""
from rpython.rlib import jit

from framework.orderedhash import HashKeys, KEY_INT, KEY_STR, string_hash
from languages.php.kit import OrderedHash
from languages.php.numbers import MAXINT
from languages.php.objects import W_Value, W_Int, W_String, W_Reference, newint


class PhpKeys(HashKeys):
    """Keys are normalised before they reach the table: a W_Int or a W_String."""

    def eq(self, w_a, w_b):
        if isinstance(w_a, W_Int):
            return isinstance(w_b, W_Int) and w_a.intval == w_b.intval
        assert isinstance(w_a, W_String)
        return isinstance(w_b, W_String) and w_a.strval == w_b.strval

    def hash(self, w_key):
        if isinstance(w_key, W_Int):
            return w_key.intval
        assert isinstance(w_key, W_String)
        return string_hash(w_key.strval)

    def key_kind(self, w_key):
        if isinstance(w_key, W_Int):
            return KEY_INT
        return KEY_STR

    def int_w(self, w_key):
        assert isinstance(w_key, W_Int)
        return w_key.intval

    def wrap_int(self, value):
        return newint(value)

    def str_w(self, w_key):
        assert isinstance(w_key, W_String)
        return w_key.strval

    def wrap_str(self, value):
        return W_String(value)

    def index_of_other(self, w_key):
        return -1

    def other_may_equal_str(self, w_key):
        return False


php_keys = PhpKeys()


class W_Array(W_Value):
    def __init__(self):
        self.table = OrderedHash(php_keys)
        self.next_index = 0
        self.holders = 0
        self.position = 0          # the internal pointer (current/next/reset)

    def tname(self):
        return "array"

    def length(self):
        return self.table.length()

    # -- holding and separating ----------------------------------------------------------
    def hold(self):
        self.holders += 1
        return self

    def release(self):
        if self.holders > 0:
            self.holders -= 1

    def is_shared(self):
        return self.holders > 1

    def copy(self):
        """A new array with the same entries (inner arrays held once more)."""
        result = W_Array()
        result.table = self.table.copy()
        result.next_index = self.next_index
        result.position = self.position
        position = self.table.next_position(0)
        while position >= 0:
            w_value = self.table.value_at(position)
            if isinstance(w_value, W_Array):
                w_value.hold()
            position = self.table.next_position(position + 1)
        return result

    def writable(self):
        """This array if one holder at most has it, else a separated copy, to be stored
        back by the caller in place of this one."""
        if self.holders > 1:
            self.holders -= 1
            result = self.copy()
            result.holders = 1
            return result
        return self

    # -- entries ---------------------------------------------------------------------------
    def get(self, w_key):
        """The value at a normalised key (a reference left as is), or None."""
        return self.table.get(w_key)

    def get_int(self, i):
        return self.table.get(newint(i))

    def get_str(self, s):
        return self.table.get_str(s)

    def set(self, w_key, w_value):
        self.table.set(w_key, w_value)
        if isinstance(w_key, W_Int) and self.next_index >= 0 and \
                w_key.intval >= self.next_index:
            self.next_index = w_key.intval + 1 if w_key.intval < MAXINT else -1

    def set_str(self, s, w_value):
        self.table.set(W_String(s), w_value)

    def append(self, w_value):
        """`$a[] = v`; False when the next index would overflow."""
        index = self.next_index
        if index < 0:
            return False
        self.table.set(newint(index), w_value)
        self.next_index = index + 1 if index < MAXINT else -1
        return True

    def remove(self, w_key):
        return self.table.pop(w_key)

    def clear(self):
        self.table.clear()
        self.next_index = 0

    # iteration by position (framework/orderedhash.py)
    def first_position(self):
        return self.table.next_position(0)

    def next_position(self, position):
        return self.table.next_position(position + 1)

    def key_at(self, position):
        return self.table.key_at(position)

    def value_at(self, position):
        return self.table.value_at(position)

    def keys_w(self):
        return self.table.keys_w()

    def values_w(self):
        """The values, references read through."""
        result = []
        position = self.table.next_position(0)
        while position >= 0:
            result.append(self.table.value_at(position).deref())
            position = self.table.next_position(position + 1)
        return result

    def is_list(self):
        expected = 0
        position = self.table.next_position(0)
        while position >= 0:
            w_key = self.table.key_at(position)
            if not isinstance(w_key, W_Int) or w_key.intval != expected:
                return False
            expected += 1
            position = self.table.next_position(position + 1)
        return True




def new_list(values_w):
    """A packed array of `values_w` (each held)."""
    w_array = W_Array()
    for w_value in values_w:
        if isinstance(w_value, W_Array):
            w_value.hold()
        w_array.append(w_value)
    return w_array
