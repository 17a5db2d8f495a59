"""The operator-precedence reader on a toy term language: terms are built as canonical
strings (`-(-(1,2),3)`), so each test states exactly how a text was grouped."""
import pytest

from framework.errors import SourceError
from framework.kit import Kit
from framework.lexing import Scanner, is_alnum, is_digit
from framework.opprec import OperatorError, OperatorTable, TermToken, iso_table
from rpython.rtyper.test.test_llinterp import interpret
from rply.token import SourcePosition

kit = Kit("toy")
SYMBOL_CHARS = "+-*/\\^<>=~:.?@#&$"


class ToyScanner(Scanner):
    """Just enough of Prolog's tokens: names, symbol names, quoted atoms, variables,
    numbers, punctuation and the end full stop; it records layout before each token."""

    def __init__(self, source):
        Scanner.__init__(self, source)
        self.layout = False

    def skip_blanks(self):
        start = self.pos
        while not self.at_end() and self.peek() in " \t\n":
            self.advance()
        self.layout = self.pos > start

    def scan_token(self):
        start = self.begin_token()
        ch = self.advance()
        if is_digit(ch):
            while is_digit(self.peek()):
                self.advance()
            if self.peek() == "." and is_digit(self.peek(1)):
                self.advance()
                while is_digit(self.peek()):
                    self.advance()
                self.emit("FLOAT", start)
            else:
                self.emit("INT", start)
        elif is_alnum(ch):
            while is_alnum(self.peek()):
                self.advance()
            self.emit("VAR" if ch == "_" or ("A" <= ch <= "Z") else "NAME", start)
        elif ch == "." and (self.at_end() or self.peek() in " \t\n"):
            self.emit("END", start)
        elif ch in SYMBOL_CHARS:
            while self.peek() in SYMBOL_CHARS and not self.at_end():
                self.advance()
            self.emit("NAME", start)
        elif ch == "'":
            while self.peek() != "'":
                self.advance()
            self.advance()
            end = self.pos - 1
            assert end >= start + 1
            self.emit_value("NAME", self.source[start + 1:end])
        elif ch == "!" or ch == ";":
            self.emit("NAME", start)
        elif ch in "()[]{},|":
            self.emit("PUNCT", start)
        else:
            self.error("bad character")

    def emit_value(self, kind, value):
        position = SourcePosition(self.pos, self.token_line, self.token_column)
        self.result.append(TermToken(kind, value, position, self.layout))


class StringBuilder(object):
    """Builds each term as its canonical text."""

    def atom(self, name):
        return name

    def variable(self, name):
        return name

    def number(self, kind, text, negative):
        return "-" + text if negative else text

    def string(self, kind, text):
        return '"%s"' % text

    def compound(self, name, args):
        if name == ",":
            name = "','"
        return "%s(%s)" % (name, ",".join(args))

    def list(self, items, tail):
        if tail is None:
            return "[%s]" % ",".join(items)
        return "[%s|%s]" % (",".join(items), tail)


def reader(table=None):
    return kit.TermParser(table or iso_table(), StringBuilder())


def read(text, table=None):
    return reader(table).read_term(ToyScanner(text).tokens())


def read_error(text, table=None):
    with pytest.raises(SourceError) as info:
        read(text, table)
    return info.value


@pytest.mark.parametrize("text, term", [
    ("a:-b,c;d->e.", ":-(a,;(','(b,c),->(d,e)))"),
    ("1-2-3.", "-(-(1,2),3)"),
    ("a^b^c.", "^(a,^(b,c))"),
    ("1+2*3-4.", "-(+(1,*(2,3)),4)"),
    ("- - a.", "-(-(a))"),
    ("\\+a.", "\\+(a)"),
    ("\\+ \\+ a = b.", "\\+(\\+(=(a,b)))"),
    ("- a = b.", "=(-(a),b)"),
    ("a , b.", "','(a,b)"),
    (":- dynamic(foo).", ":-(dynamic(foo))"),
])
def test_priority_and_associativity(text, term):
    assert read(text) == term


@pytest.mark.parametrize("text, term", [
    ("- (1).", "-(1)"),
    ("-(1).", "-(1)"),
    ("- 1.", "-(1)"),
    ("-1.", "-1"),
    ("-1.5.", "-1.5"),
    ("a- -1.", "-(a,-1)"),
    ("a-1.", "-(a,1)"),
    ("a - 1.", "-(a,1)"),
    ("-(1,2).", "-(1,2)"),
    ("- (1,2).", "-(','(1,2))"),
    ("-(1) + 2.", "+(-(1),2)"),
    ("- (1) + 2.", "+(-(1),2)"),
    ("-(-(1)).", "-(-(1))"),
])
def test_minus_in_every_position(text, term):
    assert read(text) == term


@pytest.mark.parametrize("text, term", [
    ("f(a, b).", "f(a,b)"),
    ("f((a, b)).", "f(','(a,b))"),
    ("f(a = b, c).", "f(=(a,b),c)"),
    ("'hello world'(X, _Y).", "hello world(X,_Y)"),
    ("[a|b].", "[a|b]"),
    ("[a, b, c].", "[a,b,c]"),
    ("[a, b|T].", "[a,b|T]"),
    ("[(a, b)].", "[','(a,b)]"),
    ("[].", "[]"),
    ("{}.", "{}"),
    ("{a, b}.", "{}(','(a,b))"),
    ("{a}.", "{}(a)"),
])
def test_arguments_lists_and_curly_terms(text, term):
    assert read(text) == term


@pytest.mark.parametrize("text, term", [
    ("- .", "-"),
    ("f(-).", "f(-)"),
    ("f(-, a).", "f(-,a)"),
    ("[-].", "[-]"),
    ("(-).", "-"),
    ("X = (-).", "=(X,-)"),
    ("- = a.", "=(-,a)"),
    ("f(+, -, *).", "f(+,-,*)"),
    ("- - .", "-(-)"),
    ("\\+ (-).", "\\+(-)"),
])
def test_operators_as_atoms_and_operands(text, term):
    assert read(text) == term


def test_xfx_does_not_chain():
    error = read_error("a=b=c.")
    assert error.message == "operator priority clash"
    assert (error.line, error.column, error.token) == (1, 4, "=")
    assert read_error("?- ?- a.").message == "operator priority clash"


def test_errors_are_positioned_and_generic():
    error = read_error("foo(a\n  b).")
    assert (error.message, error.line, error.column) == ("expected , or )", 2, 3)
    assert read_error("f (a, b).").message == "operator expected"
    assert read_error("f(a :- b).").message == "operator priority clash"
    assert read_error("[a|b c].").message == "expected ]"
    assert read_error("f(a").message == "unexpected end of file"
    assert read_error("(a.").message == "expected )"
    assert read_error("a = .").message == "unexpected end of clause"
    assert read_error(") .").message == "unexpected )"


def test_op_changes_take_effect_on_the_next_read():
    table = iso_table()
    parser = reader(table)
    stream = ToyScanner("a === b. a === b. x === .").tokens()
    with pytest.raises(SourceError):
        parser.read_term(stream)
    stream.index = 4                   # past the first clause
    table.add(700, "xfx", "===")
    assert parser.read_term(stream) == "===(a,b)"
    with pytest.raises(OperatorError):  # an infix === exists, so no postfix one
        table.add(100, "xf", "===")
    table.add(0, "xfx", "===")
    table.add(100, "xf", "===")
    assert parser.read_term(stream) == "===(x)"


def test_changing_and_removing_operators():
    table = iso_table()
    table.add(0, "yfx", "-")
    assert read_error("1 - 2.", table).message == "operator expected"
    assert read("- 2.", table) == "-(2)"      # the prefix minus stays
    table.add(700, "xfy", "-")
    assert read("a - b - c.", table) == "-(a,-(b,c))"
    table.add(0, "fy", "-")
    assert read("- .", table) == "-"
    assert read_error("- a.", table).message == "operator expected"
    assert table.prefix_op("-") is None and table.infix_op("-").priority == 700


def test_postfix_operators():
    table = iso_table()
    table.add(100, "yf", "++")
    table.add(100, "xf", "$$")
    assert read("a ++ ++ .", table) == "++(++(a))"
    assert read("a ++ + b.", table) == "+(++(a),b)"
    assert read_error("a $$ $$ .", table).message == "operator priority clash"


def test_a_name_may_be_prefix_and_infix():
    table = OperatorTable()
    table.add(200, "fy", "~")
    table.add(500, "yfx", "~")
    assert read("~ a ~ ~ b.", table) == "~(~(a),~(b))"
    assert [(op.name, op.type) for op in table.operators()] == [("~", "fy"), ("~", "yfx")]
    assert table.is_operator("~") and not table.is_operator("a")


@pytest.mark.parametrize("args, kind", [
    ((1201, "xfx", "foo"), "priority"),
    ((-1, "xfx", "foo"), "priority"),
    ((700, "xyz", "foo"), "specifier"),
    ((700, "xfy", ","), "modify"),
    ((700, "xf", "="), "create"),
    ((100, "fy", "[]"), "create"),
    ((100, "xfx", "|"), "create"),
    ((100, "fy", "|"), "create"),
])
def test_op_refusals(args, kind):
    with pytest.raises(OperatorError) as info:
        iso_table().add(*args)
    assert info.value.kind == kind and info.value.name == args[2]


def test_bar_may_be_a_high_infix_operator():
    table = iso_table()
    table.add(1100, "xfy", "|")
    assert read("a | b.", table) == "|(a,b)"
    assert read("[a|b].", table) == "[a|b]"


def test_reads_clause_after_clause():
    stream = ToyScanner("p :- q.\nq.\n").tokens()
    parser = reader()
    assert parser.read_term(stream) == ":-(p,q)"
    assert parser.read_term(stream) == "q"
    assert stream.index == len(stream.tokens)


def read_after_op(n):
    table = iso_table()
    if n > 0:
        table.add(700, "xfx", "===")
    parser = kit.TermParser(table, StringBuilder())
    try:
        term = parser.read_term(ToyScanner("a === - (1) :- [b|- -1], f(-).").tokens())
    except SourceError as error:
        return -error.column
    return int(term == ":-(===(a,-(1)),','([b|-(-1)],f(-)))")


def test_rtyped():
    assert read_after_op(1) == 1
    assert interpret(read_after_op, [1]) == 1
    assert interpret(read_after_op, [0]) == -3
