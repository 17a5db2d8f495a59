"""Error and warning text as SWI-Prolog prints it (`ERROR: -g main: is/2: ...`)."""
from languages.prolog import terms
from languages.prolog.terms import Var, Atom, Int, BigInt, Float, String, Struct
from languages.prolog.writer import term_to_text, quote_atom


def describe(term):
    """SWI-Prolog's `(an atom)`-style description of a culprit."""
    t = term.deref()
    if isinstance(t, Var):
        return "a var"
    if isinstance(t, Int) or isinstance(t, BigInt):
        return "an integer"
    if isinstance(t, Float):
        return "a float"
    if isinstance(t, String):
        return "a string"
    if t is terms.NIL:
        return "an empty_list"
    if isinstance(t, Atom):
        return "an atom"
    assert isinstance(t, Struct)
    if t.functor is terms.DOT:
        return "a list"
    if t.functor.name == "dict":
        return "a dict"
    return "a compound"


def quoted(operators, term):
    return term_to_text(operators, term, quoted=True)


def error_message(operators, ball, procedure_prefix="catch/3: "):
    """The message for an uncaught ball, with the context prefix (`is/2: `) when known;
    an unknown procedure is reported from `procedure_prefix` (where swipl called it)."""
    t = ball.deref()
    if isinstance(t, Struct) and t.functor.name == "error" and t.functor.arity == 2:
        formal = t.args[0].deref()
        context = t.args[1].deref()
        prefix = ""
        detail = ""
        if isinstance(context, Struct) and context.functor.name == "context" and \
                context.functor.arity == 2:
            where = context.args[0].deref()
            if isinstance(where, Struct) and where.functor.name == ":" and where.functor.arity == 2:
                where = where.args[1].deref()
            if not isinstance(where, Var):
                prefix = indicator_text(operators, where) + ": "
            message = context.args[1].deref()
            if isinstance(message, Atom) or isinstance(message, String):
                detail = " (" + term_to_text(operators, message) + ")"
        if isinstance(formal, Struct) and formal.functor.name == "existence_error" and \
                formal.functor.arity == 2 and isinstance(formal.args[0].deref(), Atom) and \
                formal.args[0].deref() is terms.atom("procedure"):
            prefix = procedure_prefix
        text = formal_message(operators, formal)
        if text is None:
            return "Unknown error term: " + quoted(operators, formal)
        return prefix + text + detail
    return "Unknown message: " + quoted(operators, t)


def indicator_text(operators, term):
    """Name/Arity as swipl prints a context: quoted, with no brackets (`//2`)."""
    if isinstance(term, Struct) and term.functor.name == "/" and term.functor.arity == 2:
        name = term.args[0].deref()
        if isinstance(name, Atom):
            return quote_atom(name.name) + "/" + term_to_text(operators, term.args[1])
    return term_to_text(operators, term, quoted=True)


def formal_message(operators, formal):
    if isinstance(formal, Atom):
        if formal.name == "instantiation_error":
            return "Arguments are not sufficiently instantiated"
        return None
    if not isinstance(formal, Struct):
        return None
    name = formal.functor.name
    args = formal.args
    arity = formal.functor.arity
    if name == "type_error" and arity == 2:
        kind = args[0].deref()
        culprit = args[1].deref()
        if isinstance(kind, Atom) and kind.name == "evaluable":
            return "Arithmetic: `%s' is not a function" % quoted(operators, culprit)
        return "Type error: `%s' expected, found `%s' (%s)" % (
            term_to_text(operators, kind), quoted(operators, culprit), describe(culprit))
    if name == "domain_error" and arity == 2:
        return "Domain error: `%s' expected, found `%s'" % (
            term_to_text(operators, args[0]), quoted(operators, args[1]))
    if name == "existence_error" and arity == 2:
        kind = args[0].deref()
        if isinstance(kind, Atom) and kind.name == "procedure":
            return "Unknown procedure: " + quoted(operators, args[1])
        return "%s `%s' does not exist" % (term_to_text(operators, kind),
                                           quoted(operators, args[1]))
    if name == "evaluation_error" and arity == 1:
        return "Arithmetic: evaluation error: `%s'" % term_to_text(operators, args[0])
    if name == "permission_error" and arity == 3:
        action = term_to_text(operators, args[0])
        kind = term_to_text(operators, args[1]).replace("_", " ")
        return "No permission to %s %s `%s'" % (action, kind, quoted(operators, args[2]))
    if name == "representation_error" and arity == 1:
        return "Cannot represent due to `%s'" % term_to_text(operators, args[0])
    if name == "resource_error" and arity == 1:
        what = term_to_text(operators, args[0])
        if what == "stack":
            return "Stack limit (1.0Gb) exceeded"
        return "Not enough resources: %s" % what
    if name == "syntax_error" and arity == 1:
        what = term_to_text(operators, args[0])
        return "Syntax error: " + syntax_text(what)
    if name == "uninstantiation_error" and arity == 1:
        return "Uninstantiated argument expected, found %s" % quoted(operators, args[0])
    return None


def syntax_text(message):
    """A reader message in SWI-Prolog's words."""
    if message == "illegal_number":
        return "Illegal number"
    if message == "":
        return "Illegal start of term"
    return message[0].upper() + message[1:]
