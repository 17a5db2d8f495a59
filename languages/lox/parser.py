"""The token cursor and clox's error discipline (compiler.c's Parser).

Every error is recorded as `[line N] Error at 'tok': message`, then panic mode swallows the
errors that follow until `synchronize()` reaches a statement boundary.  The compiler keeps
parsing in the construct it was in, exactly as clox does; the recovery therefore depends on
clox's control flow, which is why Lox is parsed by hand and not by an LR table (see
docs/tutorial.md, step 2).
"""
from framework.parsing import position_of

STATEMENT_STARTS = ["class", "fun", "var", "for", "if", "while", "print", "return"]


class Parser(object):
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
            if self.current.name != "ERROR":
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
        if token.name == "EOF":
            where = " at end"
        elif token.name == "ERROR":
            where = ""
        else:
            where = " at '%s'" % token.value
        line, _ = position_of(token)
        self.errors.append("[line %d] Error%s: %s" % (line, where, message))

    def synchronize(self):
        self.panic_mode = False
        while self.current.name != "EOF":
            if self.previous.name == ";" or self.current.name in STATEMENT_STARTS:
                return
            self.advance()

    def line(self):
        return position_of(self.previous)[0]
