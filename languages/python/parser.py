"""Python 3.11 parser: an RPly LALR(1) grammar that builds languages.python.ast.

`parse(source, filename)` returns an ast.Module or raises a PythonSyntaxError (a SourceError
whose `kind` is 'SyntaxError', 'IndentationError' or 'TabError') worded as CPython 3.11 words
it, at CPython's line (and, as far as cheap, column; columns are 1-based byte offsets).

Shape of the grammar: the layered LL(1) grammar of CPython up to 3.8 (test / or_test / and_test
/ not_test / comparison / expr / xor_expr / ... / power / atom_expr), so operator precedence
comes from the layering and the table has no conflicts.  Assignment targets, keyword arguments,
parameter order and the like are parsed as expressions or flat lists and checked in the
actions.  f-strings arrive as one FSTRING token; `parse_fstring` splits them as CPython 3.11
does and parses each replacement field with a recursive call of this parser (the EVAL_INPUT
start).  When the table rejects a token, `diagnose` replays the LR automaton (no actions) to
see what the parser expected and words the message as CPython would ("expected ':'",
"expected an indented block after 'if' statement on line N", ...).

Numbers stay source text (underscores removed) in Constant.value; the compiler converts them.
"""
from rply.token import Token

from framework.errors import SourceError
from framework.lexing import TokenStream
from framework.parsing import Node, ListBox
from languages.python import ast
from languages.python.kit import Grammar
from languages.python.lexer import (PythonScanner, PythonSyntaxError, decode_escapes,
                                    EscapeError)


TOKENS = [
    "NAME", "INT", "FLOAT", "IMAGINARY", "STRING", "BYTES", "FSTRING",
    "NEWLINE", "INDENT", "DEDENT", "ENDMARKER", "EVAL_INPUT",
    "FALSE", "NONE", "TRUE", "AND", "AS", "ASSERT", "BREAK", "CLASS", "CONTINUE", "DEF",
    "DEL", "ELIF", "ELSE", "EXCEPT", "FINALLY", "FOR", "FROM", "GLOBAL", "IF", "IMPORT",
    "IN", "IS", "LAMBDA", "NONLOCAL", "NOT", "OR", "PASS", "RAISE", "RETURN", "TRY",
    "WHILE", "WITH", "YIELD", "ASYNC", "AWAIT", "MATCH", "CASE",
    "LPAR", "RPAR", "LSQB", "RSQB", "LBRACE", "RBRACE", "COLON", "COMMA", "SEMI", "PLUS",
    "MINUS", "STAR", "SLASH", "VBAR", "AMPER", "LESS", "GREATER", "EQUAL", "DOT", "PERCENT",
    "EQEQUAL", "NOTEQUAL", "LESSEQUAL", "GREATEREQUAL", "TILDE", "CIRCUMFLEX", "LEFTSHIFT",
    "RIGHTSHIFT", "DOUBLESTAR", "PLUSEQUAL", "MINEQUAL", "STAREQUAL", "SLASHEQUAL",
    "PERCENTEQUAL", "AMPEREQUAL", "VBAREQUAL", "CIRCUMFLEXEQUAL", "LEFTSHIFTEQUAL",
    "RIGHTSHIFTEQUAL", "DOUBLESTAREQUAL", "DOUBLESLASH", "DOUBLESLASHEQUAL", "AT", "ATEQUAL",
    "RARROW", "ELLIPSIS", "COLONEQUAL",
]

grammar = Grammar("polyvm-python", TOKENS)
production = grammar.production


class ParserState(object):
    """What every production receives: the file being parsed (for error positions)."""

    def __init__(self, filename, source, scanner, expr_mode):
        self.filename = filename
        self.source = source
        self.lex_error = scanner.lex_error
        self.unclosed_line = scanner.unclosed_line
        self.unclosed_column = scanner.unclosed_column
        self.expr_mode = expr_mode


# -- boxes that only live while parsing ------------------------------------------------------

class Nothing(Node):
    """An empty optional part (rply productions always return a box)."""


NOTHING = Nothing()


class Paren(Node):
    """A parenthesized expression: the node keeps its own position, but a node that starts
    with it starts at the '(' (as in CPython)."""

    def __init__(self, inner):
        self.inner = inner


class Op(Node):
    """An operator or keyword text: comparison operators, augmented assignment."""

    def __init__(self, op):
        self.op = op


class ExprSeq(Node):
    """A comma-separated run of expressions; `comma` tells `a,` from `a`."""

    def __init__(self, first):
        self.items = [first]
        self.comma = False


class StmtSeq(Node):
    def __init__(self, items):
        self.items = items


class CompSeq(Node):
    def __init__(self, first):
        self.items = [first]


class Seq(Node):
    """Contents of () [] {}: items, or one element (or key/value) plus generators."""

    def __init__(self, items, generators):
        self.items = items
        self.generators = generators
        self.comma = False


class DictSeq(Node):
    def __init__(self):
        self.keys = []
        self.values = []
        self.comma = False


class DictEntry(Node):
    def __init__(self, key, value):
        self.key = key          # None for **mapping
        self.value = value


class CallArg(Node):
    """One call argument: kind is 'pos', 'star', 'kw', 'dstar' or 'gen' (a bare genexp)."""

    def __init__(self, kind, name, value):
        self.kind = kind
        self.name = name
        self.value = value


class ArgSeq(Node):
    def __init__(self, first):
        self.items = [first]
        self.comma = False


class Param(Node):
    """One parameter: kind is 'plain', 'star', 'dstar' or 'slash'; name '' for a bare *."""

    def __init__(self, kind, name, default):
        self.kind = kind
        self.name = name
        self.default = default


class ParamSeq(Node):
    def __init__(self, first):
        self.items = [first]


class NameSeq(Node):
    def __init__(self, name):
        self.names = [name]


class AliasSeq(Node):
    def __init__(self, first):
        self.items = [first]


class HandlerSeq(Node):
    def __init__(self, first):
        self.items = [first]


class WithSeq(Node):
    def __init__(self, first):
        self.items = [first]


class DecoratorSeq(Node):
    def __init__(self, first):
        self.items = [first]


class DotCount(Node):
    def __init__(self, count):
        self.count = count


class ImportTargets(Node):
    def __init__(self, names):
        self.names = names


class StrParts(Node):
    """Adjacent string literals being concatenated (plain, bytes and f-strings)."""

    def __init__(self):
        self.has_bytes = False
        self.has_str = False
        self.is_fstring = False
        self.values = []        # Constant / FormattedValue pieces (f-strings only)
        self.pending = []       # literal text not yet turned into a Constant

    def add_literal(self, text):
        if len(text) > 0:
            self.pending.append(text)

    def flush(self):
        if len(self.pending) > 0:
            constant = ast.Constant("str", "".join(self.pending))
            constant.line = self.line
            constant.column = self.column
            self.values.append(constant)
            self.pending = []

    def add_value(self, value):
        self.flush()
        self.values.append(value)


# -- small helpers -----------------------------------------------------------------------------

def tok(box):
    assert isinstance(box, Token)
    return box


def text_of(box):
    return tok(box).getstr()


def box_position(box):
    if isinstance(box, Token):
        position = box.getsourcepos()
        if position is None:
            return 0, 0
        return position.lineno, position.colno
    assert isinstance(box, Node)
    return box.line, box.column


def place(node, box):
    line, column = box_position(box)
    node.line = line
    node.column = column


def expr(box):
    """The expression in a production argument (unwrapping a parenthesized one)."""
    if isinstance(box, Paren):
        return box.inner
    assert isinstance(box, ast.Expr)
    return box


def stmt_seq(box):
    assert isinstance(box, StmtSeq)
    return box


def fail(message, line, column, kind="SyntaxError"):
    return PythonSyntaxError(message, line, column, kind)


def fail_at(box, message):
    line, column = box_position(box)
    return PythonSyntaxError(message, line, column)


def seq_to_expr(seq):
    """`a` stays `a`; `a,` and `a, b` become a Tuple placed at the first element."""
    if len(seq.items) == 1 and not seq.comma:
        return seq.items[0]
    tup = ast.TupleExpr(seq.items)
    place(tup, seq)
    return tup


def seq_items(seq):
    assert isinstance(seq, ExprSeq)
    return seq.items


# -- names of expressions in error messages (CPython's _PyPegen_get_expr_name) --------------------

def expr_name(e):
    if isinstance(e, ast.Constant):
        if e.kind == "None" or e.kind == "True" or e.kind == "False":
            return e.kind
        if e.kind == "Ellipsis":
            return "ellipsis"
        return "literal"
    if isinstance(e, ast.Name):
        return "name"
    if isinstance(e, ast.Attribute):
        return "attribute"
    if isinstance(e, ast.Subscript):
        return "subscript"
    if isinstance(e, ast.Starred):
        return "starred"
    if isinstance(e, ast.ListExpr):
        return "list"
    if isinstance(e, ast.TupleExpr):
        return "tuple"
    if isinstance(e, ast.Lambda):
        return "lambda"
    if isinstance(e, ast.Call):
        return "function call"
    if isinstance(e, ast.BoolOp) or isinstance(e, ast.BinOp) or isinstance(e, ast.UnaryOp):
        return "expression"
    if isinstance(e, ast.GeneratorExp):
        return "generator expression"
    if isinstance(e, ast.Yield) or isinstance(e, ast.YieldFrom):
        return "yield expression"
    if isinstance(e, ast.ListComp):
        return "list comprehension"
    if isinstance(e, ast.SetComp):
        return "set comprehension"
    if isinstance(e, ast.DictComp):
        return "dict comprehension"
    if isinstance(e, ast.DictExpr):
        return "dict literal"
    if isinstance(e, ast.SetExpr):
        return "set display"
    if isinstance(e, ast.JoinedStr) or isinstance(e, ast.FormattedValue):
        return "f-string expression"
    if isinstance(e, ast.Compare):
        return "comparison"
    if isinstance(e, ast.IfExp):
        return "conditional expression"
    if isinstance(e, ast.NamedExpr):
        return "named expression"
    return "expression"


def invalid_target(e, deleting):
    """The first sub-expression of target `e` that cannot be assigned (or deleted), or None."""
    if isinstance(e, ast.Name) or isinstance(e, ast.Attribute) or isinstance(e, ast.Subscript):
        return None
    if isinstance(e, ast.Starred):
        if deleting:
            return e
        return invalid_target(e.value, deleting)
    if isinstance(e, ast.TupleExpr):
        for item in e.elts:
            bad = invalid_target(item, deleting)
            if bad is not None:
                return bad
        return None
    if isinstance(e, ast.ListExpr):
        for item in e.elts:
            bad = invalid_target(item, deleting)
            if bad is not None:
                return bad
        return None
    return e


def check_store(e):
    """A target of for / with / comprehension: CPython's plain wording.  (Starred targets are
    the compiler's business, as in CPython: a later syntax error in the file comes first.)"""
    bad = invalid_target(e, False)
    if bad is not None:
        raise fail_at(bad, "cannot assign to %s" % expr_name(bad))


def is_bitwise_or_level(e):
    """Could `e` have been parsed as CPython's bitwise_or (no comparison, not, and/or, ...)?"""
    if isinstance(e, ast.Compare) or isinstance(e, ast.BoolOp) or isinstance(e, ast.IfExp):
        return False
    if isinstance(e, ast.Lambda) or isinstance(e, ast.Yield) or isinstance(e, ast.YieldFrom):
        return False
    if isinstance(e, ast.Starred) or isinstance(e, ast.NamedExpr):
        return False
    if isinstance(e, ast.UnaryOp) and e.op == "not":
        return False
    return True


def check_assign(targets, value):
    for i in range(len(targets)):
        target = targets[i]
        if isinstance(target, ast.Yield) or isinstance(target, ast.YieldFrom):
            raise fail_at(target, "assignment to yield expression not possible")
        bad = invalid_target(target, False)
        if bad is not None:
            name = expr_name(bad)
            if (bad is target and len(targets) == 1 and is_bitwise_or_level(target)
                    and not isinstance(value, ast.TupleExpr) and is_bitwise_or_level(value)
                    and not (isinstance(target, ast.Constant) and (target.kind == "None" or
                                                                  target.kind == "True" or
                                                                  target.kind == "False"))
                    and not isinstance(target, ast.GeneratorExp)):
                raise fail_at(bad, "cannot assign to %s here. Maybe you meant '==' instead of "
                                   "'='?" % name)
            raise fail_at(bad, "cannot assign to %s" % name)


def check_delete(e):
    bad = invalid_target(e, True)
    if bad is not None:
        raise fail_at(bad, "cannot delete %s" % expr_name(bad))


def check_aug_target(e):
    if isinstance(e, ast.Name) or isinstance(e, ast.Attribute) or isinstance(e, ast.Subscript):
        return
    raise fail_at(e, "'%s' is an illegal expression for augmented assignment" % expr_name(e))


def check_walrus_target(e):
    if isinstance(e, ast.Name):
        return
    raise fail_at(e, "cannot use assignment expressions with %s" % expr_name(e))


# == grammar ===================================================================================

# -- module ---------------------------------------------------------------------------------------

@production("file_input : file_stmts ENDMARKER")
def file_input(state, p):
    body = stmt_seq(p[0])
    module = ast.Module(body.items)
    module.line = 1
    module.column = 1
    return module


@production("file_input : EVAL_INPUT testlist_star_expr ENDMARKER")
def eval_input(state, p):
    return expr(p[1])


@production("file_stmts : ")
def file_stmts_empty(state, p):
    return StmtSeq([])


@production("file_stmts : file_stmts stmt")
@production("stmts : stmts stmt")
def stmts_more(state, p):
    seq = stmt_seq(p[0])
    for s in stmt_seq(p[1]).items:
        seq.items.append(s)
    return seq


@production("stmts : stmt")
def stmts_one(state, p):
    return StmtSeq(list(stmt_seq(p[0]).items))


@production("stmt : simple_stmt")
def stmt_simple(state, p):
    return p[0]


@production("stmt : compound_stmt")
def stmt_compound(state, p):
    s = p[0]
    assert isinstance(s, ast.Stmt)
    return StmtSeq([s])


@production("simple_stmt : small_stmts NEWLINE")
@production("simple_stmt : small_stmts SEMI NEWLINE")
def simple_stmt(state, p):
    return p[0]


@production("small_stmts : small_stmt")
def small_stmts_one(state, p):
    s = p[0]
    assert isinstance(s, ast.Stmt)
    return StmtSeq([s])


@production("small_stmts : small_stmts SEMI small_stmt")
def small_stmts_more(state, p):
    seq = stmt_seq(p[0])
    s = p[2]
    assert isinstance(s, ast.Stmt)
    seq.items.append(s)
    return seq


# -- simple statements ---------------------------------------------------------------------------

@production("small_stmt : testlist_star_expr")
@production("small_stmt : yield_expr")
def expr_stmt(state, p):
    value = expr(p[0])
    s = ast.ExprStmt(value)
    place(s, p[0])
    return s


@production("small_stmt : assign_lhs rhs")
def assign_stmt(state, p):
    lhs = p[0]
    assert isinstance(lhs, ExprSeq)
    value = expr(p[1])
    check_assign(lhs.items, value)
    s = ast.Assign(lhs.items, value)
    place(s, lhs)
    return s


@production("assign_lhs : testlist_star_expr EQUAL")
def assign_lhs_first(state, p):
    seq = ExprSeq(expr(p[0]))
    place(seq, p[0])
    return seq


@production("assign_lhs : assign_lhs rhs EQUAL")
def assign_lhs_more(state, p):
    seq = p[0]
    assert isinstance(seq, ExprSeq)
    seq.items.append(expr(p[1]))
    return seq


@production("rhs : testlist_star_expr")
@production("rhs : yield_expr")
def rhs(state, p):
    return p[0]


@production("small_stmt : testlist_star_expr augassign rhs")
def aug_assign(state, p):
    target = expr(p[0])
    check_aug_target(target)
    op = p[1]
    assert isinstance(op, Op)
    value = expr(p[2])
    s = ast.AugAssign(target, op.op, value)
    place(s, p[0])
    return s


@production("augassign : PLUSEQUAL")
@production("augassign : MINEQUAL")
@production("augassign : STAREQUAL")
@production("augassign : ATEQUAL")
@production("augassign : SLASHEQUAL")
@production("augassign : PERCENTEQUAL")
@production("augassign : AMPEREQUAL")
@production("augassign : VBAREQUAL")
@production("augassign : CIRCUMFLEXEQUAL")
@production("augassign : LEFTSHIFTEQUAL")
@production("augassign : RIGHTSHIFTEQUAL")
@production("augassign : DOUBLESTAREQUAL")
@production("augassign : DOUBLESLASHEQUAL")
def augassign(state, p):
    text = text_of(p[0])
    end = len(text) - 1
    assert end >= 0
    op = Op(text[:end])
    place(op, p[0])
    return op


@production("small_stmt : testlist_star_expr COLON test")
@production("small_stmt : testlist_star_expr COLON test EQUAL rhs")
def ann_assign(state, p):
    target = expr(p[0])
    if isinstance(target, ast.TupleExpr):
        raise fail_at(target, "only single target (not tuple) can be annotated")
    if isinstance(target, ast.ListExpr):
        raise fail_at(target, "only single target (not list) can be annotated")
    if not (isinstance(target, ast.Name) or isinstance(target, ast.Attribute)
            or isinstance(target, ast.Subscript)):
        raise fail_at(target, "illegal target for annotation")
    value = None
    if len(p) == 5:
        value = expr(p[4])
    s = ast.AnnAssign(target, expr(p[2]), value)
    place(s, p[0])
    return s


@production("small_stmt : DEL exprlist")
def del_stmt(state, p):
    seq = p[1]
    assert isinstance(seq, ExprSeq)
    targets = []
    for item in seq.items:
        check_delete(item)
        targets.append(item)
    s = ast.Delete(targets)
    place(s, p[0])
    return s


@production("small_stmt : PASS")
def pass_stmt(state, p):
    s = ast.Pass()
    place(s, p[0])
    return s


@production("small_stmt : BREAK")
def break_stmt(state, p):
    s = ast.Break()
    place(s, p[0])
    return s


@production("small_stmt : CONTINUE")
def continue_stmt(state, p):
    s = ast.Continue()
    place(s, p[0])
    return s


@production("small_stmt : RETURN")
@production("small_stmt : RETURN testlist_star_expr")
def return_stmt(state, p):
    value = None
    if len(p) == 2:
        value = expr(p[1])
    s = ast.Return(value)
    place(s, p[0])
    return s


@production("small_stmt : RAISE")
@production("small_stmt : RAISE test")
@production("small_stmt : RAISE test FROM test")
def raise_stmt(state, p):
    exc = None
    cause = None
    if len(p) >= 2:
        exc = expr(p[1])
    if len(p) == 4:
        cause = expr(p[3])
    s = ast.Raise(exc, cause)
    place(s, p[0])
    return s


@production("small_stmt : GLOBAL names")
def global_stmt(state, p):
    names = p[1]
    assert isinstance(names, NameSeq)
    s = ast.Global(names.names)
    place(s, p[0])
    return s


@production("small_stmt : NONLOCAL names")
def nonlocal_stmt(state, p):
    names = p[1]
    assert isinstance(names, NameSeq)
    s = ast.Nonlocal(names.names)
    place(s, p[0])
    return s


@production("names : NAME")
def names_one(state, p):
    return NameSeq(text_of(p[0]))


@production("names : names COMMA NAME")
def names_more(state, p):
    seq = p[0]
    assert isinstance(seq, NameSeq)
    seq.names.append(text_of(p[2]))
    return seq


@production("small_stmt : ASSERT test")
@production("small_stmt : ASSERT test COMMA test")
def assert_stmt(state, p):
    msg = None
    if len(p) == 4:
        msg = expr(p[3])
    s = ast.Assert(expr(p[1]), msg)
    place(s, p[0])
    return s


# -- imports --------------------------------------------------------------------------------------

@production("small_stmt : IMPORT dotted_as_names")
def import_stmt(state, p):
    seq = p[1]
    assert isinstance(seq, AliasSeq)
    s = ast.Import(seq.items)
    place(s, p[0])
    return s


@production("dotted_as_names : dotted_as_name")
@production("import_as_names : import_as_name")
def aliases_one(state, p):
    alias = p[0]
    assert isinstance(alias, ast.Alias)
    return AliasSeq(alias)


@production("dotted_as_names : dotted_as_names COMMA dotted_as_name")
@production("import_as_names : import_as_names COMMA import_as_name")
def aliases_more(state, p):
    seq = p[0]
    assert isinstance(seq, AliasSeq)
    alias = p[2]
    assert isinstance(alias, ast.Alias)
    seq.items.append(alias)
    return seq


@production("dotted_as_name : dotted_name")
@production("dotted_as_name : dotted_name AS NAME")
def dotted_as_name(state, p):
    name = p[0]
    assert isinstance(name, ast.Name)
    asname = ""
    if len(p) == 3:
        asname = text_of(p[2])
    alias = ast.Alias(name.id, asname)
    place(alias, name)
    return alias


@production("import_as_name : NAME")
@production("import_as_name : NAME AS NAME")
def import_as_name(state, p):
    asname = ""
    if len(p) == 3:
        asname = text_of(p[2])
    alias = ast.Alias(text_of(p[0]), asname)
    place(alias, p[0])
    return alias


@production("dotted_name : NAME")
def dotted_name_one(state, p):
    name = ast.Name(text_of(p[0]))
    place(name, p[0])
    return name


@production("dotted_name : dotted_name DOT NAME")
def dotted_name_more(state, p):
    name = p[0]
    assert isinstance(name, ast.Name)
    name.id = name.id + "." + text_of(p[2])
    return name


@production("small_stmt : FROM import_module IMPORT import_targets")
def import_from(state, p):
    module = p[1]
    assert isinstance(module, ast.ImportFrom)
    targets = p[3]
    assert isinstance(targets, ImportTargets)
    module.names = targets.names
    place(module, p[0])
    return module


@production("import_module : dotted_name")
def import_module_name(state, p):
    name = p[0]
    assert isinstance(name, ast.Name)
    return ast.ImportFrom(name.id, [], 0)


@production("import_module : dots")
def import_module_dots(state, p):
    dots = p[0]
    assert isinstance(dots, DotCount)
    return ast.ImportFrom("", [], dots.count)


@production("import_module : dots dotted_name")
def import_module_dots_name(state, p):
    dots = p[0]
    assert isinstance(dots, DotCount)
    name = p[1]
    assert isinstance(name, ast.Name)
    return ast.ImportFrom(name.id, [], dots.count)


@production("dots : DOT")
@production("dots : ELLIPSIS")
def dots_one(state, p):
    return DotCount(len(text_of(p[0])))


@production("dots : dots DOT")
@production("dots : dots ELLIPSIS")
def dots_more(state, p):
    dots = p[0]
    assert isinstance(dots, DotCount)
    dots.count += len(text_of(p[1]))
    return dots


@production("import_targets : STAR")
def import_star(state, p):
    return ImportTargets([])


@production("import_targets : import_as_names")
@production("import_targets : LPAR import_as_names RPAR")
@production("import_targets : LPAR import_as_names COMMA RPAR")
def import_targets(state, p):
    seq = p[0] if len(p) == 1 else p[1]
    assert isinstance(seq, AliasSeq)
    return ImportTargets(seq.items)


@production("import_targets : import_as_names COMMA")
def import_targets_trailing_comma(state, p):
    line, column = box_position(p[1])
    raise fail("trailing comma not allowed without surrounding parentheses", line, column + 1)


# -- compound statements ---------------------------------------------------------------------------

@production("compound_stmt : if_stmt")
@production("compound_stmt : while_stmt")
@production("compound_stmt : for_stmt")
@production("compound_stmt : try_stmt")
@production("compound_stmt : with_stmt")
@production("compound_stmt : funcdef")
@production("compound_stmt : classdef")
@production("compound_stmt : decorated")
def compound_stmt(state, p):
    return p[0]


@production("compound_stmt : MATCH testlist_star_expr COLON NEWLINE INDENT case_blocks DEDENT")
def match_stmt(state, p):
    cases = p[5]
    assert isinstance(cases, ListBox)
    box = p[1]
    subject = seq_to_expr(box) if isinstance(box, ExprSeq) else expr(box)
    s = ast.Match(subject, cases.items)
    place(s, p[0])
    return s


@production("case_blocks : case_block")
def case_blocks_one(state, p):
    return ListBox([p[0]])


@production("case_blocks : case_blocks case_block")
def case_blocks_more(state, p):
    cases = p[0]
    assert isinstance(cases, ListBox)
    cases.items.append(p[1])
    return cases


@production("case_block : CASE exprlist COLON suite")
@production("case_block : CASE exprlist IF namedexpr_test COLON suite")
@production("case_block : CASE exprlist AS NAME COLON suite")
@production("case_block : CASE exprlist AS NAME IF namedexpr_test COLON suite")
def case_block(state, p):
    """A case's pattern is read as an expression (the compiler checks and converts it)."""
    box = p[1]
    pattern = seq_to_expr(box) if isinstance(box, ExprSeq) else expr(box)
    capture = ""
    guard = None
    k = 2
    if text_of(p[k]) == "as":
        capture = text_of(p[k + 1])
        k += 2
    if text_of(p[k]) == "if":
        guard = expr(p[k + 1])
    case = ast.MatchCase(pattern, capture, guard, stmt_seq(p[len(p) - 1]).items)
    place(case, p[0])
    return case


@production("compound_stmt : ASYNC with_stmt")
@production("compound_stmt : ASYNC for_stmt")
def async_compound_stmt(state, p):
    s = p[1]
    if isinstance(s, ast.With) or isinstance(s, ast.For):
        s.is_async = True
    return s


@production("suite : simple_stmt")
def suite_simple(state, p):
    return p[0]


@production("suite : NEWLINE INDENT stmts DEDENT")
def suite_block(state, p):
    return p[2]


@production("if_stmt : IF namedexpr_test COLON suite if_tail")
def if_stmt(state, p):
    s = ast.If(expr(p[1]), stmt_seq(p[3]).items, stmt_seq(p[4]).items)
    place(s, p[0])
    return s


@production("if_tail : ")
def if_tail_empty(state, p):
    return StmtSeq([])


@production("if_tail : ELIF namedexpr_test COLON suite if_tail")
def if_tail_elif(state, p):
    s = if_stmt(state, p)
    assert isinstance(s, ast.If)
    return StmtSeq([s])


@production("if_tail : ELSE COLON suite")
def if_tail_else(state, p):
    return p[2]


@production("while_stmt : WHILE namedexpr_test COLON suite")
@production("while_stmt : WHILE namedexpr_test COLON suite ELSE COLON suite")
def while_stmt(state, p):
    orelse = []
    if len(p) == 7:
        orelse = stmt_seq(p[6]).items
    s = ast.While(expr(p[1]), stmt_seq(p[3]).items, orelse)
    place(s, p[0])
    return s


@production("for_stmt : FOR exprlist IN testlist_star_expr COLON suite")
@production("for_stmt : FOR exprlist IN testlist_star_expr COLON suite ELSE COLON suite")
def for_stmt(state, p):
    target = exprlist_target(p[1])
    check_store(target)
    orelse = []
    if len(p) == 9:
        orelse = stmt_seq(p[8]).items
    iterable = expr(p[3])
    s = ast.For(target, iterable, stmt_seq(p[5]).items, orelse)
    place(s, p[0])
    return s


def exprlist_target(box):
    assert isinstance(box, ExprSeq)
    return seq_to_expr(box)


@production("try_stmt : TRY COLON suite handlers")
@production("try_stmt : TRY COLON suite handlers ELSE COLON suite")
@production("try_stmt : TRY COLON suite handlers FINALLY COLON suite")
@production("try_stmt : TRY COLON suite handlers ELSE COLON suite FINALLY COLON suite")
@production("try_stmt : TRY COLON suite FINALLY COLON suite")
def try_stmt(state, p):
    body = stmt_seq(p[2]).items
    handlers = []
    orelse = []
    finalbody = []
    i = 3
    if isinstance(p[3], HandlerSeq):
        seq = p[3]
        assert isinstance(seq, HandlerSeq)
        handlers = seq.items
        for k in range(len(handlers) - 1):
            if handlers[k].type is None:
                raise fail_at(handlers[k], "default 'except:' must be last")
        i = 4
    while i < len(p):
        keyword = tok(p[i]).gettokentype()
        if keyword == "ELSE":
            orelse = stmt_seq(p[i + 2]).items
        else:
            finalbody = stmt_seq(p[i + 2]).items
        i += 3
    s = ast.Try(body, handlers, orelse, finalbody)
    place(s, p[0])
    return s


@production("handlers : handler")
def handlers_one(state, p):
    h = p[0]
    assert isinstance(h, ast.ExceptHandler)
    return HandlerSeq(h)


@production("handlers : handlers handler")
def handlers_more(state, p):
    seq = p[0]
    assert isinstance(seq, HandlerSeq)
    h = p[1]
    assert isinstance(h, ast.ExceptHandler)
    seq.items.append(h)
    return seq


@production("handler : EXCEPT COLON suite")
@production("handler : EXCEPT test COLON suite")
@production("handler : EXCEPT test AS NAME COLON suite")
def handler(state, p):
    type = None
    name = ""
    if len(p) >= 4:
        type = expr(p[1])
    if len(p) == 6:
        name = text_of(p[3])
    h = ast.ExceptHandler(type, name, stmt_seq(p[len(p) - 1]).items)
    place(h, p[0])
    return h


@production("with_stmt : WITH with_items COLON suite")
def with_stmt(state, p):
    seq = p[1]
    assert isinstance(seq, WithSeq)
    s = ast.With(seq.items, stmt_seq(p[3]).items)
    place(s, p[0])
    return s


@production("with_items : with_item")
def with_items_one(state, p):
    item = p[0]
    assert isinstance(item, ast.WithItem)
    return WithSeq(item)


@production("with_items : with_items COMMA with_item")
def with_items_more(state, p):
    seq = p[0]
    assert isinstance(seq, WithSeq)
    item = p[2]
    assert isinstance(item, ast.WithItem)
    seq.items.append(item)
    return seq


@production("with_item : test")
@production("with_item : test AS expr")
def with_item(state, p):
    context = expr(p[0])
    target = None
    if len(p) == 3:
        target = expr(p[2])
        check_store(target)
    item = ast.WithItem(context, target)
    place(item, p[0])
    return item


# -- functions and classes -------------------------------------------------------------------------

@production("funcdef : DEF NAME parameters COLON suite")
@production("funcdef : DEF NAME parameters RARROW test COLON suite")
def funcdef(state, p):
    args = p[2]
    assert isinstance(args, ast.Arguments)
    s = ast.FunctionDef(text_of(p[1]), args, stmt_seq(p[len(p) - 1]).items, [])
    place(s, p[0])
    return s


@production("funcdef : ASYNC DEF NAME parameters COLON suite")
@production("funcdef : ASYNC DEF NAME parameters RARROW test COLON suite")
def async_funcdef(state, p):
    args = p[3]
    assert isinstance(args, ast.Arguments)
    s = ast.FunctionDef(text_of(p[2]), args, stmt_seq(p[len(p) - 1]).items, [])
    s.is_async = True
    place(s, p[0])
    return s


@production("parameters : LPAR RPAR")
def parameters_empty(state, p):
    return empty_arguments(p[0])


def empty_arguments(box):
    args = ast.Arguments([], "", [], "")
    args.posonly = 0
    place(args, box)
    return args


@production("parameters : LPAR typedargslist RPAR")
def parameters(state, p):
    return p[1]


@production("typedargslist : targs")
@production("typedargslist : targs COMMA")
@production("varargslist : vargs")
@production("varargslist : vargs COMMA")
def arglist_params(state, p):
    seq = p[0]
    assert isinstance(seq, ParamSeq)
    return build_arguments(seq)


@production("targs : targ")
@production("vargs : varg")
def params_one(state, p):
    param = p[0]
    assert isinstance(param, Param)
    return ParamSeq(param)


@production("targs : targs COMMA targ")
@production("vargs : vargs COMMA varg")
def params_more(state, p):
    seq = p[0]
    assert isinstance(seq, ParamSeq)
    param = p[2]
    assert isinstance(param, Param)
    seq.items.append(param)
    return seq


@production("targ : tfpdef")
@production("targ : tfpdef EQUAL test")
def targ_plain(state, p):
    name = p[0]
    assert isinstance(name, ast.Name)
    default = None
    if len(p) == 3:
        default = expr(p[2])
    param = Param("plain", name.id, default)
    place(param, name)
    return param


@production("targ : STAR")
@production("targ : STAR tfpdef")
@production("targ : DOUBLESTAR tfpdef")
def targ_star(state, p):
    name = ""
    if len(p) == 2:
        box = p[1]
        assert isinstance(box, ast.Name)
        name = box.id
    kind = "star" if tok(p[0]).gettokentype() == "STAR" else "dstar"
    param = Param(kind, name, None)
    place(param, p[0])
    return param


@production("targ : SLASH")
@production("varg : SLASH")
def param_slash(state, p):
    param = Param("slash", "", None)
    place(param, p[0])
    return param


@production("tfpdef : NAME")
@production("tfpdef : NAME COLON test")
def tfpdef(state, p):
    name = ast.Name(text_of(p[0]))
    place(name, p[0])
    return name


@production("varg : NAME")
@production("varg : NAME EQUAL test")
def varg_plain(state, p):
    default = None
    if len(p) == 3:
        default = expr(p[2])
    param = Param("plain", text_of(p[0]), default)
    place(param, p[0])
    return param


@production("varg : STAR")
@production("varg : STAR NAME")
@production("varg : DOUBLESTAR NAME")
def varg_star(state, p):
    name = ""
    if len(p) == 2:
        name = text_of(p[1])
    kind = "star" if tok(p[0]).gettokentype() == "STAR" else "dstar"
    param = Param(kind, name, None)
    place(param, p[0])
    return param


def build_arguments(seq):
    """Check the order of a parameter list as CPython does and build ast.Arguments."""
    args = []
    kwonly = []
    vararg = ""
    kwarg = ""
    seen_star = False
    seen_slash = False
    seen_default = False
    seen_dstar = False
    posonly = 0
    items = seq.items
    for i in range(len(items)):
        param = items[i]
        if seen_dstar:
            raise fail_at(param, "arguments cannot follow var-keyword argument")
        if param.kind == "slash":
            if seen_slash:
                raise fail_at(param, "/ may appear only once")
            if seen_star:
                raise fail_at(param, "/ must be ahead of *")
            if len(args) == 0:
                raise fail_at(param, "invalid syntax")
            seen_slash = True
            posonly = len(args)
        elif param.kind == "star":
            if seen_star:
                raise fail_at(param, "* argument may appear only once")
            seen_star = True
            vararg = param.name
            if param.name == "":
                if i + 1 >= len(items) or items[i + 1].kind == "dstar":
                    raise fail_at(param, "named arguments must follow bare *")
        elif param.kind == "dstar":
            seen_dstar = True
            kwarg = param.name
        else:
            arg = ast.Arg(param.name, param.default)
            for previous in items:
                if previous is param:
                    break
                if previous.name == param.name and previous.kind != "slash":
                    raise fail_at(param, "duplicate argument '%s' in function definition"
                                  % param.name)
            arg.line = param.line
            arg.column = param.column
            if seen_star:
                kwonly.append(arg)
            else:
                if param.default is not None:
                    seen_default = True
                elif seen_default:
                    raise fail_at(param, "non-default argument follows default argument")
                args.append(arg)
    result = ast.Arguments(args, vararg, kwonly, kwarg)
    # How many of `args` come before a '/' (positional-only).  ast.Arguments has no such
    # field yet; every Arguments the parser builds carries it (see empty_arguments).
    result.posonly = posonly
    place(result, items[0])
    return result


@production("classdef : CLASS NAME COLON suite")
@production("classdef : CLASS NAME LPAR RPAR COLON suite")
@production("classdef : CLASS NAME LPAR arglist RPAR COLON suite")
def classdef(state, p):
    bases = []
    keywords = []
    if len(p) == 7:
        seq = p[3]
        assert isinstance(seq, ArgSeq)
        for arg in seq.items:
            value = arg.value
            if arg.kind == "gen" and isinstance(value, ast.GeneratorExp):
                raise fail_at(value.generators[0], "invalid syntax")
        call = build_call(expr_placeholder(p[0]), p[0], seq, p[2], p[4])
        bases = call.args
        keywords = call.keywords
    s = ast.ClassDef(text_of(p[1]), bases, keywords, stmt_seq(p[len(p) - 1]).items, [])
    place(s, p[0])
    return s


def expr_placeholder(box):
    name = ast.Name("")
    place(name, box)
    return name


@production("decorated : decorators funcdef")
@production("decorated : decorators classdef")
def decorated(state, p):
    seq = p[0]
    assert isinstance(seq, DecoratorSeq)
    s = p[1]
    if isinstance(s, ast.FunctionDef):
        s.decorators = seq.items
    elif isinstance(s, ast.ClassDef):
        s.decorators = seq.items
    return s


@production("decorators : decorator")
def decorators_one(state, p):
    return DecoratorSeq(expr(p[0]))


@production("decorators : decorators decorator")
def decorators_more(state, p):
    seq = p[0]
    assert isinstance(seq, DecoratorSeq)
    seq.items.append(expr(p[1]))
    return seq


@production("decorator : AT namedexpr_test NEWLINE")
def decorator(state, p):
    return p[1]


# -- expressions -----------------------------------------------------------------------------------

@production("testlist_star_expr : tse_items")
def testlist_star_expr(state, p):
    seq = p[0]
    assert isinstance(seq, ExprSeq)
    return seq_to_expr(seq)


@production("testlist_star_expr : tse_items COMMA")
def testlist_trailing_comma(state, p):
    seq = p[0]
    assert isinstance(seq, ExprSeq)
    seq.comma = True
    return seq_to_expr(seq)


@production("exprlist : exprlist_items COMMA")
def exprlist_trailing_comma(state, p):
    seq = p[0]
    assert isinstance(seq, ExprSeq)
    seq.comma = True
    return seq


@production("tse_items : tse_item")
@production("exprlist_items : expr_or_star")
def expr_items_one(state, p):
    seq = ExprSeq(expr(p[0]))
    place(seq, p[0])
    return seq


@production("tse_items : tse_items COMMA tse_item")
@production("exprlist_items : exprlist_items COMMA expr_or_star")
def expr_items_more(state, p):
    seq = p[0]
    assert isinstance(seq, ExprSeq)
    seq.items.append(expr(p[2]))
    return seq


@production("exprlist : exprlist_items")
def exprlist(state, p):
    return p[0]


@production("tse_item : test")
@production("tse_item : star_expr")
@production("expr_or_star : expr")
@production("expr_or_star : star_expr")
def pass_through(state, p):
    return p[0]


@production("star_expr : STAR expr")
def star_expr(state, p):
    e = ast.Starred(expr(p[1]))
    place(e, p[0])
    return e


@production("namedexpr_test : test")
def namedexpr_plain(state, p):
    return p[0]


@production("namedexpr_test : test COLONEQUAL test")
def namedexpr(state, p):
    target = expr(p[0])
    check_walrus_target(target)
    e = ast.NamedExpr(target, expr(p[2]))
    place(e, p[0])
    return e


@production("test : or_test")
@production("test : lambdef")
def test_plain(state, p):
    return p[0]


@production("test : or_test IF or_test ELSE test")
def test_ifexp(state, p):
    body = expr(p[0])
    e = ast.IfExp(expr(p[2]), body, expr(p[4]))
    place(e, p[0])
    return e


@production("lambdef : LAMBDA COLON test")
@production("lambdef : LAMBDA varargslist COLON test")
def lambdef(state, p):
    if len(p) == 3:
        args = empty_arguments(p[0])
    else:
        box = p[1]
        assert isinstance(box, ast.Arguments)
        args = box
    e = ast.Lambda(args, expr(p[len(p) - 1]))
    place(e, p[0])
    return e


@production("or_test : and_test")
@production("or_test : or_chain")
@production("and_test : not_test")
@production("and_test : and_chain")
@production("not_test : comparison")
@production("comparison : expr")
@production("comparison : comp_chain")
@production("expr : xor_expr")
@production("xor_expr : and_expr")
@production("and_expr : shift_expr")
@production("shift_expr : arith_expr")
@production("arith_expr : term")
@production("term : factor")
@production("factor : power")
@production("power : atom_expr")
@production("atom_expr : atom")
def single(state, p):
    return p[0]


@production("or_chain : and_test OR and_test")
@production("and_chain : not_test AND not_test")
def boolop_start(state, p):
    first = expr(p[0])
    e = ast.BoolOp(text_of(p[1]), [first, expr(p[2])])
    place(e, p[0])
    return e


@production("or_chain : or_chain OR and_test")
@production("and_chain : and_chain AND not_test")
def boolop_more(state, p):
    e = p[0]
    assert isinstance(e, ast.BoolOp)
    e.values.append(expr(p[2]))
    return e


@production("not_test : NOT not_test")
def not_test(state, p):
    e = ast.UnaryOp("not", expr(p[1]))
    place(e, p[0])
    return e


@production("comp_chain : expr comp_op expr")
def compare_start(state, p):
    left = expr(p[0])
    op = p[1]
    assert isinstance(op, Op)
    e = ast.Compare(left, [op.op], [expr(p[2])])
    place(e, p[0])
    return e


@production("comp_chain : comp_chain comp_op expr")
def compare_more(state, p):
    e = p[0]
    assert isinstance(e, ast.Compare)
    op = p[1]
    assert isinstance(op, Op)
    e.ops.append(op.op)
    e.comparators.append(expr(p[2]))
    return e


@production("comp_op : LESS")
@production("comp_op : GREATER")
@production("comp_op : EQEQUAL")
@production("comp_op : GREATEREQUAL")
@production("comp_op : LESSEQUAL")
@production("comp_op : NOTEQUAL")
@production("comp_op : IN")
@production("comp_op : IS")
def comp_op(state, p):
    op = Op(text_of(p[0]))
    place(op, p[0])
    return op


@production("comp_op : NOT IN")
def comp_op_not_in(state, p):
    op = Op("not in")
    place(op, p[0])
    return op


@production("comp_op : IS NOT")
def comp_op_is_not(state, p):
    op = Op("is not")
    place(op, p[0])
    return op


@production("expr : expr VBAR xor_expr")
@production("xor_expr : xor_expr CIRCUMFLEX and_expr")
@production("and_expr : and_expr AMPER shift_expr")
@production("shift_expr : shift_expr LEFTSHIFT arith_expr")
@production("shift_expr : shift_expr RIGHTSHIFT arith_expr")
@production("arith_expr : arith_expr PLUS term")
@production("arith_expr : arith_expr MINUS term")
@production("term : term STAR factor")
@production("term : term SLASH factor")
@production("term : term PERCENT factor")
@production("term : term DOUBLESLASH factor")
@production("term : term AT factor")
@production("power : atom_expr DOUBLESTAR factor")
def binop(state, p):
    left = expr(p[0])
    e = ast.BinOp(left, text_of(p[1]), expr(p[2]))
    place(e, p[0])
    return e


@production("power : AWAIT atom_expr")
def await_expr(state, p):
    e = ast.Await(expr(p[1]))
    place(e, p[0])
    return e


@production("power : AWAIT atom_expr DOUBLESTAR factor")
def await_power(state, p):
    left = ast.Await(expr(p[1]))
    place(left, p[0])
    e = ast.BinOp(left, text_of(p[2]), expr(p[3]))
    place(e, p[0])
    return e


@production("factor : PLUS factor")
@production("factor : MINUS factor")
@production("factor : TILDE factor")
def unary(state, p):
    e = ast.UnaryOp(text_of(p[0]), expr(p[1]))
    place(e, p[0])
    return e


@production("atom_expr : atom_expr LPAR RPAR")
def call_empty(state, p):
    func = expr(p[0])
    e = ast.Call(func, [], [])
    place(e, p[0])
    return e


@production("atom_expr : atom_expr LPAR arglist RPAR")
def call(state, p):
    seq = p[2]
    assert isinstance(seq, ArgSeq)
    return build_call(expr(p[0]), p[0], seq, p[1], p[3])


@production("atom_expr : atom_expr LSQB subscriptlist RSQB")
def subscript(state, p):
    value = expr(p[0])
    e = ast.Subscript(value, expr(p[2]))
    place(e, p[0])
    return e


@production("atom_expr : atom_expr DOT NAME")
def attribute(state, p):
    value = expr(p[0])
    e = ast.Attribute(value, text_of(p[2]))
    place(e, p[0])
    return e


# -- call arguments --------------------------------------------------------------------------------

@production("arglist : args")
def arglist(state, p):
    return p[0]


@production("arglist : args COMMA")
def arglist_comma(state, p):
    seq = p[0]
    assert isinstance(seq, ArgSeq)
    seq.comma = True
    return seq


@production("args : argument")
def args_one(state, p):
    arg = p[0]
    assert isinstance(arg, CallArg)
    return ArgSeq(arg)


@production("args : args COMMA argument")
def args_more(state, p):
    seq = p[0]
    assert isinstance(seq, ArgSeq)
    arg = p[2]
    assert isinstance(arg, CallArg)
    seq.items.append(arg)
    return seq


@production("argument : test")
def argument_plain(state, p):
    value = expr(p[0])
    arg = CallArg("pos", "", value)
    place(arg, p[0])
    return arg


@production("argument : test COLONEQUAL test")
def argument_walrus(state, p):
    value = namedexpr(state, p)
    arg = CallArg("pos", "", expr(value))
    place(arg, p[0])
    return arg


@production("argument : test comp_fors")
def argument_genexp(state, p):
    elt = expr(p[0])
    comps = p[1]
    assert isinstance(comps, CompSeq)
    gen = ast.GeneratorExp(elt, comps.items)
    place(gen, p[0])
    arg = CallArg("gen", "", gen)
    place(arg, p[0])
    return arg


@production("argument : test EQUAL test")
def argument_keyword(state, p):
    name = expr(p[0])
    if not isinstance(name, ast.Name):
        if isinstance(name, ast.Constant) and (name.kind == "True" or name.kind == "False"
                                               or name.kind == "None"):
            raise fail_at(name, "cannot assign to %s" % name.kind)
        raise fail_at(name, 'expression cannot contain assignment, perhaps you meant "=="?')
    arg = CallArg("kw", name.id, expr(p[2]))
    place(arg, p[0])
    return arg


@production("argument : STAR test")
def argument_star(state, p):
    starred = ast.Starred(expr(p[1]))
    place(starred, p[0])
    arg = CallArg("star", "", starred)
    place(arg, p[0])
    return arg


@production("argument : DOUBLESTAR test")
def argument_dstar(state, p):
    arg = CallArg("dstar", "", expr(p[1]))
    place(arg, p[0])
    return arg


def build_call(func, func_box, seq, lpar, rpar):
    """Check argument order as CPython does; a lone generator expression is placed at '('.
    CPython reports a misplaced positional argument at the closing ')'."""
    args = []
    keywords = []
    seen_keyword = False
    seen_dstar = False
    items = seq.items
    for arg in items:
        if arg.kind == "gen":
            if len(items) > 1 or seq.comma:
                raise fail_at(arg, "Generator expression must be parenthesized")
            place(arg.value, lpar)
            args.append(arg.value)
        elif arg.kind == "pos":
            if seen_dstar:
                raise fail_at(rpar, "positional argument follows keyword argument unpacking")
            if seen_keyword:
                raise fail_at(rpar, "positional argument follows keyword argument")
            args.append(arg.value)
        elif arg.kind == "star":
            if seen_dstar:
                raise fail_at(arg, "iterable argument unpacking follows keyword argument "
                                   "unpacking")
            args.append(arg.value)
        elif arg.kind == "kw":
            for previous in keywords:
                if previous.arg == arg.name:
                    raise fail_at(arg, "keyword argument repeated: %s" % arg.name)
            seen_keyword = True
            keyword = ast.Keyword(arg.name, arg.value)
            place(keyword, arg)
            keywords.append(keyword)
        else:
            seen_dstar = True
            keyword = ast.Keyword("", arg.value)
            place(keyword, arg)
            keywords.append(keyword)
    e = ast.Call(func, args, keywords)
    place(e, func_box)
    return e


# -- subscripts ------------------------------------------------------------------------------------

@production("subscriptlist : subscripts")
def subscriptlist(state, p):
    seq = p[0]
    assert isinstance(seq, ExprSeq)
    return seq_to_expr(seq)


@production("subscriptlist : subscripts COMMA")
def subscriptlist_comma(state, p):
    seq = p[0]
    assert isinstance(seq, ExprSeq)
    seq.comma = True
    return seq_to_expr(seq)


@production("subscripts : subscript")
def subscripts_one(state, p):
    seq = ExprSeq(expr(p[0]))
    place(seq, p[0])
    return seq


@production("subscripts : subscripts COMMA subscript")
def subscripts_more(state, p):
    seq = p[0]
    assert isinstance(seq, ExprSeq)
    seq.items.append(expr(p[2]))
    return seq


@production("subscript : namedexpr_test")
@production("subscript : star_expr")
def subscript_plain(state, p):
    return p[0]


@production("subscript : slice_bound COLON slice_bound")
@production("subscript : slice_bound COLON slice_bound COLON slice_bound")
def subscript_slice(state, p):
    lower = optional_expr(p[0])
    upper = optional_expr(p[2])
    step = None
    if len(p) == 5:
        step = optional_expr(p[4])
    e = ast.Slice(lower, upper, step)
    if lower is not None:
        place(e, p[0])
    else:
        place(e, p[1])
    return e


def optional_expr(box):
    if isinstance(box, Nothing):
        return None
    return expr(box)


@production("slice_bound : ")
def slice_bound_empty(state, p):
    return NOTHING


@production("slice_bound : test")
def slice_bound(state, p):
    return p[0]


# -- atoms -----------------------------------------------------------------------------------------

@production("atom : NAME")
def atom_name(state, p):
    e = ast.Name(text_of(p[0]))
    place(e, p[0])
    return e


@production("atom : INT")
@production("atom : FLOAT")
@production("atom : IMAGINARY")
def atom_number(state, p):
    t = tok(p[0])
    kind = t.gettokentype()
    if kind == "INT":
        name = "int"
    elif kind == "FLOAT":
        name = "float"
    else:
        name = "complex"
    e = ast.Constant(name, t.getstr())
    place(e, t)
    return e


@production("atom : NONE")
@production("atom : TRUE")
@production("atom : FALSE")
def atom_keyword_constant(state, p):
    text = text_of(p[0])
    e = ast.Constant(text, text)
    place(e, p[0])
    return e


@production("atom : ELLIPSIS")
def atom_ellipsis(state, p):
    e = ast.Constant("Ellipsis", "...")
    place(e, p[0])
    return e


@production("atom : LPAR RPAR")
def atom_empty_tuple(state, p):
    e = ast.TupleExpr([])
    place(e, p[0])
    return e


@production("atom : LPAR yield_expr RPAR")
def atom_paren_yield(state, p):
    paren = Paren(expr(p[1]))
    place(paren, p[0])
    return paren


@production("atom : LPAR testlist_comp RPAR")
def atom_paren(state, p):
    seq = p[1]
    assert isinstance(seq, Seq)
    if seq.generators is not None:
        e = ast.GeneratorExp(seq.items[0], seq.generators)
        place(e, p[0])
        return e
    if len(seq.items) == 1 and not seq.comma:
        inner = seq.items[0]
        if isinstance(inner, ast.Starred):
            raise fail_at(inner, "cannot use starred expression here")
        paren = Paren(inner)
        place(paren, p[0])
        return paren
    t = ast.TupleExpr(seq.items)
    place(t, p[0])
    return t


@production("atom : LSQB RSQB")
def atom_empty_list(state, p):
    e = ast.ListExpr([])
    place(e, p[0])
    return e


@production("atom : LSQB testlist_comp RSQB")
def atom_list(state, p):
    seq = p[1]
    assert isinstance(seq, Seq)
    if seq.generators is not None:
        comp = ast.ListComp(seq.items[0], seq.generators)
        place(comp, p[0])
        return comp
    e = ast.ListExpr(seq.items)
    place(e, p[0])
    return e


@production("atom : LBRACE RBRACE")
def atom_empty_dict(state, p):
    e = ast.DictExpr([], [])
    place(e, p[0])
    return e


@production("atom : LBRACE dictorsetmaker RBRACE")
def atom_brace(state, p):
    box = p[1]
    if isinstance(box, DictSeq):
        d = ast.DictExpr(box.keys, box.values)
        place(d, p[0])
        return d
    if isinstance(box, ast.DictComp):
        place(box, p[0])
        return box
    assert isinstance(box, Seq)
    if box.generators is not None:
        comp = ast.SetComp(box.items[0], box.generators)
        place(comp, p[0])
        return comp
    s = ast.SetExpr(box.items)
    place(s, p[0])
    return s


@production("testlist_comp : comp_item comp_fors")
@production("dictorsetmaker : set_item comp_fors")
def testlist_comp_gen(state, p):
    elt = expr(p[0])
    comps = p[1]
    assert isinstance(comps, CompSeq)
    return Seq([elt], comps.items)


@production("testlist_comp : comp_items")
@production("dictorsetmaker : set_items")
def testlist_comp(state, p):
    return p[0]


@production("testlist_comp : comp_items COMMA")
@production("dictorsetmaker : set_items COMMA")
def testlist_comp_comma(state, p):
    seq = p[0]
    assert isinstance(seq, Seq)
    seq.comma = True
    return seq


@production("comp_items : comp_item")
@production("set_items : set_item")
def comp_items_one(state, p):
    return Seq([expr(p[0])], None)


@production("comp_items : comp_items COMMA comp_item")
@production("set_items : set_items COMMA set_item")
def comp_items_more(state, p):
    seq = p[0]
    assert isinstance(seq, Seq)
    seq.items.append(expr(p[2]))
    return seq


@production("comp_item : namedexpr_test")
@production("comp_item : star_expr")
@production("set_item : namedexpr_test")
@production("set_item : star_expr")
def comp_item(state, p):
    return p[0]


@production("dictorsetmaker : dict_items")
@production("dictorsetmaker : dict_items COMMA")
def dictorsetmaker_dict(state, p):
    return p[0]


@production("dictorsetmaker : dict_entry comp_fors")
def dict_comp(state, p):
    entry = p[0]
    assert isinstance(entry, DictEntry)
    if entry.key is None:
        raise fail_at(entry, "dict unpacking cannot be used in dict comprehension")
    comps = p[1]
    assert isinstance(comps, CompSeq)
    key = entry.key
    assert key is not None
    return ast.DictComp(key, entry.value, comps.items)


@production("dict_items : dict_entry")
def dict_items_one(state, p):
    seq = DictSeq()
    return dict_items_add(seq, p[0])


@production("dict_items : dict_items COMMA dict_entry")
def dict_items_more(state, p):
    seq = p[0]
    assert isinstance(seq, DictSeq)
    return dict_items_add(seq, p[2])


def dict_items_add(seq, box):
    assert isinstance(box, DictEntry)
    seq.keys.append(box.key)
    seq.values.append(box.value)
    return seq


@production("dict_entry : test COLON test")
def dict_entry(state, p):
    key = expr(p[0])
    entry = DictEntry(key, expr(p[2]))
    place(entry, p[0])
    return entry


@production("dict_entry : DOUBLESTAR expr")
def dict_entry_unpack(state, p):
    entry = DictEntry(None, expr(p[1]))
    place(entry, p[0])
    return entry


# -- comprehensions --------------------------------------------------------------------------------

@production("comp_fors : comp_for")
def comp_fors_one(state, p):
    comp = p[0]
    assert isinstance(comp, ast.Comprehension)
    return CompSeq(comp)


@production("comp_fors : comp_fors comp_for")
def comp_fors_more(state, p):
    seq = p[0]
    assert isinstance(seq, CompSeq)
    comp = p[1]
    assert isinstance(comp, ast.Comprehension)
    seq.items.append(comp)
    return seq


@production("comp_fors : comp_fors IF or_test")
def comp_fors_if(state, p):
    seq = p[0]
    assert isinstance(seq, CompSeq)
    seq.items[len(seq.items) - 1].ifs.append(expr(p[2]))
    return seq


@production("comp_for : FOR exprlist IN or_test")
def comp_for(state, p):
    target = exprlist_target(p[1])
    check_store(target)
    comp = ast.Comprehension(target, expr(p[3]), [])
    place(comp, p[0])
    return comp


# -- yield -----------------------------------------------------------------------------------------

@production("yield_expr : YIELD")
@production("yield_expr : YIELD testlist_star_expr")
def yield_expr(state, p):
    value = None
    if len(p) == 2:
        value = expr(p[1])
    e = ast.Yield(value)
    place(e, p[0])
    return e


@production("yield_expr : YIELD FROM test")
def yield_from(state, p):
    e = ast.YieldFrom(expr(p[2]))
    place(e, p[0])
    return e


# -- strings ---------------------------------------------------------------------------------------

@production("atom : strings")
def atom_strings(state, p):
    parts = p[0]
    assert isinstance(parts, StrParts)
    if parts.is_fstring:
        parts.flush()
        e = ast.JoinedStr(parts.values)
        place(e, parts)
        return e
    kind = "bytes" if parts.has_bytes else "str"
    constant = ast.Constant(kind, "".join(parts.pending))
    place(constant, parts)
    return constant


@production("strings : string")
def strings_one(state, p):
    parts = StrParts()
    place(parts, p[0])
    add_string(state, parts, tok(p[0]))
    return parts


@production("strings : strings string")
def strings_more(state, p):
    parts = p[0]
    assert isinstance(parts, StrParts)
    add_string(state, parts, tok(p[1]))
    return parts


@production("string : STRING")
@production("string : BYTES")
@production("string : FSTRING")
def string(state, p):
    return p[0]


def add_string(state, parts, token):
    kind = token.gettokentype()
    if kind == "BYTES":
        parts.has_bytes = True
    else:
        parts.has_str = True
    if parts.has_bytes and parts.has_str:
        line, column = token_end(state, token)
        raise fail("cannot mix bytes and nonbytes literals", line, column)
    if kind == "FSTRING":
        parts.is_fstring = True
        parse_fstring(state, parts, token)
    else:
        parts.add_literal(token.getstr())


def token_end(state, token):
    """(line, column) just past a token, for errors CPython reports at a literal's end."""
    line, column = box_position(token)
    position = token.getsourcepos()
    if state.expr_mode or position is None:
        return line, column
    end = position.idx
    source = state.source
    if end > len(source):
        end = len(source)
    line = 1
    start = 0
    i = 0
    while i < end:
        if source[i] == "\n":
            line += 1
            start = i + 1
        i += 1
    return line, end - start + 1


# -- f-strings (CPython 3.11's fstring_find_literal / fstring_find_expr) -------------------------

class FString(object):
    """An f-string literal being split: its raw text and where it sits in the file."""

    def __init__(self, state, token):
        self.state = state
        self.token = token
        self.text = token.getstr()
        line, column = box_position(token)
        self.line = line
        self.column = column
        self.raw = False
        i = 0
        while i < len(self.text) and self.text[i] != "'" and self.text[i] != '"':
            if self.text[i] == "r" or self.text[i] == "R":
                self.raw = True
            i += 1
        quote = 1
        if i + 2 < len(self.text) and self.text[i + 1] == self.text[i] and \
                self.text[i + 2] == self.text[i] and len(self.text) >= i + 6:
            quote = 3
        self.start = i + quote
        self.end = len(self.text) - quote

    def error(self, message):
        return self.error_plain("f-string: " + message)

    def error_plain(self, message):
        line, column = self.end_position()
        return PythonSyntaxError(message, line, column)

    def end_position(self):
        return self.position_at(len(self.text))

    def position_at(self, offset):
        line = self.line
        column = self.column
        i = 0
        while i < offset:
            if self.text[i] == "\n":
                line += 1
                column = 1
            else:
                column += 1
            i += 1
        return line, column


def parse_fstring(state, parts, token):
    fs = FString(state, token)
    pos = fstring_parts(fs, parts, fs.start, 0)
    if pos < fs.end:
        raise fs.error("single '}' is not allowed")


def fstring_parts(fs, parts, pos, level):
    """Literal text and {fields} from pos; stops at the end or, in a format spec (level > 0),
    at its closing '}'.  Returns the position reached."""
    text = fs.text
    end = fs.end
    assert pos >= 0 and end >= 0
    while pos < end:
        lit_start = pos
        literal = []
        while pos < end:
            ch = text[pos]
            if ch == "\\" and not fs.raw and pos + 1 < end:
                if text[pos + 1] == "N" and pos + 2 < end and text[pos + 2] == "{":
                    start = pos + 3
                    assert start >= 0
                    close = text.find("}", start, end)
                    if close < 0:
                        close = end - 1
                    pos = close + 1
                else:
                    pos += 2
                continue
            if ch == "{" or ch == "}":
                if level == 0 and pos + 1 < end and text[pos + 1] == ch:
                    literal.append(substring(text, lit_start, pos + 1))
                    pos += 2
                    lit_start = pos
                    continue
                if ch == "}" and level == 0:
                    raise fs.error("single '}' is not allowed")
                break
            pos += 1
        assert lit_start >= 0 and pos >= lit_start
        literal.append(substring(text, lit_start, pos))
        add_fstring_literal(fs, parts, "".join(literal))
        if pos >= end:
            break
        if text[pos] == "}":
            return pos          # end of a format spec
        pos = fstring_field(fs, parts, pos, level)
    return pos


def add_fstring_literal(fs, parts, piece):
    if len(piece) == 0:
        return
    if not fs.raw:
        try:
            piece = decode_escapes(piece, False)
        except EscapeError as e:
            line, column = fs.end_position()
            raise PythonSyntaxError(e.message, line, column)
    parts.add_literal(piece)


def fstring_field(fs, parts, pos, level):
    """Parse `{expr[=][!c][:spec]}` starting at its '{'; returns the position after '}'."""
    text = fs.text
    end = fs.end
    assert pos >= 0 and end >= 0
    if level >= 2:
        raise fs.error("expressions nested too deeply")
    pos += 1
    expr_start = pos
    quote = "\0"
    quote_len = 0
    brackets = []
    while pos < end:
        ch = text[pos]
        if ch == "\\":
            raise fs.error_plain("f-string expression part cannot include a backslash")
        if quote_len > 0:
            if ch == quote:
                if quote_len == 3:
                    if pos + 2 < end and text[pos + 1] == ch and text[pos + 2] == ch:
                        pos += 3
                        quote_len = 0
                        continue
                else:
                    quote_len = 0
            pos += 1
            continue
        if ch == "'" or ch == '"':
            if pos + 2 < end and text[pos + 1] == ch and text[pos + 2] == ch:
                quote_len = 3
                pos += 3
            else:
                quote_len = 1
                pos += 1
            quote = ch
            continue
        if ch == "[" or ch == "(" or ch == "{":
            brackets.append(ch)
        elif ch == "#":
            raise fs.error_plain("f-string expression part cannot include '#'")
        elif len(brackets) == 0 and (ch == "!" or ch == ":" or ch == "}" or ch == "=" or
                                     ch == "<" or ch == ">"):
            nxt = text[pos + 1] if pos + 1 < end else "\0"
            if nxt == "=" and ch != ":" and ch != "}":
                pos += 2        # != == <= >=
                continue
            if ch == "<" or ch == ">":
                pos += 1
                continue
            break
        elif ch == "]" or ch == ")" or ch == "}":
            if len(brackets) == 0:
                raise fs.error("unmatched '%s'" % ch)
            opener = brackets.pop()
            if not ((opener == "(" and ch == ")") or (opener == "[" and ch == "]") or
                    (opener == "{" and ch == "}")):
                raise fs.error("closing parenthesis '%s' does not match opening parenthesis "
                               "'%s'" % (ch, opener))
        pos += 1
    if quote_len > 0:
        raise fs.error("unterminated string")
    if len(brackets) > 0:
        raise fs.error("unmatched '%s'" % brackets[len(brackets) - 1])
    if pos >= end:
        raise fs.error("expecting '}'")
    expr_end = pos
    assert expr_start >= 0 and expr_end >= expr_start
    source = substring(text, expr_start, expr_end)
    if is_blank(source):
        if text[pos] == "}":
            raise fs.error("empty expression not allowed")
        raise fs.error("expression required before '%s'" % text[pos])
    line, column = fs.position_at(expr_start)
    value = parse_fstring_expression(fs.state, source, line, column)
    debug_text = ""
    if text[pos] == "=":
        pos += 1
        while pos < end and (text[pos] == " " or text[pos] == "\t" or text[pos] == "\n"):
            pos += 1
        assert pos >= expr_start
        debug_text = substring(text, expr_start, pos)
    conversion = ""
    if pos < end and text[pos] == "!":
        pos += 1
        if pos >= end:
            raise fs.error("expecting '}'")
        conversion = text[pos]
        pos += 1
        if conversion != "s" and conversion != "r" and conversion != "a":
            raise fs.error("invalid conversion character: expected 's', 'r', or 'a'")
    if pos >= end:
        raise fs.error("expecting '}'")
    format_spec = None
    if text[pos] == ":":
        spec_parts = StrParts()
        spec_parts.line = fs.line
        spec_parts.column = fs.column
        pos = fstring_parts(fs, spec_parts, pos + 1, level + 1)
        spec_parts.flush()
        format_spec = ast.JoinedStr(spec_parts.values)
        format_spec.line = fs.line
        format_spec.column = fs.column
    if pos >= end or text[pos] != "}":
        raise fs.error("expecting '}'")
    pos += 1
    if len(debug_text) > 0:
        parts.add_literal(debug_text)
        if conversion == "" and format_spec is None:
            conversion = "r"
    formatted = ast.FormattedValue(value, conversion, format_spec)
    formatted.line = fs.line
    formatted.column = fs.column
    parts.add_value(formatted)
    return pos


def substring(text, start, stop):
    assert start >= 0 and stop >= start
    return text[start:stop]


def is_blank(text):
    for ch in text:
        if ch != " " and ch != "\t" and ch != "\n" and ch != "\x0c":
            return False
    return True


def parse_fstring_expression(state, source, line, column):
    scanner = PythonScanner(source, True, line, column)
    tokens = scanner.scan()
    sub = ParserState(state.filename, source, scanner, True)
    try:
        result = run_parser(sub, tokens)
    except PythonSyntaxError as e:
        if not e.message.startswith("f-string"):
            e.message = "f-string: " + e.message
        raise e
    return expr(result)


grammar.build()


# == driving the parser ============================================================================

def parse(source, filename="<string>"):
    """Parse a whole file (UTF-8 bytes) into an ast.Module; raises PythonSyntaxError."""
    scanner = PythonScanner(source)
    tokens = scanner.scan()
    state = ParserState(filename, source, scanner, False)
    tokens = mark_soft_keywords(unparenthesize_with_items(tokens))
    result = run_parser(state, tokens)
    assert isinstance(result, ast.Module)
    return result


def run_parser(state, tokens):
    try:
        return grammar.parse(TokenStream(tokens), state)
    except PythonSyntaxError as e:
        # an error found by an action; a later lexical error wins (CPython tokenizes the
        # rest of the file), except a bracket left open at the end of the file
        lex_error = state.lex_error
        if lex_error is not None and state.unclosed_line == 0 and \
                lex_error.replaces_syntax_errors:
            raise lex_error
        raise e
    except SourceError:
        raise diagnose(state, tokens)


def mark_soft_keywords(tokens):
    """`match` and `case` are keywords only where a statement starts with them and its
    line ends in a colon (`match = 1`, `match(x)` stay names)."""
    result = tokens
    for k in range(len(tokens)):
        token = tokens[k]
        if token.gettokentype() != "NAME" or token.getstr() not in ("match", "case"):
            continue
        if k > 0 and tokens[k - 1].gettokentype() not in ("NEWLINE", "INDENT", "DEDENT"):
            continue
        if k + 1 >= len(tokens) or tokens[k + 1].gettokentype() in SOFT_KEYWORD_NEVER_BEFORE:
            continue
        if not line_ends_in_colon(tokens, k + 1):
            continue
        if result is tokens:
            result = tokens[:]
        result[k] = Token(token.getstr().upper(), token.getstr(), token.getsourcepos())
    return result


# What follows a name that `match`/`case` as a statement keyword cannot be followed by.
SOFT_KEYWORD_NEVER_BEFORE = ["COLON", "EQUAL", "DOT", "NEWLINE", "COMMA", "RPAR", "RSQB",
                             "PLUSEQUAL", "MINEQUAL", "STAREQUAL", "SLASHEQUAL", "SEMI"]


def line_ends_in_colon(tokens, k):
    depth = 0
    while k < len(tokens):
        kind = tokens[k].gettokentype()
        if kind == "LPAR" or kind == "LSQB" or kind == "LBRACE":
            depth += 1
        elif kind == "RPAR" or kind == "RSQB" or kind == "RBRACE":
            depth -= 1
        elif depth == 0 and (kind == "NEWLINE" or kind == "SEMI" or kind == "ENDMARKER"):
            return k > 0 and tokens[k - 1].gettokentype() == "COLON"
        k += 1
    return False


def unparenthesize_with_items(tokens):
    """`with (a as b, c):` (3.10+) reads as `with a as b, c:`: drop the parentheses (and a
    trailing comma) around with-items when they hold a comma or an `as`.  `with (a, b) as c`
    and `with (x for x in y):` keep theirs."""
    result = tokens
    k = 0
    while k + 1 < len(result):
        if result[k].gettokentype() == "WITH" and result[k + 1].gettokentype() == "LPAR":
            depth = 0
            split = False
            m = k + 1
            while m < len(result):
                kind = result[m].gettokentype()
                if kind == "LPAR" or kind == "LSQB" or kind == "LBRACE":
                    depth += 1
                elif kind == "RPAR" or kind == "RSQB" or kind == "RBRACE":
                    depth -= 1
                    if depth == 0:
                        break
                elif depth == 1 and (kind == "COMMA" or kind == "AS"):
                    split = True
                elif kind == "NEWLINE" or kind == "ERRORTOKEN" or kind == "ENDMARKER":
                    break
                m += 1
            if split and m + 1 < len(result) and result[m].gettokentype() == "RPAR" and \
                    result[m + 1].gettokentype() == "COLON":
                end = m
                if result[m - 1].gettokentype() == "COMMA":
                    end = m - 1
                rewritten = []
                for index in range(len(result)):
                    if index != k + 1 and not (end <= index <= m):
                        rewritten.append(result[index])
                result = rewritten
        k += 1
    return result


# -- error diagnosis --------------------------------------------------------------------------------

class Replay(object):
    """Where the LR automaton stopped: its state, the stack (symbol names and the index of
    each symbol's first token) and the index of the rejected token."""

    def __init__(self, state, names, starts, index):
        self.state = state
        self.names = names
        self.starts = starts
        self.index = index


def replay(tokens):
    """Run the grammar's own LR tables over `tokens` without actions, to see where it stops."""
    states = [0]
    names = ["$end"]
    starts = [0]
    i = 0
    while True:
        current = states[len(states) - 1]
        t = grammar.default_reductions[current]
        if t:
            replay_reduce(t, states, names, starts, i)
            continue
        if i < len(tokens):
            ltype = tokens[i].gettokentype()
        else:
            ltype = "$end"
        actions = grammar.actions[current]
        if ltype not in actions:
            return Replay(current, names, starts, i)
        t = actions[ltype]
        if t > 0:
            states.append(t)
            names.append(ltype)
            starts.append(i)
            i += 1
        elif t < 0:
            replay_reduce(t, states, names, starts, i)
        else:
            return Replay(current, names, starts, i)


def replay_reduce(t, states, names, starts, i):
    reduction = grammar.reductions[-t]
    length = reduction.length
    keep = len(states) - length
    assert keep >= 1
    first = i
    if length > 0:
        first = starts[keep]
    del states[keep:]
    del names[keep:]
    del starts[keep:]
    current = grammar.gotos[states[len(states) - 1]][reduction.name]
    states.append(current)
    names.append(reduction.name)
    starts.append(first)
    return current


STATEMENT_KEYWORDS = {"IF": "'if' statement", "ELIF": "'elif' statement",
                      "ELSE": "'else' statement", "WHILE": "'while' statement",
                      "FOR": "'for' statement", "WITH": "'with' statement",
                      "TRY": "'try' statement", "EXCEPT": "'except' statement",
                      "FINALLY": "'finally' statement", "DEF": "function definition",
                      "CLASS": "class definition"}

EXPRESSION_STARTS = {"NAME": None, "INT": None, "FLOAT": None, "IMAGINARY": None,
                     "STRING": None, "BYTES": None, "FSTRING": None, "LPAR": None,
                     "LSQB": None, "LBRACE": None, "NONE": None, "TRUE": None, "FALSE": None,
                     "ELLIPSIS": None, "TILDE": None, "LAMBDA": None, "NOT": None}

EXPRESSION_ENDS = {"NAME": None, "INT": None, "FLOAT": None, "IMAGINARY": None,
                   "STRING": None, "BYTES": None, "FSTRING": None, "RPAR": None,
                   "RSQB": None, "RBRACE": None, "NONE": None, "TRUE": None, "FALSE": None,
                   "ELLIPSIS": None}


def at_statement_start(tokens, index):
    if index == 0:
        return True
    kind = tokens[index - 1].gettokentype()
    return kind == "NEWLINE" or kind == "INDENT" or kind == "DEDENT"


def token_position(tokens, index):
    if index >= len(tokens):
        index = len(tokens) - 1
    return box_position(tokens[index])


def bracket_depth(tokens, index):
    depth = 0
    for k in range(index):
        kind = tokens[k].gettokentype()
        if kind == "LPAR" or kind == "LSQB" or kind == "LBRACE":
            depth += 1
        elif kind == "RPAR" or kind == "RSQB" or kind == "RBRACE":
            depth -= 1
    return depth


def diagnose(state, tokens):
    """The CPython-worded error for the token the table rejected.

    Order as in CPython 3.11: a lexical error reached by the parser is that error; an
    unexpected INDENT is "unexpected indent"; then the specific messages of its second
    (invalid_*) pass; last "invalid syntax".  A lexical error further on in the file replaces
    the message (CPython tokenizes the rest of the file once it has an error); a bracket left
    open at the end of the file only does so when the last token CPython read is below the
    bracket's line (see last_fetched)."""
    r = replay(tokens)
    i = r.index
    if i >= len(tokens):
        i = len(tokens) - 1
    kind = tokens[i].gettokentype()
    line, column = token_position(tokens, i)
    if kind == "ERRORTOKEN" and state.lex_error is not None:
        return state.lex_error
    if kind == "INDENT":
        return fail("unexpected indent", line, column, "IndentationError")
    error = specific_error(state, tokens, r, i)
    lex_error = state.lex_error
    if lex_error is not None and lex_error.replaces_syntax_errors:
        if state.unclosed_line == 0:
            return lex_error
        # CPython tokenizes on from the last token it fetched; a bracket still open at the
        # end wins when that token is the end of the file or lies below the bracket's line
        anchor = i
        if error is not None:
            anchor = last_fetched(tokens, i, error)
        if anchor >= len(tokens):
            return lex_error
        anchor_kind = tokens[anchor].gettokentype()
        anchor_line, anchor_column = box_position(tokens[anchor])
        if anchor_kind == "ENDMARKER" or anchor_kind == "ERRORTOKEN" or \
                anchor_line > lex_error.line:
            return lex_error
    if error is not None:
        return error
    if kind == "DEDENT":
        return fail("unexpected unindent", line, 0, "IndentationError")
    return fail("invalid syntax", line, column)


def last_fetched(tokens, i, error):
    """The last token CPython reads before it words `error` for the token at i: the one after
    the second expression ("forgot a comma") or after the value of a misplaced '='."""
    if error.message.startswith("invalid syntax. Perhaps you forgot a comma?"):
        return expression_end(tokens, i)
    if tokens[i].gettokentype() == "EQUAL":
        return expression_end(tokens, i + 1)
    return i


def expression_end(tokens, i):
    """Index of the first token after the expression that starts at i (roughly)."""
    k = i
    depth = 0
    expect_operand = True
    while k < len(tokens):
        kind = tokens[k].gettokentype()
        if depth > 0:
            if kind == "LPAR" or kind == "LSQB" or kind == "LBRACE":
                depth += 1
            elif kind == "RPAR" or kind == "RSQB" or kind == "RBRACE":
                depth -= 1
            elif kind == "ENDMARKER" or kind == "ERRORTOKEN":
                return k
            k += 1
            continue
        if expect_operand:
            if kind == "LPAR" or kind == "LSQB" or kind == "LBRACE":
                depth = 1
                expect_operand = False
            elif kind in EXPRESSION_STARTS:
                expect_operand = False
            elif not (kind == "MINUS" or kind == "PLUS" or kind == "TILDE" or kind == "NOT"):
                return k
            k += 1
            continue
        if kind == "LPAR" or kind == "LSQB":
            depth = 1
        elif kind == "DOT" or kind in BINARY_OPERATORS:
            expect_operand = True
        elif not ((kind == "STRING" or kind == "BYTES" or kind == "FSTRING") and
                  tokens[k - 1].gettokentype() in STRING_KINDS):
            return k
        k += 1
    return k


BINARY_OPERATORS = {"PLUS": None, "MINUS": None, "STAR": None, "SLASH": None, "PERCENT": None,
                    "DOUBLESLASH": None, "DOUBLESTAR": None, "AT": None, "LEFTSHIFT": None,
                    "RIGHTSHIFT": None, "AMPER": None, "VBAR": None, "CIRCUMFLEX": None,
                    "LESS": None, "GREATER": None, "LESSEQUAL": None, "GREATEREQUAL": None,
                    "EQEQUAL": None, "NOTEQUAL": None, "IN": None, "NOT": None, "IS": None,
                    "AND": None, "OR": None, "IF": None, "ELSE": None}

STRING_KINDS = {"STRING": None, "BYTES": None, "FSTRING": None}


def specific_error(state, tokens, r, i):
    kind = tokens[i].gettokentype()
    line, column = token_position(tokens, i)
    expected = grammar.actions[r.state]
    names = r.names
    starts = r.starts
    top = len(names) - 1
    # the innermost compound-statement keyword that starts a statement
    header = -1
    colon_after_header = False
    k = top
    while k >= 1:
        name = names[k]
        if name == "COLON":
            colon_after_header = True
        if name in STATEMENT_KEYWORDS and at_statement_start(tokens, starts[k]):
            header = k
            break
        k -= 1
    if header >= 0:
        keyword = names[header]
        keyword_line, keyword_column = token_position(tokens, starts[header])
        if top >= 2 and names[top] == "NEWLINE" and names[top - 1] == "COLON":
            return fail("expected an indented block after %s on line %d"
                        % (STATEMENT_KEYWORDS[keyword], keyword_line), line, column,
                        "IndentationError")
        if not colon_after_header:
            if "COLON" in expected:
                forced = (keyword == "DEF" or keyword == "TRY" or keyword == "FINALLY"
                          or keyword == "ELSE")
                if forced and header_complete(names, header, top):
                    return fail("expected ':'", line, column)
                if not forced and kind == "NEWLINE" and not symbol_above(names, header,
                                                                         "LAMBDA"):
                    return fail("expected ':'", line, column)
            if keyword == "DEF" and header == top - 1 and "LPAR" in expected:
                return fail("expected '('", line, column)
            if keyword == "DEF" and names[top] == "RARROW":
                arrow_line, arrow_column = token_position(tokens, starts[top])
                return fail("expected ':'", arrow_line, arrow_column)
            if keyword == "EXCEPT" and kind == "COMMA" and header == top - 1:
                type_line, type_column = token_position(tokens, starts[top])
                return fail("multiple exception types must be parenthesized", type_line,
                            type_column)
            if (kind == "EQUAL" and header == top - 1 and
                    (keyword == "IF" or keyword == "ELIF" or keyword == "WHILE")):
                cond_line, cond_column = token_position(tokens, starts[top])
                return fail("invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                            cond_line, cond_column)
    if top >= 3 and names[top] == "suite" and names[top - 1] == "COLON" and \
            names[top - 2] == "TRY":
        return fail("expected 'except' or 'finally' block", line, column)
    # print "x"
    if i >= 1 and kind in EXPRESSION_STARTS and kind != "LPAR":
        previous = tokens[i - 1]
        if previous.gettokentype() == "NAME" and at_statement_start(tokens, i - 1) and \
                (previous.getstr() == "print" or previous.getstr() == "exec"):
            pline, pcolumn = box_position(previous)
            return fail("Missing parentheses in call to '%s'. Did you mean %s(...)?"
                        % (previous.getstr(), previous.getstr()), pline, pcolumn)
    # x = 1 if 2
    if "ELSE" in expected and top >= 2 and names[top - 1] == "IF" and \
            names[top - 2] == "or_test" and not at_statement_start(tokens, starts[top - 1]):
        body_line, body_column = token_position(tokens, starts[top - 2])
        return fail("expected 'else' after 'if' expression", body_line, body_column)
    # dictionaries
    if top >= 2 and names[top] == "COLON" and (kind == "RBRACE" or kind == "COMMA") and \
            (names[top - 2] == "LBRACE" or (names[top - 2] == "COMMA" and top >= 3 and
                                            names[top - 3] == "dict_items")):
        colon_line, colon_column = token_position(tokens, starts[top])
        return fail("expression expected after dictionary key and ':'", colon_line,
                    colon_column)
    if top >= 3 and names[top - 1] == "COMMA" and names[top - 2] == "dict_items" and \
            "COLON" in expected:
        key_line, key_column = token_position(tokens, starts[top])
        return fail("':' expected after dictionary key", key_line, key_column)
    inside = state.expr_mode or bracket_depth(tokens, i) > 0
    # [a = 1]: an assignment where an expression is expected
    if kind == "EQUAL" and inside and top >= 1 and i - starts[top] == 1:
        target_kind = tokens[i - 1].gettokentype()
        target_line, target_column = token_position(tokens, i - 1)
        if target_kind == "NAME":
            return fail("invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                        target_line, target_column)
        if target_kind in LITERALS:
            return fail("cannot assign to literal here. Maybe you meant '==' instead of "
                        "'='?", target_line, target_column)
    # a missing comma inside brackets
    if i >= 1 and kind in EXPRESSION_STARTS and kind != "NOT" and kind != "LAMBDA" and \
            tokens[i - 1].gettokentype() in EXPRESSION_ENDS and inside and top >= 1 and \
            names[top] not in TOKENS_NOT_EXPRESSIONS and in_expression_brackets(names):
        expr_line, expr_column = token_position(tokens, starts[top])
        return fail("invalid syntax. Perhaps you forgot a comma?", expr_line, expr_column)
    return None


def symbol_above(names, k, name):
    for j in range(k + 1, len(names)):
        if names[j] == name:
            return True
    return False


def in_expression_brackets(names):
    """Is the innermost open bracket on the stack one that holds expressions (not a
    parameter list or an import list)?"""
    k = len(names) - 1
    while k >= 1:
        name = names[k]
        if name == "LSQB" or name == "LBRACE":
            return True
        if name == "LPAR":
            if k >= 2 and names[k - 1] == "NAME" and names[k - 2] == "DEF":
                return False
            return names[k - 1] != "IMPORT"
        k -= 1
    return True


def header_complete(names, header, top):
    """Is the stack a whole `def`, `try`, `finally` or `else` header but for its ':'?  (For
    these CPython demands the ':' whatever follows.)"""
    if names[header] == "DEF":
        return names[top] == "parameters" or (top >= header + 4 and names[top - 1] == "RARROW")
    return top == header


LITERALS = {"INT": None, "FLOAT": None, "IMAGINARY": None, "STRING": None, "BYTES": None}


TOKENS_NOT_EXPRESSIONS = {"FOR": None, "IN": None, "IF": None, "ELSE": None, "COMMA": None,
                          "COLON": None, "LPAR": None, "LSQB": None, "LBRACE": None,
                          "EQUAL": None, "LAMBDA": None}
