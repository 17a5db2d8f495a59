"""Trace shapes of the Ruby interpreter, checked with the meta-interpreter (no translation).

The program and the prelude are compiled and the space is made at import time; one JIT
set-up (framework/jittesting.py) then calls each `run_NAME(n)` in turn, so the JIT traces
the real interpreter loop, sends and block calls for each.
"""
from framework.jittesting import (TraceRun, assert_none_of, ALLOCATIONS, CALLS,
                                  CALL_ASSEMBLERS, PURE_CALLS)

from languages.ruby.compiler import compile_ruby
from languages.ruby.interpreter import LexicalScope
from languages.ruby.language import new_space
from languages.ruby.objects import W_Integer

PROGRAM = """
def run_count(n)
  i = 0
  while i < n
    i += 1
  end
  i
end

def run_times(n)
  s = 0
  n.times { |i| s += i }
  s
end

def run_each(n)
  a = Array.new(n, 2)
  s = 0
  a.each { |x| s += x }
  s
end

class Point
  def initialize(x, y)
    @x = x
    @y = y
  end

  def sum
    @x + @y
  end
end

def run_ivars(n)
  p = Point.new(1, 2)
  s = 0
  i = 0
  while i < n
    s += p.sum
    i += 1
  end
  s
end
"""

space = new_space("jit.rb")
space.interp.run_main(compile_ruby(PROGRAM, "jit.rb"), space.w_main,
                      LexicalScope(space.w_Object, None))

PROGRAMS = [("run_count", 100), ("run_times", 100), ("run_each", 100), ("run_ivars", 100)]
NAMES = [name for name, _ in PROGRAMS]


def main(which, n):
    w_result = space.interp.send(space.w_main, NAMES[which], [W_Integer(n)])
    assert isinstance(w_result, W_Integer)
    return w_result.value


RUN = TraceRun(main, PROGRAMS)
NOTHING_COSTLY = ALLOCATIONS + CALLS + CALL_ASSEMBLERS + PURE_CALLS


def test_counting_loop_has_no_allocation_and_no_call():
    traces = RUN["run_count"]
    assert traces.result == 100
    ops = traces.simple_loop()
    assert_none_of(NOTHING_COSTLY, ops)
    assert ops.get('int_lt', 0) == 1, ops


def test_times_inlines_its_block_into_one_loop():
    """The block's frame is virtual; `s`, which the block assigns in the method's frame,
    is updated in place in its unboxed slot (interpreter.W_IntSlot): no box per write."""
    traces = RUN["run_times"]
    assert traces.result == 4950
    ops = traces.simple_loop()
    assert_none_of(NOTHING_COSTLY, ops)
    assert ops.get('int_add_ovf', 0) == 1, ops


def test_each_inlines_its_block_into_one_loop():
    traces = RUN["run_each"]
    assert traces.result == 200
    ops = traces.simple_loop()
    assert_none_of(NOTHING_COSTLY, ops)
    assert ops.get('getarrayitem_gc_r', 0) == 1, ops      # the item, and nothing else


def test_monomorphic_send_and_ivar_reads_leave_guards_only():
    """`p.sum` is a class guard and the inlined method; `@x` and `@y` read through the
    object's map: no lookup call, no dictionary, no allocation."""
    traces = RUN["run_ivars"]
    assert traces.result == 300
    ops = traces.simple_loop()
    assert_none_of(NOTHING_COSTLY, ops)
    assert ops.get('getarrayitem_gc_r', 0) == 0, ops      # no boxed ivar, no dict probe
