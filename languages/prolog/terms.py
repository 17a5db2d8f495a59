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

    def deref(self):
        term = self
        while isinstance(term, Var):
            ref = term.ref
            if ref is None:
                return term
            term = ref
        return term


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


class Functor(object):
    """An interned name/arity pair."""
    _immutable_fields_ = ['name', 'arity', 'atom']

    def __init__(self, name, arity):
        self.name = name
        self.arity = arity
        self.atom = None


class Struct(Term):
    _immutable_fields_ = ['functor']

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
    are shared by every call)."""


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
