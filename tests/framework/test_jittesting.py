"""TraceRun: one JIT set-up, several programs, each program's loops kept apart."""
from rpython.rlib.jit import JitDriver

from framework.jittesting import TraceRun, assert_none_of, ALLOCATIONS

driver = JitDriver(greens=['step'], reds=['i', 'total', 'n'])


def count_by(step, n):
    """A loop whose green `step` makes each program's loop its own."""
    i = total = 0
    while i < n:
        driver.jit_merge_point(step=step, i=i, total=total, n=n)
        total += step
        i += 1
    return total


def main(which, n):
    if which == 3:
        return count_by(2, n)
    if which == 2:
        return count_by(3, n) + count_by(4, n)
    return count_by(which + 1, n)


RUN = TraceRun(main, [("ones", 50), ("twos", 60), ("threes_and_fours", 70),
                      ("twos_again", 80)])


def test_each_program_keeps_its_own_result_and_loops():
    assert RUN["ones"].result == 50 and RUN["twos"].result == 120
    assert len(RUN["ones"].loops) == 1 and len(RUN["twos"].loops) == 1
    ops = RUN["twos"].simple_loop()
    assert ops.get('int_add', 0) == 2 and ops.get('int_lt', 0) == 1, ops
    assert_none_of(ALLOCATIONS, ops)


def test_a_program_with_two_loops_is_counted_over_both():
    traces = RUN["threes_and_fours"]
    assert traces.result == 70 * 7
    assert len(traces.loops) == 2
    assert traces.all_ops().get('int_lt', 0) >= 2


def test_a_loop_is_kept_by_the_program_that_compiled_it():
    """A program that re-enters another's loop (same greens) compiles nothing new."""
    assert RUN["twos_again"].result == 160
    assert RUN["twos_again"].loops == [] and len(RUN["twos"].loops) == 1
