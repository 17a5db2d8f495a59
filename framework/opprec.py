"""Operator-precedence term reading over a run-time operator table (Prolog's op/3).

Prolog's syntax is not fixed: `op(700, xfx, ===)` changes how the next clause reads, so no
LR table built at import time can parse it.  `OperatorTable` is plain data the language
mutates while a program runs; `TermParser` reads one term at a time, looking every
operator up in the table as it goes, and calls back into the language's `builder` to make
the terms, so each language builds its own term objects (and gets its own stamped copy of
the parser, framework/kit.py).

The rules are ISO 13211-1's (6.3): priorities 0..1200 (0 removes an operator); an atom may
be a prefix and an infix (or postfix) operator at once; arguments and list elements read at
999, so a comma there separates instead of being the operator `','`; a name followed
directly by `(` is a compound in functional notation (`-(1)`), while after layout it is a
prefix operator applied to a parenthesised term (`- (1)`); `-` followed directly by a number
is a negative number (`a- -1`), while `- 1` is `-(1)` (as SWI-Prolog 7 reads it); an operator
with no operand after it is an atom (`f(-)`, `- .`), read as an operand of priority 0 (ISO
would give it 1201 outside brackets; Prolog systems accept `X = -`).  Errors are
`SourceError`s at the offending token, worded generically for the language to reword.

The reader is recursive descent: left-associative chains loop, but right-nested terms
(`a, b, c, ...` or `[a|[b|...]]` written out) take host stack per level, so a language
catches StackOverflow around `read_term`.
"""
from rply.token import Token
from rpython.rlib.listsort import make_timsort_class

from framework.errors import SourceError

MAX_PRIORITY = 1200
ARGUMENT_PRIORITY = 999

PREFIX_TYPES = ["fy", "fx"]
INFIX_TYPES = ["xfx", "xfy", "yfx"]
POSTFIX_TYPES = ["xf", "yf"]


class TermToken(Token):
    """An rply Token that also knows whether layout (blanks, comments) came before it:
    `-(1)` and `- (1)`, `-1` and `- 1` differ only in that."""

    def __init__(self, name, value, source_pos=None, layout_before=False):
        Token.__init__(self, name, value, source_pos)
        self.layout_before = layout_before


class Operator(object):
    """One operator definition; `left_max`/`right_max` are the priorities its operands may
    have (an `x` side is strictly lower, a `y` side may be equal)."""
    _immutable_ = True

    def __init__(self, name, priority, type):
        self.name = name
        self.priority = priority
        self.type = type
        self.left_max = operand_max(priority, type, 0)
        self.right_max = operand_max(priority, type, len(type) - 1)


def operand_max(priority, type, index):
    if type[index] == "y":
        return priority
    return priority - 1


class OperatorError(Exception):
    """op/3 refused a definition.  `kind` says why, for the language's error term:
    'priority' (not 0..1200), 'specifier' (not an operator type), 'create' (a name that may
    not be that kind of operator) or 'modify' (the comma)."""

    def __init__(self, kind, name):
        self.kind = kind
        self.name = name


NameSort = make_timsort_class()    # list.sort() is not RPython


class OperatorTable(object):
    """The current operators, by class: prefix, infix, postfix (name -> Operator)."""

    def __init__(self):
        self.prefix = {}
        self.infix = {}
        self.postfix = {}

    def add(self, priority, type, name):
        """Define, redefine or (priority 0) remove an operator, as op/3 does."""
        if priority < 0 or priority > MAX_PRIORITY:
            raise OperatorError("priority", name)
        if type in PREFIX_TYPES:
            table = self.prefix
        elif type in INFIX_TYPES:
            table = self.infix
            if name in self.postfix:
                raise OperatorError("create", name)
        elif type in POSTFIX_TYPES:
            table = self.postfix
            if name in self.infix:
                raise OperatorError("create", name)
        else:
            raise OperatorError("specifier", name)
        if name == ",":
            raise OperatorError("modify", name)
        if name == "[]" or name == "{}":
            raise OperatorError("create", name)
        if name == "|" and (table is not self.infix or (priority > 0 and priority < 1001)):
            raise OperatorError("create", name)
        if priority == 0:
            if name in table:
                del table[name]
        else:
            table[name] = Operator(name, priority, type)

    def prefix_op(self, name):
        return self.prefix.get(name, None)

    def infix_op(self, name):
        return self.infix.get(name, None)

    def postfix_op(self, name):
        return self.postfix.get(name, None)

    def is_operator(self, name):
        return name in self.prefix or name in self.infix or name in self.postfix

    def operators(self):
        """Every definition (for current_op/3), prefix first, each class sorted by name."""
        result = []
        for table in [self.prefix, self.infix, self.postfix]:
            names = table.keys()
            NameSort(names).sort()
            for name in names:
                result.append(table[name])
        return result


# ISO 13211-1 table 7, with Cor.2's `div` and prefix `+`.
ISO_OPERATORS = [
    (1200, "xfx", [":-", "-->"]),
    (1200, "fx", [":-", "?-"]),
    (1100, "xfy", [";"]),
    (1050, "xfy", ["->"]),
    (1000, "xfy", [","]),
    (900, "fy", ["\\+"]),
    (700, "xfx", ["=", "\\=", "==", "\\==", "@<", "@>", "@=<", "@>=", "=..", "is", "=:=",
                  "=\\=", "<", ">", "=<", ">="]),
    (500, "yfx", ["+", "-", "/\\", "\\/"]),
    (400, "yfx", ["*", "/", "//", "rem", "mod", "div", "<<", ">>"]),
    (200, "xfx", ["**"]),
    (200, "xfy", ["^"]),
    (200, "fy", ["-", "+", "\\"]),
]


def iso_table():
    """A table holding ISO's predefined operators (the comma is fixed, so it goes in
    directly rather than through `add`)."""
    table = OperatorTable()
    for priority, type, names in ISO_OPERATORS:
        for name in names:
            if name == ",":
                table.infix[name] = Operator(name, priority, type)
            else:
                table.add(priority, type, name)
    return table


class TermParser(object):
    """Reads terms from a `framework.lexing.TokenStream` of `TermToken`s.

    Token kinds are class attributes (a stamped copy may rename them): NAME (atoms, quoted
    or not, value unquoted), VAR, INT, FLOAT, STRING, BACKQUOTE, PUNCT (value one of
    `( ) [ ] { } , |`) and END (the clause's closing full stop).  The builder makes terms:
    atom(name), variable(name), number(kind, text, negative), string(kind, text),
    compound(name, args), list(items, tail or None).  Stamp it per language (kit.py).
    """
    NAME = "NAME"
    VAR = "VAR"
    INT = "INT"
    FLOAT = "FLOAT"
    STRING = "STRING"
    BACKQUOTE = "BACKQUOTE"
    PUNCT = "PUNCT"
    END = "END"

    def __init__(self, table, builder):
        self.table = table
        self.builder = builder
        self.tokens = []
        self.index = 0
        self.priority = 0          # priority of the term the last parse returned

    def read_term(self, stream):
        """Read one term and its END token from `stream`, which advances past them."""
        self.tokens = stream.tokens
        self.index = stream.index
        term = self.parse(MAX_PRIORITY)
        token = self.peek(0)
        if token is None:
            self.fail_at_end()
        assert token is not None
        if token.name != self.END:
            self.fail_after_term(token, "operator expected")
        stream.index = self.index + 1
        return term

    # -- tokens ---------------------------------------------------------------------------
    def peek(self, ahead):
        index = self.index + ahead
        if index < len(self.tokens):
            token = self.tokens[index]
            assert isinstance(token, TermToken)
            return token
        return None

    def next_token(self):
        token = self.peek(0)
        if token is None:
            self.fail_at_end()
        assert token is not None
        self.index += 1
        return token

    def is_punct(self, token, text):
        return token is not None and token.name == self.PUNCT and token.value == text

    def expect(self, text):
        token = self.next_token()
        if not self.is_punct(token, text):
            self.fail(token, "expected %s" % text)

    def fail(self, token, message):
        position = token.getsourcepos()
        if position is None:
            raise SourceError(message, 0, 0, token.value)
        raise SourceError(message, position.lineno, position.colno, token.value)

    def fail_after_term(self, token, message):
        """A term ended before `token`: an operator there did not fit its priority."""
        name = self.infix_name(token)
        if name != "" and (self.table.infix_op(name) is not None or
                           self.table.postfix_op(name) is not None):
            self.fail(token, "operator priority clash")
        self.fail(token, message)

    def fail_at_end(self):
        if self.tokens:
            self.fail(self.tokens[-1], "unexpected end of file")
        raise SourceError("unexpected end of file", 0, 0)

    # -- terms ----------------------------------------------------------------------------
    def parse(self, max_priority):
        left = self.parse_primary(max_priority)
        return self.parse_operators(left, self.priority, max_priority)

    def parse_operators(self, left, left_priority, max_priority):
        """Extend `left` with infix and postfix operators while the priorities allow."""
        while True:
            token = self.peek(0)
            name = self.infix_name(token)
            if name == "":
                break
            op = self.table.infix_op(name)
            if (op is not None and op.priority <= max_priority and
                    left_priority <= op.left_max):
                self.index += 1
                right = self.parse(op.right_max)
                left = self.builder.compound(name, [left, right])
                left_priority = op.priority
                continue
            op = self.table.postfix_op(name)
            if (op is not None and op.priority <= max_priority and
                    left_priority <= op.left_max):
                self.index += 1
                left = self.builder.compound(name, [left])
                left_priority = op.priority
                continue
            break
        self.priority = left_priority
        return left

    def infix_name(self, token):
        """The operator name a token would be in infix position, or ''."""
        if token is None:
            return ""
        if token.name == self.NAME:
            return token.value
        if token.name == self.PUNCT and (token.value == "," or token.value == "|"):
            return token.value
        return ""

    def parse_primary(self, max_priority):
        token = self.next_token()
        self.priority = 0
        kind = token.name
        if kind == self.NAME:
            return self.parse_name(token, max_priority)
        if kind == self.VAR:
            return self.builder.variable(token.value)
        if kind == self.INT or kind == self.FLOAT:
            return self.builder.number(kind, token.value, False)
        if kind == self.STRING or kind == self.BACKQUOTE:
            return self.builder.string(kind, token.value)
        if kind == self.PUNCT:
            if token.value == "(":
                term = self.parse(MAX_PRIORITY)
                self.expect(")")
                self.priority = 0
                return term
            if token.value == "[":
                return self.parse_list()
            if token.value == "{":
                return self.parse_curly()
        if kind == self.END:
            self.fail(token, "unexpected end of clause")
        self.fail(token, "unexpected %s" % token.value)
        raise AssertionError("unreachable")

    def parse_name(self, token, max_priority):
        name = token.value
        following = self.peek(0)
        if self.is_punct(following, "(") and not following.layout_before:
            self.index += 1
            return self.builder.compound(name, self.parse_arguments(")"))
        if (name == "-" and following is not None and not following.layout_before and
                (following.name == self.INT or following.name == self.FLOAT)):
            self.index += 1
            return self.builder.number(following.name, following.value, True)
        op = self.table.prefix_op(name)
        if op is None or not self.starts_operand(following):
            return self.builder.atom(name)          # an operator standing alone is an atom
        if op.priority > max_priority:
            self.fail(token, "operator priority clash")
        argument = self.parse(op.right_max)
        self.priority = op.priority
        return self.builder.compound(name, [argument])

    def starts_operand(self, token):
        """Whether `token` can begin the operand of a prefix operator before it."""
        if token is None:
            return False
        kind = token.name
        if kind == self.NAME:
            after = self.peek(1)
            if self.is_punct(after, "(") and not after.layout_before:
                return True
            name = token.value
            if self.table.prefix_op(name) is not None:
                return True
            return (self.table.infix_op(name) is None and
                    self.table.postfix_op(name) is None)
        if kind == self.PUNCT:
            return token.value == "(" or token.value == "[" or token.value == "{"
        return kind != self.END

    def parse_arguments(self, closing):
        arguments = [self.parse(ARGUMENT_PRIORITY)]
        while True:
            token = self.next_token()
            if self.is_punct(token, ","):
                arguments.append(self.parse(ARGUMENT_PRIORITY))
            elif self.is_punct(token, closing):
                self.priority = 0
                return arguments
            else:
                self.fail_after_term(token, "expected , or %s" % closing)

    def parse_list(self):
        if self.is_punct(self.peek(0), "]"):
            self.index += 1
            return self.builder.atom("[]")
        items = [self.parse(ARGUMENT_PRIORITY)]
        tail = None
        while True:
            token = self.next_token()
            if self.is_punct(token, ","):
                items.append(self.parse(ARGUMENT_PRIORITY))
            elif self.is_punct(token, "|"):
                tail = self.parse(ARGUMENT_PRIORITY)
                self.expect("]")
                break
            elif self.is_punct(token, "]"):
                break
            else:
                self.fail_after_term(token, "expected , | or ]")
        self.priority = 0
        return self.builder.list(items, tail)

    def parse_curly(self):
        if self.is_punct(self.peek(0), "}"):
            self.index += 1
            return self.builder.atom("{}")
        term = self.parse(MAX_PRIORITY)
        self.expect("}")
        self.priority = 0
        return self.builder.compound("{}", [term])
