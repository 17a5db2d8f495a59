"""Trace-shape tests for Lox (LLJitMixin: the JIT runs untranslated, 20-60 s per test).

The programs are compiled at import time (the compiler is not what is traced); `main(n)`
only runs them, as RPYTHON.md section 9 describes.
"""
from rpython.jit.metainterp.test.support import LLJitMixin
from rpython.jit.metainterp.warmspot import get_stats

from languages.lox.compiler import compile_lox
from languages.lox.interpreter import interpreter, new_globals
from languages.lox.objects import W_Number

COUNTING = compile_lox("""
fun count(n) {
  var i = 0;
  while (i < n) i = i + 1;
  return i;
}
var result = count(N);
""", "counting.lox")

METHODS = compile_lox("""
class Point {
  init(x, y) { this.x = x; this.y = y; }
  sum() { return this.x + this.y; }
}
fun run(n) {
  var p = Point(1, 2);
  var total = 0;
  for (var i = 0; i < n; i = i + 1) total = total + p.sum();
  return total;
}
var result = run(N);
""", "methods.lox")

FIELDS = compile_lox("""
class Counter {
  init() { this.count = 0; }
}
fun run(counter, n) {
  for (var i = 0; i < n; i = i + 1) counter.count = counter.count + 1;
  return counter.count;
}
var result = run(Counter(), N);
""", "fields.lox")

ALLOCATIONS = ['new', 'new_with_vtable', 'new_array', 'new_array_clear']
CALLS = ['call_i', 'call_r', 'call_n', 'call_f', 'call_may_force_i', 'call_may_force_r',
         'call_may_force_n', 'call_may_force_f', 'call_assembler_i', 'call_assembler_r',
         'call_assembler_n', 'call_assembler_f', 'call_pure_i', 'call_pure_r']


def run(code, n):
    if n < 0:       # never taken: lets the annotator see every kind of value the compiler makes
        code = compile_lox("class A < B {} print -1 + \"\";", "never.lox")
    globals = new_globals()
    globals.set("N", W_Number(float(n)))
    interpreter.run_script(code, globals)
    w_result = globals.get("result")
    assert isinstance(w_result, W_Number)
    return int(w_result.value)


def main_counting(n):
    return run(COUNTING, n)


def main_methods(n):
    return run(METHODS, n)


def main_fields(n):
    return run(FIELDS, n)


def loop_ops():
    """The op counts of the one compiled loop (printed, to read when a test fails)."""
    ops = get_stats().check_simple_loop()
    print(sorted(ops.items()))
    return ops


class TestLoxJit(LLJitMixin):
    def test_counting_loop_has_no_allocation_and_no_call(self):
        assert self.meta_interp(main_counting, [100], listops=True, inline=True) == 100
        ops = loop_ops()
        for name in ALLOCATIONS + CALLS:
            assert ops.get(name, 0) == 0, name
        self.check_simple_loop(float_lt=1, float_add=1)

    def test_method_call_reads_fields_through_maps(self):
        assert self.meta_interp(main_methods, [100], listops=True, inline=True) == 300
        ops = loop_ops()
        for name in ALLOCATIONS + CALLS:
            assert ops.get(name, 0) == 0, name

    def test_a_number_field_of_a_heap_object_is_updated_unboxed(self):
        """The counter was made before the loop, so its field is written to the heap each
        time round: stored unboxed (framework/maps.py), that costs no W_Number allocation."""
        assert self.meta_interp(main_fields, [100], listops=True, inline=True) == 100
        ops = loop_ops()
        for name in ALLOCATIONS + CALLS:
            assert ops.get(name, 0) == 0, name
        self.check_simple_loop(setarrayitem_gc=1)

