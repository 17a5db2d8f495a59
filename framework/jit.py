"""JitDriver helpers: one shape of driver for every bytecode language.

Greens are the program counter and the code object (so instruction fetches fold to
constants); the reds are the frame, which is virtualizable, and the interpreter object
whose method the loop is (pass `interp=self` at the merge point).  Every driver is marked
recursive because several languages share a binary (RPYTHON.md section 6).
"""
from rpython.rlib.jit import JitDriver


def make_driver(language, opcode_table):
    """A JitDriver for `language` whose trace locations read `code:line OPNAME`."""

    def get_printable_location(pc, code):
        op = code.code[pc]
        return "%s %s:%d %s" % (language, code.name, code.line_at(pc),
                                opcode_table.names[op])

    return JitDriver(greens=['pc', 'code'], reds=['frame', 'interp'], virtualizables=['frame'],
                     get_printable_location=get_printable_location, is_recursive=True,
                     name=language)


def make_dispatcher(opcode_table, handler_class, prefix="op_"):
    """Build `dispatch(interp, frame, code, op, arg, next_pc) -> next_pc`.

    Each opcode NAME is handled by `handler_class.op_NAME(self, frame, code, arg, next_pc)`;
    a missing handler fails at import.  Translated, the generated chain of constant
    comparisons folds away in traces because `op` is read from green code; untranslated,
    a table lookup keeps the tests fast.
    """
    from rpython.rlib.unroll import unrolling_iterable
    from rpython.rlib.objectmodel import we_are_translated

    entries = []
    for opcode in opcode_table.opcodes:
        method_name = prefix + opcode.name
        if not hasattr(handler_class, method_name):
            raise TypeError("%s lacks %s" % (handler_class.__name__, method_name))
        entries.append((opcode.number, method_name))
    unrolled = unrolling_iterable(entries)
    names = [name for _, name in entries]

    def dispatch(interp, frame, code, op, arg, next_pc):
        if not we_are_translated():
            return getattr(interp, names[op])(frame, code, arg, next_pc)
        for number, method_name in unrolled:
            if op == number:
                return getattr(interp, method_name)(frame, code, arg, next_pc)
        raise AssertionError("bad opcode")

    return dispatch
