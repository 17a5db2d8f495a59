"""The solver's guarantees that differential cases cannot show: runaway recursion becomes a
resource error, deep terms take no host stack, indexed calls leave no choice point."""
import sys

from languages.prolog import engine as engine_module
from languages.prolog.engine import Engine
from languages.prolog.language import load_library, consult
from languages.prolog.reader import Reader
from tests.prolog.test_cases import run_prolog


def test_runaway_recursion_is_a_resource_error(monkeypatch):
    monkeypatch.setattr(engine_module, "MAX_DEPTH", 5000)
    source = ("f(X) :- f(Y), X is Y + 1.\n"
              "main :- catch(f(_), error(resource_error(R), _), (write(R), nl)), f(_).\n")
    status, out, err = run_prolog(source)
    assert out == "stack\n"
    assert status == 2
    assert "Stack limit (1.0Gb) exceeded" in err


def test_long_lists_unify_compare_and_copy_in_constant_host_stack():
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(400)          # any recursion per element would fail at once
    try:
        source = ("main :- numlist(1, 20000, L), numlist(1, 20000, M), L = M, L == M,\n"
                  "    copy_term(L, C), C == L, msort(L, S), S == L, write(ok), nl.\n")
        status, out, err = run_prolog(source)
    finally:
        sys.setrecursionlimit(limit)
    assert (status, out) == (0, "ok\n")


def test_first_argument_index_leaves_no_choice_point():
    facts = "".join("f(k%d, %d).\n" % (i, i) for i in range(50))
    engine = Engine()
    load_library(engine)
    consult(engine, "test.pl", facts)
    goal = Reader(engine, "f(k42, X) .").read().term
    for _ in range(5):              # the index is built once the predicate has settled
        engine.cut(None)
        engine.call(goal, engine.success, None, 0)
        assert engine.choice is None
    assert engine.preds[goal.functor].index is not None
