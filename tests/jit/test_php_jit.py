"""Trace-shape tests for PHP, checked with the meta-interpreter (no translation).

The programs are compiled at import time; one JIT set-up (framework/jittesting.py) runs
each in turn.  Each program's loop lives in a function `run`, called once from the main
code with the constant N; the main code leaves its answer in `$result`.
"""
from rpython.jit.metainterp.resoperation import rop

from framework.jittesting import (TraceRun, Traces, assert_none_of, ALLOCATIONS, CALLS,
                                  CALL_ASSEMBLERS, PURE_CALLS)

from languages.php.compiler import compile_php
from languages.php.objects import W_Int
from languages.php.runtime import PhpInterpreter, PRELUDE_CODE, install_constants

PACKED_FOREACH = compile_php("""<?php
function run($a) {
    $total = 0;
    foreach ($a as $v) { $total += $v; }
    return $total;
}
$result = run(range(1, N));
""", "packed.php")

COPY_ON_WRITE = compile_php("""<?php
function run($n) {
    $a = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    $b = $a;
    $total = 0;
    for ($i = 0; $i < $n; $i++) { $total += $b[$i % 10]; }
    return $total + count($a);
}
$result = run(N);
""", "cow.php")

METHODS = compile_php("""<?php
class Point {
    public $x;
    public $y;
    function __construct($x, $y) { $this->x = $x; $this->y = $y; }
    function sum() { return $this->x + $this->y; }
}
function run($n) {
    $p = new Point(1, 2);
    $total = 0;
    for ($i = 0; $i < $n; $i++) { $total += $p->sum(); }
    return $total;
}
$result = run(N);
""", "methods.php")

SMALL_CALL = compile_php("""<?php
function add($a, $b) { return $a + $b; }
function run($n) {
    $total = 0;
    for ($i = 0; $i < $n; $i++) { $total = add($total, 2); }
    return $total;
}
$result = run(N);
""", "call.php")


PROGRAMS = [PACKED_FOREACH, COPY_ON_WRITE, METHODS, SMALL_CALL]


def run(code, n):
    space = PhpInterpreter()
    install_constants(space)
    space.constants["N"] = W_Int(n)
    prelude = space.new_frame(PRELUDE_CODE, None, None, None)
    space.main_frame = prelude
    space.run_code(PRELUDE_CODE, prelude)
    frame = space.new_frame(code, None, None, None)
    space.main_frame = frame
    space.run_code(code, frame)
    w_result = frame.getlocal(code.slot_of("result")).deref()
    assert isinstance(w_result, W_Int)
    return w_result.intval


def main(which, n):
    return run(PROGRAMS[which], n)


RUN = TraceRun(main, [("packed", 100), ("cow", 100), ("methods", 100), ("call", 100)])
NOTHING_COSTLY = ALLOCATIONS + CALLS + CALL_ASSEMBLERS + PURE_CALLS


def the_loop(traces):
    """Op counts of the program's one loop.  A function called often enough is also
    compiled on its own (that trace ends in `finish`, not in a jump): left out."""
    for loop in traces.loops:
        traces.counts(loop.operations)          # shown when a test fails
    loops = [loop for loop in traces.loops if loop.operations[-1].getopnum() == rop.JUMP]
    return Traces(traces.name, traces.result, loops).simple_loop()


def test_foreach_over_a_packed_array_of_ints_allocates_nothing():
    traces = RUN["packed"]
    assert traces.result == 5050
    assert_none_of(NOTHING_COSTLY, traces.simple_loop())


def test_a_loop_that_only_reads_a_shared_array_does_not_copy_it():
    traces = RUN["cow"]
    assert traces.result == 560
    assert_none_of(NOTHING_COSTLY, traces.simple_loop())


def test_method_call_reads_properties_through_maps():
    traces = RUN["methods"]
    assert traces.result == 300
    assert_none_of(NOTHING_COSTLY, traces.simple_loop())


def test_a_small_function_call_is_inlined():
    traces = RUN["call"]
    assert traces.result == 200
    assert_none_of(NOTHING_COSTLY, the_loop(traces))
