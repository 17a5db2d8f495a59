"""Trace-shape tests for Lox, checked with the meta-interpreter (no translation).

The programs are compiled at import time (the compiler is not what is traced); one JIT set-up
(framework/jittesting.py) runs each in turn, as RPYTHON.md section 9 describes.
"""
from framework.jittesting import (TraceRun, assert_none_of, ALLOCATIONS, CALLS,
                                  CALL_ASSEMBLERS, PURE_CALLS)

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

def run(code, n):
    if n < 0:       # never taken: lets the annotator see every kind of value the compiler makes
        code = compile_lox("class A < B {} print -1 + \"\";", "never.lox")
    globals = new_globals()
    globals.set("N", W_Number(float(n)))
    interpreter.run_script(code, globals)
    w_result = globals.get("result")
    assert isinstance(w_result, W_Number)
    return int(w_result.value)


PROGRAMS = [COUNTING, METHODS, FIELDS]


def main(which, n):
    return run(PROGRAMS[which], n)


RUN = TraceRun(main, [("counting", 100), ("methods", 100), ("fields", 100)])
NOTHING_COSTLY = ALLOCATIONS + CALLS + CALL_ASSEMBLERS + PURE_CALLS


def test_counting_loop_has_no_allocation_and_no_call():
    traces = RUN["counting"]
    assert traces.result == 100
    ops = traces.simple_loop()
    assert_none_of(NOTHING_COSTLY, ops)
    assert ops.get('float_lt', 0) == 1 and ops.get('float_add', 0) == 1, ops


def test_method_call_reads_fields_through_maps():
    traces = RUN["methods"]
    assert traces.result == 300
    assert_none_of(NOTHING_COSTLY, traces.simple_loop())


def test_a_number_field_of_a_heap_object_is_updated_unboxed():
    """The counter was made before the loop, so its field is written to the heap each
    time round: stored unboxed (framework/maps.py), that costs no W_Number allocation."""
    traces = RUN["fields"]
    assert traces.result == 100
    ops = traces.simple_loop()
    assert_none_of(NOTHING_COSTLY, ops)
    assert ops.get('setarrayitem_gc', 0) == 1, ops
