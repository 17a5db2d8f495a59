"""Lox's side of the interop protocol (framework/interop.py).

Lox's values answer the protocol's messages: nil, true and false, numbers and strings are
primitives, and a Lox number is a double, so it never `fits_int`.  Closures, natives, bound
methods and classes are callable.  Instances are objects with members.  Lox has no arrays,
hashes or exception values.  The kinds and the unboxing are beside each class in objects.py.
Calls and members are here, because they need the interpreter and the boundary, and
objects.py is imported by both.

A foreign value inside Lox is a `W_Foreign`, a kind of native function.  Calling it sends the
`call` message (the interpreter's native-call path).  `print` shows its display string.
A protocol error becomes a Lox runtime error.  A closure called from another language runs
in the globals `GLOBALS`, with a fresh call depth.
"""
from framework import interop
from languages.lox.compiler import compile_lox
from languages.lox.interpreter import LoxError, LoxFrame, interpreter, new_globals
from languages.lox.objects import (W_Value, W_Number, W_String, W_Closure, W_Native, W_Class,
                                   W_Instance, W_BoundMethod, w_nil, w_true, w_false)

# A script whose stack holds a callee and 255 arguments: the frame a call from outside uses.
TRAMPOLINE = W_Closure(compile_lox("nil(%s);" % ", ".join(["nil"] * 255), "<interop>"), [])
GLOBALS = new_globals()


class W_Foreign(interop.adapter_base("lox", W_Native, display_as="text")):
    """Another language's value inside Lox (one per value: see Boundary)."""

    def call(self, space, args_w):
        return boundary.call(self.w_foreign, args_w)


boundary = interop.boundary_class(
    "lox", W_Value, W_Foreign, null=w_nil, true=w_true, false=w_false, float_class=W_Number,
    str_class=W_String, language_error=lambda self, error: LoxError(error.message))()


class CallAnswers(object):
    """Installed on the callables: a call from outside runs the interpreter's call path."""

    def interop_call(self, args_w):
        if isinstance(self, W_Closure) and self.code.arity != len(args_w):
            raise interop.ArityError(self.code.arity, self.code.arity, len(args_w))
        frame = LoxFrame(TRAMPOLINE.code, TRAMPOLINE, GLOBALS, 1,
                         [self] + boundary.import_list(args_w))
        try:
            interpreter.call_value(frame, self, len(args_w))
        except LoxError as e:
            raise interop.GuestException(e.message, None)
        return boundary.export_value(frame.pop())


class MemberAnswers(object):
    """Installed on W_Instance: fields, then methods (bound), as `instance.name` reads."""

    def interop_read_member(self, name):
        w_value = self.read_attr(name)
        w_method = self.getclass().find_method(name)
        if w_value is None and w_method is None:
            raise interop.UnknownMember(name)
        return boundary.export_value(w_value or W_BoundMethod(self, w_method))

    def interop_write_member(self, name, w_value):
        self.write_attr(name, boundary.import_value(w_value))


interop.install([W_Closure, W_Native, W_Class, W_BoundMethod], CallAnswers, interop.CALLABLE)
interop.install([W_Instance], MemberAnswers)
