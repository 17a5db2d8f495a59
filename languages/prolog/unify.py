"""Unification, the standard order of terms and copying, all without host recursion: a
million-element list or a term nested 100,000 deep takes a work list, not host stack."""
from rpython.rlib.rbigint import rbigint

from framework import integers
from languages.prolog import terms
from languages.prolog.terms import Var, Atom, Int, BigInt, Float, String, Struct


def unify(engine, a, b):
    """Whether a and b unify; bindings made on the way stay (the caller undoes on failure)."""
    stack = None
    while True:
        a = a.deref()
        b = b.deref()
        if a is not b:
            if isinstance(a, Var):
                engine.bind(a, b)
            elif isinstance(b, Var):
                engine.bind(b, a)
            elif isinstance(a, Struct):
                if not isinstance(b, Struct) or a.functor is not b.functor:
                    return False
                n = len(a.args)
                if n > 1:
                    if stack is None:
                        stack = []
                    for k in range(n - 1):
                        stack.append(a.args[k])
                        stack.append(b.args[k])
                a = a.args[n - 1]
                b = b.args[n - 1]
                continue
            elif not atomic_equal(a, b):
                return False
        if not stack:
            return True
        b = stack.pop()
        a = stack.pop()


def atomic_equal(a, b):
    """Equality of two dereferenced non-variable, non-compound terms."""
    if isinstance(a, Int):
        return isinstance(b, Int) and a.value == b.value
    if isinstance(a, Float):
        return isinstance(b, Float) and (a.value == b.value or
                                         (a.value != a.value and b.value != b.value))
    if isinstance(a, BigInt):
        return isinstance(b, BigInt) and a.value.eq(b.value)
    if isinstance(a, String):
        return isinstance(b, String) and a.value == b.value
    return a is b


# -- standard order ---------------------------------------------------------------------

def order_class(term):
    if isinstance(term, Var):
        return 0
    if isinstance(term, Int) or isinstance(term, BigInt) or isinstance(term, Float):
        return 1
    if isinstance(term, String):
        return 2
    if isinstance(term, Atom):
        return 3
    return 5


def compare_numbers(a, b):
    """-1, 0, 1 by value; an equal Float comes before an Int."""
    if isinstance(a, Float) and isinstance(b, Float):
        return cmp3(a.value, b.value)
    if isinstance(a, Int) and isinstance(b, Int):
        return cmp3(a.value, b.value)
    if isinstance(a, Float):
        c = -compare_integer_float(b, a.value)
        return c if c != 0 else -1
    if isinstance(b, Float):
        c = compare_integer_float(a, b.value)
        return c if c != 0 else 1
    return integers.big_compare(terms.big_of(a), terms.big_of(b))


def compare_integer_float(a, f):
    if isinstance(a, Int):
        c = integers.compare_int_float(a.value, f)
    else:
        assert isinstance(a, BigInt)
        c = integers.compare_big_float(a.value, f)
    if c == integers.UNORDERED:
        return 1
    return c


def cmp3(x, y):
    if x < y:
        return -1
    if x > y:
        return 1
    return 0


def compare(a, b):
    """-1, 0 or 1 as a comes before, is identical to, or comes after b."""
    stack = None
    while True:
        a = a.deref()
        b = b.deref()
        if a is not b:
            ca = order_class(a)
            cb = order_class(b)
            if ca != cb:
                return cmp3(ca, cb)
            if ca == 0:
                assert isinstance(a, Var) and isinstance(b, Var)
                return cmp3(a.stamp, b.stamp)
            if ca == 1:
                c = compare_numbers(a, b)
                if c != 0:
                    return c
            elif ca == 3:
                assert isinstance(a, Atom) and isinstance(b, Atom)
                c = cmp3_str(a.name, b.name)
                if c != 0:
                    return c
                return -1 if a is terms.NIL else 1      # the list end before the atom
            elif ca == 2:
                assert isinstance(a, String) and isinstance(b, String)
                c = cmp3_str(a.value, b.value)
                if c != 0:
                    return c
            else:
                assert isinstance(a, Struct) and isinstance(b, Struct)
                fa = a.functor
                fb = b.functor
                if fa is not fb:
                    if fa.arity != fb.arity:
                        return cmp3(fa.arity, fb.arity)
                    return cmp3_str(fa.name, fb.name)
                n = len(a.args)
                if stack is None:
                    stack = []
                for k in range(n - 1, 0, -1):
                    stack.append(a.args[k])
                    stack.append(b.args[k])
                a = a.args[0]
                b = b.args[0]
                continue
        if not stack:
            return 0
        b = stack.pop()
        a = stack.pop()


def cmp3_str(x, y):
    if x < y:
        return -1
    if x > y:
        return 1
    return 0


def variant(a, b):
    """Whether a and b are equal up to renaming variables (=@=)."""
    left = {}
    right = {}
    stack = [a, b]
    while stack:
        y = stack.pop().deref()
        x = stack.pop().deref()
        if isinstance(x, Var):
            if not isinstance(y, Var):
                return False
            mx = left.get(x, None)
            my = right.get(y, None)
            if mx is None and my is None:
                left[x] = y
                right[y] = x
            elif mx is not y or my is not x:
                return False
        elif isinstance(x, Struct):
            if not isinstance(y, Struct) or x.functor is not y.functor:
                return False
            for k in range(len(x.args)):
                stack.append(x.args[k])
                stack.append(y.args[k])
        elif isinstance(y, Var) or isinstance(y, Struct) or not atomic_equal(x, y):
            return False
    return True


# -- copying ----------------------------------------------------------------------------

class Copier(object):
    """Copies terms with fresh variables, the same fresh variable for each old one."""

    def __init__(self, engine):
        self.engine = engine
        self.mapping = {}

    def copy(self, term):
        """A copy of term.  Compound arguments are copied through a work list of
        (new compound, index) pairs, so depth costs no host stack."""
        result = self.copy_shallow(term)
        if not isinstance(result, Struct) or result is term:
            return result
        pending = [result]
        while pending:
            struct = pending.pop()
            assert isinstance(struct, Struct)
            args = struct.args
            for k in range(len(args)):
                old = args[k].deref()
                new = self.copy_shallow(old)
                args[k] = new
                if isinstance(new, Struct) and new is not old:
                    pending.append(new)
        return result

    def copy_shallow(self, term):
        """term itself when atomic (or ground and known so), a fresh variable for a
        variable, and a compound with the old arguments (filled in by `copy`)."""
        term = term.deref()
        if isinstance(term, Var):
            new = self.mapping.get(term, None)
            if new is None:
                new = self.engine.new_var()
                self.mapping[term] = new
            return new
        if isinstance(term, Struct):
            return Struct(term.functor, [arg for arg in term.args])
        return term


def copy_term(engine, term):
    return Copier(engine).copy(term)


def term_variables(term, result):
    """Append term's variables, depth-first left to right, each once."""
    seen = {}
    for var in result:
        seen[var] = True
    stack = [term]
    while stack:
        t = stack.pop().deref()
        if isinstance(t, Var):
            if t not in seen:
                seen[t] = True
                result.append(t)
        elif isinstance(t, Struct):
            for k in range(len(t.args) - 1, -1, -1):
                stack.append(t.args[k])
    return result


def occurs_in(var, term):
    stack = [term]
    while stack:
        t = stack.pop().deref()
        if t is var:
            return True
        if isinstance(t, Struct):
            for arg in t.args:
                stack.append(arg)
    return False


def unify_occurs_check(engine, a, b):
    stack = [a, b]
    while stack:
        y = stack.pop().deref()
        x = stack.pop().deref()
        if x is y:
            continue
        if isinstance(x, Var):
            if occurs_in(x, y):
                return False
            engine.bind(x, y)
        elif isinstance(y, Var):
            if occurs_in(y, x):
                return False
            engine.bind(y, x)
        elif isinstance(x, Struct):
            if not isinstance(y, Struct) or x.functor is not y.functor:
                return False
            for k in range(len(x.args)):
                stack.append(x.args[k])
                stack.append(y.args[k])
        elif not atomic_equal(x, y):
            return False
    return True
