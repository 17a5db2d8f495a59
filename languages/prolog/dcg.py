"""DCG translation: `Head --> Body` into a clause with two extra list arguments, as
SWI-Prolog translates it (terminals unify in the body, `{}` goals, `!`, `\\+`, call//N,
pushback `Head, List --> Body`)."""
from languages.prolog import errors, terms
from languages.prolog.terms import Var, Atom, String, Struct, functor_of, list_of
from languages.prolog.reader import decode_utf8
from languages.prolog.terms import Int
from languages.prolog.engine import det
from languages.prolog.unify import unify


def make(name, args):
    return Struct(functor_of(name, len(args)), args)


def unify_goal(a, b):
    return make("=", [a, b])


def translate_rule(engine, head, body):
    """The clause (Head :- Body) for a DCG rule."""
    head = head.deref()
    s0 = engine.new_var()
    s = engine.new_var()
    pushback = None
    if isinstance(head, Struct) and head.functor is terms.COMMA:
        pushback = head.args[1].deref()
        head = head.args[0].deref()
    if pushback is not None:
        mid = engine.new_var()
        goal = make(",", [translate_body(engine, body, s0, mid),
                          terminals(engine, pushback, s, mid)])
    else:
        goal = translate_body(engine, body, s0, s)
    return make(":-", [extend(head, s0, s), goal])


def extend(goal, s0, s):
    goal = goal.deref()
    if isinstance(goal, Atom):
        return make(goal.name, [s0, s])
    if isinstance(goal, Struct):
        return make(goal.functor.name, goal.args + [s0, s])
    if isinstance(goal, Var):
        raise errors.instantiation_error()
    raise errors.type_error("callable", goal)


def terminals(engine, items, s0, s):
    """s0 = items ++ s."""
    items = items.deref()
    if isinstance(items, String):
        items = list_of([Int(c) for c in decode_utf8(items.value)])
    elements = []
    t = items
    while isinstance(t, Struct) and t.functor is terms.DOT:
        elements.append(t.args[0])
        t = t.args[1].deref()
    if t is not terms.NIL:
        raise errors.type_error("list", items)
    return unify_goal(s0, list_of(elements, s))


def translate_body(engine, body, s0, s):
    body = body.deref()
    if isinstance(body, Var):
        return make("phrase", [body, s0, s])
    if isinstance(body, Struct):
        name = body.functor.name
        arity = body.functor.arity
        if arity == 2 and name == ",":
            mid = engine.new_var()
            return make(",", [translate_body(engine, body.args[0], s0, mid),
                              translate_body(engine, body.args[1], mid, s)])
        if arity == 2 and (name == ";" or name == "|"):
            return make(";", [translate_body(engine, body.args[0], s0, s),
                              translate_body(engine, body.args[1], s0, s)])
        if arity == 2 and name == "->":
            mid = engine.new_var()
            return make("->", [translate_body(engine, body.args[0], s0, mid),
                               translate_body(engine, body.args[1], mid, s)])
        if arity == 1 and name == "\\+":
            rest = engine.new_var()
            return make(",", [make("\\+", [translate_body(engine, body.args[0], s0, rest)]),
                              unify_goal(s0, s)])
        if arity == 1 and name == "{}":
            return make(",", [body.args[0], unify_goal(s0, s)])
        if name == "call" and arity >= 1:
            return make("call", body.args + [s0, s])
        if body.functor is terms.DOT:
            return terminals(engine, body, s0, s)
        return extend(body, s0, s)
    if body is terms.NIL:
        return unify_goal(s0, s)
    if isinstance(body, String):
        return terminals(engine, body, s0, s)
    if isinstance(body, Atom):
        if body.name == "!":
            return make(",", [body, unify_goal(s0, s)])
        return extend(body, s0, s)
    raise errors.type_error("callable", body)


@det("$dcg_body", 4)
def b_dcg_body(engine, args):
    """The goal a DCG body stands for between two list variables (phrase/2,3)."""
    return unify(engine, args[3], translate_body(engine, args[0], args[1], args[2]))


@det("dcg_translate_rule", 2)
def b_dcg_translate_rule(engine, args):
    rule = args[0].deref()
    if not (isinstance(rule, Struct) and rule.functor.name == "-->" and rule.functor.arity == 2):
        raise errors.type_error("dcg_rule", rule)
    return unify(engine, args[1], translate_rule(engine, rule.args[0], rule.args[1]))
