"""Predicates and their clauses.

A stored clause is a term whose variables became `Slot`s (numbered 0..nvars-1).  A call
unifies the goal with the head directly, filling a frame of nvars entries as slots are
met (a slot seen first just takes the goal's argument: no variable, no binding), and then
builds the body from the frame.  Only compound parts of the clause that hold slots
(`Template`s) are copied per call.

The logical update view: every change to the database bumps a generation; a clause is
visible to a call made at generation g when born <= g < died, so a running call never sees
clauses added or removed after it started.  assertz appends in place (amortised O(1));
asserta and the compaction of retracted clauses build a new list, leaving running calls
their old one.
"""
from rpython.rlib import jit
from rpython.rlib.rarithmetic import LONG_BIT

from languages.prolog import terms
from languages.prolog.terms import (Var, Atom, Int, Float, BigInt, String, Struct, Slot,
                                    Template, fixed_copy)
from languages.prolog.unify import unify, atomic_equal

FOREVER = (1 << (LONG_BIT - 2))


class Clause(object):
    _immutable_fields_ = ['head', 'head_args[*]', 'body', 'nvars', 'number', 'first']

    def __init__(self, head, body, nvars, born, number):
        self.head = head
        self.body = body
        self.nvars = nvars
        self.born = born
        self.died = FOREVER
        self.number = number
        self.first_site = None      # the compiled body (engine.compile_body)
        self.first = None
        self.head_args = []
        if isinstance(head, Struct):
            self.first = head.args[0]
            self.head_args = fixed_copy(head.args)

    def visible(self, generation):
        return self.born <= generation < self.died

    def may_match(self, first):
        """Whether the clause's first argument could unify with `first` (dereferenced):
        the first-argument index, tested before a choice point is made."""
        pattern = self.first
        if pattern is None or isinstance(pattern, Slot) or isinstance(first, Var):
            return True
        if isinstance(pattern, Struct):
            return isinstance(first, Struct) and first.functor is pattern.functor
        if isinstance(first, Struct):
            return False
        return atomic_equal(pattern, first)


INDEX_MIN_CLAUSES = 8
"""Predicates with fewer clauses are filtered by a scan; longer ones get a hash index."""


class FirstArgIndex(object):
    _immutable_fields_ = ['atoms', 'functors', 'ints', 'variable_clauses', 'others']

    """The clauses that may match each first-argument key, in clause order: atoms and
    functors by identity, integers by value; `others` for any other argument (a float,
    a string, a big integer), which is every clause.  Built from one snapshot of the
    clause list and dropped at the next change."""

    def __init__(self, clauses):
        self.atoms = {}
        self.functors = {}
        self.ints = {}
        self.variable_clauses = []
        self.others = clauses
        for clause in clauses:
            pattern = clause.first
            if pattern is None or isinstance(pattern, Slot):
                self.variable_clauses.append(clause)
                for bucket in self.atoms.values():
                    bucket.append(clause)
                for bucket in self.functors.values():
                    bucket.append(clause)
                for bucket in self.ints.values():
                    bucket.append(clause)
            elif isinstance(pattern, Struct):
                bucket = self.functors.get(pattern.functor, None)
                if bucket is None:
                    bucket = [c for c in self.variable_clauses]
                    self.functors[pattern.functor] = bucket
                bucket.append(clause)
            elif isinstance(pattern, Atom):
                bucket = self.atoms.get(pattern, None)
                if bucket is None:
                    bucket = [c for c in self.variable_clauses]
                    self.atoms[pattern] = bucket
                bucket.append(clause)
            elif isinstance(pattern, Int):
                bucket = self.ints.get(pattern.value, None)
                if bucket is None:
                    bucket = [c for c in self.variable_clauses]
                    self.ints[pattern.value] = bucket
                bucket.append(clause)

    @jit.elidable
    def candidates(self, first):
        """The clauses a call whose first argument is `first` (dereferenced, not a
        variable) may match."""
        if isinstance(first, Atom):
            return self.atoms.get(first, self.variable_clauses)
        if isinstance(first, Struct):
            return self.functors.get(first.functor, self.variable_clauses)
        if isinstance(first, Int):
            return self.ints.get(first.value, self.variable_clauses)
        return self.others


class Predicate(object):
    _immutable_fields_ = ['functor', 'index?']

    def __init__(self, functor):
        self.functor = functor
        self.clauses = []
        self.index = None
        self.calls_since_change = 0
        self.dynamic = False
        self.library = False
        self.static = False
        self.defined = False
        self.live = 0
        self.dead = 0

    def candidates(self, first):
        """The clauses to try for a call with this first argument (None for arity 0)."""
        if first is None or isinstance(first, Var) or len(self.clauses) < INDEX_MIN_CLAUSES:
            return self.clauses
        index = self.index
        if index is None:
            self.calls_since_change += 1
            if self.calls_since_change < 4:
                return self.clauses
            index = FirstArgIndex(self.clauses)
            self.index = index
        return index.candidates(first)

    def changed(self):
        if self.index is not None:      # a quasi-immutable field: write only when it changes
            self.index = None
        self.calls_since_change = 0

    def add(self, clause, at_end):
        self.changed()
        self.defined = True
        self.live += 1
        if at_end:
            self.clauses.append(clause)
        else:
            self.clauses = [clause] + [c for c in self.clauses if c.died == FOREVER]
            self.dead = 0

    def remove(self, clause, generation):
        self.changed()
        clause.died = generation
        self.live -= 1
        self.dead += 1

    def compact(self):
        """Drop retracted clauses once they outnumber the live ones (a new list, so
        running calls keep theirs)."""
        if self.dead > 8 and self.dead > self.live:
            self.changed()
            self.clauses = [c for c in self.clauses if c.died == FOREVER]
            self.dead = 0


class Compiler(object):
    """Turns a term into a stored clause pattern: variables become numbered slots."""

    def __init__(self):
        self.slots = {}

    def compile(self, term):
        term = term.deref()
        if isinstance(term, Var):
            slot = self.slots.get(term, None)
            if slot is None:
                slot = Slot(len(self.slots))
                self.slots[term] = slot
            return slot
        if isinstance(term, Struct):
            args = [self.compile(arg) for arg in term.args]
            for arg in args:
                if isinstance(arg, Slot) or isinstance(arg, Template):
                    return Template(term.functor, args)
            return Struct(term.functor, args)
        return term


def make_clause(head, body, born, number):
    compiler = Compiler()
    head_pattern = compiler.compile(head)
    body_pattern = compiler.compile(body)
    return Clause(head_pattern, body_pattern, len(compiler.slots), born, number)


@jit.unroll_safe
def unify_head(engine, pattern, term, frame):
    """Unify a clause pattern with a term, filling `frame`."""
    if isinstance(pattern, Slot):
        value = frame[pattern.index]
        if value is None:
            frame[pattern.index] = term
            return True
        return unify(engine, value, term)
    term = term.deref()
    if isinstance(term, Var):
        engine.bind(term, instantiate(engine, pattern, frame))
        return True
    if isinstance(pattern, Struct):
        if isinstance(pattern, Template):
            if not isinstance(term, Struct) or term.functor is not pattern.pattern_functor:
                return False
            parts = pattern.parts
            for k in range(len(parts)):
                if not unify_head(engine, parts[k], term.args[k], frame):
                    return False
            return True
        return unify(engine, pattern, term)
    if isinstance(term, Struct):
        return False
    return atomic_equal(pattern, term)


@jit.unroll_safe
def instantiate(engine, pattern, frame):
    """The term a clause pattern stands for under `frame` (fresh variables for empty slots)."""
    if isinstance(pattern, Slot):
        value = frame[pattern.index]
        if value is None:
            value = engine.new_var()
            frame[pattern.index] = value
        return value
    if isinstance(pattern, Template):
        return Struct(pattern.pattern_functor,
                      [instantiate(engine, arg, frame) for arg in pattern.parts])
    return pattern


def clause_term(engine, clause):
    """A fresh copy of a clause as (Head :- Body) parts."""
    frame = [None] * clause.nvars
    return instantiate(engine, clause.head, frame), instantiate(engine, clause.body, frame)
