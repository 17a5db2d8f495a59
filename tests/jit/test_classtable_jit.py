"""Trace shape of a class-record lookup (framework/classtable.py) under the meta-interpreter.

A toy loop calls a method found along the ancestors of an instance's class: with the class
promoted, the lookup is folded away (no call, no dictionary read), and a write to a base
class invalidates the loop so the new method is seen.
"""
from rpython.jit.metainterp.test.support import LLJitMixin
from rpython.jit.metainterp.warmspot import get_stats
from rpython.rlib import jit
from rpython.rlib.objectmodel import import_from_mixin

from framework.jittesting import CALLS, PURE_CALLS
from framework.kit import Kit

ClassRecord = Kit("jittest").ClassRecord

RESIDUAL_CALLS = CALLS + PURE_CALLS


class Klass(object):
    import_from_mixin(ClassRecord)

    def __init__(self, name, base):
        ancestors = [self]
        if base is not None:
            ancestors.extend(base.ancestors)
            base.add_subclass(self)
        self.init_class_record(name, ancestors)


class W_Method(object):
    _immutable_fields_ = ['step']

    def __init__(self, step):
        self.step = step


class W_Instance(object):
    def __init__(self, klass):
        self.klass = klass


BASE = Klass("Base", None)
MIDDLE = Klass("Middle", BASE)
LEAF = Klass("Leaf", MIDDLE)

driver = jit.JitDriver(greens=[], reds=['i', 'n', 'total', 'switch_at', 'w_obj'])


def main(n, switch_at):
    """Sums the `step` method of a Leaf n times; at `switch_at` Middle overrides it."""
    BASE.set_method("step", W_Method(3))        # the state each run starts from
    MIDDLE.delete_method("step")
    w_obj = W_Instance(LEAF)
    total = 0
    i = 0
    while i < n:
        driver.jit_merge_point(i=i, n=n, total=total, w_obj=w_obj, switch_at=switch_at)
        if i == switch_at:
            MIDDLE.set_method("step", W_Method(10))
        w_method = jit.promote(w_obj.klass).lookup_method("step")
        assert isinstance(w_method, W_Method)
        total += w_method.step
        i += 1
    return total


class TestClassTableJit(LLJitMixin):
    def test_method_lookup_folds_to_a_constant(self):
        assert self.meta_interp(main, [50, -1], listops=True, inline=True) == 150
        ops = get_stats().check_simple_loop()
        print(sorted(ops.items()))
        for name in RESIDUAL_CALLS:
            assert ops.get(name, 0) == 0, name
        # the loop is the counter and the constant step: no dict read, no field chase
        self.check_simple_loop(getfield_gc_r=0, int_add=2)

    def test_write_to_a_base_invalidates_the_loop(self):
        assert self.meta_interp(main, [60, 30], listops=True, inline=True) == \
            30 * 3 + 30 * 10
