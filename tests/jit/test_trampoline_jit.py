"""Trace-shape tests for the continuation trampoline (framework/trampoline.py), on the toy
solver of tests/framework/test_trampoline.py: the loop traces with the continuation's goal
as its green key, and nothing in it is a residual call."""
from rpython.jit.metainterp import pyjitpl
from rpython.jit.metainterp.test.support import LLJitMixin
from rpython.jit.metainterp.warmspot import get_stats

from tests.framework.test_trampoline import (Add, Answer, CountDown, Engine, Fail, Member,
                                             Seq, Solve, run)
from framework.jittesting import ALLOCATIONS, CALLS, CALL_ASSEMBLERS, PURE_CALLS

COUNT_DOWN = CountDown()
RESIDUAL_CALLS = CALLS + CALL_ASSEMBLERS + PURE_CALLS
SUM_ALL = Seq(Member(0, range(1, 201)), Seq(Add(), Fail()))
ANSWER = Answer()


def main_count_down(n):
    engine = Engine()
    engine.registers[0] = n
    run(Solve(COUNT_DOWN, ANSWER), engine)
    return engine.registers[1]


def main_backtracking(n):
    engine = Engine()
    run(Solve(SUM_ALL, ANSWER), engine)
    return engine.registers[1] + n


def loop_ops():
    """The op counts of the one compiled loop (printed, to read when a test fails)."""
    ops = get_stats().check_simple_loop()
    print(sorted(ops.items()))
    return ops


def trace_locations():
    """The green keys the compiled loops pass through, as get_printable_location names them."""
    [jitdriver_sd] = pyjitpl._warmrunnerdesc.jitdrivers_sd
    locations = set()
    for loop in get_stats().get_all_loops():
        for op in loop.operations:
            if op.getopname() == 'debug_merge_point':
                greenkey = op.getarglist()[3:]
                locations.add(jitdriver_sd.warmstate.get_location_str(greenkey))
    return locations


class TestTrampolineJit(LLJitMixin):
    def test_tail_calling_goal_loops_without_calls_or_allocation(self):
        assert self.meta_interp(main_count_down, [100], listops=True, inline=True) == 5050
        ops = loop_ops()
        for name in ALLOCATIONS + RESIDUAL_CALLS:
            assert ops.get(name, 0) == 0, name
        self.check_simple_loop(int_sub=1, int_add=1)
        assert trace_locations() == set(["cps CountDown"])

    def test_backtracking_loop_keeps_only_the_choice_point(self):
        assert self.meta_interp(main_backtracking, [0], listops=True, inline=True) == 20100
        ops = loop_ops()
        for name in RESIDUAL_CALLS:
            assert ops.get(name, 0) == 0, name
        assert ops['new_with_vtable'] == 1          # the next choice point
        assert trace_locations() == set(["cps Member", "cps Seq", "cps Add", "cps Fail"])
