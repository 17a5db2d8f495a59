"""Hand-written scanners that produce rply Tokens with line and column.

A language subclasses `Scanner`, implements `scan_token()` with the cursor helpers below and
calls `self.emit(kind, start)`; `tokens()` returns an rply-compatible stream.  Hand-written
rather than generated: indentation (Python), heredocs (Ruby) and `?-` clauses (Prolog) all
need context a regex table cannot give, and the JIT never sees the lexer anyway.
"""
from rply.token import Token, SourcePosition

from framework.errors import SourceError


class TokenStream(object):
    """What rply's parser iterates over: `next()` raises StopIteration at the end."""

    def __init__(self, tokens):
        self.tokens = tokens
        self.index = 0

    def __iter__(self):
        return self

    def next(self):
        if self.index >= len(self.tokens):
            raise StopIteration
        token = self.tokens[self.index]
        self.index += 1
        return token

    __next__ = next


class Scanner(object):
    """Cursor over a source string with 1-based line/column bookkeeping."""

    def __init__(self, source):
        self.source = source
        self.pos = 0
        self.line = 1
        self.line_start = 0          # index of the first char of the current line
        self.token_line = 1
        self.token_column = 1
        self.result = []

    # -- cursor -------------------------------------------------------------------------
    def at_end(self):
        return self.pos >= len(self.source)

    def peek(self, ahead=0):
        index = self.pos + ahead
        if index < len(self.source):
            return self.source[index]
        return "\0"

    def advance(self):
        ch = self.source[self.pos]
        self.pos += 1
        if ch == "\n":
            self.line += 1
            self.line_start = self.pos
        return ch

    def match(self, expected):
        if self.peek() == expected:
            self.advance()
            return True
        return False

    def column(self):
        return self.pos - self.line_start + 1

    def begin_token(self):
        """Remember where the token being scanned starts (for its position)."""
        self.token_line = self.line
        self.token_column = self.column()
        return self.pos

    # -- output -------------------------------------------------------------------------
    def emit(self, kind, start):
        end = self.pos
        assert start >= 0 and end >= start
        self.emit_value(kind, self.source[start:end])

    def emit_value(self, kind, value):
        position = SourcePosition(self.pos, self.token_line, self.token_column)
        self.result.append(Token(kind, value, position))

    def error(self, message):
        raise SourceError(message, self.token_line, self.token_column)

    def error_here(self, message):
        raise SourceError(message, self.line, self.column())

    def tokens(self):
        """Scan the whole source; subclasses implement scan_token() and finish()."""
        while True:
            self.skip_blanks()
            if self.at_end():
                break
            self.scan_token()
        self.finish()
        return TokenStream(self.result)

    def skip_blanks(self):
        raise NotImplementedError

    def scan_token(self):
        raise NotImplementedError

    def finish(self):
        pass


def is_digit(ch):
    return "0" <= ch <= "9"


def is_alpha(ch):
    return ("a" <= ch <= "z") or ("A" <= ch <= "Z") or ch == "_"


def is_alnum(ch):
    return is_alpha(ch) or is_digit(ch)


def is_hex_digit(ch):
    return is_digit(ch) or ("a" <= ch <= "f") or ("A" <= ch <= "F")
