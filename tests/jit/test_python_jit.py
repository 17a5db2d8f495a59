"""Trace shapes of the Python interpreter, checked with the meta-interpreter (no translation).

Each test compiles a small program at import time, then `meta_interp` runs an RPython
`main(n)` that calls one of its functions, so the JIT traces the real interpreter loop.
"""
from rpython.jit.metainterp.test.support import LLJitMixin
from rpython.jit.metainterp.warmspot import get_stats

from languages.python.language import PythonLanguage
from languages.python.objects.moduleobject import W_ModuleObject
from languages.python.objects.intobject import W_IntObject

PROGRAM = """
def count(n):
    i = 0
    while i < n:
        i += 1
    return i

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

def total(n):
    s = 0
    for i in range(n):
        s += i
    return s

def sum_list(n):
    lst = list(range(n))
    s = 0
    for x in lst:
        s += x
    return s

def sum_indexed(n):
    lst = [0] * n
    i = 0
    while i < n:
        lst[i] = i
        i += 1
    s = 0
    i = 0
    while i < n:
        s += lst[i]
        i += 1
    return s

def midpoint_squares(n):
    h = 1.0 / n
    s = 0.0
    i = 0
    while i < n:
        x = (i + 0.5) * h
        s += x * x
        i += 1
    return int(s * 1000)

def call_builtins(n):
    lst = [1, 2, 3]
    s = 0
    i = 0
    while i < n:
        s += len(lst) + abs(-1)
        i += 1
    return s
"""

language = PythonLanguage()
space = language.space
w_module = W_ModuleObject("__main__")
language.execute_module("<jit-test>", PROGRAM, w_module)


def call(name, n):
    w_func = w_module.w_dict.get(name)
    w_result = space.call_function(w_func, [space.newint(n)])
    assert isinstance(w_result, W_IntObject)
    return w_result.intval


NO_ALLOCATION_NO_CALL = ['new', 'new_with_vtable', 'new_array', 'new_array_clear',
                         'call_r', 'call_i', 'call_n', 'call_may_force_r',
                         'call_may_force_i', 'call_may_force_n']


def loop_ops():
    """Operation counts summed over every compiled loop."""
    counts = {}
    for loop in get_stats().get_all_loops():
        for name, count in loop.summary().items():
            counts[name] = counts.get(name, 0) + count
    return counts


class TestPythonJit(LLJitMixin):
    def test_counting_loop_has_no_allocation_and_no_call(self):
        def main(n):
            return call("count", n)

        assert self.meta_interp(main, [1000], listops=True, inline=True) == 1000
        ops = get_stats().check_simple_loop()
        for name in NO_ALLOCATION_NO_CALL:
            assert ops.get(name, 0) == 0, (name, ops)
        assert ops.get('int_lt', 0) == 1

    def test_range_loop_has_no_allocation_and_no_call(self):
        def main(n):
            return call("total", n)

        assert self.meta_interp(main, [1000], listops=True, inline=True) == 499500
        ops = get_stats().check_simple_loop()
        for name in NO_ALLOCATION_NO_CALL:
            assert ops.get(name, 0) == 0, (name, ops)

    def test_fib_base_case_allocates_no_int_box(self):
        def main(n):
            return call("fib", n)

        assert self.meta_interp(main, [14], listops=True, inline=True) == 377
        ops = loop_ops()
        # The recursive calls are inlined or become call_assembler: no residual call into
        # the interpreter, no global-lookup call, and boxes only for results that escape
        # into a call_assembler frame.
        for name in ['call_r', 'call_i', 'call_n', 'call_may_force_r', 'call_may_force_i',
                     'call_may_force_n']:
            assert ops.get(name, 0) == 0, (name, ops)
        assert ops.get('new_with_vtable', 0) <= ops.get('call_assembler_r', 0) + 1, ops

    def test_list_of_ints_is_read_unboxed(self):
        def main(n):
            return call("sum_list", n)

        assert self.meta_interp(main, [1000], listops=True, inline=True) == 499500
        ops = get_stats().check_simple_loop()
        # The list is in the int strategy: an item is read as a machine int
        # (getarrayitem_gc_i) and its box never exists.
        assert ops.get('getarrayitem_gc_i', 0) >= 1, ops
        for name in NO_ALLOCATION_NO_CALL:
            assert ops.get(name, 0) == 0, (name, ops)

    def test_indexed_list_of_ints_is_written_and_read_unboxed(self):
        def main(n):
            return call("sum_indexed", n)

        assert self.meta_interp(main, [1000], listops=True, inline=True) == 499500
        # Both loops (filling by index, summing by index) keep the ints unboxed.
        ops = loop_ops()
        assert ops.get('new_with_vtable', 0) == 0, ops
        assert ops.get('getarrayitem_gc_i', 0) >= 1, ops

    def test_int_and_float_arithmetic_stays_in_the_trace(self):
        def main(n):
            return call("midpoint_squares", n)

        assert self.meta_interp(main, [1000], listops=True, inline=True) == 333333
        ops = get_stats().check_simple_loop()
        # (i + 0.5) mixes an int and a float: a cast and float ops, not a call to the
        # generic operator protocol.
        assert ops.get('cast_int_to_float', 0) == 1, ops
        for name in NO_ALLOCATION_NO_CALL:
            assert ops.get(name, 0) == 0, (name, ops)

    def test_positional_builtin_calls_leave_no_keyword_machinery(self):
        def main(n):
            return call("call_builtins", n)

        assert self.meta_interp(main, [1000], listops=True, inline=True) == 4000
        ops = get_stats().check_simple_loop()
        # len() and abs() run their ClassDef wrappers inline: no argument binding, no
        # residual call, no allocation.
        for name in NO_ALLOCATION_NO_CALL:
            assert ops.get(name, 0) == 0, (name, ops)
