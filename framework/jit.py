"""JitDriver helpers: one shape of driver for every bytecode language.

Greens are the program counter and the code object (so instruction fetches fold to
constants), the single red is the frame, which is virtualizable.  Every driver is marked
recursive because several languages share a binary (RPYTHON.md section 6).
"""
from rpython.rlib.jit import JitDriver


def make_driver(language, opcode_table):
    """A JitDriver for `language` whose trace locations read `code:line OPNAME`."""

    def get_printable_location(pc, code):
        op = code.code[pc]
        return "%s %s:%d %s" % (language, code.name, code.line_at(pc),
                                opcode_table.names[op])

    return JitDriver(greens=['pc', 'code'], reds=['frame'], virtualizables=['frame'],
                     get_printable_location=get_printable_location, is_recursive=True,
                     name=language)
