"""Lox embedded in a host process (framework/embedding.py).

A session is a global namespace of its own.  eval assigns the expression to a hidden global
and reads it back (a Lox script has no value of its own).  Lox's values are nil, booleans,
numbers (doubles: an int arrives as a float and leaves as one) and strings; a list, tuple,
dict or bytes has nothing to become in Lox and is refused.  A compile error leaves as
CompileError, a runtime error as RuntimeError with clox's `[line N] in fn()` lines.
"""
from rpython.rlib.objectmodel import import_from_mixin
from rpython.rlib.rbigint import rbigint

from framework.embedding import BadCall, Codec, CannotCross, EmbeddedError
from framework.errors import SourceError
from languages.lox.compiler import compile_lox
from languages.lox.interop import TRAMPOLINE
from languages.lox.interpreter import LoxError, LoxFrame, interpreter, new_globals
from languages.lox.objects import W_Closure, W_Number, W_String, w_nil, w_true, w_false

RESULT = "__polyvm_result__"
# The scripts a call from the host runs on, by argument count: a frame's stack is as long as
# its code needs, and the interop trampoline's 256 slots cost more than a small call itself.
TRAMPOLINES = [W_Closure(compile_lox("nil(%s);" % ", ".join(["nil"] * n), "<embed>"), [])
               for n in range(9)]


class Embedding(object):
    import_from_mixin(Codec)
    language_name = "lox"

    def __init__(self, language):
        self.language = language
        self.sessions = []          # a session's globals, None once dropped

    # -- sessions -----------------------------------------------------------------------
    def new_session(self):
        self.sessions.append(new_globals())
        return len(self.sessions) - 1

    def drop_session(self, session):
        if not 0 <= session < len(self.sessions) or self.sessions[session] is None:
            return False
        self.sessions[session] = None
        return True

    def globals(self, session):
        if 0 <= session < len(self.sessions):
            globals = self.sessions[session]
            if globals is not None:
                return globals
        raise BadCall("no lox session %d" % session)

    def exec_source(self, session, filename, source):
        globals = self.globals(session)
        try:
            code = compile_lox(source, filename)
        except SourceError as e:
            raise EmbeddedError("CompileError", e.message, e.message + "\n")
        try:
            interpreter.run_script(code, globals)
        except LoxError as e:
            raise runtime_error(e)

    def eval_source(self, session, source):
        globals = self.globals(session)
        self.exec_source(session, "<eval>",
                         "var " + RESULT + " = (" + source.strip(" \t\n;") + "\n);")
        w_result = globals.get(RESULT)
        globals.set(RESULT, w_nil)
        if w_result is None:
            return w_nil
        return w_result

    def call_global(self, session, name, args_w):
        globals = self.globals(session)
        w_callee = globals.get(name)
        if w_callee is None:
            message = "Undefined variable '%s'." % name
            raise EmbeddedError("RuntimeError", message, message + "\n")
        # The frame a call from outside runs on: its stack holds the callee and arguments.
        trampoline = TRAMPOLINE
        if len(args_w) < len(TRAMPOLINES):
            trampoline = TRAMPOLINES[len(args_w)]
        frame = LoxFrame(trampoline.code, trampoline, globals, 1, [w_callee] + args_w)
        try:
            interpreter.call_value(frame, w_callee, len(args_w))
        except LoxError as e:
            raise runtime_error(e)
        return frame.pop()

    # -- values in ------------------------------------------------------------------------
    def new_null(self):
        return w_nil

    def new_bool(self, value):
        return w_true if value else w_false

    def new_int(self, value):
        return W_Number(float(value))

    def new_bigint(self, decimal):
        try:
            return W_Number(rbigint.fromdecimalstr(decimal).tofloat())
        except OverflowError:
            raise CannotCross("int too large to convert to a Lox number")

    def new_float(self, value):
        return W_Number(value)

    def new_str(self, utf8):
        return W_String(utf8)

    def new_bytes(self, data):
        raise CannotCross("Lox has no bytes")

    def new_list(self, items_w):
        raise CannotCross("Lox has no lists")

    def new_tuple(self, items_w):
        raise CannotCross("Lox has no tuples")

    def new_dict(self, keys_w, values_w):
        raise CannotCross("Lox has no dicts")

    # -- values out: by their interop kinds ----------------------------------------------
    def export_own(self, w_value, writer, depth):
        return False


def runtime_error(error):
    lines = "".join(["[line %d] in %s\n" % (r.line, r.name) for r in error.traceback])
    return EmbeddedError("RuntimeError", error.message, error.message + "\n" + lines)
