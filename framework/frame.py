"""The frame base: locals and a value stack in fixed-size lists the JIT can virtualize.

A language mixes `FrameMixin` into its frame class (`import_from_mixin`) and declares
`_virtualizable_ = FRAME_FIELDS + [...its own fields]`.  Mixing in rather than inheriting
gives each language its own virtualizable class, which is what a JitDriver with
`virtualizables=['frame']` needs when several languages share one binary.
"""
from rpython.rlib import jit

FRAME_FIELDS = ['locals_w[*]', 'stack_w[*]', 'stackpos']


class FrameMixin(object):
    def init_frame(self, nlocals, stack_size):
        self.locals_w = [None] * nlocals
        self.stack_w = [None] * stack_size
        self.stackpos = 0

    def push(self, w_value):
        pos = jit.promote(self.stackpos)
        assert pos >= 0
        self.stack_w[pos] = w_value
        self.stackpos = pos + 1

    def pop(self):
        pos = jit.promote(self.stackpos) - 1
        assert pos >= 0
        w_value = self.stack_w[pos]
        self.stack_w[pos] = None
        self.stackpos = pos
        return w_value

    def peek(self, depth=0):
        pos = jit.promote(self.stackpos) - 1 - depth
        assert pos >= 0
        return self.stack_w[pos]

    def settop(self, w_value, depth=0):
        pos = jit.promote(self.stackpos) - 1 - depth
        assert pos >= 0
        self.stack_w[pos] = w_value

    @jit.unroll_safe
    def popn(self, count):
        """Pop `count` values, returned in push order (a constant count in traces)."""
        values_w = [None] * count
        while count > 0:
            count -= 1
            values_w[count] = self.pop()
        return values_w

    def getlocal(self, index):
        assert index >= 0
        return self.locals_w[index]

    def setlocal(self, index, w_value):
        assert index >= 0
        self.locals_w[index] = w_value
