"""RPly parser helpers: building a grammar once, and syntax errors with a position.

`Grammar` wraps rply's ParserGenerator: the language declares productions with
`@grammar.production(...)`, then `grammar.build()` at import time turns rply's warnings
(unused tokens, unreachable rules, conflicts) into errors so a grammar mistake fails the
import, not a user program.  Parsing errors become `SourceError`s at the offending token.
rply itself is never patched.

rply builds the LR tables; the parse loop is ours (`Grammar.parse`).  rply's one `LRParser`
would call every grammar's productions from one place, putting all languages' actions in one
call family; `Grammar` and `Reduction` are stamped per language instead (framework/kit.py),
so each language's loop calls only its own productions.
"""
import warnings

from rpython.rlib.objectmodel import not_rpython
from rply import ParserGenerator
from rply.errors import ParserGeneratorWarning
from rply.token import BaseBox, Token

from framework.errors import SourceError


class Node(BaseBox):
    """Base of every AST node and list box: rply needs one common result type."""
    line = 0
    column = 0


class ListBox(Node):
    """A list of nodes travelling through productions (rply cannot return plain lists)."""

    def __init__(self, items):
        self.items = items


class Reduction(object):
    """One production as the parse loop needs it: reduce `length` symbols to `name` by
    calling `action(state, symbols)`."""
    _immutable_fields_ = ['name', 'length', 'action']

    def __init__(self, name, length, action):
        self.name = name
        self.length = length
        self.action = action


END = "$end"


class Grammar(object):
    """An LR grammar: rply's generator builds the tables, `parse` runs them."""
    reduction_class = Reduction       # the language's stamped copy (framework/kit.py)

    @not_rpython
    def __init__(self, name, tokens, precedence=None):
        self.generator = ParserGenerator(tokens, precedence=precedence or [], cache_id=name)
        self.actions = []             # per state: token name -> shift (>0), reduce (<0), accept
        self.gotos = []               # per state: nonterminal -> state
        self.default_reductions = []  # per state: the reduction to make whatever comes, or 0
        self.reductions = []          # by production number
        self.conflicts = []

    @not_rpython
    def production(self, rule, precedence=None):
        return self.generator.production(rule, precedence=precedence)

    @not_rpython
    def build(self):
        """Build the LR tables now (import time): any rply warning is a grammar bug."""
        self.generator.error(lambda state, token: None)     # rply wants one; we never call it
        with warnings.catch_warnings():
            warnings.simplefilter("error", ParserGeneratorWarning)
            table = self.generator.build().lr_table
        self.conflicts = table.sr_conflicts + table.rr_conflicts    # for tests: none
        self.actions = table.lr_action
        self.gotos = table.lr_goto
        self.default_reductions = table.default_reductions
        self.reductions = [self.reduction_class(p.name, p.getlength(), p.func)
                           for p in table.grammar.productions]
        return self

    def parse(self, stream, state):
        """Parse a token stream; a token no rule expects raises SourceError there."""
        lookahead = None
        states = [0]
        symbols = [Token(END, END)]
        current = 0
        while True:
            reduce_by = self.default_reductions[current]
            if not reduce_by:
                if lookahead is None:
                    lookahead = next_token(stream)
                action = self.actions[current].get(lookahead.gettokentype(), 0)
                if action == 0:
                    if lookahead.gettokentype() in self.actions[current]:
                        return symbols[-1]                  # accept
                    raise_at(lookahead, "invalid syntax")
                if action > 0:
                    states.append(action)
                    symbols.append(lookahead)
                    current = action
                    lookahead = None
                    continue
                reduce_by = action
            current = self.reduce(-reduce_by, states, symbols, state)

    def reduce(self, number, states, symbols, state):
        reduction = self.reductions[number]
        start = len(symbols) - reduction.length
        assert start >= 1
        arguments = symbols[start:]
        del symbols[start:]
        del states[start:]
        symbols.append(reduction.action(state, arguments))
        current = self.gotos[states[-1]][reduction.name]
        states.append(current)
        return current


def next_token(stream):
    """The stream's next token, or the end marker."""
    try:
        return stream.next()
    except StopIteration:
        return Token(END, END)


def raise_at(token, message):
    """Raise a SourceError located at an rply token (the end-of-input token has no position)."""
    position = token.getsourcepos()
    if position is None:
        raise SourceError(message, 0, 0, "")
    raise SourceError(message, position.lineno, position.colno, token.getstr())


def token_of(box):
    """The Token inside a production argument (rply passes BaseBox-typed values)."""
    assert isinstance(box, Token)
    return box


def position_of(box):
    """(line, column) of a Token."""
    position = token_of(box).getsourcepos()
    if position is None:
        return 0, 0
    return position.lineno, position.colno


class TokenCursor(object):
    """The cursor a hand-written (recursive-descent or Pratt) parser walks tokens with.

    It gives `advance`/`check`/`match`/`consume` over a token list ending in an end token,
    and panic-mode error recovery as clox's compiler has it: the first error sets panic mode
    and later ones are dropped until `synchronize()` reaches a statement boundary.  A
    language supplies how an error reads (`format_error`), which token kinds are lexical
    errors, and where statements start (`at_statement_boundary`).
    """
    END = "EOF"
    LEXICAL_ERROR = "ERROR"

    def __init__(self, tokens):
        self.tokens = tokens
        self.index = 0
        self.previous = tokens[0]
        self.current = tokens[0]
        self.panic_mode = False
        self.errors = []

    def advance(self):
        self.previous = self.current
        while True:
            self.current = self.tokens[self.index]
            if self.index < len(self.tokens) - 1:
                self.index += 1
            if self.current.name != self.LEXICAL_ERROR:
                return
            self.error_at(self.current, self.current.value)

    def check(self, kind):
        return self.current.name == kind

    def match(self, kind):
        if self.current.name != kind:
            return False
        self.advance()
        return True

    def consume(self, kind, message):
        if self.current.name == kind:
            self.advance()
        else:
            self.error_at(self.current, message)

    def error(self, message):
        self.error_at(self.previous, message)

    def error_at(self, token, message):
        if self.panic_mode:
            return
        self.panic_mode = True
        self.errors.append(self.format_error(token, message))

    def synchronize(self):
        self.panic_mode = False
        while self.current.name != self.END:
            if self.at_statement_boundary():
                return
            self.advance()

    def line(self):
        """Line of the token just consumed (what the compiler stamps on its code)."""
        return position_of(self.previous)[0]

    def format_error(self, token, message):
        raise NotImplementedError

    def at_statement_boundary(self):
        raise NotImplementedError


class PrattParser(TokenCursor):
    """clox's `parsePrecedence` over a table: `rules` maps a token kind to (prefix rule,
    infix rule, precedence), each rule a function `(parser, can_assign)`.  Stamped per
    language (framework/kit.py), since the rules are the language's own functions."""
    rules = {}
    no_rule = (None, None, 0)
    ASSIGNMENT = 1                      # the lowest precedence that may assign
    EXPECT_EXPRESSION = "Expect expression."
    INVALID_TARGET = "Invalid assignment target."

    def rule(self, kind):
        return self.rules.get(kind, self.no_rule)

    def parse_precedence(self, precedence):
        self.advance()
        prefix = self.rule(self.previous.name)[0]
        if prefix is None:
            self.error(self.EXPECT_EXPRESSION)
            return
        can_assign = precedence <= self.ASSIGNMENT
        prefix(self, can_assign)
        while precedence <= self.rule(self.current.name)[2]:
            self.advance()
            infix = self.rule(self.previous.name)[1]
            assert infix is not None
            infix(self, can_assign)
        if can_assign and self.match("="):
            self.error(self.INVALID_TARGET)
