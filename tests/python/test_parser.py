# -*- coding: utf-8 -*-
"""The Python parser: trees for every construct, positions, and syntax errors as CPython 3.11
reports them (message, kind, 1-based line and column checked against CPython 3.11.7)."""
import glob
import inspect
import os

import pytest

from languages.python import ast
from languages.python.parser import parse, grammar
from languages.python.lexer import PythonSyntaxError


# -- a compact dump: names bare, literals as source, operators infix, other nodes Type(fields) --

def d(node):
    if node is None:
        return "None"
    if isinstance(node, list):
        return "[" + ", ".join([d(x) for x in node]) + "]"
    if isinstance(node, str):
        return repr(node)
    if isinstance(node, int):
        return str(node)
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Constant):
        if node.kind == "str":
            return repr(node.value)
        if node.kind == "bytes":
            return "b" + repr(node.value)
        return node.value
    if isinstance(node, ast.BinOp):
        return "(%s %s %s)" % (d(node.left), node.op, d(node.right))
    if isinstance(node, ast.UnaryOp):
        if node.op == "not":
            return "(not %s)" % d(node.operand)
        return "(%s%s)" % (node.op, d(node.operand))
    if isinstance(node, ast.BoolOp):
        return "(" + (" %s " % node.op).join([d(v) for v in node.values]) + ")"
    if isinstance(node, ast.Compare):
        parts = [d(node.left)]
        for op, right in zip(node.ops, node.comparators):
            parts.append(op)
            parts.append(d(right))
        return "(" + " ".join(parts) + ")"
    init = type(node).__init__
    names = inspect.getargspec(init).args[1:] if inspect.ismethod(init) else []
    return "%s(%s)" % (type(node).__name__, ", ".join([d(getattr(node, n)) for n in names]))


def stmts(source):
    return [d(s) for s in parse(source, "t.py").body]


def stmt(source):
    body = parse(source, "t.py").body
    assert len(body) == 1
    return d(body[0])


def expr(source):
    body = parse(source + "\n", "t.py").body
    assert len(body) == 1 and isinstance(body[0], ast.ExprStmt)
    return d(body[0].value)


def error(source):
    try:
        parse(source, "t.py")
    except PythonSyntaxError as e:
        return (e.kind, e.message, e.line, e.column)
    raise AssertionError("no error for %r" % source)


def test_grammar_has_no_conflicts():
    assert grammar.conflicts == []


# -- expressions ----------------------------------------------------------------------------------

@pytest.mark.parametrize("source,expected", [
    ("a + b * c", "(a + (b * c))"),
    ("a * b + c", "((a * b) + c)"),
    ("a - b - c", "((a - b) - c)"),
    ("a / b // c % d @ e", "((((a / b) // c) % d) @ e)"),
    ("-2 ** 2", "(-(2 ** 2))"),
    ("2 ** -1", "(2 ** (-1))"),
    ("2 ** 3 ** 2", "(2 ** (3 ** 2))"),
    ("-a ** -b ** c", "(-(a ** (-(b ** c))))"),
    ("~a + +b", "((~a) + (+b))"),
    ("a << 1 + 2", "(a << (1 + 2))"),
    ("a & b << c", "(a & (b << c))"),
    ("a ^ b & c", "(a ^ (b & c))"),
    ("a | b ^ c", "(a | (b ^ c))"),
    ("a < b | c", "(a < (b | c))"),
    ("not a < b", "(not (a < b))"),
    ("not a and b", "((not a) and b)"),
    ("a and b or c and d", "((a and b) or (c and d))"),
    ("a or b or c", "(a or b or c)"),
    ("a and b and c", "(a and b and c)"),
    ("(a or b) or c", "((a or b) or c)"),
    ("not not a", "(not (not a))"),
    ("a < b <= c == d != e > f >= g", "(a < b <= c == d != e > f >= g)"),
    ("a in b not in c is d is not e", "(a in b not in c is d is not e)"),
    ("(a < b) < c", "((a < b) < c)"),
    ("a if b else c", "IfExp(b, a, c)"),
    ("a if b else c if d else e", "IfExp(b, a, IfExp(d, c, e))"),
    ("a or b if c and d else e", "IfExp((c and d), (a or b), e)"),
    ("lambda: 0", "Lambda(Arguments([], '', [], ''), 0)"),
    ("lambda x, y=1, *a, k, m=2, **kw: x",
     "Lambda(Arguments([Arg('x', None), Arg('y', 1)], 'a', [Arg('k', None), Arg('m', 2)], "
     "'kw'), x)"),
    ("lambda *, k: k", "Lambda(Arguments([], '', [Arg('k', None)], ''), k)"),
    ("lambda x: lambda y: x if y else 0",
     "Lambda(Arguments([Arg('x', None)], '', [], ''), Lambda(Arguments([Arg('y', None)], '', "
     "[], ''), IfExp(y, x, 0)))"),
])
def test_precedence_and_associativity(source, expected):
    assert expr(source) == expected


@pytest.mark.parametrize("source,expected", [
    ("x", "x"),
    ("42", "42"), ("0x1F", "0x1F"), ("1_000", "1000"), ("1.5e3", "1.5e3"),
    ("None", "None"), ("True", "True"), ("False", "False"), ("...", "..."),
    ("'a' 'b' \"c\"", "'abc'"),
    ("b'a' b'b'", "b'ab'"),
    ("'a' u'b' r'\\n'", "'ab\\\\n'"),
    ("()", "TupleExpr([])"),
    ("(1,)", "TupleExpr([1])"),
    ("(1)", "1"),
    ("(1, 2, 3,)", "TupleExpr([1, 2, 3])"),
    ("[]", "ListExpr([])"),
    ("[1, *a, 2,]", "ListExpr([1, Starred(a), 2])"),
    ("{}", "DictExpr([], [])"),
    ("{1: 2, **a, 3: 4,}", "DictExpr([1, None, 3], [2, a, 4])"),
    ("{1, *a}", "SetExpr([1, Starred(a)])"),
    ("[x for x in y]", "ListComp(x, [Comprehension(x, y, [])])"),
    ("[x for x in y if a if b for z in x if c]",
     "ListComp(x, [Comprehension(x, y, [a, b]), Comprehension(z, x, [c])])"),
    ("{x for x, in y}", "SetComp(x, [Comprehension(TupleExpr([x]), y, [])])"),
    ("{k: v for k, v in d.items()}",
     "DictComp(k, v, [Comprehension(TupleExpr([k, v]), Call(Attribute(d, 'items'), [], []), "
     "[])])"),
    ("(x for x in y)", "GeneratorExp(x, [Comprehension(x, y, [])])"),
    ("[a if b else c for d in e]", "ListComp(IfExp(b, a, c), [Comprehension(d, e, [])])"),
    ("[x for x in a or b if c or d]", "ListComp(x, [Comprehension(x, (a or b), [(c or d)])])"),
    ("f()", "Call(f, [], [])"),
    ("f(a, *b, c=1, **d, e=2)",
     "Call(f, [a, Starred(b)], [Keyword('c', 1), Keyword('', d), Keyword('e', 2)])"),
    ("f(a=1, *b)", "Call(f, [Starred(b)], [Keyword('a', 1)])"),
    ("f(a,)", "Call(f, [a], [])"),
    ("f(x for x in y)", "Call(f, [GeneratorExp(x, [Comprehension(x, y, [])])], [])"),
    ("f((x for x in y), z)", "Call(f, [GeneratorExp(x, [Comprehension(x, y, [])]), z], [])"),
    ("f(a := 1)", "Call(f, [NamedExpr(a, 1)], [])"),
    ("a.b.c", "Attribute(Attribute(a, 'b'), 'c')"),
    ("a[1]", "Subscript(a, 1)"),
    ("a[1:2]", "Subscript(a, Slice(1, 2, None))"),
    ("a[::]", "Subscript(a, Slice(None, None, None))"),
    ("a[::-1]", "Subscript(a, Slice(None, None, (-1)))"),
    ("a[1:2, ::3]", "Subscript(a, TupleExpr([Slice(1, 2, None), Slice(None, None, 3)]))"),
    ("a[1,]", "Subscript(a, TupleExpr([1]))"),
    ("a[*b]", "Subscript(a, Starred(b))"),
    ("a[x := 1]", "Subscript(a, NamedExpr(x, 1))"),
    ("a[b][c](d).e", "Attribute(Call(Subscript(Subscript(a, b), c), [d], []), 'e')"),
    ("(yield)", "Yield(None)"),
    ("(yield x)", "Yield(x)"),
    ("(yield from x)", "YieldFrom(x)"),
    ("(y := f(x))", "NamedExpr(y, Call(f, [x], []))"),
    ("[y := 1, y ** 2]", "ListExpr([NamedExpr(y, 1), (y ** 2)])"),
    ("(*a, b)", "TupleExpr([Starred(a), b])"),
])
def test_expressions(source, expected):
    assert expr(source) == expected


def test_fstrings():
    assert expr('f"a{x}b"') == "JoinedStr(['a', FormattedValue(x, '', None), 'b'])"
    assert expr('f"{x!r:>{width}.{p}}"') == (
        "JoinedStr([FormattedValue(x, 'r', JoinedStr(['>', FormattedValue(width, '', None), "
        "'.', FormattedValue(p, '', None)]))])")
    assert expr('f"{{}}{x!s}{y!a}"') == (
        "JoinedStr(['{}', FormattedValue(x, 's', None), FormattedValue(y, 'a', None)])")
    assert expr('f"{x=}"') == "JoinedStr(['x=', FormattedValue(x, 'r', None)])"
    assert expr('f"{x = :>5}"') == "JoinedStr(['x = ', FormattedValue(x, '', JoinedStr(['>5']))])"
    assert expr('f"{x=!s}"') == "JoinedStr(['x=', FormattedValue(x, 's', None)])"
    assert expr('f""') == "JoinedStr([])"
    assert expr("f'{a[\"k\"]} {b(1, 2)} {c if d else e} {f\"{g}\"}'") == (
        "JoinedStr([FormattedValue(Subscript(a, 'k'), '', None), ' ', "
        "FormattedValue(Call(b, [1, 2], []), '', None), ' ', FormattedValue(IfExp(d, c, e), '', "
        "None), ' ', FormattedValue(JoinedStr([FormattedValue(g, '', None)]), '', None)])")
    assert expr('f"{a, b}"') == "JoinedStr([FormattedValue(TupleExpr([a, b]), '', None)])"
    assert expr('f"{a != b}{c >= d}"') == (
        "JoinedStr([FormattedValue((a != b), '', None), FormattedValue((c >= d), '', None)])")


def test_fstring_concatenation_and_escapes():
    assert expr("'a' f'{x}\\n' 'b'") == "JoinedStr(['a', FormattedValue(x, '', None), '\\nb'])"
    assert expr("rf'\\n{x}'") == "JoinedStr(['\\\\n', FormattedValue(x, '', None)])"
    assert expr("f'\\N{BULLET}{x}'") == "JoinedStr(['\\xe2\\x80\\xa2', FormattedValue(x, '', None)])"
    assert expr('f"""{\nx\n}"""') == "JoinedStr([FormattedValue(x, '', None)])"


def test_fstring_field_positions_are_in_the_file():
    module = parse('x = 1\ny = f"ab{ zz + 1}"\n', "t.py")
    joined = module.body[1].value
    field = joined.values[1].value
    assert isinstance(field, ast.BinOp)
    assert (field.line, field.column) == (2, 11)


# -- statements -----------------------------------------------------------------------------------

@pytest.mark.parametrize("source,expected", [
    ("a = 1", "Assign([a], 1)"),
    ("a = b = c", "Assign([a, b], c)"),
    ("a, b = b, a", "Assign([TupleExpr([a, b])], TupleExpr([b, a]))"),
    ("a, = b", "Assign([TupleExpr([a])], b)"),
    ("(a) = 1", "Assign([a], 1)"),
    ("[a, *b] = c", "Assign([ListExpr([a, Starred(b)])], c)"),
    ("a, (b, *c), *d = e",
     "Assign([TupleExpr([a, TupleExpr([b, Starred(c)]), Starred(d)])], e)"),
    ("a.b[c] = d", "Assign([Subscript(Attribute(a, 'b'), c)], d)"),
    ("x = *a, b", "Assign([x], TupleExpr([Starred(a), b]))"),
    ("x = yield", "Assign([x], Yield(None))"),
    ("x = yield a, b", "Assign([x], Yield(TupleExpr([a, b])))"),
    ("x = yield from g", "Assign([x], YieldFrom(g))"),
    ("x += 1", "AugAssign(x, '+', 1)"),
    ("x //= 2", "AugAssign(x, '//', 2)"),
    ("x **= 2", "AugAssign(x, '**', 2)"),
    ("x >>= 2", "AugAssign(x, '>>', 2)"),
    ("x @= m", "AugAssign(x, '@', m)"),
    ("a.b[0] -= yield", "AugAssign(Subscript(Attribute(a, 'b'), 0), '-', Yield(None))"),
    ("x: int", "AnnAssign(x, int, None)"),
    ("x: List[int] = []", "AnnAssign(x, Subscript(List, int), ListExpr([]))"),
    ("a.b: int = 5", "AnnAssign(Attribute(a, 'b'), int, 5)"),
    ("pass", "Pass()"), ("break", "Break()"), ("continue", "Continue()"),
    ("return", "Return(None)"), ("return a, b", "Return(TupleExpr([a, b]))"),
    ("return *a, b", "Return(TupleExpr([Starred(a), b]))"),
    ("raise", "Raise(None, None)"), ("raise E", "Raise(E, None)"),
    ("raise E from e", "Raise(E, e)"),
    ("global a, b", "Global(['a', 'b'])"), ("nonlocal x", "Nonlocal(['x'])"),
    ("del a", "Delete([a])"), ("del a, b[0], c.d", "Delete([a, Subscript(b, 0), Attribute(c, 'd')])"),
    ("del (a, b), [c]", "Delete([TupleExpr([a, b]), ListExpr([c])])"),
    ("del a,", "Delete([a])"),
    ("assert x", "Assert(x, None)"), ("assert x, 'msg'", "Assert(x, 'msg')"),
    ("import a", "Import([Alias('a', '')])"),
    ("import a.b.c as d, e", "Import([Alias('a.b.c', 'd'), Alias('e', '')])"),
    ("from a.b import c", "ImportFrom('a.b', [Alias('c', '')], 0)"),
    ("from . import x", "ImportFrom('', [Alias('x', '')], 1)"),
    ("from .. import x", "ImportFrom('', [Alias('x', '')], 2)"),
    ("from ...a import (x as y, z,)", "ImportFrom('a', [Alias('x', 'y'), Alias('z', '')], 3)"),
    ("from .... import *", "ImportFrom('', [], 4)"),
    ("f(x)", "ExprStmt(Call(f, [x], []))"),
    ("yield x", "ExprStmt(Yield(x))"),
    ("x = 1; y = 2;", None),
])
def test_simple_statements(source, expected):
    if expected is None:
        assert stmts(source) == ["Assign([x], 1)", "Assign([y], 2)"]
    else:
        assert stmt(source) == expected


def test_if_elif_else_nests_elif_in_orelse():
    source = "if a:\n    x\nelif b:\n    y\nelif c:\n    z\nelse:\n    w\n"
    assert stmt(source) == ("If(a, [ExprStmt(x)], [If(b, [ExprStmt(y)], [If(c, [ExprStmt(z)], "
                            "[ExprStmt(w)])])])")


def test_single_line_suites():
    assert stmt("if a: b; c\n") == "If(a, [ExprStmt(b), ExprStmt(c)], [])"
    assert stmt("while x: pass\nelse: y\n") == "While(x, [Pass()], [ExprStmt(y)])"


def test_walrus_in_conditions():
    assert stmt("if (n := 10) > 5: pass") == "If((NamedExpr(n, 10) > 5), [Pass()], [])"
    assert stmt("while chunk := read(): pass") == (
        "While(NamedExpr(chunk, Call(read, [], [])), [Pass()], [])")


def test_for_loops():
    assert stmt("for k, v in d.items():\n    pass\nelse:\n    done()\n") == (
        "For(TupleExpr([k, v]), Call(Attribute(d, 'items'), [], []), [Pass()], "
        "[ExprStmt(Call(done, [], []))])")
    assert stmt("for x in 1, 2, *r: pass") == (
        "For(x, TupleExpr([1, 2, Starred(r)]), [Pass()], [])")
    assert stmt("for a, *b in c: pass") == "For(TupleExpr([a, Starred(b)]), c, [Pass()], [])"
    assert stmt("for x, in y: pass") == "For(TupleExpr([x]), y, [Pass()], [])"


def test_try_statements():
    source = ("try:\n    a\nexcept E as e:\n    b\nexcept (A, B):\n    c\nexcept:\n    d\n"
              "else:\n    f\nfinally:\n    g\n")
    assert stmt(source) == (
        "Try([ExprStmt(a)], [ExceptHandler(E, 'e', [ExprStmt(b)]), ExceptHandler(TupleExpr([A, "
        "B]), '', [ExprStmt(c)]), ExceptHandler(None, '', [ExprStmt(d)])], [ExprStmt(f)], "
        "[ExprStmt(g)])")
    assert stmt("try:\n    a\nfinally:\n    b\n") == "Try([ExprStmt(a)], [], [], [ExprStmt(b)])"
    assert stmt("try:\n    a\nexcept E:\n    b\nfinally:\n    c\n") == (
        "Try([ExprStmt(a)], [ExceptHandler(E, '', [ExprStmt(b)])], [], [ExprStmt(c)])")


def test_with_statements():
    assert stmt("with a as b, c, d as (e, f): pass") == (
        "With([WithItem(a, b), WithItem(c, None), WithItem(d, TupleExpr([e, f]))], [Pass()])")
    assert stmt("with (a as b, c as d,): pass") == (
        "With([WithItem(a, b), WithItem(c, d)], [Pass()])")
    assert stmt("with (a, b): pass") == "With([WithItem(a, None), WithItem(b, None)], [Pass()])"
    assert stmt("with (a, b) as c: pass") == "With([WithItem(TupleExpr([a, b]), c)], [Pass()])"
    assert stmt("with (a): pass") == "With([WithItem(a, None)], [Pass()])"
    assert stmt("with open(f) as g: pass") == (
        "With([WithItem(Call(open, [f], []), g)], [Pass()])")


def test_function_definitions():
    assert stmt("def f(): pass") == "FunctionDef('f', Arguments([], '', [], ''), [Pass()], [])"
    assert stmt("def f(a, b=1, *args, c, d=2, **kw) -> int:\n    return a\n") == (
        "FunctionDef('f', Arguments([Arg('a', None), Arg('b', 1)], 'args', [Arg('c', None), "
        "Arg('d', 2)], 'kw'), [Return(a)], [])")
    assert stmt("def f(a: int, *, b: str = 'x',): pass") == (
        "FunctionDef('f', Arguments([Arg('a', None)], '', [Arg('b', 'x')], ''), [Pass()], [])")
    assert stmt("def f(*args: int, **kw: str): pass") == (
        "FunctionDef('f', Arguments([], 'args', [], 'kw'), [Pass()], [])")
    # positional-only parameters stay in args; Arguments.posonly counts them
    source = "def f(a, b=2, /, c=3, *, d): pass"
    assert stmt(source) == (
        "FunctionDef('f', Arguments([Arg('a', None), Arg('b', 2), Arg('c', 3)], '', "
        "[Arg('d', None)], ''), [Pass()], [])")
    assert parse(source, "t.py").body[0].args.posonly == 2
    assert parse("def f(a, b): pass", "t.py").body[0].args.posonly == 0
    assert parse("def f(): pass", "t.py").body[0].args.posonly == 0
    assert parse("f = lambda a, /, b: 0", "t.py").body[0].value.args.posonly == 1
    assert parse("f = lambda: 0", "t.py").body[0].value.args.posonly == 0


def test_decorators():
    source = "@a\n@b.c(1)\n@d[0]\ndef f():\n    pass\n"
    module = parse(source, "t.py")
    assert d(module.body[0]) == (
        "FunctionDef('f', Arguments([], '', [], ''), [Pass()], [a, Call(Attribute(b, 'c'), [1], "
        "[]), Subscript(d, 0)])")
    assert module.body[0].line == 4      # CPython 3.8+: the line of `def`
    assert stmt("@dataclass\nclass C: pass\n") == "ClassDef('C', [], [], [Pass()], [dataclass])"


def test_class_definitions():
    assert stmt("class A: pass") == "ClassDef('A', [], [], [Pass()], [])"
    assert stmt("class A(): pass") == "ClassDef('A', [], [], [Pass()], [])"
    assert stmt("class A(B, *bases, metaclass=M, **kw):\n    x: int = 0\n") == (
        "ClassDef('A', [B, Starred(bases)], [Keyword('metaclass', M), Keyword('', kw)], "
        "[AnnAssign(x, int, 0)], [])")


def test_nested_blocks_and_comments():
    source = ("def f(x):\n"
              "    # comment\n"
              "    if x:\n"
              "\n"
              "        return [\n"
              "  1,\n"
              "        ]  # trailing\n"
              "    else:\n"
              "        return {'a': x,\n"
              "                'b': (x +\n"
              "                      1)}\n"
              "g = f\n")
    assert stmts(source) == [
        "FunctionDef('f', Arguments([Arg('x', None)], '', [], ''), [If(x, [Return(ListExpr([1]))],"
        " [Return(DictExpr(['a', 'b'], [x, (x + 1)]))])], [])",
        "Assign([g], f)"]


def test_backslash_continuation_and_semicolons():
    assert stmts("x = 1 + \\\n    2; y = 3\n") == ["Assign([x], (1 + 2))", "Assign([y], 3)"]


def test_empty_module():
    assert parse("", "t.py").body == []
    assert parse("# nothing\n\n", "t.py").body == []


# -- positions ------------------------------------------------------------------------------------

def test_positions_follow_cpython():
    module = parse("x = (a + b) * c\nif y:\n    f(z)[0].w = -1\n", "t.py")
    assign = module.body[0]
    assert (assign.line, assign.column) == (1, 1)
    mult = assign.value
    assert (mult.line, mult.column) == (1, 5)          # starts at '('
    inner = mult.left
    assert (inner.line, inner.column) == (1, 6)        # the sum keeps its own position
    assert (mult.right.line, mult.right.column) == (1, 15)
    body = module.body[1].body[0]
    assert (body.line, body.column) == (3, 5)
    target = body.targets[0]
    assert (target.line, target.column) == (3, 5)
    assert (body.value.line, body.value.column) == (3, 17)


def test_generator_argument_sits_at_the_call_parenthesis():
    call = parse("sum(x for x in y)\n", "t.py").body[0].value
    assert (call.args[0].line, call.args[0].column) == (1, 4)


# -- errors (all checked against CPython 3.11.7) ---------------------------------------------------

SYNTAX_ERRORS = [
    # the conformance case: the error is at the NEWLINE after '+'
    ('print("x")\n\ndef ok():\n    return 1\n\ntotal = 5 +\nprint("nor this one")\n',
     ("SyntaxError", "invalid syntax", 6, 12)),
    ("1 +", ("SyntaxError", "invalid syntax", 1, 4)),
    ("1 +\n\n", ("SyntaxError", "invalid syntax", 1, 4)),
    ("x = 1.2.3", ("SyntaxError", "invalid syntax", 1, 8)),
    ("a b", ("SyntaxError", "invalid syntax", 1, 3)),
    ("else: pass", ("SyntaxError", "invalid syntax", 1, 1)),
    ("x = [1, 2,, 3]", ("SyntaxError", "invalid syntax", 1, 11)),
    ("import a.b as c.d", ("SyntaxError", "invalid syntax", 1, 16)),
    ("x := 5", ("SyntaxError", "invalid syntax", 1, 3)),
    ("def f(/): pass", ("SyntaxError", "invalid syntax", 1, 7)),
    ("class A(x for x in y): pass", ("SyntaxError", "invalid syntax", 1, 11)),
    # expected ':'
    ("if x\n    pass", ("SyntaxError", "expected ':'", 1, 5)),
    ("if x:\n    pass\nelse\n    pass", ("SyntaxError", "expected ':'", 3, 5)),
    ("while x\n    pass", ("SyntaxError", "expected ':'", 1, 8)),
    ("for x in y\n    pass", ("SyntaxError", "expected ':'", 1, 11)),
    ("class A\n    pass", ("SyntaxError", "expected ':'", 1, 8)),
    ("def f(x)\n    pass", ("SyntaxError", "expected ':'", 1, 9)),
    ("def f(x) y:\n    pass", ("SyntaxError", "expected ':'", 1, 10)),
    ("def f() -> :\n    pass", ("SyntaxError", "expected ':'", 1, 9)),
    ("try\n    pass", ("SyntaxError", "expected ':'", 1, 4)),
    ("if x y:\n    pass", ("SyntaxError", "invalid syntax", 1, 6)),
    ("def f:\n    pass", ("SyntaxError", "expected '('", 1, 6)),
    ("def f(): return 1 2\n", ("SyntaxError", "invalid syntax", 1, 19)),
    # indentation
    ("if x:\npass", ("IndentationError",
                     "expected an indented block after 'if' statement on line 1", 2, 1)),
    ("if x:", ("IndentationError",
               "expected an indented block after 'if' statement on line 1", 1, 6)),
    ("if x:\n\n", ("IndentationError",
                   "expected an indented block after 'if' statement on line 1", 2, 1)),
    ("if x:\n    pass\nelse:", ("IndentationError",
                                "expected an indented block after 'else' statement on line 3",
                                3, 6)),
    ("if a:\n    pass\nelif b:\nx", ("IndentationError",
                                     "expected an indented block after 'elif' statement on "
                                     "line 3", 4, 1)),
    ("def f():\nx = 1", ("IndentationError",
                         "expected an indented block after function definition on line 1",
                         2, 1)),
    ("def f():\n    # comment\n", ("IndentationError",
                                   "expected an indented block after function definition on "
                                   "line 1", 2, 14)),
    ("class A:\nx = 1", ("IndentationError",
                         "expected an indented block after class definition on line 1", 2, 1)),
    ("for x in y:\nx", ("IndentationError",
                        "expected an indented block after 'for' statement on line 1", 2, 1)),
    ("while x:\nx", ("IndentationError",
                     "expected an indented block after 'while' statement on line 1", 2, 1)),
    ("with a:\nx", ("IndentationError",
                    "expected an indented block after 'with' statement on line 1", 2, 1)),
    ("try:\nx", ("IndentationError",
                 "expected an indented block after 'try' statement on line 1", 2, 1)),
    ("try:\n    pass\nexcept E:\nx", ("IndentationError",
                                       "expected an indented block after 'except' statement on "
                                       "line 3", 4, 1)),
    ("try:\n    pass\nfinally:\nx", ("IndentationError",
                                      "expected an indented block after 'finally' statement on "
                                      "line 3", 4, 1)),
    ("x = 1\n    y = 2", ("IndentationError", "unexpected indent", 2, 4)),
    ("x = 1\n  y = 2", ("IndentationError", "unexpected indent", 2, 2)),
    ("\tif x:", ("IndentationError", "unexpected indent", 1, 1)),
    ("if x:\n        a\n    b", ("IndentationError",
                                 "unindent does not match any outer indentation level", 3, 6)),
    ("if x:\n\ta\n        b", ("TabError", "inconsistent use of tabs and spaces in indentation",
                               3, 1)),
    ("try:\n    pass\n", ("SyntaxError", "expected 'except' or 'finally' block", 2, 9)),
    ("try:\n    pass\nx = 1", ("SyntaxError", "expected 'except' or 'finally' block", 3, 1)),
    # brackets (the lexer's errors, chosen the way CPython chooses them)
    ("x = (1,\ny = 2", ("SyntaxError", "'(' was never closed", 1, 5)),
    ("(1 +", ("SyntaxError", "'(' was never closed", 1, 1)),
    ("x = [1, 2\ny = 3", ("SyntaxError", "'[' was never closed", 1, 5)),
    ("x = 5 +\ny = (", ("SyntaxError", "invalid syntax", 1, 8)),
    ("class A(:\n    pass", ("SyntaxError", "invalid syntax", 1, 9)),
    ("x = )", ("SyntaxError", "unmatched ')'", 1, 5)),
    ("x = (1 2)", ("SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 6)),
    ("x = [1, 2 3]", ("SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 9)),
    ("foo(a b)", ("SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 5)),
    ("x = (1 2)\ny = (\n", ("SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 6)),
    ("foo(a b", ("SyntaxError", "'(' was never closed", 1, 4)),
    # a later lexical error replaces a syntax error
    ("x = 5 +\nprint(1)\ny = 'abc", ("SyntaxError",
                                     "unterminated string literal (detected at line 3)", 3, 5)),
    ("1 = x\ny = \"abc", ("SyntaxError", "unterminated string literal (detected at line 2)",
                          2, 5)),
    ("x = 5 €\ny = (", ("SyntaxError", "invalid character '€' (U+20AC)", 1, 7)),
    ("x = 1\n    y = 2\nz = \"abc", ("IndentationError", "unexpected indent", 2, 4)),
    # specific messages
    ("print 'x'", ("SyntaxError", "Missing parentheses in call to 'print'. Did you mean "
                   "print(...)?", 1, 1)),
    ("x = 1 if 2", ("SyntaxError", "expected 'else' after 'if' expression", 1, 5)),
    ("if x = 1: pass", ("SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead "
                        "of '='?", 1, 4)),
    ("x = [1,\ny = 3]", ("SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead "
                         "of '='?", 2, 1)),
    ("x = [1 = 2,\n 3", ("SyntaxError", "cannot assign to literal here. Maybe you meant '==' "
                         "instead of '='?", 1, 6)),
    ("x = {1: 2, 3}", ("SyntaxError", "':' expected after dictionary key", 1, 12)),
    ("x = {1: }", ("SyntaxError", "expression expected after dictionary key and ':'", 1, 7)),
    ("from . import a, b,", ("SyntaxError", "trailing comma not allowed without surrounding "
                             "parentheses", 1, 20)),
    ("try:\n    pass\nexcept E, F:\n    pass", ("SyntaxError", "multiple exception types must "
                                                 "be parenthesized", 3, 8)),
    ("try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass",
     ("SyntaxError", "default 'except:' must be last", 3, 1)),
    # assignment targets
    ("1 = x", ("SyntaxError", "cannot assign to literal here. Maybe you meant '==' instead of "
               "'='?", 1, 1)),
    ("x + 1 = 2", ("SyntaxError", "cannot assign to expression here. Maybe you meant '==' "
                   "instead of '='?", 1, 1)),
    ("f() = 1", ("SyntaxError", "cannot assign to function call here. Maybe you meant '==' "
                 "instead of '='?", 1, 1)),
    ("(a, 1) = x", ("SyntaxError", "cannot assign to literal", 1, 5)),
    ("None = 1", ("SyntaxError", "cannot assign to None", 1, 1)),
    ("True = 1", ("SyntaxError", "cannot assign to True", 1, 1)),
    ("a = 1 = 2", ("SyntaxError", "cannot assign to literal", 1, 5)),
    ("x = yield = 3", ("SyntaxError", "assignment to yield expression not possible", 1, 5)),
    ("a < b = 1", ("SyntaxError", "cannot assign to comparison", 1, 1)),
    ("not a = 1", ("SyntaxError", "cannot assign to expression", 1, 1)),
    ("a if b else c = 1", ("SyntaxError", "cannot assign to conditional expression", 1, 1)),
    ("lambda: 1 = 1", ("SyntaxError", "cannot assign to lambda", 1, 1)),
    ("[x for x in y] = 1", ("SyntaxError", "cannot assign to list comprehension here. Maybe you "
                            "meant '==' instead of '='?", 1, 1)),
    ("x = (*a)", ("SyntaxError", "cannot use starred expression here", 1, 6)),
    ("for 1 in x: pass", ("SyntaxError", "cannot assign to literal", 1, 5)),
    ("for f() in x: pass", ("SyntaxError", "cannot assign to function call", 1, 5)),
    ("[x for 1 in y]", ("SyntaxError", "cannot assign to literal", 1, 8)),
    ("with a as 1: pass", ("SyntaxError", "cannot assign to literal", 1, 11)),
    ("del f()", ("SyntaxError", "cannot delete function call", 1, 5)),
    ("del a, (b, 1)", ("SyntaxError", "cannot delete literal", 1, 12)),
    ("x, y += 1", ("SyntaxError", "'tuple' is an illegal expression for augmented assignment",
                   1, 1)),
    ("1 += 1", ("SyntaxError", "'literal' is an illegal expression for augmented assignment",
                1, 1)),
    ("(x, y): int = 1", ("SyntaxError", "only single target (not tuple) can be annotated", 1, 1)),
    ("[a, b]: int", ("SyntaxError", "only single target (not list) can be annotated", 1, 1)),
    ("(a.b := 1)", ("SyntaxError", "cannot use assignment expressions with attribute", 1, 2)),
    # calls
    ("f(a=1, b)", ("SyntaxError", "positional argument follows keyword argument", 1, 9)),
    ("f(a=1,\n  b)", ("SyntaxError", "positional argument follows keyword argument", 2, 4)),
    ("f(**k, b)", ("SyntaxError", "positional argument follows keyword argument unpacking",
                   1, 9)),
    ("f(**k, *a)", ("SyntaxError", "iterable argument unpacking follows keyword argument "
                    "unpacking", 1, 8)),
    ("f(x for x in y, 1)", ("SyntaxError", "Generator expression must be parenthesized", 1, 3)),
    ("f(a=1, a=2)", ("SyntaxError", "keyword argument repeated: a", 1, 8)),
    ("f(a.b=1)", ("SyntaxError", 'expression cannot contain assignment, perhaps you meant "=="?',
                  1, 3)),
    ("f(True=1)", ("SyntaxError", "cannot assign to True", 1, 3)),
    # parameters
    ("def f(a=1, b): pass", ("SyntaxError", "non-default argument follows default argument",
                             1, 12)),
    ("lambda x=1, y: 0", ("SyntaxError", "non-default argument follows default argument", 1, 13)),
    ("def f(*): pass", ("SyntaxError", "named arguments must follow bare *", 1, 7)),
    ("def f(*, **k): pass", ("SyntaxError", "named arguments must follow bare *", 1, 7)),
    ("def f(**k, a): pass", ("SyntaxError", "arguments cannot follow var-keyword argument", 1, 12)),
    ("def f(a, /, b, /): pass", ("SyntaxError", "/ may appear only once", 1, 16)),
    ("def f(*a, /): pass", ("SyntaxError", "/ must be ahead of *", 1, 11)),
    ("def f(*a, *b): pass", ("SyntaxError", "* argument may appear only once", 1, 11)),
    ("def f(a, a): pass", ("SyntaxError", "duplicate argument 'a' in function definition", 1, 10)),
    # strings
    ("x = 'a' b'b'", ("SyntaxError", "cannot mix bytes and nonbytes literals", 1, 13)),
    ('x = f"{}"', ("SyntaxError", "f-string: empty expression not allowed", 1, 10)),
    ('x = f"{ !r}"', ("SyntaxError", "f-string: expression required before '!'", 1, 13)),
    ('x = f"{a!x}"', ("SyntaxError", "f-string: invalid conversion character: expected 's', "
                      "'r', or 'a'", 1, 13)),
    ('x = f"{a"', ("SyntaxError", "f-string: expecting '}'", 1, 10)),
    ('x = f"}"', ("SyntaxError", "f-string: single '}' is not allowed", 1, 9)),
    ('x = f"{a:{b:{c}}}"', ("SyntaxError", "f-string: expressions nested too deeply", 1, 19)),
    ('x = f"{a#}"', ("SyntaxError", "f-string expression part cannot include '#'", 1, 12)),
    # (CPython 3.11 reports f-string expression errors at odd columns; ours are in the file)
    ('x = f"{lambda x: 1}"', ("SyntaxError", "f-string: invalid syntax", 1, 16)),
]


@pytest.mark.parametrize("source,expected", SYNTAX_ERRORS)
def test_syntax_errors(source, expected):
    assert error(source) == expected


def test_compiler_phase_errors_are_left_to_the_compiler():
    # CPython 3.11 finds these after parsing the whole file, so a later syntax error wins
    assert stmt("*a = 1") == "Assign([Starred(a)], 1)"
    assert stmt("a, *b, *c = x") == "Assign([TupleExpr([a, Starred(b), Starred(c)])], x)"
    assert stmt("x = *a") == "Assign([x], Starred(a))"
    assert stmt("return *a") == "Return(Starred(a))"
    assert error("*a = 1\nx = (1 2)\n") == ("SyntaxError", "invalid syntax. Perhaps you forgot "
                                             "a comma?", 2, 6)


def test_error_carries_the_exception_class():
    try:
        parse("if x:\npass\n", "t.py")
    except PythonSyntaxError as e:
        assert e.kind == "IndentationError"
        assert e.token == ""
    else:
        raise AssertionError("no error")


# -- whole programs ---------------------------------------------------------------------------------

CONFORMANCE = "/work/shared/conformance/python"


def conformance_files():
    return sorted(glob.glob(os.path.join(CONFORMANCE, "*.py")) +
                  glob.glob(os.path.join(CONFORMANCE, "*", "*.py")))


@pytest.mark.skipif(not os.path.isdir(CONFORMANCE), reason="shared conformance suite absent")
def test_conformance_programs_parse():
    failures = []
    for path in conformance_files():
        with open(path, "rb") as f:
            source = f.read()
        try:
            parse(source, path)
        except PythonSyntaxError as e:
            if not path.endswith("err_syntax.py"):
                failures.append("%s: %s at %d:%d" % (path, e.message, e.line, e.column))
        else:
            if path.endswith("err_syntax.py"):
                failures.append("%s parsed" % path)
    assert failures == []
