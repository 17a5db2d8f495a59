"""Trace shapes of the Python interpreter, checked with the meta-interpreter (no translation).

The program is compiled at import time; one JIT set-up (framework/jittesting.py) then runs
each of its functions in turn, so the JIT traces the real interpreter loop for each.
"""
from framework import interop
from framework.jittesting import TraceRun, assert_none_of, ALLOCATIONS, CALLS

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

def read_constant_key(n):
    d = {"alpha": 1, "beta": 2}
    s = len(d) - 2
    i = 0
    while i < n:
        s += d["beta"]
        i += 1
    return s

def call_builtins(n):
    lst = [1, 2, 3]
    s = 0
    i = 0
    while i < n:
        s += len(lst) + abs(-1)
        i += 1
    return s
"""

interop.link(["python"])       # a Python-only program, as build/polyvm-python is: no adapters
language = PythonLanguage()
space = language.space
w_module = W_ModuleObject("__main__")
language.execute_module("<jit-test>", PROGRAM, w_module)


PROGRAMS = [("count", 1000), ("total", 1000), ("fib", 14), ("sum_list", 1000),
            ("sum_indexed", 1000), ("midpoint_squares", 1000), ("call_builtins", 1000),
            ("read_constant_key", 500)]
NAMES = [name for name, _ in PROGRAMS]


def main(which, n):
    w_func = w_module.w_dict.get(NAMES[which])
    w_result = space.call_function(w_func, [space.newint(n)])
    assert isinstance(w_result, W_IntObject)
    return w_result.intval


RUN = TraceRun(main, PROGRAMS)


def test_counting_loop_has_no_allocation_and_no_call():
    traces = RUN["count"]
    assert traces.result == 1000
    ops = traces.simple_loop()
    assert_none_of(ALLOCATIONS + CALLS, ops)
    assert ops.get('int_lt', 0) == 1


def test_range_loop_has_no_allocation_and_no_call():
    traces = RUN["total"]
    assert traces.result == 499500
    assert_none_of(ALLOCATIONS + CALLS, traces.simple_loop())


def test_fib_base_case_allocates_no_int_box():
    traces = RUN["fib"]
    assert traces.result == 377
    ops = traces.all_ops()
    # The recursive calls are inlined or become call_assembler: no residual call into
    # the interpreter, no global-lookup call, and boxes only for results that escape
    # into a call_assembler frame.
    assert_none_of(CALLS, ops)
    assert ops.get('new_with_vtable', 0) <= ops.get('call_assembler_r', 0) + 1, ops


def test_list_of_ints_is_read_unboxed():
    traces = RUN["sum_list"]
    assert traces.result == 499500
    ops = traces.simple_loop()
    # The list is in the int strategy: an item is read as a machine int
    # (getarrayitem_gc_i) and its box never exists.
    assert ops.get('getarrayitem_gc_i', 0) >= 1, ops
    assert_none_of(ALLOCATIONS + CALLS, ops)


def test_indexed_list_of_ints_is_written_and_read_unboxed():
    traces = RUN["sum_indexed"]
    assert traces.result == 499500
    # Both loops (filling by index, summing by index) keep the ints unboxed.
    ops = traces.all_ops()
    assert ops.get('new_with_vtable', 0) == 0, ops
    assert ops.get('getarrayitem_gc_i', 0) >= 1, ops


def test_int_and_float_arithmetic_stays_in_the_trace():
    traces = RUN["midpoint_squares"]
    assert traces.result == 333333
    ops = traces.simple_loop()
    # (i + 0.5) mixes an int and a float: a cast and float ops, not a call to the
    # generic operator protocol.
    assert ops.get('cast_int_to_float', 0) == 1, ops
    assert_none_of(ALLOCATIONS + CALLS, ops)


def test_positional_builtin_calls_leave_no_keyword_machinery():
    traces = RUN["call_builtins"]
    assert traces.result == 4000
    # len() and abs() run their ClassDef wrappers inline: no argument binding, no
    # residual call, no allocation.
    assert_none_of(ALLOCATIONS + CALLS, traces.simple_loop())


def test_constant_string_key_read_is_one_string_probe():
    """A dict read with a constant string key (framework/orderedhash.py's string strategy):
    the key's hash is folded while tracing, and the one residual call left is the string
    probe, never the generic lookup that would run guest eq and hash."""
    traces = RUN["read_constant_key"]
    assert traces.result == 1000
    ops = traces.simple_loop()
    assert_none_of(['call_may_force_r', 'call_may_force_i', 'call_may_force_n', 'call_r',
                    'call_n', 'new', 'new_with_vtable'], ops)
    assert ops.get('call_i', 0) == 1, ops          # the string probe, nothing else
