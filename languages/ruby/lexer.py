"""Ruby's lexer: hand-written, because Ruby's tokens depend on spacing and on what came
before (`a -1` and `a - 1`, `/` as division or a regexp, `x ?a : b`).

Each token records whether blanks preceded it (`spaced`) and whether a newline did; the
parser reads those to tell a command call's arguments from a binary operator.  A string
with `#{...}` becomes one STRING token whose `parts` alternate literal text and the source
of each interpolated expression, which the parser parses in place.
"""
from framework.errors import SourceError
from framework.text import invalid_utf8_at
from languages.ruby.objects import nonneg

KEYWORDS = ["alias", "and", "begin", "break", "case", "class", "def", "defined?", "do",
            "else", "elsif", "end", "ensure", "false", "for", "if", "in", "module", "next",
            "nil", "not", "or", "redo", "rescue", "retry", "return", "self", "super", "then",
            "true", "undef", "unless", "until", "when", "while", "yield", "__method__",
            "__FILE__", "__LINE__"]

# operators, longest first
OPERATORS = ["**=", "<=>", "===", "...", "<<=", ">>=", "&&=", "||=", "&.",
             "**", "==", "!=", ">=", "<=", "&&", "||", "<<", ">>", "=~", "!~", "..", "::",
             "+=", "-=", "*=", "/=", "%=", "|=", "&=", "^=", "->", "=>",
             "+", "-", "*", "/", "%", "=", "<", ">", "!", "&", "|", "^", "~", "?", ":",
             ",", ".", ";", "(", ")", "[", "]", "{", "}"]

# tokens after which an operand is expected (so `/` starts a regexp, `-` is unary, ...)
VALUE_ENDS = ["INT", "FLOAT", "STRING", "SYMBOL", "IDENT", "CONST", "IVAR", "GVAR", "CVAR",
              "WORDS", "SYMBOLS", "REGEXP", "CHAR", ")", "]", "}", "end", "self", "nil", "true",
              "false", "__method__"]


class Token(object):
    def __init__(self, kind, value, line, spaced, newline_before):
        self.kind = kind
        self.value = value
        self.line = line
        self.spaced = spaced            # blanks right before it
        self.newline_before = newline_before
        self.parts = None               # STRING/SYMBOL/REGEXP: [literal, code, literal, ...]
        self.words = None               # WORDS, SYMBOLS: the list
        self.word_tokens = None         # %W, %I: each word as a STRING token


def is_ident_start(ch):
    return ("a" <= ch <= "z") or ("A" <= ch <= "Z") or ch == "_" or ord(ch) >= 128


def is_ident_char(ch):
    return is_ident_start(ch) or ("0" <= ch <= "9")


def is_digit(ch):
    return "0" <= ch <= "9"


class Lexer(object):
    def __init__(self, source, line=1):
        self.source = source
        self.pos = 0
        self.line = line
        self.tokens = []
        self.paren_depth = 0
        self.pending_heredocs = []      # (token, terminator, squiggly, dash, raw)

    def error(self, message):
        raise SourceError(message, self.line, 0)

    def peek(self, ahead=0):
        i = self.pos + ahead
        if i < len(self.source):
            return self.source[i]
        return "\0"

    def last_kind(self):
        if not self.tokens:
            return ""
        return self.tokens[-1].kind

    def value_expected(self):
        """Whether the next token starts an operand (not a binary operator)."""
        kind = self.last_kind()
        if kind == "":
            return True
        for k in VALUE_ENDS:
            if k == kind:
                return False
        return True

    def add(self, kind, value, spaced, newline):
        token = Token(kind, value, self.line, spaced, newline)
        self.tokens.append(token)
        return token

    def tokenize(self):
        newline = True
        while True:
            spaced = False
            # blanks, comments, line continuations
            while self.pos < len(self.source):
                ch = self.source[self.pos]
                if ch == " " or ch == "\t" or ch == "\r":
                    self.pos += 1
                    spaced = True
                elif ch == "\\" and self.peek(1) == "\n":
                    self.pos += 2
                    self.line += 1
                    spaced = True
                elif ch == "#":
                    while self.pos < len(self.source) and self.source[self.pos] != "\n":
                        self.pos += 1
                elif ch == "\n":
                    self.pos += 1
                    self.line += 1
                    if self.pending_heredocs:
                        self.read_heredoc_bodies()
                    if self.at_line_start_word("=begin"):
                        self.skip_block_comment()
                        continue
                    if self.at_line_start_word("__END__"):
                        self.pos = len(self.source)
                        break
                    if not newline:
                        self.add("NEWLINE", "\n", spaced, False)
                    newline = True
                    spaced = True
                else:
                    break
            if self.pos >= len(self.source):
                break
            if self.pos == 0 and self.at_line_start_word("=begin"):
                self.skip_block_comment()
                continue
            # a line starting with .method continues the previous expression
            if newline and self.peek() == "." and self.peek(1) != "." and self.tokens and \
                    self.tokens[-1].kind == "NEWLINE":
                self.tokens.pop()
            self.scan(spaced, newline)
            newline = False
            if self.tokens and self.tokens[-1].kind == "NEWLINE":
                newline = True
        self.add("NEWLINE", "\n", False, False)
        if self.source.endswith("\n") and self.line > 1:
            self.line -= 1          # ruby reports the end of input on the last line
        self.add("EOF", "", False, True)
        return self.tokens

    def at_line_start_word(self, word):
        if not starts_at(self.source, self.pos, word):
            return False
        if self.pos > 0 and self.source[self.pos - 1] != "\n":
            return False
        end = self.pos + len(word)
        return end >= len(self.source) or self.source[end] in " \t\r\n"

    def skip_block_comment(self):
        while self.pos < len(self.source):
            nl = self.source.find("\n", nonneg(self.pos))
            if nl < 0:
                self.pos = len(self.source)
                return
            self.pos = nl + 1
            self.line += 1
            if self.at_line_start_word("=end"):
                nl = self.source.find("\n", nonneg(self.pos))
                if nl < 0:
                    self.pos = len(self.source)
                else:
                    self.pos = nl + 1
                    self.line += 1
                return

    def scan(self, spaced, newline):
        """Scan one token; its bytes must be UTF-8 (comments are not checked, as in ruby)."""
        start = self.pos
        line = self.line
        self.scan_token(spaced, newline)
        if invalid_utf8_at(self.source[nonneg(start):nonneg(self.pos)]) >= 0:
            raise SourceError("invalid multibyte char (UTF-8)", line, 0)

    def scan_token(self, spaced, newline):
        ch = self.peek()
        start = self.pos
        if is_digit(ch):
            self.scan_number(spaced, newline)
            return
        if is_ident_start(ch):
            self.scan_identifier(spaced, newline)
            return
        if ch == "@":
            kind = "IVAR"
            self.pos += 1
            if self.peek() == "@":
                kind = "CVAR"
                self.pos += 1
            while is_ident_char(self.peek()):
                self.pos += 1
            self.add(kind, self.source[nonneg(start):nonneg(self.pos)], spaced, newline)
            return
        if ch == "$":
            self.pos += 1
            if is_ident_char(self.peek()):
                while is_ident_char(self.peek()):
                    self.pos += 1
            else:
                self.pos += 1
            self.add("GVAR", self.source[nonneg(start):nonneg(self.pos)], spaced, newline)
            return
        if ch == '"' or ch == "`":
            self.pos += 1
            self.scan_string(ch, ch, True, spaced, newline, "STRING")
            return
        if ch == "'":
            self.pos += 1
            self.scan_string("'", "'", False, spaced, newline, "STRING")
            return
        if ch == ":" and self.peek(1) == '"':
            self.pos += 2
            self.scan_string('"', '"', True, spaced, newline, "DSYM")
            return
        if ch == ":" and (self.peek(1) == "@" or self.peek(1) == "$") and \
                (is_ident_start(self.peek(2)) or self.peek(2) == "@"):
            self.pos += 2
            while self.peek() == "@" or is_ident_char(self.peek()):
                self.pos += 1
            self.add("SYMBOL", self.source[nonneg(start + 1):nonneg(self.pos)], spaced, newline)
            return
        if ch == ":" and self.peek(1) != ":" and (is_ident_start(self.peek(1))):
            self.pos += 1
            while is_ident_char(self.peek()):
                self.pos += 1
            if self.peek() in "?!=" and not (self.peek() == "=" and self.peek(1) in "=~>"):
                self.pos += 1
            self.add("SYMBOL", self.source[nonneg(start + 1):nonneg(self.pos)], spaced, newline)
            return
        if ch == ":" and self.peek(1) != ":" and self.value_expected() or \
                ch == ":" and spaced and self.peek(1) not in " \n:":
            for opname in ["[]=", "[]", "<=>", "===", "==", "=~", "!=", "<<", ">>", "<=", ">=",
                           "**", "+@", "-@", "+", "-", "*", "/", "%", "<", ">", "!", "&",
                           "|", "^", "~"]:
                if starts_at(self.source, self.pos + 1, opname):
                    self.pos += 1 + len(opname)
                    self.add("SYMBOL", opname, spaced, newline)
                    return
        if ch == "%" and self.value_expected_here(spaced):
            if self.scan_percent(spaced, newline):
                return
        if ch == "/" and self.value_expected_here(spaced):
            self.pos += 1
            self.scan_string("/", "/", True, spaced, newline, "REGEXP")
            self.scan_regexp_flags()
            return
        if ch == "?" and self.value_expected_here(spaced) and self.pos + 1 < len(self.source) \
                and self.peek(1) not in " \t\n" and not is_ident_char(self.peek(2)):
            self.pos += 2
            self.add("STRING", self.source[nonneg(start + 1):nonneg(self.pos)], spaced, newline).parts = \
                [self.source[nonneg(start + 1):nonneg(self.pos)]]
            return
        if ch == "<" and self.peek(1) == "<" and self.value_expected_here(spaced) and \
                (self.peek(2) in "~-'\"" or ("A" <= self.peek(2) <= "Z")):
            if self.scan_heredoc(spaced, newline):
                return
        for opname in OPERATORS:
            if starts_at(self.source, self.pos, opname):
                self.pos += len(opname)
                if opname == "(" or opname == "[" or opname == "{":
                    self.paren_depth += 1
                elif opname == ")" or opname == "]" or opname == "}":
                    self.paren_depth -= 1
                self.add(opname, opname, spaced, newline)
                return
        self.error("syntax error, unexpected character")

    def value_expected_here(self, spaced):
        """An operand comes next: after an operator, or after a word with a blank before
        this character and none after it (`puts -x`, `p /re/`, `puts %w[a]`)."""
        if self.value_expected():
            return True
        if spaced and self.last_kind() == "IDENT":
            after = self.peek(1)
            return after != " " and after != "=" and after != "\n"
        return False

    def scan_number(self, spaced, newline):
        start = self.pos
        is_float = False
        if self.peek() == "0" and self.peek(1) in "xXbBoOdD":
            self.pos += 2
            while is_ident_char(self.peek()):
                self.pos += 1
        else:
            while is_digit(self.peek()) or (self.peek() == "_" and is_digit(self.peek(1))):
                self.pos += 1
            if self.peek() == "." and is_digit(self.peek(1)):
                is_float = True
                self.pos += 1
                while is_digit(self.peek()) or (self.peek() == "_" and is_digit(self.peek(1))):
                    self.pos += 1
            if self.peek() in "eE" and (is_digit(self.peek(1)) or
                                        (self.peek(1) in "+-" and is_digit(self.peek(2)))):
                is_float = True
                self.pos += 2
                while is_digit(self.peek()):
                    self.pos += 1
        text = self.source[nonneg(start):nonneg(self.pos)]
        self.add("FLOAT" if is_float else "INT", text, spaced, newline)

    def scan_identifier(self, spaced, newline):
        start = self.pos
        while is_ident_char(self.peek()):
            self.pos += 1
        if self.peek() in "?!" and self.peek(1) != "=" or \
                self.peek() in "?!" and self.peek(1) == "=" and self.peek(2) == "=":
            self.pos += 1
        text = self.source[nonneg(start):nonneg(self.pos)]
        last = self.last_kind()
        # `key:` in hashes and calls (not `a ? b : c`, not `A::B`)
        if self.peek() == ":" and self.peek(1) != ":" and last != "." and last != "&." \
                and last != "def" and (self.peek(1) != "" and self.peek(1) in " \n\t)" or
                                       self.peek(1) == '"' or is_ident_start(self.peek(1))
                                       or True) and \
                not (text[-1] == "?" and last != "{" and last != "," and last != "("):
            if self.label_allowed():
                self.pos += 1
                self.add("LABEL", text, spaced, newline)
                return
        if text == "defined" and self.peek() == "?":
            self.pos += 1
            text = "defined?"
        if last != "." and last != "&." and last != "def" or text == "self" and last == "def":
            for keyword in KEYWORDS:
                if keyword == text:
                    self.add(text, text, spaced, newline)
                    return
        if "A" <= text[0] <= "Z":
            self.add("CONST", text, spaced, newline)
        else:
            self.add("IDENT", text, spaced, newline)

    def label_allowed(self):
        """`name:` is a label unless a ternary's `?` is open on this line."""
        depth = 0
        i = len(self.tokens) - 1
        while i >= 0:
            token = self.tokens[i]
            if token.kind == "NEWLINE" or token.kind == ";":
                return True
            if token.kind == "?" and depth == 0:
                return False
            if token.kind == ")" or token.kind == "]" or token.kind == "}":
                depth += 1
            elif token.kind == "(" or token.kind == "[" or token.kind == "{":
                if depth == 0:
                    return True
                depth -= 1
            i -= 1
        return True

    def scan_regexp_flags(self):
        while self.peek() in "imxou" and self.peek() != "\0":
            self.tokens[-1].value += self.peek()
            self.pos += 1

    def read_escape(self, buf):
        """After a backslash in a double-quoted string: append the character meant."""
        ch = self.peek()
        self.pos += 1
        if ch == "n":
            buf.append("\n")
        elif ch == "t":
            buf.append("\t")
        elif ch == "s":
            buf.append(" ")
        elif ch == "r":
            buf.append("\r")
        elif "0" <= ch <= "7":               # \0, \101: up to three octal digits
            code = ord(ch) - ord("0")
            count = 1
            while count < 3 and "0" <= self.peek() <= "7":
                code = code * 8 + ord(self.peek()) - ord("0")
                self.pos += 1
                count += 1
            buf.append(chr(code & 255))
        elif ch == "e":
            buf.append("\x1b")
        elif ch == "a":
            buf.append("\a")
        elif ch == "b":
            buf.append("\b")
        elif ch == "f":
            buf.append("\f")
        elif ch == "v":
            buf.append("\v")
        elif ch == "u":
            code = 0
            if self.peek() == "{":
                self.pos += 1
                while self.peek() != "}" and self.peek() != "\0":
                    code = code * 16 + hex_value(self.peek())
                    self.pos += 1
                self.pos += 1
            else:
                for _ in range(4):
                    code = code * 16 + hex_value(self.peek())
                    self.pos += 1
            buf.append(utf8_encode(code))
        elif ch == "x":
            code = 0
            count = 0
            while count < 2 and hex_value(self.peek()) >= 0:
                code = code * 16 + hex_value(self.peek())
                self.pos += 1
                count += 1
            buf.append(chr(code))
        elif ch == "\n":
            self.line += 1
        else:
            buf.append(ch)

    def scan_string(self, opener, closer, interpolate, spaced, newline, kind):
        """The body of a string up to `closer` (nesting `opener` when they differ)."""
        parts = []
        buf = []
        depth = 0
        line = self.line
        regexp = kind == "REGEXP"
        while True:
            if self.pos >= len(self.source):
                self.line = line
                self.error("unterminated string meets end of file")
            ch = self.source[self.pos]
            if ch == closer and depth == 0:
                self.pos += 1
                break
            self.pos += 1
            if ch == "\n":
                self.line += 1
            if opener != closer and ch == opener:
                depth += 1
            elif opener != closer and ch == closer:
                depth -= 1
            if ch == "\\":
                if regexp:
                    nxt = self.peek()
                    self.pos += 1
                    if nxt == "/":
                        buf.append("/")
                    else:
                        buf.append("\\")
                        buf.append(nxt)
                elif interpolate:
                    self.read_escape(buf)
                else:
                    nxt = self.peek()
                    if nxt == closer or nxt == "\\" or (opener != closer and nxt == opener):
                        buf.append(nxt)
                        self.pos += 1
                    else:
                        buf.append("\\")
            elif ch == "#" and interpolate and not regexp and \
                    (self.peek() == "@" or self.peek() == "$") and \
                    (is_ident_start(self.peek(1)) or (self.peek(1) == "@" and
                                                      is_ident_start(self.peek(2)))):
                start = self.pos
                self.pos += 1
                while self.peek() == "@" or is_ident_char(self.peek()):
                    self.pos += 1
                parts.append("".join(buf))
                buf = []
                parts.append(self.source[nonneg(start):nonneg(self.pos)])
            elif ch == "#" and interpolate and self.peek() == "{":
                self.pos += 1
                parts.append("".join(buf))
                buf = []
                parts.append(self.scan_interpolation())
            else:
                buf.append(ch)
        parts.append("".join(buf))
        token = Token(kind, "".join(parts) if len(parts) == 1 else "", line, spaced, newline)
        token.parts = parts
        self.tokens.append(token)
        return token

    def scan_interpolation(self):
        """The source text of `#{...}`, up to its matching brace."""
        start = self.pos
        depth = 0
        while self.pos < len(self.source):
            ch = self.source[self.pos]
            if ch == "{":
                depth += 1
            elif ch == "}":
                if depth == 0:
                    text = self.source[nonneg(start):nonneg(self.pos)]
                    self.pos += 1
                    return text
                depth -= 1
            elif ch == "\n":
                self.line += 1
            elif ch == '"' or ch == "'":
                self.pos += 1
                while self.pos < len(self.source) and self.source[self.pos] != ch:
                    if self.source[self.pos] == "\\":
                        self.pos += 1
                    self.pos += 1
            self.pos += 1
        self.error("unterminated string meets end of file")
        return ""

    def scan_percent(self, spaced, newline):
        kind_char = self.peek(1)
        if kind_char == "s" and self.peek(2) in "([{<":
            self.pos += 3
            self.scan_string(self.peek(-1), closing(self.peek(-1)), False, spaced, newline,
                             "DSYM")
            return True
        if kind_char in "wWiIqQ" and kind_char != "\0":
            open_index = 2
        elif kind_char in "([{<|!/":
            kind_char = "Q"
            open_index = 1
        else:
            return False
        opener = self.peek(open_index)
        closer = closing(opener)
        if closer == "":
            return False
        self.pos += open_index + 1
        if kind_char == "q":
            self.scan_string(opener, closer, False, spaced, newline, "STRING")
        elif kind_char == "Q":
            self.scan_string(opener, closer, True, spaced, newline, "STRING")
        else:
            start = self.pos
            depth = 0
            while self.pos < len(self.source):
                ch = self.source[self.pos]
                if ch == opener and opener != closer:
                    depth += 1
                elif ch == closer:
                    if depth == 0:
                        break
                    depth -= 1
                elif ch == "\n":
                    self.line += 1
                self.pos += 1
            text = self.source[nonneg(start):nonneg(self.pos)]
            self.pos += 1
            interpolate = kind_char == "W" or kind_char == "I"
            words = split_words(text, interpolate)
            token = self.add("WORDS" if kind_char in "wW" else "SYMBOLS", "", spaced, newline)
            token.words = words
            if interpolate:
                token.word_tokens = [self.lex_interpolated(word, token.line) for word in words]
        return True

    def scan_heredoc(self, spaced, newline):
        save = self.pos
        self.pos += 2
        squiggly = False
        dash = False
        if self.peek() == "~":
            squiggly = True
            self.pos += 1
        elif self.peek() == "-":
            dash = True
            self.pos += 1
        raw = False
        if self.peek() == "'" or self.peek() == '"':
            quote = self.peek()
            raw = quote == "'"
            end = self.source.find(quote, nonneg(self.pos + 1))
            if end < 0:
                self.pos = save
                return False
            word = self.source[nonneg(self.pos + 1):nonneg(end)]
            self.pos = end + 1
        else:
            start = self.pos
            while is_ident_char(self.peek()):
                self.pos += 1
            word = self.source[nonneg(start):nonneg(self.pos)]
            if not word:
                self.pos = save
                return False
        token = self.add("STRING", "", spaced, newline)
        token.parts = [""]
        self.pending_heredocs.append(Heredoc(token, word, squiggly, dash or squiggly, raw))
        return True

    def read_heredoc_bodies(self):
        pending = self.pending_heredocs
        self.pending_heredocs = []
        for doc in pending:
            lines = []
            while self.pos < len(self.source):
                nl = self.source.find("\n", nonneg(self.pos))
                if nl < 0:
                    nl = len(self.source)
                line = self.source[nonneg(self.pos):nonneg(nl)]
                self.pos = min(nl + 1, len(self.source))
                self.line += 1
                check = line.strip() if doc.indented else line
                if check == doc.word:
                    break
                lines.append(line)
            if doc.squiggly:
                lines = dedent(lines)
            body = ""
            for line in lines:
                body += line + "\n"
            if doc.raw:
                doc.token.parts = [body]
            else:
                doc.token.parts = self.lex_interpolated(body, doc.token.line + 1).parts

    def lex_interpolated(self, text, line):
        """`text` as the body of a double-quoted string: a STRING token with its parts."""
        sub = Lexer(text, line)
        sub.pos = 0
        sub.source = text + "\0"
        return sub.scan_string("\1", "\0", True, False, False, "STRING")


class Heredoc(object):
    def __init__(self, token, word, squiggly, indented, raw):
        self.token = token
        self.word = word
        self.squiggly = squiggly
        self.indented = indented
        self.raw = raw


def dedent(lines):
    least = -1
    for line in lines:
        if line.strip() == "":
            continue
        n = 0
        while n < len(line) and line[n] in " \t":
            n += 1
        if least < 0 or n < least:
            least = n
    if least <= 0:
        return lines
    result = []
    for line in lines:
        if len(line) >= least:
            result.append(line[nonneg(least):])
        else:
            result.append(line.lstrip(" \t"))
    return result


def closing(opener):
    if opener == "(":
        return ")"
    if opener == "[":
        return "]"
    if opener == "{":
        return "}"
    if opener == "<":
        return ">"
    if opener == "|" or opener == "!" or opener == "/":
        return opener
    return ""


def hex_value(ch):
    if "0" <= ch <= "9":
        return ord(ch) - ord("0")
    if "a" <= ch <= "f":
        return ord(ch) - ord("a") + 10
    if "A" <= ch <= "F":
        return ord(ch) - ord("A") + 10
    return -1


def utf8_encode(code):
    if code < 0x80:
        return chr(code)
    if code < 0x800:
        return chr(0xC0 | (code >> 6)) + chr(0x80 | (code & 0x3F))
    if code < 0x10000:
        return chr(0xE0 | (code >> 12)) + chr(0x80 | ((code >> 6) & 0x3F)) + \
            chr(0x80 | (code & 0x3F))
    return chr(0xF0 | (code >> 18)) + chr(0x80 | ((code >> 12) & 0x3F)) + \
        chr(0x80 | ((code >> 6) & 0x3F)) + chr(0x80 | (code & 0x3F))


def starts_at(source, pos, word):
    """source[pos:].startswith(word), without the copy (RPython's startswith takes no
    start)."""
    if pos + len(word) > len(source):
        return False
    for i in range(len(word)):
        if source[pos + i] != word[i]:
            return False
    return True


def split_words(text, interpolate):
    """%w[...]: the words between blanks; a backslash keeps a blank in its word (with
    interpolation, %W and %I, every other escape is left for the string lexer)."""
    words = []
    word = []
    in_word = False
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch == "\\" and i + 1 < n:
            nxt = text[i + 1]
            if interpolate and not (nxt == " " or nxt == "\n" or nxt == "\t"):
                word.append(ch)
            word.append(nxt)
            in_word = True
            i += 2
            continue
        if ch == " " or ch == "\n" or ch == "\t" or ch == "\r":
            if in_word:
                words.append("".join(word))
                word = []
                in_word = False
        else:
            word.append(ch)
            in_word = True
        i += 1
    if in_word:
        words.append("".join(word))
    return words
