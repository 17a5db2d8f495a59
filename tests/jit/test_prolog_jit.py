"""Trace-shape tests for Prolog, checked with the meta-interpreter (no translation).

The programs are consulted into engines at import time (the reader is not what is traced);
one JIT set-up (framework/jittesting.py) runs each in turn. A goal is a continuation
trampoline run (framework/trampoline.py) whose green key is the clause-body goal about to
run, so a loop closes when a recursive clause calls itself again.
"""
from framework.jittesting import (TraceRun, assert_none_of, ALLOCATIONS, CALLS,
                                  CALL_ASSEMBLERS, PURE_CALLS)

from rpython.jit.metainterp.resoperation import rop

from languages.prolog import terms
from languages.prolog.engine import Engine
from languages.prolog.language import load_library, consult
from languages.prolog.terms import Int, Struct, atom, functor_of

APPEND = """
app([], L, L).
app([H|T], L, [H|R]) :- app(T, L, R).
"""

FACT_TABLE = """
colour(k01, 1).  colour(k02, 2).  colour(k03, 3).  colour(k04, 4).  colour(k05, 5).
colour(k06, 6).  colour(k07, 7).  colour(k08, 8).  colour(k09, 9).  colour(k10, 10).
colour(k11, 11). colour(k12, 12). colour(k13, 13). colour(k14, 14). colour(k15, 15).
colour(k16, 16). colour(k17, 17). colour(k18, 18). colour(k19, 19). colour(k20, 20).
sum(0, S, S) :- !.
sum(N, S0, S) :- colour(k17, V), S1 is S0 + V, N1 is N - 1, sum(N1, S1, S).
"""

DATABASE = """
:- dynamic counter/1.
counter(0).
bump(0) :- !.
bump(N) :- retract(counter(C)), C1 is C + 1, assertz(counter(C1)), N1 is N - 1, bump(N1).
go(N, C) :- bump(N), counter(C).
go(_, -1).
"""


def make_engine(source):
    engine = Engine()
    load_library(engine)
    consult(engine, "jit.pl", source)
    return engine


ENGINES = [make_engine(APPEND), make_engine(FACT_TABLE), make_engine(DATABASE)]
CONS = terms.DOT


def int_list(n):
    items = terms.NIL
    for k in range(n, 0, -1):
        items = Struct(CONS, [Int(k), items])
    return items


def main(which, n):
    engine = ENGINES[which]
    result = engine.new_var()
    if which == 0:      # app(1..n, [x], R), R's last element
        goal = Struct(functor_of("app", 3), [int_list(n), Struct(CONS, [atom("x"), terms.NIL]),
                                             result])
    elif which == 1:    # sum(n, 0, S)
        goal = Struct(functor_of("sum", 3), [Int(n), Int(0), result])
    else:               # go(n, C): n retract/assertz rounds, then the counter
        goal = Struct(functor_of("go", 2), [Int(n), result])
    if not engine.solve(goal):
        return -1
    value = result.deref()
    if which == 0:
        count = 0
        while isinstance(value, Struct):
            count += 1
            value = value.args[1].deref()
        return count
    assert isinstance(value, Int)
    return value.value


RUN = TraceRun(main, [("append", 200), ("facts", 100), ("database", 300)])


def test_append_loop_allocates_only_the_list_cells():
    """nrev's inner loop: each step reads one cell of the first list and builds one cell
    of the result: the cell, its argument list (header and items) and the variable for its
    tail.  The clause is a constant (a deterministic call), so its frame, the call's
    arguments and the continuation stay virtual; nothing is called."""
    traces = RUN["append"]
    assert traces.result == 201
    ops = traces.simple_loop()
    assert_none_of(CALLS + CALL_ASSEMBLERS + PURE_CALLS, ops)
    assert ops.get('new_with_vtable', 0) == 2, ops        # the cell and the tail variable
    assert ops.get('new', 0) == 1, ops                    # the cell's argument list
    assert ops.get('new_array', 0) + ops.get('new_array_clear', 0) == 1, ops


def test_indexed_fact_call_is_guards_and_a_direct_jump():
    """colour(k17, V) in a loop over a 20-fact table.  The first loop, traced before the
    index was built (after a few calls), scans the clauses; building the index
    invalidates it (the index is quasi-immutable).  The loop traced after folds the index
    lookup (predicate, index and key are constants of the trace): it checks that the
    index is still valid and goes straight to the one matching clause, reading no clause
    list and calling nothing."""
    traces = RUN["facts"]
    assert traces.result == 1700
    operations = traces.loops[-1].operations
    start = max(i for i, op in enumerate(operations) if op.getopnum() == rop.LABEL)
    ops = traces.counts(operations[start:])
    assert_none_of(CALLS + CALL_ASSEMBLERS + PURE_CALLS, ops)
    assert ops.get('guard_not_invalidated', 0) == 1, ops
    assert ops.get('getarrayitem_gc_r', 0) == 0, ops      # no clause list is read
    assert ops.get('instance_ptr_eq', 0) == 0, ops        # no first argument compared


def test_assert_retract_loop_keeps_clauses_whole():
    """A loop that retracts and asserts counter/1.  assertz's term is a virtual struct
    that escapes into the residual Compiler.compile, which reads its functor and makes
    structs itself; were Struct.functor an immutable field, the optimizer would leave
    the functor's write pending across that call and store clauses with no functor
    (the counter then vanished and go/2 answered -1)."""
    assert RUN["database"].result == 300
