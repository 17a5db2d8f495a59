"""The deterministic built-ins: unification and comparison, type checks, term construction
and inspection, atoms and strings, the database, flags, operators and global variables.
Nondeterministic library predicates are written in Prolog on top of these (library.py)."""
from rpython.rlib import rtime
from rpython.rlib.rbigint import rbigint

from framework import integers
from framework.errors import SourceError
from framework.opprec import OperatorError
from languages.prolog import errors, terms
from languages.prolog.engine import det, nondet, Body, Repeat, BUILTINS, check_body
from languages.prolog.errors import PrologError, Halt
from languages.prolog.reader import (Reader, encode_utf8, decode_utf8, char_length,
                                     parse_integer, parse_float_term, PrologScanner)
from languages.prolog.terms import (Var, Atom, Int, BigInt, Float, String, Struct, atom,
                                    functor_of, list_of, make_big)
from languages.prolog.database import clause_term
from languages.prolog.unify import (unify, compare, copy_term, term_variables, variant,
                                    unify_occurs_check, Copier)
from languages.prolog.writer import term_to_text, format_float


# -- helpers ------------------------------------------------------------------------------

def list_items(term):
    """The elements of a proper list; instantiation or type error otherwise."""
    items = []
    t = term.deref()
    while True:
        if isinstance(t, Struct) and t.functor is terms.DOT:
            items.append(t.args[0])
            t = t.args[1].deref()
        elif t is terms.NIL:
            return items
        elif isinstance(t, Var):
            raise errors.instantiation_error()
        else:
            raise errors.type_error("list", term)


def partial_list_items(term):
    """(items, tail) of a list that may end in a variable; tail None when proper, and
    raises a type error when it ends in something else."""
    items = []
    t = term.deref()
    while isinstance(t, Struct) and t.functor is terms.DOT:
        items.append(t.args[0])
        t = t.args[1].deref()
    if t is terms.NIL:
        return items, None
    if isinstance(t, Var):
        return items, t
    raise errors.type_error("list", term)


def is_number(t):
    return isinstance(t, Int) or isinstance(t, BigInt) or isinstance(t, Float)


def is_atomic(t):
    return not isinstance(t, Var) and not isinstance(t, Struct)


def number_text(t):
    if isinstance(t, Int):
        return str(t.value)
    if isinstance(t, BigInt):
        return t.value.str()
    assert isinstance(t, Float)
    return format_float(t.value)


def text_of(engine, term, kind):
    """The text of an atom, string, number, code list or char list; errors name `kind`."""
    t = term.deref()
    if t is terms.NIL and kind == "list":
        return ""
    if isinstance(t, Atom):
        return t.name
    if isinstance(t, String):
        return t.value
    if is_number(t):
        return number_text(t)
    if isinstance(t, Var):
        raise errors.instantiation_error()
    if isinstance(t, Struct) and t.functor is terms.DOT:
        return list_text(term)
    raise errors.type_error(kind, t)


def list_text(term, kind="character_code"):
    """The text of a code or char list (a type error names `kind`)."""
    pieces = []
    for item in list_items(term):
        item = item.deref()
        if isinstance(item, Int):
            if item.value < 0 or item.value > 0x10FFFF:
                raise errors.representation_error("character_code")
            pieces.append(encode_utf8(item.value))
        elif isinstance(item, Atom) and char_length(item.name) == 1:
            pieces.append(item.name)
        elif isinstance(item, Var):
            raise errors.instantiation_error()
        else:
            raise errors.type_error(kind, item)
    return "".join(pieces)


def codes_of(text):
    return list_of([Int(code) for code in decode_utf8(text)])


def chars_of(text):
    return list_of([atom(encode_utf8(code)) for code in decode_utf8(text)])


def utf8_chars(text):
    return [encode_utf8(code) for code in decode_utf8(text)]


def parse_number(engine, text):
    """The number text reads as (as number_codes/2 and atom_number/2 read it), or None."""
    scanner = PrologScanner(strip_chars(text, " \t\n") + " .")
    try:
        tokens = scanner.next_clause()
    except SourceError:
        return None
    negative = False
    k = 0
    if len(tokens) == 3 and tokens[0].name == "NAME" and (tokens[0].value == "-" or
                                                          tokens[0].value == "+"):
        negative = tokens[0].value == "-"
        k = 1
    if len(tokens) != k + 2:
        return None
    token = tokens[k]
    if token.name == "INT":
        return parse_integer(token.value, negative)
    if token.name == "FLOAT":
        return parse_float_term(token.value, negative)
    return None


def int_arg(term):
    t = term.deref()
    if isinstance(t, Int):
        return t.value
    if isinstance(t, Var):
        raise errors.instantiation_error()
    raise errors.type_error("integer", t)


def atom_arg(term):
    t = term.deref()
    if isinstance(t, Atom):
        return t
    if isinstance(t, Var):
        raise errors.instantiation_error()
    raise errors.type_error("atom", t)


def callable_arg(term):
    t = term.deref()
    if isinstance(t, Var):
        raise errors.instantiation_error()
    if not (isinstance(t, Atom) or isinstance(t, Struct)):
        raise errors.type_error("callable", t)
    return t


def functor_parts(t):
    """(name atom, arity, args) of a callable term."""
    if isinstance(t, Struct):
        return atom(t.functor.name), t.functor.arity, t.args
    assert isinstance(t, Atom)
    return t, 0, []


def add_args(goal, extra):
    """goal with extra arguments appended (call/N)."""
    goal = callable_arg(goal)
    if isinstance(goal, Struct):
        name = goal.functor.name
        args = goal.args + extra
    else:
        assert isinstance(goal, Atom)
        name = goal.name
        args = extra
    if not args:
        return goal
    return Struct(functor_of(name, len(args)), args)


# -- unification and comparison -----------------------------------------------------------

@det("=", 2)
def b_unify(engine, args):
    return unify(engine, args[0], args[1])


@det("\\=", 2)
def b_not_unify(engine, args):
    mark = len(engine.trail)
    saved = engine.choice_stamp
    engine.choice_stamp = engine.var_counter
    ok = unify(engine, args[0], args[1])
    engine.undo(mark)
    engine.choice_stamp = saved
    return not ok


@det("unify_with_occurs_check", 2)
def b_unify_oc(engine, args):
    return unify_occurs_check(engine, args[0], args[1])


@det("==", 2)
def b_eq(engine, args):
    return compare(args[0], args[1]) == 0


@det("\\==", 2)
def b_ne(engine, args):
    return compare(args[0], args[1]) != 0


@det("@<", 2)
def b_lt(engine, args):
    return compare(args[0], args[1]) < 0


@det("@>", 2)
def b_gt(engine, args):
    return compare(args[0], args[1]) > 0


@det("@=<", 2)
def b_le(engine, args):
    return compare(args[0], args[1]) <= 0


@det("@>=", 2)
def b_ge(engine, args):
    return compare(args[0], args[1]) >= 0


@det("=@=", 2)
def b_variant(engine, args):
    return variant(args[0], args[1])


@det("\\=@=", 2)
def b_not_variant(engine, args):
    return not variant(args[0], args[1])


@det("compare", 3)
def b_compare(engine, args):
    order = args[0].deref()
    if not isinstance(order, Var):
        if not isinstance(order, Atom):
            raise errors.type_error("atom", order)
        if order.name != "<" and order.name != ">" and order.name != "=":
            raise errors.domain_error("order", order)
    c = compare(args[1], args[2])
    return unify(engine, order, atom("<" if c < 0 else (">" if c > 0 else "=")))


# -- type checks --------------------------------------------------------------------------

@det("var", 1)
def b_var(engine, args):
    return isinstance(args[0].deref(), Var)


@det("nonvar", 1)
def b_nonvar(engine, args):
    return not isinstance(args[0].deref(), Var)


@det("atom", 1)
def b_atom(engine, args):
    t = args[0].deref()
    return isinstance(t, Atom) and t is not terms.NIL


@det("number", 1)
def b_number(engine, args):
    return is_number(args[0].deref())


@det("integer", 1)
def b_integer(engine, args):
    t = args[0].deref()
    return isinstance(t, Int) or isinstance(t, BigInt)


@det("float", 1)
def b_float(engine, args):
    return isinstance(args[0].deref(), Float)


@det("atomic", 1)
def b_atomic(engine, args):
    return is_atomic(args[0].deref())


@det("compound", 1)
def b_compound(engine, args):
    return isinstance(args[0].deref(), Struct)


@det("callable", 1)
def b_callable(engine, args):
    t = args[0].deref()
    return isinstance(t, Struct) or (isinstance(t, Atom) and t is not terms.NIL)


@det("is_list", 1)
def b_is_list(engine, args):
    t = args[0].deref()
    while isinstance(t, Struct) and t.functor is terms.DOT:
        t = t.args[1].deref()
    return t is terms.NIL


@det("string", 1)
def b_string(engine, args):
    return isinstance(args[0].deref(), String)


@det("blob", 2)
def b_blob(engine, args):
    t = args[0].deref()
    return isinstance(t, Atom) and unify(engine, args[1], atom("text"))


@det("ground", 1)
def b_ground(engine, args):
    return not term_variables(args[0], [])


@det("?=", 2)
def b_can_compare(engine, args):
    if compare(args[0], args[1]) == 0:
        return True
    return not b_unify_test(engine, args[0], args[1])


def b_unify_test(engine, a, b):
    mark = len(engine.trail)
    saved = engine.choice_stamp
    engine.choice_stamp = engine.var_counter
    ok = unify(engine, a, b)
    engine.undo(mark)
    engine.choice_stamp = saved
    return ok


# -- terms --------------------------------------------------------------------------------

@det("functor", 3)
def b_functor(engine, args):
    t = args[0].deref()
    if isinstance(t, Var):
        name = args[1].deref()
        n = args[2].deref()
        if isinstance(name, Var) or isinstance(n, Var):
            raise errors.instantiation_error()
        if not isinstance(n, Int):
            raise errors.type_error("integer", n)
        arity = n.value
        if arity < 0:
            raise errors.domain_error("not_less_than_zero", n)
        if arity == 0:
            if isinstance(name, Struct):
                raise errors.type_error("atomic", name)
            return unify(engine, t, name)
        if isinstance(name, Struct):
            raise errors.type_error("atomic", name)
        if not isinstance(name, Atom):
            raise errors.type_error("atom", name)
        new_args = [engine.new_var() for _ in range(arity)]
        return unify(engine, t, Struct(functor_of(name.name, arity), new_args))
    if isinstance(t, Struct):
        return (unify(engine, args[1], atom(t.functor.name)) and
                unify(engine, args[2], Int(t.functor.arity)))
    return unify(engine, args[1], t) and unify(engine, args[2], Int(0))


@det("$arg", 3, "arg")
def b_arg(engine, args):
    n = args[0].deref()
    t = args[1].deref()
    if isinstance(t, Var):
        raise errors.instantiation_error()
    if not isinstance(t, Struct):
        raise errors.type_error("compound", t)
    if isinstance(n, Var):
        raise errors.instantiation_error()
    if not isinstance(n, Int):
        raise errors.type_error("integer", n)
    k = n.value
    if k < 1 or k > len(t.args):
        return False
    return unify(engine, args[2], t.args[k - 1])


@det("=..", 2)
def b_univ(engine, args):
    t = args[0].deref()
    if isinstance(t, Struct):
        return unify(engine, args[1],
                     list_of([atom(t.functor.name)] + [arg for arg in t.args]))
    if not isinstance(t, Var):
        return unify(engine, args[1], list_of([t]))
    items, tail = partial_list_items(args[1])
    if tail is not None or not items:
        if not items and tail is None:
            raise errors.domain_error("non_empty_list", terms.NIL)
        raise errors.instantiation_error()
    head = items[0].deref()
    if len(items) == 1:
        if isinstance(head, Var):
            raise errors.instantiation_error()
        if isinstance(head, Struct):
            raise errors.type_error("atomic", head)
        return unify(engine, t, head)
    if isinstance(head, Var):
        raise errors.instantiation_error()
    if not isinstance(head, Atom):
        if isinstance(head, Struct):
            raise errors.type_error("atomic", head)
        raise errors.type_error("atom", head)
    rest = items[1:]
    return unify(engine, t, Struct(functor_of(head.name, len(rest)), rest))


@det("copy_term", 2)
def b_copy_term(engine, args):
    return unify(engine, args[1], copy_term(engine, args[0]))


@det("term_variables", 2)
def b_term_variables(engine, args):
    found = term_variables(args[0], [])
    return unify(engine, args[1], list_of([v for v in found]))


@det("setarg", 3)
def b_setarg(engine, args):
    k = int_arg(args[0])
    t = args[1].deref()
    if not isinstance(t, Struct):
        raise errors.type_error("compound", t)
    if k < 1 or k > len(t.args):
        return False
    t.args[k - 1] = args[2].deref()
    return True


@det("nb_setarg", 3)
def b_nb_setarg(engine, args):
    k = int_arg(args[0])
    t = args[1].deref()
    if not isinstance(t, Struct):
        raise errors.type_error("compound", t)
    if k < 1 or k > len(t.args):
        return False
    t.args[k - 1] = copy_term(engine, args[2])
    return True


# -- atoms and strings --------------------------------------------------------------------

@det("atom_codes", 2)
def b_atom_codes(engine, args):
    t = args[0].deref()
    if not isinstance(t, Var):
        return unify(engine, args[1], codes_of(text_of(engine, t, "atom")))
    return unify(engine, t, atom(text_of(engine, args[1], "list")))


@det("atom_chars", 2)
def b_atom_chars(engine, args):
    t = args[0].deref()
    if not isinstance(t, Var):
        return unify(engine, args[1], chars_of(text_of(engine, t, "atom")))
    return unify(engine, t, atom(chars_text(engine, args[1])))


def code_list_text(engine, term):
    """The text of a code list or a string (number_codes/2 takes both)."""
    t = term.deref()
    if isinstance(t, String):
        return t.value
    if isinstance(t, Var):
        raise errors.instantiation_error()
    if t is terms.NIL or (isinstance(t, Struct) and t.functor is terms.DOT):
        return list_text(t)
    raise errors.type_error("list", t)


def chars_text(engine, term):
    t = term.deref()
    if isinstance(t, Struct) and t.functor is terms.DOT:
        return list_text(t, "character")
    return text_of(engine, t, "list")


@det("char_code", 2)
def b_char_code(engine, args):
    t = args[0].deref()
    if isinstance(t, Atom):
        codes = decode_utf8(t.name)
        if len(codes) != 1:
            raise errors.type_error("character", t)
        return unify(engine, args[1], Int(codes[0]))
    if not isinstance(t, Var):
        raise errors.type_error("character", t)
    c = args[1].deref()
    if isinstance(c, Var):
        raise errors.instantiation_error()
    if not isinstance(c, Int):
        raise errors.type_error("integer", c)
    if c.value < 0 or c.value > 0x10FFFF:
        raise errors.type_error("character_code", c)
    return unify(engine, t, atom(encode_utf8(c.value)))


@det("atom_length", 2)
def b_atom_length(engine, args):
    t = args[0].deref()
    if isinstance(t, Var):
        raise errors.instantiation_error()
    if isinstance(t, Struct):
        raise errors.type_error("atom", t)
    n = args[1].deref()
    if not isinstance(n, Var):
        if not isinstance(n, Int):
            raise errors.type_error("integer", n)
        if n.value < 0:
            raise errors.domain_error("not_less_than_zero", n)
    return unify(engine, n, Int(char_length(text_of(engine, t, "atom"))))


@det("string_length", 2)
def b_string_length(engine, args):
    return unify(engine, args[1], Int(char_length(text_of(engine, args[0], "string"))))


@det("$atom_concat", 3)
def b_atom_concat(engine, args):
    a = args[0].deref()
    b = args[1].deref()
    return unify(engine, args[2], atom(text_of(engine, a, "atomic") + text_of(engine, b, "atomic")))


@det("$text_splits", 3)
def b_text_splits(engine, args):
    """All (Before, After) splits of a text, as a list of Before-After atoms (or strings)."""
    as_string = args[1].deref() is atom("string")
    chars = utf8_chars(text_of(engine, args[0], "atomic"))
    result = []
    for k in range(len(chars) + 1):
        assert k >= 0
        before = "".join(chars[:k])
        after = "".join(chars[k:])
        result.append(Struct(functor_of("-", 2), [make_text(before, as_string),
                                                  make_text(after, as_string)]))
    return unify(engine, args[2], list_of(result))


def make_text(text, as_string):
    if as_string:
        return String(text)
    return atom(text)


@det("$sub_texts", 3)
def b_sub_texts(engine, args):
    """All sub_atom/5 solutions of a text as s(B, L, A, Sub) terms (Sub an atom or string);
    args: Text, Kind (atom/string), Result.  Known Sub narrows the search."""
    as_string = args[1].deref() is atom("string")
    chars = utf8_chars(text_of(engine, args[0], "string" if as_string else "atom"))
    n = len(chars)
    result = []
    for start in range(n + 1):
        for length in range(n - start + 1):
            assert start >= 0 and length >= 0
            sub = "".join(chars[start:start + length])
            result.append(Struct(functor_of("s", 4), [Int(start), Int(length),
                                                      Int(n - start - length),
                                                      make_text(sub, as_string)]))
    return unify(engine, args[2], list_of(result))


@det("$sub_text_known", 4)
def b_sub_text_known(engine, args):
    """The starts of Sub in Text, for sub_atom/5 with Sub given: Text, Sub, Kind, Starts."""
    text = utf8_chars(text_of(engine, args[0], "atomic"))
    sub = utf8_chars(text_of(engine, args[1], "atomic"))
    starts = []
    for k in range(len(text) - len(sub) + 1):
        assert k >= 0
        if text[k:k + len(sub)] == sub:
            starts.append(Int(k))
    return unify(engine, args[3], list_of(starts))


@det("upcase_atom", 2)
def b_upcase_atom(engine, args):
    return unify(engine, args[1], atom(text_of(engine, args[0], "atom").upper()))


@det("downcase_atom", 2)
def b_downcase_atom(engine, args):
    return unify(engine, args[1], atom(text_of(engine, args[0], "atom").lower()))


@det("string_upper", 2)
def b_string_upper(engine, args):
    return unify(engine, args[1], String(text_of(engine, args[0], "string").upper()))


@det("string_lower", 2)
def b_string_lower(engine, args):
    return unify(engine, args[1], String(text_of(engine, args[0], "string").lower()))


@det("number_codes", 2)
def b_number_codes(engine, args):
    t = args[0].deref()
    if not isinstance(t, Var) and isinstance(args[1].deref(), Var):
        if not is_number(t):
            raise errors.type_error("number", t)
        return unify(engine, args[1], codes_of(number_text(t)))
    return unify(engine, t, number_from_text(engine, code_list_text(engine, args[1])))


@det("number_chars", 2)
def b_number_chars(engine, args):
    t = args[0].deref()
    if not isinstance(t, Var) and isinstance(args[1].deref(), Var):
        if not is_number(t):
            raise errors.type_error("number", t)
        return unify(engine, args[1], chars_of(number_text(t)))
    return unify(engine, t, number_from_text(engine, chars_text(engine, args[1])))


def number_from_text(engine, text):
    number = parse_number(engine, text)
    if number is None:
        raise errors.error(errors.make("syntax_error", [atom("illegal_number")]))
    return number


@det("atom_number", 2)
def b_atom_number(engine, args):
    t = args[0].deref()
    if isinstance(t, Var):
        n = args[1].deref()
        if isinstance(n, Var):
            raise errors.instantiation_error()
        if not is_number(n):
            raise errors.type_error("number", n)
        return unify(engine, t, atom(number_text(n)))
    text = text_of(engine, t, "atom")
    number = parse_number(engine, text)
    if number is None:
        return False
    return unify(engine, args[1], number)


@det("number_string", 2)
def b_number_string(engine, args):
    s = args[1].deref()
    if isinstance(s, Var):
        return unify(engine, s, String(number_text(args[0].deref())))
    number = parse_number(engine, text_of(engine, s, "string"))
    if number is None:
        raise errors.error(errors.make("syntax_error", [atom("illegal_number")]))
    return unify(engine, args[0], number)


@det("atom_string", 2)
def b_atom_string(engine, args):
    a = args[0].deref()
    if not isinstance(a, Var):
        return unify(engine, args[1], String(text_of(engine, a, "atom")))
    return unify(engine, a, atom(text_of(engine, args[1], "string")))


@det("atom_to_term", 3)
def b_atom_to_term(engine, args):
    text = text_of(engine, args[0], "atom")
    result = read_from_text(engine, text)
    if result is None:
        return False
    bindings = []
    builder = result.builder
    for k in range(len(builder.names)):
        bindings.append(Struct(functor_of("=", 2), [atom(builder.names[k]), builder.vars[k]]))
    return unify(engine, args[1], result.term) and unify(engine, args[2], list_of(bindings))


def read_from_text(engine, text):
    reader = Reader(engine, text + " .")
    try:
        return reader.read()
    except SourceError as e:
        raise errors.error(errors.make("syntax_error", [atom(e.message)]))


@det("term_to_atom", 2)
def b_term_to_atom(engine, args):
    t = args[0].deref()
    a = args[1].deref()
    if isinstance(a, Var):
        return unify(engine, a, atom(term_to_text(engine.operators, t, quoted=True)))
    result = read_from_text(engine, text_of(engine, a, "atom"))
    return result is not None and unify(engine, t, result.term)


@det("term_string", 2)
def b_term_string(engine, args):
    t = args[0].deref()
    s = args[1].deref()
    if isinstance(s, Var):
        return unify(engine, s, String(term_to_text(engine.operators, t, quoted=True)))
    result = read_from_text(engine, text_of(engine, s, "string"))
    return result is not None and unify(engine, t, result.term)


@det("string_chars", 2)
def b_string_chars(engine, args):
    s = args[0].deref()
    if not isinstance(s, Var):
        return unify(engine, args[1], chars_of(text_of(engine, s, "string")))
    return unify(engine, s, String(list_text(args[1])))


@det("string_codes", 2)
def b_string_codes(engine, args):
    s = args[0].deref()
    if not isinstance(s, Var):
        return unify(engine, args[1], codes_of(text_of(engine, s, "string")))
    return unify(engine, s, String(list_text(args[1])))


@det("string_to_atom", 2)
def b_string_to_atom(engine, args):
    s = args[0].deref()
    if not isinstance(s, Var):
        return unify(engine, args[1], atom(text_of(engine, s, "string")))
    return unify(engine, s, String(text_of(engine, args[1], "atom")))


@det("string_code", 3)
def b_string_code(engine, args):
    k = int_arg(args[0])
    codes = decode_utf8(text_of(engine, args[1], "string"))
    if k < 1 or k > len(codes):
        return False
    return unify(engine, args[2], Int(codes[k - 1]))


@det("text_to_string", 2)
def b_text_to_string(engine, args):
    return unify(engine, args[1], String(text_of(engine, args[0], "text")))


@det("$string_concat", 3)
def b_string_concat(engine, args):
    return unify(engine, args[2], String(text_of(engine, args[0], "atomic") +
                                         text_of(engine, args[1], "atomic")))


@det("split_string", 4)
def b_split_string(engine, args):
    text = text_of(engine, args[0], "string")
    separators = text_of(engine, args[1], "string")
    pad = text_of(engine, args[2], "string")
    fields = []
    if separators:
        start = 0
        for k in range(len(text)):
            if text[k] in separators:
                assert start >= 0 and k >= start
                fields.append(text[start:k])
                start = k + 1
        fields.append(text[start:])
    else:
        fields.append(text)
    return unify(engine, args[3], list_of([String(strip_chars(f, pad)) for f in fields]))


def strip_chars(text, pad):
    start = 0
    end = len(text)
    while start < end and text[start] in pad:
        start += 1
    while end > start and text[end - 1] in pad:
        end -= 1
    assert end >= 0
    return text[start:end]


@det("atomic_list_concat", 2)
def b_atomic_list_concat(engine, args):
    pieces = [text_of(engine, item, "atomic") for item in list_items(args[0])]
    return unify(engine, args[1], atom("".join(pieces)))


@det("atomic_list_concat", 3)
def b_atomic_list_concat3(engine, args):
    separator = text_of(engine, args[1], "atomic")
    items, tail = partial_list_items(args[0])
    ground = tail is None
    for item in items:
        if isinstance(item.deref(), Var):
            ground = False
    if ground:
        pieces = [text_of(engine, item, "atomic") for item in items]
        return unify(engine, args[2], atom(separator.join(pieces)))
    if not separator:
        raise errors.domain_error("non_empty_atom", args[1].deref())
    whole = text_of(engine, args[2], "atomic")
    parts = split_on(whole, separator)
    return unify(engine, args[0], list_of([atom(p) for p in parts]))


def split_on(text, separator):
    parts = []
    start = 0
    while True:
        k = text.find(separator, start)
        if k < 0:
            assert start >= 0
            parts.append(text[start:])
            return parts
        assert start >= 0 and k >= start
        parts.append(text[start:k])
        start = k + len(separator)


@det("char_type", 2)
def b_char_type(engine, args):
    c = args[0].deref()
    if isinstance(c, Var):
        raise errors.instantiation_error()
    if not isinstance(c, Atom):
        raise errors.type_error("character", c)
    codes = decode_utf8(c.name)
    if len(codes) != 1:
        raise errors.type_error("character", c)
    return char_type(engine, codes[0], args[1].deref())


def is_upper_code(code):
    return ord("A") <= code <= ord("Z")


def is_lower_code(code):
    return ord("a") <= code <= ord("z")


def is_digit_code(code):
    return ord("0") <= code <= ord("9")


def is_alpha_code(code):
    return is_upper_code(code) or is_lower_code(code) or code >= 0xC0


def is_space_code(code):
    return code == 32 or 9 <= code <= 13


def char_type(engine, code, kind):
    if isinstance(kind, Atom):
        name = kind.name
        if name == "alpha":
            return is_alpha_code(code) or is_digit_code(code) or code == ord("_")
        if name == "alnum":
            return is_alpha_code(code) or is_digit_code(code)
        if name == "digit":
            return is_digit_code(code)
        if name == "space" or name == "white":
            return is_space_code(code)
        if name == "upper":
            return is_upper_code(code)
        if name == "lower":
            return is_lower_code(code)
        if name == "punct":
            return 33 <= code < 127 and not is_alpha_code(code) and not is_digit_code(code)
        if name == "csym":
            return is_alpha_code(code) or is_digit_code(code) or code == ord("_")
        if name == "csymf":
            return is_alpha_code(code) or code == ord("_")
        if name == "graph":
            return 33 <= code < 127 or code >= 0xC0
        if name == "end_of_line":
            return code == 10 or code == 13
        if name == "ascii":
            return code < 128
        return False
    if isinstance(kind, Struct) and kind.functor.arity == 1:
        name = kind.functor.name
        arg = kind.args[0]
        if name == "digit":
            return is_digit_code(code) and unify(engine, arg, Int(code - ord("0")))
        if name == "to_lower":
            lower = code + 32 if is_upper_code(code) else code
            return unify(engine, arg, atom(encode_utf8(lower)))
        if name == "to_upper":
            upper = code - 32 if is_lower_code(code) else code
            return unify(engine, arg, atom(encode_utf8(upper)))
        if name == "upper":
            return is_upper_code(code) and unify(engine, arg, atom(encode_utf8(code + 32)))
        if name == "lower":
            return is_lower_code(code) and unify(engine, arg, atom(encode_utf8(code - 32)))
    return False


@det("code_type", 2)
def b_code_type(engine, args):
    c = args[0].deref()
    if isinstance(c, Int):
        return char_type(engine, c.value, args[1].deref())
    return b_char_type(engine, args)


# -- the database -------------------------------------------------------------------------

def clause_parts(term):
    t = term.deref()
    if isinstance(t, Struct) and t.functor is NECK:
        return t.args[0], t.args[1]
    return t, terms.TRUE


NECK = functor_of(":-", 2)


@det("assert", 1)
def b_assert(engine, args):
    head, body = clause_parts(args[0])
    engine.add_clause(head, body, True)
    return True


@det("assertz", 1)
def b_assertz(engine, args):
    head, body = clause_parts(args[0])
    engine.add_clause(head, body, True)
    return True


@det("asserta", 1)
def b_asserta(engine, args):
    head, body = clause_parts(args[0])
    engine.add_clause(head, body, False)
    return True


@det("$clauses", 3)
def b_clauses(engine, args):
    """The clauses of Head's predicate visible now, as c(Ref, Head, Body) terms.
    args: Head, Kind (clause or retract: what permission an error names), Result."""
    head = callable_arg(args[0])
    kind = args[1].deref()
    if isinstance(head, Struct):
        functor = head.functor
    else:
        assert isinstance(head, Atom)
        functor = head.get_functor()
    if functor in BUILTINS:
        action = "access" if isinstance(kind, Atom) and kind.name == "clause" else "modify"
        raise errors.permission_error(action, "private_procedure" if action == "access"
                                      else "static_procedure",
                                      errors.indicator(functor.name, functor.arity))
    pred = engine.preds.get(functor, None)
    result = []
    if pred is not None and pred.static and not (isinstance(kind, Atom) and kind.name == "clause"):
        raise errors.permission_error("modify", "static_procedure",
                                      errors.indicator(functor.name, functor.arity))
    if pred is not None:
        for clause in pred.clauses:
            if clause.visible(engine.generation):
                h, b = clause_term(engine, clause)
                result.append(Struct(functor_of("c", 3), [Int(clause.number), h, b]))
    return unify(engine, args[2], list_of(result))


@det("$erase", 1)
def b_erase(engine, args):
    return engine.erase(int_arg(args[0]))


@det("abolish", 1)
def b_abolish(engine, args):
    spec = args[0].deref()
    if isinstance(spec, Var):
        raise errors.instantiation_error()
    if not (isinstance(spec, Struct) and spec.functor.name == "/" and spec.functor.arity == 2):
        raise errors.type_error("predicate_indicator", spec)
    name = spec.args[0].deref()
    arity = spec.args[1].deref()
    if isinstance(name, Var) or isinstance(arity, Var):
        raise errors.instantiation_error()
    if not isinstance(name, Atom):
        raise errors.type_error("atom", name)
    if not isinstance(arity, Int):
        raise errors.type_error("integer", arity)
    if arity.value < 0:
        raise errors.domain_error("not_less_than_zero", arity)
    functor = functor_of(name.name, arity.value)
    if functor in BUILTINS:
        raise errors.permission_error("modify", "static_procedure",
                                      errors.indicator(name.name, arity.value))
    pred = engine.preds.get(functor, None)
    if pred is not None:
        engine.generation += 1
        for clause in pred.clauses:
            if clause.died > engine.generation:
                clause.died = engine.generation
        del engine.preds[functor]
    return True


@det("$declare_dynamic", 1)
def b_declare_dynamic(engine, args):
    spec = args[0].deref()
    if isinstance(spec, Struct) and spec.functor.name == "/" and spec.functor.arity == 2:
        name = atom_arg(spec.args[0])
        arity = int_arg(spec.args[1])
        functor = functor_of(name.name, arity)
        if functor in BUILTINS:
            raise errors.permission_error("modify", "static_procedure",
                                          errors.indicator(name.name, arity))
        pred = engine.get_pred(functor)
        pred.dynamic = True
        pred.defined = True
        return True
    if isinstance(spec, Var):
        raise errors.instantiation_error()
    raise errors.type_error("predicate_indicator", spec)


@det("$defined", 2)
def b_defined(engine, args):
    name = atom_arg(args[0])
    arity = int_arg(args[1])
    functor = functor_of(name.name, arity)
    if functor in BUILTINS:
        return True
    pred = engine.preds.get(functor, None)
    return pred is not None and pred.defined


@det("$user_predicates", 1)
def b_user_predicates(engine, args):
    result = []
    for functor, pred in engine.preds.items():
        if pred.defined:
            result.append(errors.indicator(functor.name, functor.arity))
    return unify(engine, args[0], list_of(result))


# -- flags, operators, global variables ---------------------------------------------------

@det("set_prolog_flag", 2)
def b_set_prolog_flag(engine, args):
    flag = atom_arg(args[0])
    value = args[1].deref()
    if isinstance(value, Var):
        raise errors.instantiation_error()
    if flag.name == "double_quotes":
        engine.flags.double_quotes = atom_arg(value).name
    elif flag.name == "unknown":
        engine.flags.unknown = atom_arg(value).name
    elif flag.name == "occurs_check":
        engine.flags.occurs_check = atom_arg(value).name
    return True


@det("current_prolog_flag", 2)
def b_current_prolog_flag(engine, args):
    flag = args[0].deref()
    if isinstance(flag, Atom):
        if flag.name == "bounded":
            return unify(engine, args[1], atom("false"))
        if flag.name == "max_integer":
            return unify(engine, args[1], Int(9223372036854775807))
        if flag.name == "min_integer":
            return unify(engine, args[1], Int(-9223372036854775807 - 1))
        if flag.name == "double_quotes":
            return unify(engine, args[1], atom(engine.flags.double_quotes))
        if flag.name == "unknown":
            return unify(engine, args[1], atom(engine.flags.unknown))
        if flag.name == "max_tagged_integer":
            return unify(engine, args[1], Int((1 << 60) - 1))
    return False


@det("op", 3)
def b_op(engine, args):
    priority = args[0].deref()
    kind = args[1].deref()
    if isinstance(priority, Var) or isinstance(kind, Var):
        raise errors.instantiation_error()
    if not isinstance(priority, Int):
        raise errors.type_error("integer", priority)
    if not isinstance(kind, Atom):
        raise errors.type_error("atom", kind)
    names = args[2].deref()
    if isinstance(names, Struct) and names.functor is terms.DOT:
        items = list_items(names)
    else:
        items = [names]
    for item in items:
        name = item.deref()
        if isinstance(name, Var):
            raise errors.instantiation_error()
        if not isinstance(name, Atom):
            raise errors.type_error("list", names)
        try:
            engine.operators.add(priority.value, kind.name, name.name)
        except OperatorError as e:
            if e.kind == "priority":
                raise errors.domain_error("operator_priority", priority)
            if e.kind == "specifier":
                raise errors.domain_error("operator_specifier", kind)
            raise errors.permission_error(e.kind, "operator", name)
    return True


@det("$current_ops", 1)
def b_current_ops(engine, args):
    result = []
    table = engine.operators
    for ops in [table.prefix, table.infix, table.postfix]:
        for op in ops.values():
            result.append(Struct(functor_of("op", 3), [Int(op.priority), atom(op.type),
                                                       atom(op.name)]))
    return unify(engine, args[0], list_of(result))


@det("nb_setval", 2)
def b_nb_setval(engine, args):
    engine.globals[text_of(engine, args[0], "atom")] = copy_term(engine, args[1])
    return True


@det("b_setval", 2)
def b_b_setval(engine, args):
    engine.globals[text_of(engine, args[0], "atom")] = copy_term(engine, args[1])
    return True


@det("nb_getval", 2)
def b_nb_getval(engine, args):
    key = text_of(engine, args[0], "atom")
    value = engine.globals.get(key, None)
    if value is None:
        raise errors.existence_error("variable", atom(key))
    return unify(engine, args[1], value)


@det("b_getval", 2)
def b_b_getval(engine, args):
    return b_nb_getval(engine, args)


# -- control ------------------------------------------------------------------------------

@det("halt", 0)
def b_halt(engine, args):
    raise Halt(0)


@det("halt", 1)
def b_halt1(engine, args):
    raise Halt(int_arg(args[0]))


@det("throw", 1)
def b_throw(engine, args):
    ball = args[0].deref()
    if isinstance(ball, Var):
        raise errors.instantiation_error()
    raise PrologError(copy_term(engine, ball))


@nondet("repeat", 0)
def b_repeat(engine, args, next, barrier, depth):
    engine.push(Repeat(next))
    return next


def call_n(engine, args, next, barrier, depth):
    """call/2..8: the goal with the extra arguments appended."""
    goal = add_args(args[0], [args[k] for k in range(1, len(args))])
    check_body(goal)
    return Body(goal, next, engine.choice, depth)


for _arity in range(2, 9):
    nondet("call", _arity)(call_n)


@nondet("not", 1)
def b_not(engine, args, next, barrier, depth):
    return Body(Struct(functor_of("\\+", 1), [args[0]]), next, barrier, depth)


@nondet("findall", 4)
def b_findall4(engine, args, next, barrier, depth):
    from languages.prolog.engine import FindallChoice, FindallCollect
    choice = FindallChoice(args[0], args[2], args[3], next)
    engine.push(choice)
    return Body(args[1], FindallCollect(choice), choice, depth + 1)


@det("garbage_collect", 0)
def b_gc(engine, args):
    return True


@det("ensure_loaded", 1)
def b_ensure_loaded(engine, args):
    return True


@det("use_module", 1)
def b_use_module(engine, args):
    return True


@det("use_module", 2)
def b_use_module2(engine, args):
    return True


@det("discontiguous", 1)
def b_discontiguous(engine, args):
    return True


@det("style_check", 1)
def b_style_check(engine, args):
    return True


@det("set_stream", 2)
def b_set_stream(engine, args):
    return True


@det("msort", 2)
def b_msort(engine, args):
    items = list_items(args[0])
    return unify(engine, args[1], list_of(sort_terms(items, 0, False)))


@det("sort", 2)
def b_sort(engine, args):
    items = list_items(args[0])
    return unify(engine, args[1], list_of(sort_terms(items, 0, True)))


@det("sort", 4)
def b_sort4(engine, args):
    key = int_arg(args[0])
    if key < 0:
        raise errors.domain_error("not_less_than_zero", args[0].deref())
    order = atom_arg(args[1]).name
    items = list_items(args[2])
    if key > 0:
        for item in items:
            t = item.deref()
            if isinstance(t, Var):
                raise errors.instantiation_error()
            if not isinstance(t, Struct):
                raise errors.type_error("compound", t)
            if len(t.args) < key:
                raise errors.type_error("compound", t)
    if order == "@<" or order == "@=<":
        result = sort_terms(items, key, order == "@<")
    elif order == "@>" or order == "@>=":
        result = sort_terms(items, key, order == "@>", True)
    else:
        raise errors.domain_error("order", args[1].deref())
    return unify(engine, args[3], list_of(result))


@det("keysort", 2)
def b_keysort(engine, args):
    items = list_items(args[0])
    for item in items:
        t = item.deref()
        if isinstance(t, Var):
            raise errors.instantiation_error()
        if not (isinstance(t, Struct) and t.functor.name == "-" and t.functor.arity == 2):
            raise errors.type_error("pair", t)
    return unify(engine, args[1], list_of(sort_terms(items, 1, False)))


def sort_key(term, key):
    if key == 0:
        return term
    t = term.deref()
    assert isinstance(t, Struct)
    return t.args[key - 1]


def sort_terms(items, key, dedupe, descending=False):
    """A stable merge sort of terms in standard order (on argument `key` when > 0),
    dropping later duplicates when `dedupe`."""
    items = merge_sort(items, key, descending)
    if not dedupe:
        return items
    result = []
    for item in items:
        if result and compare(sort_key(result[-1], key), sort_key(item, key)) == 0:
            continue
        result.append(item)
    return result


def merge_sort(items, key, descending):
    n = len(items)
    if n <= 1:
        return items
    width = 1
    source = items
    while width < n:
        target = []
        start = 0
        while start < n:
            middle = min(start + width, n)
            end = min(start + 2 * width, n)
            i = start
            j = middle
            while i < middle and j < end:
                c = compare(sort_key(source[j], key), sort_key(source[i], key))
                if (c > 0) if descending else (c < 0):
                    target.append(source[j])
                    j += 1
                else:
                    target.append(source[i])
                    i += 1
            while i < middle:
                target.append(source[i])
                i += 1
            while j < end:
                target.append(source[j])
                j += 1
            start = end
        source = target
        width *= 2
    return source


@det("$length_known", 2)
def b_length(engine, args):
    """length/2 when the list is proper or the length known (the rest is library.py's)."""
    items, tail = partial_list_items(args[0])
    n = args[1].deref()
    if tail is None:
        return unify(engine, n, Int(len(items)))
    if isinstance(n, Int):
        if n.value < len(items):
            return False
        extra = [engine.new_var() for _ in range(n.value - len(items))]
        return unify(engine, tail, list_of(extra))
    if isinstance(n, Var):
        return False
    raise errors.type_error("integer", n)


@det("$var_list_length", 2)
def b_var_list_length(engine, args):
    items, tail = partial_list_items(args[0])
    return unify(engine, args[1], Int(len(items)))


@det("statistics", 2)
def b_statistics(engine, args):
    """runtime, cputime, walltime, process_cputime, real_time, inferences (as swipl names
    them): milliseconds since the engine started ([Total, SinceLast] lists)."""
    key = atom_arg(args[0]).name
    now = rtime.time()
    if key == "cputime" or key == "process_cputime":
        return unify(engine, args[1], Float(rtime.clock()))
    if key == "real_time":
        return unify(engine, args[1], list_of([Int(int(now)), Int(0)]))
    if key == "inferences":
        return unify(engine, args[1], Int(engine.var_counter))
    if key == "runtime" or key == "walltime" or key == "system_time":
        if key == "runtime":
            total = int(rtime.clock() * 1000.0)
        else:
            total = int((now - engine.started) * 1000.0)
        last = engine.last_statistics
        engine.last_statistics = total
        return unify(engine, args[1], list_of([Int(total), Int(total - last)]))
    raise errors.domain_error("statistics_key", args[0].deref())


@det("subsumes_term", 2)
def b_subsumes_term(engine, args):
    mark = len(engine.trail)
    saved = engine.choice_stamp
    engine.choice_stamp = engine.var_counter
    specific = args[1]
    before = term_variables(specific, [])
    ok = unify(engine, args[0], specific)
    if ok:
        after = term_variables(list_of([v for v in before]), [])
        ok = len(after) == len(before)
        if ok:
            for k in range(len(before)):
                if after[k] is not before[k].deref():
                    ok = False
    engine.undo(mark)
    engine.choice_stamp = saved
    return ok


@det("tab", 1)
def b_tab(engine, args):
    from languages.prolog.arith import eval_arith
    n = eval_arith(engine, args[0])
    if not isinstance(n, Int):
        raise errors.type_error("integer", n)
    engine.write(" " * max(0, n.value))
    return True
