"""The PHP scanner: inline HTML, `<?php`/`<?=`/`?>` tags, tokens, and strings.

A token's kind is its own text for punctuation and keywords (keywords lower-cased, since
PHP's are case-insensitive) and VARIABLE, IDENT, LNUMBER, DNUMBER, STRING, INLINE_HTML or
EOF otherwise.  `?>` is a `;` (its newline swallowed, as php does); `<?=` is `echo`.

A double-quoted string or heredoc with interpolation becomes the token sequence
`TEMPLATE_START`, then literal `ENCAPSED` pieces, `VARIABLE`s (with `[`...`]` or `->` IDENT
after them for the simple syntax) and `{$`...`}` expressions scanned as ordinary tokens,
then `TEMPLATE_END`: the parser assembles it, as php's own grammar does.
"""
from framework.errors import SourceError
from framework.lexing import Scanner, is_alpha, is_digit, is_hex_digit

KEYWORDS = ["abstract", "and", "array", "as", "break", "callable", "case", "catch", "class",
            "clone", "const", "continue", "declare", "default", "do", "echo", "else",
            "elseif", "empty", "enddeclare", "endfor", "endforeach", "endif", "endswitch",
            "endwhile", "enum", "extends", "final", "finally", "fn", "for", "foreach",
            "function", "global", "goto", "if", "implements", "include", "include_once",
            "instanceof", "insteadof", "interface", "isset", "list", "match", "new", "or",
            "print", "private", "protected", "public", "readonly", "require",
            "require_once", "return", "static", "switch", "throw", "trait", "try", "unset",
            "use", "var", "while", "xor", "yield", "exit", "die", "__halt_compiler"]

CASTS = {"int": "(int)", "integer": "(int)", "bool": "(bool)", "boolean": "(bool)",
         "float": "(float)", "double": "(float)", "real": "(float)", "string": "(string)",
         "array": "(array)", "object": "(object)", "unset": "(unset)", "binary": "(string)"}

# longest first
OPERATORS = ["<<=", ">>=", "**=", "...", "<=>", "===", "!==", "??=", "?->",
             "++", "--", "->", "=>", "::", "==", "!=", "<>", "<=", ">=", "&&", "||", "??",
             "+=", "-=", "*=", "/=", ".=", "%=", "&=", "|=", "^=", "<<", ">>", "**",
             "+", "-", "*", "/", "%", "=", "<", ">", "!", ".", "(", ")", "[", "]", "{", "}",
             ",", ";", "?", ":", "&", "|", "^", "~", "@", "$", "\\", "#"]


def is_label_start(ch):
    return is_alpha(ch) or ord(ch) >= 0x80


def is_label_char(ch):
    return is_label_start(ch) or is_digit(ch)


class PhpScanner(Scanner):
    def __init__(self, source):
        Scanner.__init__(self, source)
        self.in_php = False
        self.brace_depths = []       # open `{` counts of the templates we are inside
        self.template_end = '"'

    def tokens(self):
        while True:
            if not self.in_php:
                self.scan_html()
                if self.at_end():
                    break
                continue
            self.skip_blanks()
            if self.at_end():
                break
            self.scan_token()
        self.begin_token()
        self.emit_value("EOF", "")
        return self.result

    def scan_html(self):
        start = self.begin_token()
        while not self.at_end():
            if self.peek() == "<" and self.peek(1) == "?":
                if starts_at(self.source, "<?php", self.pos) and \
                        self.peek(5) in " \t\n\r\0":
                    self.flush_html(start)
                    for i in range(5):
                        self.advance()
                    if self.peek() == "\r":
                        self.advance()
                    if not self.at_end():
                        self.advance()
                    self.in_php = True
                    return
                if self.peek(2) == "=":
                    self.flush_html(start)
                    self.begin_token()
                    self.advance()
                    self.advance()
                    self.advance()
                    self.emit_value("echo", "echo")
                    self.in_php = True
                    return
            self.advance()
        self.flush_html(start)

    def flush_html(self, start):
        end = self.pos
        assert start >= 0 and end >= start
        if end > start:
            self.emit_value("INLINE_HTML", self.source[start:end])

    def skip_blanks(self):
        while not self.at_end():
            ch = self.peek()
            if ch == " " or ch == "\t" or ch == "\n" or ch == "\r":
                self.advance()
            elif ch == "#" and self.peek(1) != "[" or (ch == "/" and self.peek(1) == "/"):
                while not self.at_end() and self.peek() != "\n":
                    if self.peek() == "?" and self.peek(1) == ">":
                        return
                    self.advance()
            elif ch == "#" and self.peek(1) == "[":       # an attribute: skipped
                depth = 0
                while not self.at_end():
                    c = self.advance()
                    if c == "[":
                        depth += 1
                    elif c == "]":
                        depth -= 1
                        if depth == 0:
                            break
            elif ch == "/" and self.peek(1) == "*":
                self.advance()
                self.advance()
                while not self.at_end() and not (self.peek() == "*" and self.peek(1) == "/"):
                    self.advance()
                if not self.at_end():
                    self.advance()
                    self.advance()
            else:
                return

    def text_from(self, start):
        end = self.pos
        assert start >= 0 and end >= start
        return self.source[start:end]

    def scan_token(self):
        start = self.begin_token()
        ch = self.peek()
        if ch == "?" and self.peek(1) == ">":
            self.advance()
            self.advance()
            if self.peek() == "\n":
                self.advance()
            elif self.peek() == "\r" and self.peek(1) == "\n":
                self.advance()
                self.advance()
            self.emit_value(";", "?>")
            self.in_php = False
            return
        if ch == "$" and is_label_start(self.peek(1)):
            self.advance()
            while is_label_char(self.peek()):
                self.advance()
            self.emit_value("VARIABLE", self.text_from(start + 1))
            return
        if is_label_start(ch) or (ch == "\\" and is_label_start(self.peek(1))):
            self.scan_name(start)
            return
        if is_digit(ch) or (ch == "." and is_digit(self.peek(1))):
            self.scan_number(start)
            return
        if ch == "'":
            self.advance()
            self.scan_single_quoted(start)
            return
        if ch == '"':
            self.advance()
            self.scan_double_quoted()
            return
        if ch == "`":
            raise SourceError("backticks are not supported", self.line, self.column())
        if ch == "<" and starts_at(self.source, "<<<", self.pos):
            self.scan_heredoc()
            return
        if ch == "(":
            if self.scan_cast():
                return
        if ch == "}" and self.brace_depths:
            depth = self.brace_depths[-1]
            if depth == 0:
                self.advance()
                self.brace_depths.pop()
                self.emit_value("}", "}")
                self.resume_template()
                return
            self.brace_depths[-1] = depth - 1
        if ch == "{" and self.brace_depths:
            self.brace_depths[-1] += 1
        for operator in OPERATORS:
            if starts_at(self.source, operator, self.pos):
                for i in range(len(operator)):
                    self.advance()
                self.emit_value(operator, operator)
                return
        self.advance()
        raise SourceError('syntax error, unexpected character 0x' + hex2(ord(ch)),
                          self.token_line, self.token_column)

    def scan_name(self, start):
        while is_label_char(self.peek()) or (self.peek() == "\\" and
                                             is_label_start(self.peek(1))):
            self.advance()
        text = self.text_from(start)
        lower = text.lower()
        if lower in KEYWORDS and not (self.result and self.result[-1].name in ("->", "?->")):
            if lower == "die":
                lower = "exit"
            self.emit_value(lower, text)
        else:
            self.emit_value("IDENT", text)

    def scan_cast(self):
        i = self.pos + 1
        n = len(self.source)
        while i < n and self.source[i] in " \t":
            i += 1
        j = i
        while j < n and is_alpha(self.source[j]):
            j += 1
        word = self.source[i:j].lower()
        k = j
        while k < n and self.source[k] in " \t":
            k += 1
        if word in CASTS and k < n and self.source[k] == ")":
            while self.pos <= k:
                self.advance()
            self.emit_value(CASTS[word], word)
            return True
        return False

    def scan_number(self, start):
        ch = self.advance()
        if ch == "0" and self.peek() in "xXbBoO" and self.peek(1) != "\0":
            self.advance()
            while is_hex_digit(self.peek()) or self.peek() == "_":
                self.advance()
            self.emit_value("LNUMBER", self.text_from(start))
            return
        is_float = ch == "."
        while is_digit(self.peek()) or (self.peek() == "_" and is_digit(self.peek(1))):
            self.advance()
        if not is_float and self.peek() == "." and is_digit(self.peek(1)):
            is_float = True
            self.advance()
        elif not is_float and self.peek() == "." and not (self.peek(1) == "." or
                                                           is_label_start(self.peek(1))):
            is_float = True
            self.advance()
        if is_float:
            while is_digit(self.peek()) or (self.peek() == "_" and is_digit(self.peek(1))):
                self.advance()
        if self.peek() in "eE" and (is_digit(self.peek(1)) or
                                    (self.peek(1) in "+-" and is_digit(self.peek(2)))):
            is_float = True
            self.advance()
            if self.peek() in "+-":
                self.advance()
            while is_digit(self.peek()):
                self.advance()
        self.emit_value("DNUMBER" if is_float else "LNUMBER", self.text_from(start))

    def scan_single_quoted(self, start):
        pieces = []
        while True:
            if self.at_end():
                raise SourceError("syntax error, unexpected end of file", self.line, 0)
            ch = self.advance()
            if ch == "'":
                break
            if ch == "\\" and (self.peek() == "'" or self.peek() == "\\"):
                pieces.append(self.advance())
            else:
                pieces.append(ch)
        self.emit_value("STRING", "".join(pieces))

    # -- double quotes and heredocs ---------------------------------------------------
    def scan_double_quoted(self):
        """Called after the opening quote."""
        self.template_end = '"'
        self.emit_value("TEMPLATE_START", '"')
        self.scan_template_body()

    def resume_template(self):
        self.scan_template_body()

    def scan_template_body(self):
        """Literal pieces and simple interpolations up to the closing quote, or up to a
        `{$` whose expression the main scanner then reads (it comes back at the `}`)."""
        pieces = []
        self.begin_token()
        while True:
            if self.at_end():
                raise SourceError("syntax error, unexpected end of file", self.line, 0)
            ch = self.peek()
            if ch == self.template_end:
                self.flush_piece(pieces)
                self.advance()
                self.emit_value("TEMPLATE_END", '"')
                return
            if ch == "\\":
                self.advance()
                pieces.append(self.escape(self.template_end))
                continue
            if ch == "$" and is_label_start(self.peek(1)):
                self.flush_piece(pieces)
                self.scan_simple_interpolation()
                self.begin_token()
                continue
            if ch == "{" and self.peek(1) == "$":
                self.flush_piece(pieces)
                self.advance()
                self.emit_value("CURLY_OPEN", "{")
                self.brace_depths.append(0)
                return
            if ch == "$" and self.peek(1) == "{":
                self.flush_piece(pieces)
                self.advance()
                self.advance()
                self.emit_value("DOLLAR_OPEN_CURLY", "${")
                self.brace_depths.append(0)
                return
            pieces.append(self.advance())

    def flush_piece(self, pieces):
        if pieces:
            self.emit_value("ENCAPSED", "".join(pieces))
            del pieces[:]

    def scan_simple_interpolation(self):
        start = self.begin_token()
        self.advance()
        while is_label_char(self.peek()):
            self.advance()
        self.emit_value("VARIABLE", self.text_from(start + 1))
        if self.peek() == "[":
            self.begin_token()
            self.advance()
            self.emit_value("[", "[")
            start = self.begin_token()
            if self.peek() == "$" and is_label_start(self.peek(1)):
                self.advance()
                while is_label_char(self.peek()):
                    self.advance()
                self.emit_value("VARIABLE", self.text_from(start + 1))
            elif is_digit(self.peek()) or (self.peek() == "-" and is_digit(self.peek(1))):
                self.advance()
                while is_digit(self.peek()):
                    self.advance()
                self.emit_value("NUM_STRING", self.text_from(start))
            else:
                while not self.at_end() and self.peek() != "]" and self.peek() != "\n":
                    self.advance()
                self.emit_value("STRING", self.text_from(start))
            self.begin_token()
            if self.peek() == "]":
                self.advance()
            self.emit_value("]", "]")
        elif self.peek() == "-" and self.peek(1) == ">" and is_label_start(self.peek(2)):
            self.begin_token()
            self.advance()
            self.advance()
            self.emit_value("->", "->")
            start = self.begin_token()
            while is_label_char(self.peek()):
                self.advance()
            self.emit_value("IDENT", self.text_from(start))

    def escape(self, quote):
        """After a backslash in a double-quoted string or heredoc."""
        ch = self.peek()
        simple = {"n": "\n", "t": "\t", "r": "\r", "v": "\x0b", "e": "\x1b", "f": "\x0c",
                  "\\": "\\", "$": "$"}
        if ch in simple:
            self.advance()
            return simple[ch]
        if ch == quote and quote == '"':
            self.advance()
            return '"'
        if "0" <= ch <= "7":
            value = 0
            count = 0
            while count < 3 and "0" <= self.peek() <= "7":
                value = value * 8 + ord(self.advance()) - ord("0")
                count += 1
            return chr(value & 0xff)
        if ch == "x" and is_hex_digit(self.peek(1)):
            self.advance()
            value = 0
            count = 0
            while count < 2 and is_hex_digit(self.peek()):
                value = value * 16 + hex_value(self.advance())
                count += 1
            return chr(value)
        if ch == "u" and self.peek(1) == "{":
            save = self.pos
            self.advance()
            self.advance()
            value = 0
            while is_hex_digit(self.peek()):
                value = value * 16 + hex_value(self.advance())
            if self.peek() == "}":
                self.advance()
                return utf8_encode(value)
            self.pos = save
        return "\\"

    def scan_heredoc(self):
        start_line = self.line
        for i in range(3):
            self.advance()
        while self.peek() == " " or self.peek() == "\t":
            self.advance()
        quote = ""
        if self.peek() == "'" or self.peek() == '"':
            quote = self.advance()
        start = self.pos
        while is_label_char(self.peek()):
            self.advance()
        label = self.text_from(start)
        if quote:
            self.advance()
        if self.peek() == "\r":
            self.advance()
        self.advance()                       # the newline
        # find the closing label: a line of optional blanks then the label
        lines = []
        body_start = self.pos
        closing_indent = 0
        while True:
            if self.at_end():
                raise SourceError("syntax error, unexpected end of file", self.line, 0)
            line_start = self.pos
            i = line_start
            n = len(self.source)
            while i < n and self.source[i] in " \t":
                i += 1
            if starts_at(self.source, label, i) and not (
                    i + len(label) < n and is_label_char(self.source[i + len(label)])):
                closing_indent = i - line_start
                body_end = line_start - 1 if line_start > body_start else line_start
                while self.pos < i + len(label):
                    self.advance()
                break
            while not self.at_end() and self.peek() != "\n":
                self.advance()
            if not self.at_end():
                self.advance()
        assert body_end >= body_start
        raw = self.source[body_start:body_end]
        if raw.endswith("\r"):
            cut = len(raw) - 1
            assert cut >= 0
            raw = raw[:cut]
        if closing_indent > 0:
            kept = []
            for line in raw.split("\n"):
                removed = 0
                while removed < closing_indent and removed < len(line) and \
                        line[removed] in " \t":
                    removed += 1
                kept.append(line[removed:])
            raw = "\n".join(kept)
        if quote == "'":
            self.emit_value("STRING", raw)
            return
        sub = PhpScanner(raw)
        sub.in_php = True
        sub.line = start_line + 1
        sub.template_end = "\0"
        sub.result = []
        sub.emit_value("TEMPLATE_START", '"')
        sub.scan_heredoc_body()
        for token in sub.result:
            self.result.append(token)

    def scan_heredoc_body(self):
        """Like scan_template_body, to the end of the (de-indented) text; expressions in
        `{$...}` are scanned here too, so the whole heredoc is one self-contained scan."""
        self.template_end = "\0"
        while True:
            self.scan_heredoc_piece()
            if self.at_end():
                break
        self.begin_token()
        self.emit_value("TEMPLATE_END", '"')

    def scan_heredoc_piece(self):
        pieces = []
        self.begin_token()
        while not self.at_end():
            ch = self.peek()
            if ch == "\\":
                self.advance()
                if self.peek() == '"':
                    pieces.append("\\")
                    continue
                pieces.append(self.escape("\0"))
                continue
            if ch == "$" and is_label_start(self.peek(1)):
                self.flush_piece(pieces)
                self.scan_simple_interpolation()
                self.begin_token()
                continue
            if (ch == "{" and self.peek(1) == "$") or (ch == "$" and self.peek(1) == "{"):
                self.flush_piece(pieces)
                if ch == "{":
                    self.advance()
                    self.emit_value("CURLY_OPEN", "{")
                else:
                    self.advance()
                    self.advance()
                    self.emit_value("DOLLAR_OPEN_CURLY", "${")
                depth = 0
                while True:
                    self.skip_blanks()
                    if self.at_end():
                        return
                    if self.peek() == "}" and depth == 0:
                        self.begin_token()
                        self.advance()
                        self.emit_value("}", "}")
                        break
                    if self.peek() == "{":
                        depth += 1
                    elif self.peek() == "}":
                        depth -= 1
                    self.scan_token()
                return
            pieces.append(self.advance())
        self.flush_piece(pieces)


def starts_at(text, prefix, pos):
    """text.startswith(prefix, pos), which RPython lacks."""
    end = pos + len(prefix)
    if pos < 0 or end > len(text):
        return False
    return text[pos:end] == prefix


def hex2(value):
    digits = "0123456789ABCDEF"
    return digits[(value >> 4) & 15] + digits[value & 15]


def hex_value(ch):
    if "0" <= ch <= "9":
        return ord(ch) - ord("0")
    if "a" <= ch <= "f":
        return ord(ch) - ord("a") + 10
    return ord(ch) - ord("A") + 10


def utf8_encode(code):
    if code < 0x80:
        return chr(code)
    if code < 0x800:
        return chr(0xc0 | (code >> 6)) + chr(0x80 | (code & 0x3f))
    if code < 0x10000:
        return (chr(0xe0 | (code >> 12)) + chr(0x80 | ((code >> 6) & 0x3f)) +
                chr(0x80 | (code & 0x3f)))
    return (chr(0xf0 | ((code >> 18) & 0x07)) + chr(0x80 | ((code >> 12) & 0x3f)) +
            chr(0x80 | ((code >> 6) & 0x3f)) + chr(0x80 | (code & 0x3f)))


def scan(source):
    """The token list of `source`, ending with one EOF token."""
    return PhpScanner(source).tokens()
