"""Traceback records, the call-depth guard, and the host's failures turned into a toy
language's own errors (framework/tracebacks.py, framework/errors.py)."""
import pytest

from framework import errors, output
from framework.entry import EntryPoint, Language
from framework.registry import LanguageSlot
from framework.errors import GuestError, HostLimits, StackOverflow
from framework.stamping import stamp
from framework.tracebacks import TracebackRecord, fold_repeats, record_frame


class ToyError(GuestError):
    def __init__(self, message):
        self.message = message
        self.traceback = []


class ToyLimits(stamp(HostLimits, "toy")):
    def too_deep(self):
        return ToyError("too deep")

    def out_of_memory(self):
        return ToyError("out of memory")


# -- records ------------------------------------------------------------------------------
def places(runs):
    return [(run.record.name, run.record.line, run.count) for run in runs]


def test_records_are_kept_innermost_first():
    records = []
    record_frame(records, "inner", "a.toy", 3)
    record_frame(records, "outer", "a.toy", 9)
    assert [(r.name, r.filename, r.line) for r in records] == [("inner", "a.toy", 3),
                                                              ("outer", "a.toy", 9)]


def test_same_place_compares_name_file_and_line():
    here = TracebackRecord("f", "a.toy", 2)
    assert here.same_place(TracebackRecord("f", "a.toy", 2))
    assert not here.same_place(TracebackRecord("f", "a.toy", 3))
    assert not here.same_place(TracebackRecord("g", "a.toy", 2))
    assert not here.same_place(TracebackRecord("f", "b.toy", 2))


def test_fold_repeats_groups_runs_in_printing_order():
    records = []
    record_frame(records, "leaf", "a.toy", 1)
    for _ in range(5):
        record_frame(records, "walk", "a.toy", 4)
    record_frame(records, "main", "a.toy", 8)
    assert places(fold_repeats(records)) == [("main", 8, 1), ("walk", 4, 5), ("leaf", 1, 1)]
    assert places(fold_repeats(records, outermost_first=False)) == [
        ("leaf", 1, 1), ("walk", 4, 5), ("main", 8, 1)]
    assert fold_repeats([]) == []


def test_fold_repeats_separates_the_same_place_when_not_consecutive():
    records = []
    for name in ["f", "g", "f"]:
        record_frame(records, name, "a.toy", 1)
    assert places(fold_repeats(records)) == [("f", 1, 1), ("g", 1, 1), ("f", 1, 1)]


# -- the depth guard ----------------------------------------------------------------------
def test_stamped_copies_are_per_language():
    assert ToyLimits.__mro__[1] is not HostLimits
    assert ToyLimits._language_ == "toy"


def test_enter_counts_until_the_limit_then_raises_the_languages_error():
    limits = ToyLimits(3)
    for _ in range(3):
        limits.enter()
    assert limits.depth == 3
    with pytest.raises(ToyError) as caught:
        limits.enter()
    assert caught.value.message == "too deep"
    assert limits.depth == 3            # a refused call is not counted
    limits.leave()
    limits.enter()                      # room again after a frame returns
    assert limits.depth == 3


def test_set_limit_moves_the_limit_both_ways():
    limits = ToyLimits(2)
    limits.set_limit(5000)
    assert limits.limit == 5000 and limits.watch_from == errors.WATCH_DEPTH
    for _ in range(5000):
        limits.enter()
    with pytest.raises(ToyError):
        limits.enter()
    limits.set_limit(10)
    with pytest.raises(ToyError):
        limits.enter()
    limits.set_limit(errors.DEFAULT_LIMIT)    # the C stack check back to its default


def test_a_nearly_full_shadow_stack_stops_recursion_below_the_limit(monkeypatch):
    limits = ToyLimits(100000)
    roots = [0]
    monkeypatch.setattr(errors, "shadow_stack_roots", lambda: roots[0])
    roots[0] = errors.SHADOW_STACK_ROOTS            # measured only from WATCH_DEPTH on
    for _ in range(errors.WATCH_DEPTH):
        limits.enter()
    roots[0] = errors.SHADOW_STACK_ROOTS - errors.SHADOW_STACK_RESERVE
    limits.enter()                                  # at the reserve: still allowed
    roots[0] += 1
    with pytest.raises(ToyError):
        limits.enter()
    assert limits.depth == errors.WATCH_DEPTH + 1


def test_untranslated_there_is_no_shadow_stack():
    assert errors.shadow_stack_roots() == 0


# -- host failures become the toy's errors, with their records -----------------------------
class ToyInterpreter(object):
    """A toy loop that calls itself once per 'instruction' (host recursion = guest calls),
    converting what the host runs out of where it records frames."""

    def __init__(self, limits):
        self.limits = limits

    def call(self, name, depth, fail):
        self.limits.enter()
        try:
            return self.execute(name, depth, fail)
        finally:
            self.limits.leave()

    def execute(self, name, depth, fail):
        try:
            if depth == 0:
                if fail == "memory":
                    raise MemoryError
                return 0
            return self.call(name, depth - 1, fail) + 1
        except ToyError as e:
            error = e
        except StackOverflow:
            error = self.limits.stack_overflowed()
        except MemoryError:
            error = self.limits.out_of_memory()
        record_frame(error.traceback, name, "toy.toy", depth)
        raise error


def test_host_stack_overflow_becomes_the_languages_error_with_records():
    interp = ToyInterpreter(ToyLimits(10 ** 9))
    with pytest.raises(ToyError) as caught:
        interp.call("dive", 10 ** 6, "")            # CPython's own recursion limit first
    assert caught.value.message == "too deep"
    lines = [r.line for r in caught.value.traceback]    # the frames it left, innermost first
    assert len(lines) > 10 and lines == range(lines[0], lines[0] + len(lines))
    assert interp.limits.depth == 0                  # every frame left the counter


def test_out_of_memory_becomes_the_languages_error_with_records():
    interp = ToyInterpreter(ToyLimits(100))
    with pytest.raises(ToyError) as caught:
        interp.call("grow", 4, "memory")
    assert caught.value.message == "out of memory"
    assert [r.line for r in caught.value.traceback] == [0, 1, 2, 3, 4]


def test_depth_limit_error_carries_one_record_per_frame():
    interp = ToyInterpreter(ToyLimits(5))
    assert interp.call("ok", 4, "") == 4
    with pytest.raises(ToyError) as caught:
        interp.call("deep", 5, "")
    assert [r.line for r in caught.value.traceback] == [1, 2, 3, 4, 5]


def test_the_guard_translates():
    from rpython.rtyper.test.test_llinterp import interpret

    limits = ToyLimits(50)
    interp = ToyInterpreter(limits)

    def main(depth):
        try:
            return interp.call("f", depth, "")
        except ToyError as e:
            return -len(e.traceback)

    assert interpret(main, [10]) == 10
    assert interpret(main, [60]) == -50


# -- the entry point: failures outside any loop -------------------------------------------
class Greedy(Language):
    name = "greedy"
    extensions = [".greedy"]

    def run(self, filename, source, args):
        raise MemoryError


def test_memory_error_outside_a_loop_is_reported_not_a_crash(capfd):
    loaded = LanguageSlot(Greedy.name, Greedy.extensions, "unused", [])
    loaded.language = Greedy()
    status = EntryPoint([loaded]).main(["polyvm", "--lang", "greedy", "-e", "x"])
    out, err = capfd.readouterr()
    assert status == 1 and err == "greedy: out of memory\n"
    output.flush_all()
