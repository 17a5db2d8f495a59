"""The Lox scanner (clox's scanner.c) on the framework's Scanner.

A token's kind is its own text for punctuation and keywords (`"("`, `"!="`, `"class"`) and
IDENTIFIER, NUMBER, STRING, ERROR or EOF otherwise.  As in clox, a bad character or an
unterminated string does not stop scanning: it becomes an ERROR token whose text is the
message, and the compiler reports it when it reaches it (so panic mode can swallow it).
"""
from framework.lexing import Scanner, is_alpha, is_alnum, is_digit

KEYWORDS = ["and", "class", "else", "false", "for", "fun", "if", "nil", "or", "print",
            "return", "super", "this", "true", "var", "while"]


class LoxScanner(Scanner):
    def skip_blanks(self):
        while not self.at_end():
            ch = self.peek()
            if ch == " " or ch == "\r" or ch == "\t" or ch == "\n":
                self.advance()
            elif ch == "/" and self.peek(1) == "/":
                while not self.at_end() and self.peek() != "\n":
                    self.advance()
            else:
                return

    def scan_token(self):
        start = self.begin_token()
        ch = self.advance()
        if is_alpha(ch):
            while is_alnum(self.peek()):
                self.advance()
            end = self.pos
            assert end >= 0
            text = self.source[start:end]
            self.emit_value(text if text in KEYWORDS else "IDENTIFIER", text)
        elif is_digit(ch):
            while is_digit(self.peek()):
                self.advance()
            if self.peek() == "." and is_digit(self.peek(1)):
                self.advance()
                while is_digit(self.peek()):
                    self.advance()
            self.emit("NUMBER", start)
        elif ch == '"':
            while not self.at_end() and self.peek() != '"':
                self.advance()
            self.token_line = self.line          # clox dates a string by its last line
            if self.at_end():
                self.emit_value("ERROR", "Unterminated string.")
                return
            self.advance()
            self.emit("STRING", start)
        elif ch in "(){},.-+;/*":
            self.emit(ch, start)
        elif ch in "!=<>":                      # each may be followed by '='
            kind = ch + "=" if self.match("=") else ch
            self.emit(kind, start)
        else:
            self.emit_value("ERROR", "Unexpected character.")

    def finish(self):
        self.begin_token()
        self.emit_value("EOF", "")


def scan(source):
    """The token list of `source`, ending with one EOF token."""
    return LoxScanner(source).tokens().tokens
