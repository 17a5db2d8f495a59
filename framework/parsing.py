"""RPly parser helpers: building a grammar once, and syntax errors with a position.

`Grammar` wraps rply's ParserGenerator: the language declares productions with
`@grammar.production(...)`, then `grammar.build()` at import time turns rply's warnings
(unused tokens, unreachable rules, conflicts) into errors so a grammar mistake fails the
import, not a user program.  Parsing errors become `SourceError`s at the offending token.
rply itself is never patched.
"""
import warnings

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


class Grammar(object):
    def __init__(self, name, tokens, precedence=None):
        self.generator = ParserGenerator(tokens, precedence=precedence or [], cache_id=name)
        self.parser = None

    def production(self, rule, precedence=None):
        return self.generator.production(rule, precedence=precedence)

    def build(self):
        """Build the LR tables now (import time): any rply warning is a grammar bug."""

        @self.generator.error
        def syntax_error(state, token):
            raise_at(token, "invalid syntax")

        with warnings.catch_warnings():
            warnings.simplefilter("error", ParserGeneratorWarning)
            self.parser = self.generator.build()
        return self

    def parse(self, stream, state):
        """Parse a token stream; a syntax error raises SourceError (from `syntax_error`)."""
        return self.parser.parse(stream, state=state)


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
