"""clox's error discipline on the kit's PrattParser and TokenCursor (compiler.c's Parser).

Every error reads `[line N] Error at 'tok': message`; after one, panic mode swallows the
errors that follow until a statement boundary.  The compiler keeps parsing in the construct
it was in, exactly as clox does; the recovery therefore depends on clox's control flow,
which is why Lox is parsed by hand and not by an LR table (see docs/tutorial.md, step 2).
"""
from framework.parsing import position_of
from languages.lox.kit import PrattParser

STATEMENT_STARTS = ["class", "fun", "var", "for", "if", "while", "print", "return"]


class Parser(PrattParser):
    def format_error(self, token, message):
        if token.name == "EOF":
            where = " at end"
        elif token.name == "ERROR":
            where = ""
        else:
            where = " at '%s'" % token.value
        line, _ = position_of(token)
        return "[line %d] Error%s: %s" % (line, where, message)

    def at_statement_boundary(self):
        return self.previous.name == ";" or self.current.name in STATEMENT_STARTS
