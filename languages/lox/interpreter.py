"""The Lox bytecode loop, its frame, calls and clox's runtime errors.

`execute` is the JIT portal: greens (pc, code), the frame is virtualizable.  Each opcode is a
method `op_NAME`, found through framework.jit.make_dispatcher.  A Lox call runs `execute`
recursively on a fresh frame whose stack starts with the callee (or `this`) and the
arguments, as clox's call frames window its one stack.  A runtime error is a LoxError; each
frame it leaves adds its `[line N] in fn()` line, innermost first.
"""
from rpython.rlib import jit
from rpython.rlib.objectmodel import import_from_mixin
from rpython.rlib.rfloat import INFINITY, NAN, copysign

from framework import output
from framework.errors import GuestError
from framework.frame import FrameMixin
from framework.jit import make_driver, make_dispatcher
from framework.objspace import ObjectSpace
from languages.lox import opcodes as op
from languages.lox.builtins import functions
from languages.lox.objects import (LoxTable, W_Value, W_Number, W_String, W_Function,
                                   W_Closure, W_Upvalue, W_Native, W_Class, W_Instance,
                                   W_BoundMethod, w_nil, w_true, w_false, newbool,
                                   is_falsey, values_equal)

FRAMES_MAX = 64                 # clox's call depth limit (vm.h)


class LoxError(GuestError):
    def __init__(self, message):
        self.message = message
        self.traceback = []     # "[line N] in fn()" lines, innermost first


class LoxFrame(object):
    """clox keeps locals in stack slots, so a Lox frame is FrameMixin's value stack without
    its `locals_w` (a list never written would be a Void array the JIT allocates by a call)."""
    import_from_mixin(FrameMixin)
    _virtualizable_ = ['stack_w[*]', 'stackpos']

    @jit.unroll_safe
    def __init__(self, code, w_closure, globals, depth, slots_w):
        self = jit.hint(self, access_directly=True, fresh_virtualizable=True)
        self.stack_w = [None] * code.stack_size
        self.stackpos = 0
        for w_slot in slots_w:
            self.push(w_slot)
        self.w_closure = w_closure
        self.globals = globals
        self.depth = depth
        self.open_upvalues = None      # W_Upvalues pointing into this frame's stack
        self.w_result = None

    def slot(self, index):
        assert index >= 0
        return self.stack_w[index]

    def set_slot(self, index, w_value):
        assert index >= 0
        self.stack_w[index] = w_value


driver = make_driver("lox", op.table)


class Interpreter(ObjectSpace):
    """The loop and, as Lox needs so little of one, the object space too.

    It holds no state (the globals hang off the frames), so it can be a frozen prebuilt
    constant: the JIT then needs no red variable for it at the merge point.
    """

    def _freeze_(self):
        return True

    # -- the loop -------------------------------------------------------------------------
    def execute(self, code, frame):
        pc = 0
        while True:
            driver.jit_merge_point(pc=pc, code=code, frame=frame)
            try:
                next_pc = dispatch(self, frame, code, code.code[pc], code.code[pc + 1], pc + 2)
            except LoxError as e:
                e.traceback.append("[line %d] in %s" % (code.line_at(pc), code.where()))
                raise e
            if next_pc < 0:
                return frame.w_result
            if next_pc <= pc:
                driver.can_enter_jit(pc=next_pc, code=code, frame=frame)
            pc = next_pc

    def run_script(self, code, globals):
        w_script = W_Closure(code, [])
        return self.execute(code, LoxFrame(code, w_script, globals, 1, [w_script]))

    # -- calls ----------------------------------------------------------------------------
    def call_value(self, frame, w_callee, argc):
        """Call the value under `argc` arguments on `frame`'s stack; push the result."""
        if isinstance(w_callee, W_Closure):
            self.call_closure(frame, w_callee, argc)
        elif isinstance(w_callee, W_BoundMethod):
            frame.settop(w_callee.w_receiver, argc)
            self.call_closure(frame, w_callee.w_method, argc)
        elif isinstance(w_callee, W_Class):
            frame.settop(W_Instance(w_callee), argc)
            w_init = w_callee.find_method("init")
            if w_init is not None:
                self.call_closure(frame, w_init, argc)
            elif argc != 0:
                raise LoxError("Expected 0 arguments but got %d." % argc)
        elif isinstance(w_callee, W_Native):
            args_w = frame.popn(argc)
            frame.pop()
            frame.push(w_callee.spec.wrapper(self, None, args_w))
        else:
            raise LoxError("Can only call functions and classes.")

    def call_closure(self, frame, w_closure, argc):
        code = jit.promote(w_closure.code)
        if argc != code.arity:
            raise LoxError("Expected %d arguments but got %d." % (code.arity, argc))
        if frame.depth >= FRAMES_MAX:
            raise LoxError("Stack overflow.")
        callee = LoxFrame(code, w_closure, frame.globals, frame.depth + 1,
                           frame.popn(argc + 1))
        frame.push(self.execute(code, callee))

    def arity_error(self, name, min_args, max_args, got):
        """For framework.classdef wrappers: natives check their arity (clox's do not)."""
        return LoxError("Expected %d arguments but got %d." % (min_args, got))

    # -- variables ------------------------------------------------------------------------
    def op_CONSTANT(self, frame, code, arg, next_pc):
        w_const = code.consts_w[arg]
        assert isinstance(w_const, W_Value)
        frame.push(w_const)
        return next_pc

    def op_NIL(self, frame, code, arg, next_pc):
        frame.push(w_nil)
        return next_pc

    def op_TRUE(self, frame, code, arg, next_pc):
        frame.push(w_true)
        return next_pc

    def op_FALSE(self, frame, code, arg, next_pc):
        frame.push(w_false)
        return next_pc

    def op_POP(self, frame, code, arg, next_pc):
        frame.pop()
        return next_pc

    def op_GET_LOCAL(self, frame, code, arg, next_pc):
        frame.push(frame.slot(arg))
        return next_pc

    def op_SET_LOCAL(self, frame, code, arg, next_pc):
        frame.set_slot(arg, frame.peek())
        return next_pc

    def op_GET_GLOBAL(self, frame, code, arg, next_pc):
        w_value = frame.globals.get(code.names[arg])
        if w_value is None:
            raise LoxError("Undefined variable '%s'." % code.names[arg])
        frame.push(w_value)
        return next_pc

    def op_DEFINE_GLOBAL(self, frame, code, arg, next_pc):
        frame.globals.set(code.names[arg], frame.pop())
        return next_pc

    def op_SET_GLOBAL(self, frame, code, arg, next_pc):
        if frame.globals.get(code.names[arg]) is None:
            raise LoxError("Undefined variable '%s'." % code.names[arg])
        frame.globals.set(code.names[arg], frame.peek())
        return next_pc

    def op_GET_UPVALUE(self, frame, code, arg, next_pc):
        frame.push(frame.w_closure.upvalues[arg].get())
        return next_pc

    def op_SET_UPVALUE(self, frame, code, arg, next_pc):
        frame.w_closure.upvalues[arg].set(frame.peek())
        return next_pc

    # -- properties -----------------------------------------------------------------------
    def op_GET_PROPERTY(self, frame, code, arg, next_pc):
        w_object = frame.peek()
        if not isinstance(w_object, W_Instance):
            raise LoxError("Only instances have properties.")
        w_value = w_object.read_attr(code.names[arg])
        if w_value is None:
            w_value = W_BoundMethod(w_object, method(w_object.getclass(), code.names[arg]))
        frame.settop(w_value)
        return next_pc

    def op_SET_PROPERTY(self, frame, code, arg, next_pc):
        w_object = frame.peek(1)
        if not isinstance(w_object, W_Instance):
            raise LoxError("Only instances have fields.")
        w_value = frame.pop()
        w_object.write_attr(code.names[arg], w_value)
        frame.settop(w_value)
        return next_pc

    def op_GET_SUPER(self, frame, code, arg, next_pc):
        w_superclass = frame.pop()
        assert isinstance(w_superclass, W_Class)
        frame.settop(W_BoundMethod(frame.peek(), method(w_superclass, code.names[arg])))
        return next_pc

    # -- operators ------------------------------------------------------------------------
    def op_EQUAL(self, frame, code, arg, next_pc):
        w_b = frame.pop()
        frame.settop(newbool(values_equal(frame.peek(), w_b)))
        return next_pc

    def op_GREATER(self, frame, code, arg, next_pc):
        w_b, w_a = numbers(frame)
        frame.settop(newbool(w_a.value > w_b.value))
        return next_pc

    def op_LESS(self, frame, code, arg, next_pc):
        w_b, w_a = numbers(frame)
        frame.settop(newbool(w_a.value < w_b.value))
        return next_pc

    def op_ADD(self, frame, code, arg, next_pc):
        w_b = frame.pop()
        w_a = frame.peek()
        if isinstance(w_a, W_Number) and isinstance(w_b, W_Number):
            frame.settop(W_Number(w_a.value + w_b.value))
        elif isinstance(w_a, W_String) and isinstance(w_b, W_String):
            frame.settop(W_String(w_a.value + w_b.value))
        else:
            raise LoxError("Operands must be two numbers or two strings.")
        return next_pc

    def op_SUBTRACT(self, frame, code, arg, next_pc):
        w_b, w_a = numbers(frame)
        frame.settop(W_Number(w_a.value - w_b.value))
        return next_pc

    def op_MULTIPLY(self, frame, code, arg, next_pc):
        w_b, w_a = numbers(frame)
        frame.settop(W_Number(w_a.value * w_b.value))
        return next_pc

    def op_DIVIDE(self, frame, code, arg, next_pc):
        w_b, w_a = numbers(frame)
        frame.settop(W_Number(divide(w_a.value, w_b.value)))
        return next_pc

    def op_NOT(self, frame, code, arg, next_pc):
        frame.settop(newbool(is_falsey(frame.peek())))
        return next_pc

    def op_NEGATE(self, frame, code, arg, next_pc):
        w_value = frame.peek()
        if not isinstance(w_value, W_Number):
            raise LoxError("Operand must be a number.")
        frame.settop(W_Number(-w_value.value))
        return next_pc

    def op_PRINT(self, frame, code, arg, next_pc):
        output.write_out(frame.pop().text() + "\n")
        return next_pc

    # -- control flow ---------------------------------------------------------------------
    def op_JUMP(self, frame, code, arg, next_pc):
        return arg

    def op_JUMP_IF_FALSE(self, frame, code, arg, next_pc):
        if is_falsey(frame.peek()):
            return arg
        return next_pc

    def op_LOOP(self, frame, code, arg, next_pc):
        return arg

    def op_CALL(self, frame, code, arg, next_pc):
        self.call_value(frame, frame.peek(arg), arg)
        return next_pc

    def op_INVOKE(self, frame, code, arg, next_pc):
        name, argc = op.unpack_invoke(arg)
        w_receiver = frame.peek(argc)
        if not isinstance(w_receiver, W_Instance):
            raise LoxError("Only instances have methods.")
        w_field = w_receiver.read_attr(code.names[name])
        if w_field is not None:
            frame.settop(w_field, argc)
            self.call_value(frame, w_field, argc)
        else:
            self.call_closure(frame, method(w_receiver.getclass(), code.names[name]), argc)
        return next_pc

    def op_SUPER_INVOKE(self, frame, code, arg, next_pc):
        name, argc = op.unpack_invoke(arg)
        w_superclass = frame.pop()
        assert isinstance(w_superclass, W_Class)
        self.call_closure(frame, method(w_superclass, code.names[name]), argc)
        return next_pc

    def op_CLOSURE(self, frame, code, arg, next_pc):
        w_function = code.consts_w[arg]
        assert isinstance(w_function, W_Function)
        frame.push(W_Closure(w_function.code, capture_upvalues(frame, w_function.code)))
        return next_pc

    def op_CLOSE_UPVALUE(self, frame, code, arg, next_pc):
        close_upvalues(frame, frame.stackpos - 1)
        frame.pop()
        return next_pc

    def op_RETURN(self, frame, code, arg, next_pc):
        frame.w_result = frame.pop()
        if frame.open_upvalues is not None:
            close_upvalues(frame, 0)
        return -1

    # -- classes --------------------------------------------------------------------------
    def op_CLASS(self, frame, code, arg, next_pc):
        frame.push(W_Class(code.names[arg]))
        return next_pc

    def op_INHERIT(self, frame, code, arg, next_pc):
        w_superclass = frame.peek(1)
        if not isinstance(w_superclass, W_Class):
            raise LoxError("Superclass must be a class.")
        w_subclass = frame.pop()
        assert isinstance(w_subclass, W_Class)
        for name in w_superclass.methods.keys():
            w_subclass.methods.set(name, w_superclass.methods.get(name))
        return next_pc

    def op_METHOD(self, frame, code, arg, next_pc):
        w_method = frame.pop()
        w_class = frame.peek()
        assert isinstance(w_class, W_Class)
        w_class.methods.set(code.names[arg], w_method)
        return next_pc


dispatch = make_dispatcher(op.table, Interpreter)
interpreter = Interpreter()


def new_globals():
    """A fresh global namespace holding the natives."""
    globals = LoxTable()
    for spec in functions.specs():
        globals.set(spec.name, W_Native(spec))
    return globals


def method(w_class, name):
    w_method = w_class.find_method(name)
    if w_method is None:
        raise LoxError("Undefined property '%s'." % name)
    return w_method


def numbers(frame):
    """Pop b, peek a: both must be numbers (clox's BINARY_OP check)."""
    w_b = frame.pop()
    w_a = frame.peek()
    if not isinstance(w_a, W_Number) or not isinstance(w_b, W_Number):
        raise LoxError("Operands must be numbers.")
    return w_b, w_a


def divide(a, b):
    """IEEE division as C does it, also untranslated (where Python raises on zero)."""
    if b == 0.0:
        if a != a or a == 0.0:
            return -NAN if a == 0.0 else a       # x86's 0/0 is the negative default NaN
        return copysign(INFINITY, a) * copysign(1.0, b)
    return a / b


@jit.unroll_safe
def capture_upvalues(frame, code):
    upvalues = [None] * len(code.upvalue_index)
    for i in range(len(upvalues)):
        index = code.upvalue_index[i]
        if code.upvalue_local[i]:
            upvalues[i] = capture(frame, index)
        else:
            upvalues[i] = frame.w_closure.upvalues[index]
    return upvalues


def capture(frame, index):
    """The open upvalue for `frame`'s slot `index`, shared by every closure capturing it."""
    if frame.open_upvalues is None:
        frame.open_upvalues = []
    for w_upvalue in frame.open_upvalues:
        if w_upvalue.index == index:
            return w_upvalue
    w_upvalue = W_Upvalue(frame, index)
    frame.open_upvalues.append(w_upvalue)
    return w_upvalue


def close_upvalues(frame, level):
    """Close the upvalues of slots >= level: the variables leave the stack."""
    if frame.open_upvalues is None:
        return
    still_open = []
    for w_upvalue in frame.open_upvalues:
        if w_upvalue.index >= level:
            w_upvalue.close()
        else:
            still_open.append(w_upvalue)
    frame.open_upvalues = still_open
