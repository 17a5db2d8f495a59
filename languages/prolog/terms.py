"""Prolog terms: variables with a binding, interned atoms, integers (words and rbigints),
floats, SWI strings and compound terms.

A variable is bound by setting `ref`; `deref` follows the chain.  Atoms are interned
(languages/prolog/kit.py's AtomTable, framework/symbols.py), so atoms compare with `is`.
A compound's `functor` is interned too (name and arity), the key of predicates, operators
and first-argument indexing.  `Slot` appears only inside stored clauses: the clause's N-th
variable, filled in per call (database.py).
"""
from rpython.rlib import jit
from rpython.rlib.rbigint import rbigint

from framework.objspace import W_Root
from framework.stamping import stamp
from framework.symbols import SymbolTable


class Term(W_Root):
    """Base of every Prolog term."""

    def deref(self):
        return self


class Var(Term):
    """An unbound variable while `ref` is None.  `stamp` orders variables by creation, so a
    binding is trailed only when a choice point older than the variable can undo it."""
    ref = None

    def __init__(self, stamp):
        self.stamp = stamp

    @jit.unroll_safe
    def deref(self):
        term = self
        while isinstance(term, Var):
            ref = term.ref
            if ref is None:
                return term
            term = ref
        return term

    def reset(self):
        """Undo this trail entry: unbind."""
        self.ref = None


class ArgRestore(Var):
    """A trail entry for setarg/3: undoing it puts the argument back (it is a Var only so
    that it shares the trail with bindings; no term ever holds one)."""

    def __init__(self, struct, index, old):
        Var.__init__(self, -1)
        self.struct = struct
        self.index = index
        self.old = old

    def reset(self):
        self.struct.args[self.index] = self.old


class Atom(Term):
    _immutable_fields_ = ['name']

    def __init__(self, name):
        self.name = name
        self.functor = None

    def get_functor(self):
        functor = self.functor
        if functor is None:
            functor = functor_of(self.name, 0)
            self.functor = functor
        return functor

    def __repr__(self):
        return "Atom(%s)" % self.name


class Int(Term):
    _immutable_fields_ = ['value']

    def __init__(self, value):
        self.value = value


class BigInt(Term):
    """An integer beyond a machine word (never one that fits: see make_big)."""
    _immutable_fields_ = ['value']

    def __init__(self, value):
        self.value = value


class Float(Term):
    _immutable_fields_ = ['value']

    def __init__(self, value):
        self.value = value


class String(Term):
    """SWI-Prolog 7's string type (double-quoted text by default)."""
    _immutable_fields_ = ['value']

    def __init__(self, value):
        self.value = value


CONTROL_NAMES = {",": True, ":": True, "true": True, "!": True, "fail": True, "false": True,
                 ";": True, "->": True, "*->": True, "\\+": True, "call": True,
                 "findall": True, "catch": True}


class Functor(object):
    """An interned name/arity pair; `maybe_control` when the solver must look at it as a
    control construct first (decided once, not at every call)."""
    _immutable_fields_ = ['name', 'arity', 'atom', 'maybe_control']

    def __init__(self, name, arity):
        self.name = name
        self.arity = arity
        self.atom = None
        self.maybe_control = arity <= 3 and name in CONTROL_NAMES


class Struct(Term):
    """A compound term.  `functor` is deliberately not declared immutable: a trace builds
    structs as virtuals and lets them escape into residual calls (Compiler.compile,
    copy_term) that read the functor of their argument and also make structs, i.e. write
    the field.  RPython's heap optimizer (force_from_effectinfo) leaves a pending write
    of an immutable field pending across a call whose effects include writing that field,
    so the call read a null functor (assertz stored clauses with no head).  Patterns
    that traces should fold keep their functor in immutable fields of their own
    (Template.pattern_functor, GoalSite.functor)."""

    def __init__(self, functor, args):
        self.functor = functor
        self.args = args

    def name(self):
        return self.functor.name


class Slot(Term):
    """The index-th variable of a stored clause (never seen outside database.py)."""
    _immutable_fields_ = ['index']

    def __init__(self, index):
        self.index = index


class Template(Struct):
    """A compound inside a stored clause that holds slots (ground ones stay Structs and
    are shared by every call).  `parts` is its arguments again, in a list nothing
    changes (setarg/3 never sees a template), so a trace of a known clause reads them
    as constants (and its functor as `pattern_functor`)."""
    _immutable_fields_ = ['parts[*]', 'pattern_functor']

    def __init__(self, functor, args):
        Struct.__init__(self, functor, args)
        self.parts = fixed_copy(args)
        self.pattern_functor = functor      # what traces read (Struct.functor: see there)


def fixed_copy(items):
    """A copy of a list of terms the annotator sees as never resized (so it can be
    declared immutable)."""
    copy = [None] * len(items)
    for k in range(len(items)):
        copy[k] = items[k]
    return copy


class Functors(object):
    def __init__(self):
        self.table = {}

    @jit.elidable
    def get(self, name, arity):
        key = (name, arity)
        functor = self.table.get(key, None)
        if functor is None:
            functor = Functor(name, arity)
            self.table[key] = functor
        return functor


FUNCTORS = Functors()


def functor_of(name, arity):
    return FUNCTORS.get(name, arity)


def make_big(value):
    """An integer term for an rbigint: a word when it fits."""
    try:
        return Int(value.toint())
    except OverflowError:
        return BigInt(value)


def big_of(term):
    """The rbigint of an Int or BigInt."""
    if isinstance(term, Int):
        return rbigint.fromint(term.value)
    assert isinstance(term, BigInt)
    return term.value


AtomTable = stamp(SymbolTable, "prolog", symbol_class=Atom)
ATOMS = AtomTable()


def atom(name):
    """The interned atom `name` (the quoted '[]' included; the list end is NIL)."""
    return ATOMS.intern(name)


NIL = Atom("[]")
"""SWI-Prolog 7's reserved `[]`, distinct from the atom '[]'."""
EMPTY_BLOCK = atom("{}")
TRUE = atom("true")
FALSE = atom("false")
FAIL = atom("fail")
CUT = atom("!")
DOT = functor_of("[|]", 2)
COMMA = functor_of(",", 2)


def cons(head, tail):
    return Struct(DOT, [head, tail])


def list_of(items, tail=NIL):
    result = tail
    for k in range(len(items) - 1, -1, -1):
        result = cons(items[k], result)
    return result
