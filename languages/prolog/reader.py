"""Reading Prolog text: a tokenizer (framework/lexing.py's Scanner) that hands out one clause's
tokens at a time, and the kit's operator-precedence TermParser (framework/opprec.py) over
the engine's run-time operator table, building terms through `TermBuilder`.

Tokens come one clause at a time because a directive read earlier (op/3, the double_quotes
flag) changes how the next clause reads.  Numbers are normalised here: `0'c`, `16'FF` and
`0x1F` reach the builder as text `parse_int` reads.
"""
from rpython.rlib.rbigint import rbigint
from rpython.rlib.rfloat import INFINITY, NAN
from rply.token import SourcePosition

from framework import integers
from framework.errors import SourceError
from framework.lexing import Scanner, TokenStream, is_digit
from framework.opprec import TermToken, ARGUMENT_PRIORITY, MAX_PRIORITY
from languages.prolog.kit import TermParser
from languages.prolog import terms
from languages.prolog.terms import Var, Int, Float, String, Struct, atom, functor_of

SYMBOL_CHARS = "+-*/\\^<>=~:.?@#&$"
SOLO_CHARS = "!;"
PUNCT_CHARS = "()[]{},|"

NAME = TermParser.NAME
VAR = TermParser.VAR
INT = TermParser.INT
FLOAT = TermParser.FLOAT
STRING = TermParser.STRING
BACKQUOTE = TermParser.BACKQUOTE
PUNCT = TermParser.PUNCT
END = TermParser.END
EOF = "EOF"

QUOTED_NIL = "\x00[]"
"""How the tokenizer passes the quoted atom '[]' (an atom, unlike the list end `[]`)."""


def is_lower(ch):
    return "a" <= ch <= "z"


def is_upper(ch):
    return ("A" <= ch <= "Z") or ch == "_"


def is_alnum(ch):
    return is_lower(ch) or is_upper(ch) or is_digit(ch) or ord(ch) >= 128


def is_layout(ch):
    return ch == " " or ch == "\t" or ch == "\n" or ch == "\r" or ch == "\f" or ch == "\v"


class PrologScanner(Scanner):
    """Tokens of Prolog text, one clause at a time (`next_clause`)."""

    def __init__(self, source):
        Scanner.__init__(self, source)
        self.layout = True
        self.clause_line = 1
        self.clause_column = 1

    def emit_token(self, kind, value):
        position = SourcePosition(self.pos, self.token_line, self.token_column)
        self.result.append(TermToken(kind, value, position, self.layout))
        self.layout = False

    def next_clause(self):
        """The tokens up to and including the next END, or [] at the end of the text.
        Raises SourceError (after skipping to the clause's end) on a lexical error."""
        self.result = []
        while True:
            self.skip_layout()
            if not self.result:
                self.clause_line = self.line
                self.clause_column = self.column()
            if self.at_end():
                if self.result:
                    self.begin_token()
                    self.error_here("Unexpected end of file")
                return self.result
            try:
                self.scan_token()
            except SourceError:
                self.skip_to_end()
                raise
            last = self.result[-1]
            if last.name == END:
                return self.result

    def skip_to_end(self):
        """After an error: on past the next full stop that ends a clause."""
        while not self.at_end():
            ch = self.advance()
            if ch == "." and (self.at_end() or is_layout(self.peek()) or self.peek() == "%"):
                return

    def skip_layout(self):
        while not self.at_end():
            ch = self.peek()
            if is_layout(ch):
                self.advance()
                self.layout = True
            elif ch == "%":
                while not self.at_end() and self.peek() != "\n":
                    self.advance()
                self.layout = True
            elif ch == "/" and self.peek(1) == "*":
                self.begin_token()
                self.advance()
                self.advance()
                while True:
                    if self.at_end():
                        self.error("Unterminated block comment")
                    if self.peek() == "*" and self.peek(1) == "/":
                        self.advance()
                        self.advance()
                        break
                    self.advance()
                self.layout = True
            else:
                return

    def scan_token(self):
        start = self.begin_token()
        ch = self.advance()
        if is_digit(ch):
            self.scan_number(start)
        elif ch == "_" or is_upper(ch):
            while is_alnum(self.peek()):
                self.advance()
            self.emit_token(VAR, self.text_from(start))
        elif is_lower(ch) or ord(ch) >= 128:
            while is_alnum(self.peek()):
                self.advance()
            self.emit_token(NAME, self.text_from(start))
        elif ch == "'":
            text = self.scan_quoted("'")
            self.emit_token(NAME, QUOTED_NIL if text == "[]" else text)
        elif ch == '"':
            self.emit_token(STRING, self.scan_quoted('"'))
        elif ch == "`":
            self.emit_token(BACKQUOTE, self.scan_quoted("`"))
        elif ch in PUNCT_CHARS:
            self.emit_token(PUNCT, ch)
        elif ch in SOLO_CHARS:
            self.emit_token(NAME, ch)
        elif ch == "." and (self.at_end() or is_layout(self.peek()) or self.peek() == "%"):
            self.emit_token(END, ".")
        elif ch in SYMBOL_CHARS:
            while self.peek() in SYMBOL_CHARS and self.peek() != "\0":
                self.advance()
            self.emit_token(NAME, self.text_from(start))
        else:
            self.error("Illegal character")

    # -- numbers ----------------------------------------------------------------------------
    def scan_number(self, start):
        ch = self.source[start]
        if ch == "0" and self.peek() == "'":
            self.advance()
            code = self.scan_char_code()
            self.emit_token(INT, str(code))
            return
        base = prefix_base(self.peek())
        if ch == "0" and base > 0:
            if integers.digit_value(self.peek(1)) < base:
                self.advance()
                while integers.digit_value(self.peek()) < base or \
                        (self.peek() == "_" and integers.digit_value(self.peek(1)) < base):
                    self.advance()
                self.emit_token(INT, self.text_from(start))
                return
        self.skip_digits()
        if self.peek() == "'":
            base = integers.parse_int(integers.without_underscores(self.text_from(start)), 10)
            if 2 <= base <= 36 and integers.digit_value(self.peek(1)) < base:
                self.advance()
                digits_start = self.pos
                while integers.digit_value(self.peek()) < base:
                    self.advance()
                value = rbigint.fromstr(self.text_from(digits_start), base)
                self.emit_token(INT, value.str())
                return
        is_float = False
        if self.peek() == "." and is_digit(self.peek(1)):
            is_float = True
            self.advance()
            self.skip_digits()
        if (self.peek() == "e" or self.peek() == "E") and (
                is_digit(self.peek(1)) or
                ((self.peek(1) == "+" or self.peek(1) == "-") and is_digit(self.peek(2)))):
            is_float = True
            self.advance()
            if self.peek() == "+" or self.peek() == "-":
                self.advance()
            self.skip_digits()
        if is_float:
            text = self.text_from(start)
            if self.followed_by("Inf"):
                self.pos += 3
                text += "Inf"
            elif self.followed_by("NaN"):
                self.pos += 3
                text += "NaN"
            self.emit_token(FLOAT, text)
        else:
            self.emit_token(INT, integers.without_underscores(self.text_from(start)))

    def followed_by(self, word):
        return self.matches_at(word)

    def matches_at(self, word):
        for k in range(len(word)):
            if self.peek(k) != word[k]:
                return False
        return True

    def text_from(self, start):
        end = self.pos
        assert start >= 0 and end >= start
        return self.source[start:end]

    def skip_digits(self):
        while is_digit(self.peek()) or (self.peek() == "_" and is_digit(self.peek(1))):
            self.advance()

    def scan_char_code(self):
        """The code after `0'`: a quoted-character escape, `''` or one character."""
        if self.at_end():
            self.error("Unexpected end of file")
        ch = self.advance()
        if ch == "\\":
            code = self.scan_escape()
            if code < 0:
                self.error("Illegal character code")
            return code
        if ch == "'" and self.peek() == "'":
            self.advance()
        return self.utf8_code(ch)

    def utf8_code(self, first):
        """The code point whose UTF-8 encoding starts with `first` (consumed)."""
        code = ord(first)
        if code < 0x80:
            return code
        if code >= 0xF0:
            count, code = 3, code & 0x07
        elif code >= 0xE0:
            count, code = 2, code & 0x0F
        else:
            count, code = 1, code & 0x1F
        for _ in range(count):
            if self.at_end():
                break
            code = (code << 6) | (ord(self.advance()) & 0x3F)
        return code

    # -- quoted text ------------------------------------------------------------------------
    def scan_quoted(self, quote):
        pieces = []
        while True:
            if self.at_end():       # swipl places this at the clause's start
                raise SourceError("End of file in quoted " + quote_kind(quote),
                                  self.clause_line, self.clause_column)
            ch = self.advance()
            if ch == quote:
                if self.peek() == quote:
                    self.advance()
                    pieces.append(quote)
                    continue
                return "".join(pieces)
            if ch == "\\":
                code = self.scan_escape()
                if code >= 0:
                    pieces.append(encode_utf8(code))
                continue
            if ch == "\n" and quote == "'":
                pass
            pieces.append(ch)

    def scan_escape(self):
        """The code of the escape after a backslash, or -1 for a line continuation."""
        if self.at_end():
            self.error("Unexpected end of file")
        ch = self.advance()
        if ch == "n":
            return 10
        if ch == "t":
            return 9
        if ch == "r":
            return 13
        if ch == "a":
            return 7
        if ch == "b":
            return 8
        if ch == "f":
            return 12
        if ch == "v":
            return 11
        if ch == "0" and not is_digit(self.peek()):
            if self.peek() == "\\":
                self.advance()
            return 0
        if ch == "e":
            return 27
        if ch == "s":
            return 32
        if ch == "z":
            return -1
        if ch == "\n":
            return -1
        if ch == "\\" or ch == "'" or ch == '"' or ch == "`":
            return ord(ch)
        if ch == "x":
            return self.scan_code_digits(16, 0, 0)
        if is_digit(ch):
            return self.scan_code_digits(8, integers.digit_value(ch), 1)
        self.error("Undefined escape sequence")
        return 0

    def scan_code_digits(self, base, code, count):
        """The code of the digits from here (after `count` already read, worth `code`);
        the scanner's position only ever grows (Scanner.pos is non-negative for every
        language's lexer in one binary)."""
        while integers.digit_value(self.peek()) < base:
            code = code * base + integers.digit_value(self.advance())
            count += 1
            if code > 0x10FFFF:
                self.error("Illegal character code")
        if self.peek() == "\\":
            self.advance()
        if count == 0:
            self.error("Undefined escape sequence")
        return code


def prefix_base(letter):
    """The base a 0x, 0o or 0b prefix gives, or 0."""
    if letter == "x":
        return 16
    if letter == "o":
        return 8
    if letter == "b":
        return 2
    return 0


def quote_kind(quote):
    if quote == "'":
        return "atom"
    if quote == '"':
        return "string"
    return "codes"


def encode_utf8(code):
    if code < 0x80:
        return chr(code)
    if code < 0x800:
        return chr(0xC0 | (code >> 6)) + chr(0x80 | (code & 0x3F))
    if code < 0x10000:
        return (chr(0xE0 | (code >> 12)) + chr(0x80 | ((code >> 6) & 0x3F)) +
                chr(0x80 | (code & 0x3F)))
    return (chr(0xF0 | (code >> 18)) + chr(0x80 | ((code >> 12) & 0x3F)) +
            chr(0x80 | ((code >> 6) & 0x3F)) + chr(0x80 | (code & 0x3F)))


def decode_utf8(text):
    """The code points of UTF-8 text (invalid bytes pass through as themselves)."""
    codes = []
    i = 0
    n = len(text)
    while i < n:
        code = ord(text[i])
        if code < 0x80 or code < 0xC0:
            codes.append(code)
            i += 1
            continue
        if code >= 0xF0:
            count, code = 3, code & 0x07
        elif code >= 0xE0:
            count, code = 2, code & 0x0F
        else:
            count, code = 1, code & 0x1F
        i += 1
        for _ in range(count):
            if i < n:
                code = (code << 6) | (ord(text[i]) & 0x3F)
                i += 1
        codes.append(code)
    return codes


def char_length(text):
    """The number of code points in UTF-8 text."""
    count = 0
    for ch in text:
        if ord(ch) < 0x80 or ord(ch) >= 0xC0:
            count += 1
    return count


class TermBuilder(object):
    """Makes terms for the TermParser; remembers the clause's variables by name."""

    def __init__(self, engine, double_quotes):
        self.engine = engine
        self.double_quotes = double_quotes
        self.names = []
        self.vars = []
        self.counts = []

    def atom(self, name):
        if name == "[]":
            return terms.NIL
        if name == QUOTED_NIL:
            return atom("[]")
        return atom(name)

    def variable(self, name):
        if name == "_":
            return self.engine.new_var()
        for k in range(len(self.names)):
            if self.names[k] == name:
                self.counts[k] += 1
                return self.vars[k]
        var = self.engine.new_var()
        self.names.append(name)
        self.vars.append(var)
        self.counts.append(1)
        return var

    def number(self, kind, text, negative):
        if kind == INT:
            return parse_integer(text, negative)
        return parse_float_term(text, negative)

    def string(self, kind, text):
        if kind == BACKQUOTE:
            return codes_term(text)
        flag = self.double_quotes
        if flag == "codes":
            return codes_term(text)
        if flag == "chars":
            return chars_term(text)
        if flag == "atom":
            return atom(text)
        return String(text)

    def compound(self, name, args):
        if name == QUOTED_NIL:
            name = "[]"
        if name == "[]" and len(args) == 0:
            return terms.NIL
        return Struct(functor_of(name, len(args)), args)

    def list(self, items, tail):
        if tail is None:
            return terms.list_of(items)
        return terms.list_of(items, tail)

    def singletons(self):
        """Names of variables seen once that do not start with `_`."""
        result = []
        for k in range(len(self.names)):
            name = self.names[k]
            if self.counts[k] == 1 and not name.startswith("_"):
                result.append(name)
        return result


def parse_integer(text, negative):
    if negative:
        text = "-" + text
    try:
        return Int(integers.parse_int(text, 0))
    except OverflowError:
        return terms.make_big(integers.parse_big(text, 0))


def parse_float_term(text, negative):
    if text.endswith("Inf"):
        value = INFINITY
    elif text.endswith("NaN"):
        value = NAN
    else:
        value = integers.parse_float(text)
    if negative:
        value = -value
    return Float(value)


def codes_term(text):
    return terms.list_of([Int(code) for code in decode_utf8(text)])


def chars_term(text):
    return terms.list_of([atom(encode_utf8(code)) for code in decode_utf8(text)])


class PrologParser(TermParser):
    """The kit's reader with SWI-Prolog's leniency: an argument or list element may be a
    term of any priority (`f(a :- b)`), ended by the comma or bar that separates it."""
    in_arguments = False

    def parse_arguments(self, closing):
        saved = self.in_arguments
        self.in_arguments = True
        try:
            return TermParser.parse_arguments(self, closing)
        finally:
            self.in_arguments = saved

    def parse_list(self):
        saved = self.in_arguments
        self.in_arguments = True
        try:
            return TermParser.parse_list(self)
        finally:
            self.in_arguments = saved

    def parse_primary(self, max_priority):
        saved = self.in_arguments
        token = self.peek(0)
        if self.is_punct(token, "(") or self.is_punct(token, "{"):
            self.in_arguments = False
        try:
            return TermParser.parse_primary(self, max_priority)
        finally:
            self.in_arguments = saved

    def parse(self, max_priority):
        if self.in_arguments and max_priority == ARGUMENT_PRIORITY:
            max_priority = MAX_PRIORITY
        return TermParser.parse(self, max_priority)

    def infix_name(self, token):
        name = TermParser.infix_name(self, token)
        if self.in_arguments and (name == "," or name == "|"):
            if token is not None and token.name == self.PUNCT:
                return ""
        return name


class ReadResult(object):
    """One clause read: its term, the builder (variable names) and where it started."""

    def __init__(self, term, builder, line):
        self.term = term
        self.builder = builder
        self.line = line


class Reader(object):
    """Reads the terms of one text in turn; `read()` returns None at its end and raises
    SourceError for a clause that does not parse (the next read starts after it)."""

    def __init__(self, engine, source):
        self.engine = engine
        self.scanner = PrologScanner(source)

    def read(self):
        tokens = self.scanner.next_clause()
        if not tokens:
            return None
        first = tokens[0].getsourcepos()
        line = first.lineno if first is not None else 0
        builder = TermBuilder(self.engine, self.engine.flags.double_quotes)
        parser = PrologParser(self.engine.operators, builder)
        try:
            term = parser.read_term(TokenStream(tokens))
        except SourceError as e:
            raise self.relocate(e, tokens)
        return ReadResult(term, builder, line)

    def relocate(self, error, tokens):
        """SWI-Prolog places a syntax error just after the last token that read well."""
        for k in range(1, len(tokens)):
            position = tokens[k].getsourcepos()
            if position is not None and position.lineno == error.line and \
                    position.colno == error.column:
                previous = tokens[k - 1].getsourcepos()
                if previous is not None:
                    line, column = self.place(previous.idx)
                    return SourceError(error.message, line, column, error.token)
        return error

    def place(self, offset):
        """(line, column) of a source offset, 1-based."""
        source = self.scanner.source
        line = 1
        line_start = 0
        for k in range(min(offset, len(source))):
            if source[k] == "\n":
                line += 1
                line_start = k + 1
        return line, offset - line_start + 1
