"""Python 3.11 tokenizer: a hand-written scanner on framework.lexing.

`PythonScanner(source).scan()` returns the token list the parser reads: NAME, one kind per
keyword (IF, DEF, ... ; see KEYWORDS), INT / FLOAT / IMAGINARY (value: the source text without
underscores), STRING (value: the decoded text, UTF-8), BYTES (value: the decoded bytes), FSTRING
(value: the whole literal as written, prefix and quotes included; the parser splits it), the
operators under CPython's token names (LPAR, DOUBLESTAR, RARROW, COLONEQUAL, ...), NEWLINE,
INDENT, DEDENT and a final ENDMARKER.

Errors are worded as CPython 3.11 words them (`PythonSyntaxError`, a SourceError whose `kind` is
SyntaxError, IndentationError or TabError).  `scan()` does not raise them: like CPython, which
tokenizes lazily, it records the error, ends the list with an ERRORTOKEN at its place and lets
the parser decide which error the user sees (a syntax error before the bad token wins).
`tokenize()` is the raising variant used by tests.

Columns are 1-based byte offsets (the framework's convention; CPython's carets count characters).
"""
from rpython.rlib.unicodedata import unicodedb_8_0_0 as unicodedb

from framework.errors import SourceError
from framework.lexing import Scanner, TokenStream, is_digit, is_alpha, is_hex_digit
from framework.integers import without_underscores


# CPython's tokenizer limits (MAXLEVEL, MAXINDENT): deeper source is a syntax error there.
MAX_PAREN_LEVEL = 200
MAX_INDENT_LEVEL = 100

class PythonSyntaxError(SourceError):
    """A SourceError that knows which Python exception class it is."""

    def __init__(self, message, line, column, kind="SyntaxError", token=""):
        SourceError.__init__(self, message, line, column, token, kind)
        # CPython's tokenizer raises most of its errors at once, and they replace a syntax
        # error found earlier in the file; bad indentation, a bad line continuation and the
        # end of file after a backslash are only reported when the parser reaches them
        self.replaces_syntax_errors = True


def syntax_error(message, line, column, kind="SyntaxError"):
    return PythonSyntaxError(message, line, column, kind)


KEYWORDS = {
    "False": "FALSE", "None": "NONE", "True": "TRUE", "and": "AND", "as": "AS",
    "assert": "ASSERT", "async": "ASYNC", "await": "AWAIT", "break": "BREAK",
    "class": "CLASS", "continue": "CONTINUE", "def": "DEF", "del": "DEL", "elif": "ELIF",
    "else": "ELSE", "except": "EXCEPT", "finally": "FINALLY", "for": "FOR", "from": "FROM",
    "global": "GLOBAL", "if": "IF", "import": "IMPORT", "in": "IN", "is": "IS",
    "lambda": "LAMBDA", "nonlocal": "NONLOCAL", "not": "NOT", "or": "OR", "pass": "PASS",
    "raise": "RAISE", "return": "RETURN", "try": "TRY", "while": "WHILE", "with": "WITH",
    "yield": "YIELD",
}

OPERATORS3 = {"**=": "DOUBLESTAREQUAL", "//=": "DOUBLESLASHEQUAL", ">>=": "RIGHTSHIFTEQUAL",
              "<<=": "LEFTSHIFTEQUAL", "...": "ELLIPSIS"}

OPERATORS2 = {"**": "DOUBLESTAR", "//": "DOUBLESLASH", ">>": "RIGHTSHIFT", "<<": "LEFTSHIFT",
              "<=": "LESSEQUAL", ">=": "GREATEREQUAL", "==": "EQEQUAL", "!=": "NOTEQUAL",
              "->": "RARROW", ":=": "COLONEQUAL", "+=": "PLUSEQUAL", "-=": "MINEQUAL",
              "*=": "STAREQUAL", "/=": "SLASHEQUAL", "%=": "PERCENTEQUAL", "&=": "AMPEREQUAL",
              "|=": "VBAREQUAL", "^=": "CIRCUMFLEXEQUAL", "@=": "ATEQUAL"}

OPERATORS1 = {"+": "PLUS", "-": "MINUS", "*": "STAR", "/": "SLASH", "%": "PERCENT", "@": "AT",
              "&": "AMPER", "|": "VBAR", "^": "CIRCUMFLEX", "~": "TILDE", "<": "LESS",
              ">": "GREATER", "(": "LPAR", ")": "RPAR", "[": "LSQB", "]": "RSQB",
              "{": "LBRACE", "}": "RBRACE", ",": "COMMA", ":": "COLON", ";": "SEMI",
              ".": "DOT", "=": "EQUAL"}

# keywords a number may touch directly (CPython 3.11 only warns: `1if x else y`)
NUMBER_NEIGHBOUR_KEYWORDS = {"and": None, "else": None, "for": None, "if": None, "in": None,
                             "is": None, "not": None, "or": None}

CLOSERS = {")": "(", "]": "[", "}": "{"}


# -- UTF-8 helpers ---------------------------------------------------------------------------

def utf8_decode_at(s, i):
    """The code point starting at byte i of valid UTF-8 s, and its length in bytes."""
    c = ord(s[i])
    if c < 0x80:
        return c, 1
    if c < 0xE0:
        need = 1
        code = c & 0x1F
    elif c < 0xF0:
        need = 2
        code = c & 0x0F
    else:
        need = 3
        code = c & 0x07
    k = 1
    while k <= need:
        if i + k < len(s):
            code = (code << 6) | (ord(s[i + k]) & 0x3F)
        k += 1
    return code, need + 1


def utf8_encode(code, out):
    """Append the UTF-8 bytes of a code point to list `out` (surrogates are encoded as is)."""
    if code < 0x80:
        out.append(chr(code))
    elif code < 0x800:
        out.append(chr(0xC0 | (code >> 6)))
        out.append(chr(0x80 | (code & 0x3F)))
    elif code < 0x10000:
        out.append(chr(0xE0 | (code >> 12)))
        out.append(chr(0x80 | ((code >> 6) & 0x3F)))
        out.append(chr(0x80 | (code & 0x3F)))
    else:
        out.append(chr(0xF0 | (code >> 18)))
        out.append(chr(0x80 | ((code >> 12) & 0x3F)))
        out.append(chr(0x80 | ((code >> 6) & 0x3F)))
        out.append(chr(0x80 | (code & 0x3F)))


HEX_DIGITS = "0123456789ABCDEF"


def hex_upper(code, width):
    digits = []
    while code > 0:
        digits.append(HEX_DIGITS[code & 15])
        code >>= 4
    while len(digits) < width:
        digits.append("0")
    digits.reverse()
    return "".join(digits)


def hex_value(ch):
    if "0" <= ch <= "9":
        return ord(ch) - ord("0")
    if "a" <= ch <= "f":
        return ord(ch) - ord("a") + 10
    if "A" <= ch <= "F":
        return ord(ch) - ord("A") + 10
    return -1


def is_identifier_start(code):
    if code < 0x80:
        return is_alpha(chr(code))
    return unicodedb.isxidstart(code)


def is_identifier_char(code):
    if code < 0x80:
        ch = chr(code)
        return is_alpha(ch) or is_digit(ch)
    return unicodedb.isxidcontinue(code)


def invalid_character_message(code):
    if code < 0x80 or unicodedb.isprintable(code):
        out = []
        utf8_encode(code, out)
        return "invalid character '%s' (U+%s)" % ("".join(out), hex_upper(code, 4))
    return "invalid non-printable character U+%s" % hex_upper(code, 4)


# -- string literal decoding ---------------------------------------------------------------------

class EscapeError(Exception):
    """A bad escape; `message` is CPython's wording without the '(unicode error)' prefix."""

    def __init__(self, message):
        self.message = message


def decode_escapes(body, is_bytes):
    """Decode the backslash escapes of a non-raw literal body (UTF-8 in, UTF-8 or bytes out)."""
    out = []
    i = 0
    n = len(body)
    while i < n:
        ch = body[i]
        if ch != "\\":
            out.append(ch)
            i += 1
            continue
        start = i
        i += 1
        if i >= n:
            # a lone backslash at the end cannot happen in a terminated literal; keep it
            out.append("\\")
            break
        ch = body[i]
        i += 1
        if ch == "\n":
            continue
        elif ch == "\\":
            out.append("\\")
        elif ch == "'":
            out.append("'")
        elif ch == '"':
            out.append('"')
        elif ch == "n":
            out.append("\n")
        elif ch == "t":
            out.append("\t")
        elif ch == "r":
            out.append("\r")
        elif ch == "a":
            out.append("\x07")
        elif ch == "b":
            out.append("\x08")
        elif ch == "f":
            out.append("\x0c")
        elif ch == "v":
            out.append("\x0b")
        elif "0" <= ch <= "7":
            value = ord(ch) - ord("0")
            count = 1
            while count < 3 and i < n and "0" <= body[i] <= "7":
                value = value * 8 + ord(body[i]) - ord("0")
                i += 1
                count += 1
            if is_bytes:
                out.append(chr(value & 0xFF))
            else:
                utf8_encode(value, out)
        elif ch == "x":
            value = 0
            count = 0
            while count < 2 and i < n and hex_value(body[i]) >= 0:
                value = value * 16 + hex_value(body[i])
                i += 1
                count += 1
            if count < 2:
                if is_bytes:
                    raise EscapeError("(value error) invalid \\x escape at position %d" % start)
                raise EscapeError("(unicode error) 'unicodeescape' codec can't decode bytes in "
                                  "position %d-%d: truncated \\xXX escape" % (start, i - 1))
            if is_bytes:
                out.append(chr(value))
            else:
                utf8_encode(value, out)
        elif (ch == "u" or ch == "U") and not is_bytes:
            width = 4 if ch == "u" else 8
            value = 0
            count = 0
            while count < width and i < n and hex_value(body[i]) >= 0:
                value = value * 16 + hex_value(body[i])
                i += 1
                count += 1
            if count < width:
                raise EscapeError("(unicode error) 'unicodeescape' codec can't decode bytes in "
                                  "position %d-%d: truncated \\%sXXXX%s escape"
                                  % (start, i - 1, ch, "XXXX" if width == 8 else ""))
            if value > 0x10FFFF:
                raise EscapeError("(unicode error) 'unicodeescape' codec can't decode bytes in "
                                  "position %d-%d: illegal Unicode character" % (start, i - 1))
            utf8_encode(value, out)
        elif ch == "N" and not is_bytes:
            code = -1
            if i < n and body[i] == "{":
                close = body.find("}", i + 1)
                if close > i + 1:
                    name_start = i + 1
                    assert name_start >= 0 and close >= name_start
                    name = body[name_start:close]
                    i = close + 1
                    code = lookup_character_name(name)
                    if code < 0:
                        raise EscapeError("(unicode error) 'unicodeescape' codec can't decode "
                                          "bytes in position %d-%d: unknown Unicode character "
                                          "name" % (start, i - 1))
            if code < 0:
                raise EscapeError("(unicode error) 'unicodeescape' codec can't decode bytes in "
                                  "position %d-%d: malformed \\N character escape"
                                  % (start, i - 1))
            utf8_encode(code, out)
        else:
            # unknown escapes keep their backslash (CPython only warns)
            out.append("\\")
            out.append(ch)
    return "".join(out)


def lookup_character_name(name):
    upper = name.upper()
    try:
        return unicodedb.lookup(upper)
    except KeyError:
        return -1


# -- the scanner ---------------------------------------------------------------------------------

class PythonScanner(Scanner):
    """Python's tokenizer.  expr_mode scans an f-string replacement field: no NEWLINE, no
    indentation, an EVAL_INPUT token first; line/column place it in the enclosing file."""

    def __init__(self, source, expr_mode=False, line=1, column=1):
        if source.find("\r") >= 0:
            source = normalize_newlines(source)
        Scanner.__init__(self, source)
        self.expr_mode = expr_mode
        self.line = line
        self.line_start = 1 - column
        self.indents = [0]
        self.altindents = [0]
        self.paren_chars = []
        self.paren_lines = []
        self.paren_columns = []
        self.at_bol = not expr_mode
        self.lex_error = None
        # set when the file ends inside brackets: where the outermost one was opened
        self.unclosed_line = 0
        self.unclosed_column = 0

    # -- entry points --------------------------------------------------------------------------
    def scan(self):
        """The whole token list; a lexical error ends it with an ERRORTOKEN (see lex_error)."""
        try:
            if self.expr_mode:
                self.begin_token()
                self.emit_value("EVAL_INPUT", "")
            elif self.source.startswith("\xef\xbb\xbf"):
                self.pos = 3
                self.line_start = 3
            self.scan_all()
            self.finish()
        except PythonSyntaxError as e:
            self.lex_error = e
            self.token_line = e.line
            self.token_column = e.column
            self.emit_value("ERRORTOKEN", "")
        return self.result

    def tokens(self):
        self.scan()
        if self.lex_error is not None:
            raise self.lex_error
        return TokenStream(self.result)

    # -- errors ---------------------------------------------------------------------------------
    def fail(self, message, line, column, kind="SyntaxError"):
        raise PythonSyntaxError(message, line, column, kind)

    def fail_here(self, message):
        raise PythonSyntaxError(message, self.line, self.column())

    def fail_at_token(self, message):
        raise PythonSyntaxError(message, self.token_line, self.token_column)

    def current_line_length(self):
        end = self.source.find("\n", self.pos)
        if end < 0:
            end = len(self.source)
        return end - self.line_start

    def eof_position(self):
        """(line, column) CPython reports for errors at the end of the file: just past the
        last character of the last line (a final newline does not start a new line)."""
        n = len(self.source)
        if n > 0 and self.source[n - 1] == "\n":
            end = n - 1
            assert end >= 0
            start = self.source.rfind("\n", 0, end) + 1
            line = self.line - 1
        else:
            end = n
            start = self.line_start
            line = self.line
        if start < 0:
            start = 0
        if line < 1:
            line = 1
        return line, end - start + 1

    # -- main loop ------------------------------------------------------------------------------
    def scan_all(self):
        while True:
            if self.at_bol:
                self.at_bol = False
                if self.indentation():
                    self.at_bol = True
                    continue
            ch = self.peek()
            while ch == " " or ch == "\t" or ch == "\x0c":
                self.advance()
                ch = self.peek()
            if self.at_end():
                return
            if ch == "#":
                self.skip_comment()
                continue
            if ch == "\n":
                if self.paren_chars or self.expr_mode:
                    self.advance()
                    continue
                self.begin_token()
                self.advance()
                self.emit_value("NEWLINE", "\n")
                self.at_bol = True
                continue
            if ch == "\\":
                self.begin_token()
                self.advance()
                if self.at_end():
                    self.fail_quietly("unexpected EOF while parsing", self.line, self.column())
                if self.peek() == "\n":
                    line = self.line
                    column = self.column()
                    self.advance()
                    if self.at_end():
                        self.fail_quietly("unexpected EOF while parsing", line, column)
                    continue
                self.fail_quietly("unexpected character after line continuation character",
                                  self.line, self.column())
            self.scan_token()

    def skip_comment(self):
        while not self.at_end() and self.peek() != "\n":
            self.advance()

    def indentation(self):
        """Measure the indentation at the start of a line; emit INDENT/DEDENT.  Returns True
        when the line is blank or a comment (consumed, no tokens)."""
        col = 0
        altcol = 0
        while True:
            ch = self.peek()
            if ch == " ":
                col += 1
                altcol += 1
            elif ch == "\t":
                col = (col // 8 + 1) * 8
                altcol += 1
            elif ch == "\x0c":
                col = 0
                altcol = 0
            else:
                break
            self.advance()
        if self.at_end():
            return False
        ch = self.peek()
        if ch == "#" or ch == "\n":
            self.skip_comment()
            if not self.at_end():
                self.advance()
            return True
        if ch == "\\" and self.peek(1) == "\n":
            return False        # a continuation line joins the next one, indentation ignored
        width = self.pos - self.line_start
        top = len(self.indents) - 1
        if col == self.indents[top]:
            if altcol != self.altindents[top]:
                self.fail_tab()
        elif col > self.indents[top]:
            if altcol <= self.altindents[top]:
                self.fail_tab()
            if len(self.indents) >= MAX_INDENT_LEVEL:
                self.fail("too many levels of indentation", self.line, 0, "IndentationError")
            self.indents.append(col)
            self.altindents.append(altcol)
            self.token_line = self.line
            self.token_column = width if width > 0 else 1
            self.emit_value("INDENT", "")
        else:
            # check before emitting anything: CPython's tokenizer fails before its DEDENTs
            top = len(self.indents) - 1
            while top > 0 and col < self.indents[top]:
                top -= 1
            if col != self.indents[top]:
                self.fail_quietly("unindent does not match any outer indentation level",
                                  self.line, self.current_line_length() + 1, "IndentationError")
            if altcol != self.altindents[top]:
                self.fail_tab()
            while len(self.indents) > top + 1:
                self.indents.pop()
                self.altindents.pop()
                self.begin_token()
                self.emit_value("DEDENT", "")
        return False

    def fail_tab(self):
        self.fail_quietly("inconsistent use of tabs and spaces in indentation", self.line, 1,
                          "TabError")

    def fail_quietly(self, message, line, column, kind="SyntaxError"):
        """An error that does not replace an earlier syntax error (see PythonSyntaxError)."""
        error = PythonSyntaxError(message, line, column, kind)
        error.replaces_syntax_errors = False
        raise error

    def finish(self):
        if self.paren_chars:
            self.unclosed_line = self.paren_lines[0]
            self.unclosed_column = self.paren_columns[0]
            top = len(self.paren_chars) - 1
            self.fail("'%s' was never closed" % self.paren_chars[top], self.paren_lines[top],
                      self.paren_columns[top])
        line, column = self.eof_position()
        if self.expr_mode:
            self.token_line = self.line
            self.token_column = self.column()
            self.emit_value("ENDMARKER", "")
            return
        self.token_line = line
        self.token_column = column
        n = len(self.result)
        if n > 0:
            kind = self.result[n - 1].gettokentype()
            if kind != "NEWLINE" and kind != "DEDENT" and kind != "INDENT":
                self.emit_value("NEWLINE", "")
        while len(self.indents) > 1:
            self.indents.pop()
            self.emit_value("DEDENT", "")
        self.emit_value("ENDMARKER", "")

    # -- tokens ---------------------------------------------------------------------------------
    def scan_token(self):
        start = self.begin_token()
        ch = self.peek()
        if is_digit(ch) or (ch == "." and is_digit(self.peek(1))):
            self.scan_number(start)
            return
        if ch == "'" or ch == '"':
            self.scan_string(start, "")
            return
        code, size = utf8_decode_at(self.source, self.pos)
        if is_identifier_start(code):
            self.scan_name(start)
            return
        if code >= 0x80:
            self.fail_at_token(invalid_character_message(code))
        three = self.source[self.pos:self.pos + 3]
        kind = OPERATORS3.get(three, "")
        if kind != "":
            self.pos += 3
            self.emit(kind, start)
            return
        two = self.source[self.pos:self.pos + 2]
        kind = OPERATORS2.get(two, "")
        if kind != "":
            self.pos += 2
            self.emit(kind, start)
            return
        kind = OPERATORS1.get(ch, "")
        if kind == "":
            if ch == "!" or ch == "$" or ch == "?" or ch == "`":
                # CPython tokenizes these as operators nobody accepts: a plain syntax error
                self.fail_quietly("invalid syntax", self.token_line, self.token_column)
            self.fail_at_token(invalid_character_message(code))
        if ch == "(" or ch == "[" or ch == "{":
            if len(self.paren_chars) >= MAX_PAREN_LEVEL:
                self.fail_at_token("too many nested parentheses")
            self.paren_chars.append(ch)
            self.paren_lines.append(self.token_line)
            self.paren_columns.append(self.token_column)
        elif ch == ")" or ch == "]" or ch == "}":
            if not self.paren_chars:
                self.fail_at_token("unmatched '%s'" % ch)
            top = len(self.paren_chars) - 1
            opener = self.paren_chars[top]
            if opener != CLOSERS[ch]:
                if self.paren_lines[top] != self.token_line:
                    self.fail_at_token("closing parenthesis '%s' does not match opening "
                                       "parenthesis '%s' on line %d"
                                       % (ch, opener, self.paren_lines[top]))
                self.fail_at_token("closing parenthesis '%s' does not match opening "
                                   "parenthesis '%s'" % (ch, opener))
            self.paren_chars.pop()
            self.paren_lines.pop()
            self.paren_columns.pop()
        self.advance()
        self.emit(kind, start)

    def scan_name(self, start):
        while not self.at_end():
            code, size = utf8_decode_at(self.source, self.pos)
            if not is_identifier_char(code):
                break
            self.pos += size
        end = self.pos
        assert end >= start
        text = self.source[start:end]
        ch = self.peek()
        if (ch == "'" or ch == '"') and len(text) <= 2 and is_string_prefix(text):
            self.scan_string(start, text)
            return
        kind = KEYWORDS.get(text, "NAME")
        self.emit_value(kind, text)

    # -- numbers --------------------------------------------------------------------------------
    def digits(self, what, allow_hex=False):
        """Digits with single underscores between them; returns how many digits were read."""
        count = 0
        while True:
            ch = self.peek()
            if is_digit(ch) or (allow_hex and is_hex_digit(ch)):
                self.advance()
                count += 1
            elif ch == "_" and count > 0:
                nxt = self.peek(1)
                if is_digit(nxt) or (allow_hex and is_hex_digit(nxt)):
                    self.advance()
                else:
                    self.fail_here("invalid %s literal" % what)
            else:
                return count

    def scan_number(self, start):
        ch = self.peek()
        nxt = self.peek(1)
        if ch == "0" and (nxt == "x" or nxt == "X"):
            self.advance()
            self.advance()
            if self.peek() == "_":
                self.advance()
            if self.digits("hexadecimal", True) == 0:
                self.fail("invalid hexadecimal literal", self.line, self.column() - 1)
            self.end_of_number(start, "hexadecimal", "INT")
            return
        if ch == "0" and (nxt == "o" or nxt == "O" or nxt == "b" or nxt == "B"):
            octal = nxt == "o" or nxt == "O"
            what = "octal" if octal else "binary"
            self.advance()
            self.advance()
            count = 0
            while True:
                ch = self.peek()
                if ch == "_":
                    if is_digit(self.peek(1)):
                        self.advance()
                        continue
                    self.fail_here("invalid %s literal" % what)
                if not is_digit(ch):
                    break
                if (octal and ch >= "8") or (not octal and ch >= "2"):
                    self.fail_here("invalid digit '%s' in %s literal" % (ch, what))
                self.advance()
                count += 1
            if count == 0:
                self.fail("invalid %s literal" % what, self.line, self.column() - 1)
            self.end_of_number(start, what, "INT")
            return
        kind = "INT"
        if ch != ".":
            self.digits("decimal")
        if self.peek() == ".":
            self.advance()
            kind = "FLOAT"
            if is_digit(self.peek()):
                self.digits("decimal")
        ch = self.peek()
        if ch == "e" or ch == "E":
            ahead = 1
            sign = self.peek(1)
            if sign == "+" or sign == "-":
                ahead = 2
            if is_digit(self.peek(ahead)):
                kind = "FLOAT"
                self.advance()
                if ahead == 2:
                    self.advance()
                self.digits("decimal")
            else:
                # CPython points at the sign, or at the last digit before the 'e'
                self.fail("invalid decimal literal", self.line,
                          self.column() + (1 if ahead == 2 else -1))
        ch = self.peek()
        if ch == "j" or ch == "J":
            self.advance()
            kind = "IMAGINARY"
        if kind == "INT":
            self.check_leading_zeros(start)
        self.end_of_number(start, "imaginary" if kind == "IMAGINARY" else "decimal", kind)

    def check_leading_zeros(self, start):
        end = self.pos
        assert end >= start
        text = self.source[start:end]
        if len(text) > 1 and text[0] == "0":
            for c in text:
                if c != "0" and c != "_":
                    self.fail("leading zeros in decimal integer literals are not permitted; "
                              "use an 0o prefix for octal integers", self.token_line,
                              self.token_column)

    def end_of_number(self, start, what, kind):
        if not self.at_end():
            code, size = utf8_decode_at(self.source, self.pos)
            if is_identifier_char(code):
                # `1if x else y` and friends are accepted (CPython 3.11 only warns)
                word_end = self.pos
                while word_end < len(self.source) and is_alpha(self.source[word_end]):
                    word_end += 1
                word = self.source[self.pos:word_end]
                after = "\0"
                if word_end < len(self.source):
                    after = self.source[word_end]
                if not (word in NUMBER_NEIGHBOUR_KEYWORDS and not is_digit(after)
                        and not is_alpha(after) and ord(after) < 0x80):
                    # CPython points at the last character of the number
                    self.fail("invalid %s literal" % what, self.line, self.column() - 1)
        end = self.pos
        assert end >= start
        text = self.source[start:end]
        self.emit_value(kind, without_underscores(text))

    # -- strings --------------------------------------------------------------------------------
    def scan_string(self, start, prefix):
        raw = False
        is_bytes = False
        is_f = False
        for c in prefix:
            if c == "r" or c == "R":
                raw = True
            elif c == "b" or c == "B":
                is_bytes = True
            elif c == "f" or c == "F":
                is_f = True
        quote = self.advance()
        triple = False
        if self.peek() == quote and self.peek(1) == quote:
            self.advance()
            self.advance()
            triple = True
        body_start = self.pos
        body_end = self.pos
        while True:
            if self.at_end():
                line, column = self.eof_position()
                if triple:
                    self.fail_at_token("unterminated triple-quoted string literal (detected at "
                                       "line %d)" % line)
                self.fail_at_token("unterminated string literal (detected at line %d)" % line)
            ch = self.peek()
            if ch == "\\":
                self.advance()
                if not self.at_end():
                    self.advance()
                continue
            if ch == "\n" and not triple:
                self.fail_at_token("unterminated string literal (detected at line %d)"
                                   % self.line)
            if ch == quote:
                if not triple:
                    body_end = self.pos
                    self.advance()
                    break
                if self.peek(1) == quote and self.peek(2) == quote:
                    body_end = self.pos
                    self.advance()
                    self.advance()
                    self.advance()
                    break
            self.advance()
        assert body_start >= 0 and body_end >= body_start
        if is_f:
            self.emit("FSTRING", start)
            return
        body = self.source[body_start:body_end]
        if is_bytes:
            for c in body:
                if ord(c) >= 0x80:
                    self.fail_at_token("bytes can only contain ASCII literal characters")
        if not raw:
            try:
                body = decode_escapes(body, is_bytes)
            except EscapeError as e:
                self.fail_here(e.message)
        self.emit_value("BYTES" if is_bytes else "STRING", body)


def is_string_prefix(text):
    lower = text.lower()
    return (lower == "r" or lower == "u" or lower == "b" or lower == "f" or lower == "br"
            or lower == "rb" or lower == "fr" or lower == "rf")


def normalize_newlines(source):
    out = []
    i = 0
    n = len(source)
    while i < n:
        ch = source[i]
        if ch == "\r":
            out.append("\n")
            if i + 1 < n and source[i + 1] == "\n":
                i += 1
        else:
            out.append(ch)
        i += 1
    return "".join(out)


def tokenize(source):
    """All tokens of `source` as a list; raises PythonSyntaxError on a lexical error."""
    scanner = PythonScanner(source)
    scanner.scan()
    if scanner.lex_error is not None:
        raise scanner.lex_error
    return scanner.result
