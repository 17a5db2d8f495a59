"""The Lox bytecode loop, its frames and calls, and clox's runtime errors.

`execute` is the JIT portal (greens pc and code, the frame virtualizable); each opcode is a
method `op_NAME` found by framework.jit.make_dispatcher.  A call runs `execute` on a fresh
frame whose stack starts with the callee (or `this`) and the arguments, the window clox's
CallFrame has on its one stack.  A LoxError collects a traceback record per frame it unwinds.
"""
from rpython.rlib import jit
from rpython.rlib.objectmodel import import_from_mixin
from framework.integers import ieee_divide

from framework import output
from framework.errors import GuestError
from framework.frame import FrameMixin
from framework.jit import make_driver, make_dispatcher
from framework.objspace import ObjectSpace
from languages.lox import opcodes as op
from languages.lox.code import SCRIPT
from languages.lox.builtins import functions
from languages.lox.kit import HostLimits
from languages.lox.objects import (LoxTable, W_Number, W_String, W_Closure, W_Cell,
                                   W_Native, W_Class, W_Instance, W_BoundMethod, w_nil,
                                   w_true, w_false, newbool, is_falsey, values_equal)



class LoxError(GuestError):
    def __init__(self, message):
        self.message = message
        self.traceback = []     # records (framework/tracebacks.py) of "script" or "fn()"


class LoxLimits(HostLimits):
    def too_deep(self): return LoxError("Stack overflow.")


limits = LoxLimits(64)      # clox's FRAMES_MAX (vm.h), the script's frame being the first


class LoxFrame(object):
    """FrameMixin's value stack without its `locals_w`: clox keeps locals in stack slots (and
    a list never written is a Void array, which the JIT allocates through a call)."""
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

    def load(self, index):
        """A local's value: in its slot, or in the cell there once a closure captured it."""
        assert index >= 0
        w_value = self.stack_w[index]
        return w_value.w_value if isinstance(w_value, W_Cell) else w_value

    def store(self, index, w_value):
        assert index >= 0
        w_slot = self.stack_w[index]
        if isinstance(w_slot, W_Cell):
            w_slot.w_value = w_value
        else:
            self.stack_w[index] = w_value

    def capture(self, index):
        """The cell of the local in slot `index`, made when a closure first captures it."""
        assert index >= 0
        w_cell = self.stack_w[index]
        if not isinstance(w_cell, W_Cell):
            w_cell = W_Cell(w_cell)
            self.stack_w[index] = w_cell
        return w_cell


def arithmetic(compute):
    """The handler of a binary operator on numbers (clox's BINARY_OP macro)."""
    def op_arithmetic(self, frame, code, arg, next_pc):
        w_b = frame.pop()
        w_a = frame.peek()
        if not isinstance(w_a, W_Number) or not isinstance(w_b, W_Number):
            raise LoxError("Operands must be numbers.")
        frame.settop(compute(w_a.value, w_b.value))
        return next_pc
    return op_arithmetic


driver = make_driver("lox", op.table)


class Interpreter(ObjectSpace):
    """The loop and, as Lox needs so little of one, the object space (it has no state: the
    globals hang off the frames)."""

    def execute(self, code, frame):
        pc = 0
        while True:
            driver.jit_merge_point(pc=pc, code=code, frame=frame, interp=self)
            try:
                next_pc = dispatch(self, frame, code, code.code[pc], code.code[pc + 1], pc + 2)
            except LoxError as e:
                where = "script" if code.name == SCRIPT else code.name + "()"
                e.record_frame(where, code.filename, code.line_at(pc))
                raise e
            if next_pc < 0:
                return frame.pop()                  # RETURN left the result on top
            if next_pc <= pc:
                driver.can_enter_jit(pc=next_pc, code=code, frame=frame, interp=self)
            pc = next_pc

    def run_script(self, code, globals):
        w_script = W_Closure(code, [])
        return self.execute(code, LoxFrame(code, w_script, globals, 1, [w_script]))

    def call_value(self, frame, w_callee, argc):
        """Call the value below `argc` arguments on the stack; leave the result there."""
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
            frame.settop(w_callee.call(self, frame.popn(argc)))
        else:
            raise LoxError("Can only call functions and classes.")

    def call_closure(self, frame, w_closure, argc):
        code = jit.promote(w_closure.code)
        if argc != code.arity:
            raise LoxError("Expected %d arguments but got %d." % (code.arity, argc))
        limits.check_depth(frame.depth)
        callee = LoxFrame(code, w_closure, frame.globals, frame.depth + 1, frame.popn(argc + 1))
        frame.push(self.execute(code, callee))

    def arity_error(self, name, min_args, max_args, got):
        """Natives check their arity (clox's do not), worded as for Lox functions."""
        return LoxError("Expected %d arguments but got %d." % (min_args, got))

    # -- opcodes --------------------------------------------------------------------------
    op_GREATER = arithmetic(lambda a, b: newbool(a > b))
    op_LESS = arithmetic(lambda a, b: newbool(a < b))
    op_SUBTRACT = arithmetic(lambda a, b: W_Number(a - b))
    op_MULTIPLY = arithmetic(lambda a, b: W_Number(a * b))
    op_DIVIDE = arithmetic(lambda a, b: W_Number(ieee_divide(a, b)))

    def op_CONSTANT(self, frame, code, arg, next_pc):
        frame.push(code.consts_w[arg])
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
        frame.push(frame.load(arg))
        return next_pc

    def op_SET_LOCAL(self, frame, code, arg, next_pc):
        frame.store(arg, frame.peek())
        return next_pc

    def op_GET_GLOBAL(self, frame, code, arg, next_pc):
        frame.push(global_value(frame, code.names[arg]))
        return next_pc

    def op_DEFINE_GLOBAL(self, frame, code, arg, next_pc):
        frame.globals.set(code.names[arg], frame.pop())
        return next_pc

    def op_SET_GLOBAL(self, frame, code, arg, next_pc):
        global_value(frame, code.names[arg])
        frame.globals.set(code.names[arg], frame.peek())
        return next_pc

    def op_GET_UPVALUE(self, frame, code, arg, next_pc):
        frame.push(frame.w_closure.upvalues[arg].w_value)
        return next_pc

    def op_SET_UPVALUE(self, frame, code, arg, next_pc):
        frame.w_closure.upvalues[arg].w_value = frame.peek()
        return next_pc

    def op_GET_PROPERTY(self, frame, code, arg, next_pc):
        w_object = instance(frame.peek(), "Only instances have properties.")
        w_value = w_object.read_attr(code.names[arg])
        if w_value is None:
            w_value = W_BoundMethod(w_object, method(w_object.getclass(), code.names[arg]))
        frame.settop(w_value)
        return next_pc

    def op_SET_PROPERTY(self, frame, code, arg, next_pc):
        w_object = instance(frame.peek(1), "Only instances have fields.")
        w_value = frame.pop()
        w_object.write_attr(code.names[arg], w_value)
        frame.settop(w_value)
        return next_pc

    def op_GET_SUPER(self, frame, code, arg, next_pc):
        w_method = method(frame.pop(), code.names[arg])
        frame.settop(W_BoundMethod(frame.peek(), w_method))
        return next_pc

    def op_EQUAL(self, frame, code, arg, next_pc):
        w_b = frame.pop()
        frame.settop(newbool(values_equal(frame.peek(), w_b)))
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

    def op_JUMP(self, frame, code, arg, next_pc):
        return arg

    op_LOOP = op_JUMP           # the loop above sees a backward jump by its target

    def op_JUMP_IF_FALSE(self, frame, code, arg, next_pc):
        return arg if is_falsey(frame.peek()) else next_pc

    def op_CALL(self, frame, code, arg, next_pc):
        self.call_value(frame, frame.peek(arg), arg)
        return next_pc

    def op_INVOKE(self, frame, code, arg, next_pc):
        name, argc = op.unpack_invoke(arg)
        w_receiver = instance(frame.peek(argc), "Only instances have methods.")
        w_field = w_receiver.read_attr(code.names[name])
        if w_field is not None:           # a field holding a function shadows a method
            frame.settop(w_field, argc)
            self.call_value(frame, w_field, argc)
        else:
            self.call_closure(frame, method(w_receiver.getclass(), code.names[name]), argc)
        return next_pc

    def op_SUPER_INVOKE(self, frame, code, arg, next_pc):
        name, argc = op.unpack_invoke(arg)
        self.call_closure(frame, method(frame.pop(), code.names[name]), argc)
        return next_pc

    def op_CLOSURE(self, frame, code, arg, next_pc):
        w_function = code.consts_w[arg]
        assert isinstance(w_function, W_Closure)
        frame.push(w_nil)       # the closure's own slot first: a local function captures it
        w_closure = W_Closure(w_function.code, capture_upvalues(frame, w_function.code))
        frame.store(frame.stackpos - 1, w_closure)
        return next_pc

    def op_RETURN(self, frame, code, arg, next_pc):
        return -1

    def op_CLASS(self, frame, code, arg, next_pc):
        frame.push(W_Class(code.names[arg]))
        return next_pc

    def op_INHERIT(self, frame, code, arg, next_pc):
        w_superclass = frame.peek(1)
        if not isinstance(w_superclass, W_Class):
            raise LoxError("Superclass must be a class.")
        w_subclass = frame.pop()
        assert isinstance(w_subclass, W_Class)
        w_subclass.inherit(w_superclass)
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


def global_value(frame, name):
    w_value = frame.globals.get(name)
    if w_value is None:
        raise LoxError("Undefined variable '%s'." % name)
    return w_value


def instance(w_value, message):
    if not isinstance(w_value, W_Instance):
        raise LoxError(message)
    return w_value


def method(w_class, name):
    assert isinstance(w_class, W_Class)
    w_method = w_class.find_method(name)
    if w_method is None:
        raise LoxError("Undefined property '%s'." % name)
    return w_method


@jit.unroll_safe
def capture_upvalues(frame, code):
    upvalues = [None] * len(code.upvalue_index)
    for i in range(len(upvalues)):
        index = code.upvalue_index[i]
        upvalues[i] = frame.capture(index) if code.upvalue_local[i] else \
            frame.w_closure.upvalues[index]
    return upvalues
