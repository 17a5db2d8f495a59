"""Prolog's exceptions as the host carries them, and the ISO error terms.

`PrologError` carries a thrown ball.  Built-ins raise ISO's `error(Formal, Context)` through
the helpers below; the engine fills an unbound context with the built-in's indicator, as
SWI-Prolog does (`context(is/2, _)`).
"""
from framework.errors import GuestError
from languages.prolog import terms
from languages.prolog.terms import Var, Atom, Int, Struct, atom, functor_of


class PrologError(GuestError):
    def __init__(self, term):
        self.term = term
        self.traceback = []


class Halt(Exception):
    """halt/0,1: leave with a status."""

    def __init__(self, status):
        self.status = status


def make(name, args):
    return Struct(functor_of(name, len(args)), args)


def error(formal, context=None):
    if context is None:
        context = Var(0)
    return PrologError(make("error", [formal, context]))


def instantiation_error():
    return error(atom("instantiation_error"))


def uninstantiation_error(culprit):
    return error(make("uninstantiation_error", [culprit]))


def type_error(kind, culprit):
    return error(make("type_error", [atom(kind), culprit]))


def domain_error(kind, culprit):
    return error(make("domain_error", [atom(kind), culprit]))


def existence_error(kind, culprit):
    return error(make("existence_error", [atom(kind), culprit]))


def permission_error(action, kind, culprit):
    return error(make("permission_error", [atom(action), atom(kind), culprit]))


def representation_error(what):
    return error(make("representation_error", [atom(what)]))


def evaluation_error(what):
    return error(make("evaluation_error", [atom(what)]))


def resource_error(what):
    return error(make("resource_error", [atom(what)]))


def indicator(name, arity):
    return make("/", [atom(name), Int(arity)])


def unknown_procedure(name, arity):
    """As SWI-Prolog: the context is the indicator itself."""
    culprit = indicator(name, arity)
    return error(make("existence_error", [atom("procedure"), culprit]), culprit)


def with_context(err, name, arity):
    """err with its context filled by the built-in name/arity when still unbound."""
    term = err.term
    if isinstance(term, Struct) and term.functor is ERROR and len(term.args) == 2:
        context = term.args[1].deref()
        if isinstance(context, Var):
            where = make(":", [atom("system"), indicator(name, arity)])
            filled = make("context", [where, Var(0)])
            return PrologError(make("error", [term.args[0], filled]))
    return err


ERROR = functor_of("error", 2)
