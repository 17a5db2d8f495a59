"""The PHP bytecode loop, its frames and calls.

`execute` is the JIT portal (greens pc and code, the frame virtualizable); each opcode is a
method `op_NAME` found by framework.jit.make_dispatcher.  A PHP exception (`PhpThrow`)
raised by an instruction is looked up in the code's handler table: the stack is cut back,
the exception pushed and the loop goes on at the handler, or the frame is left.
The value semantics (conversions, comparisons, arithmetic, properties, calls) live in the
object space (space.py), of which the interpreter is the loop part.
"""
from rpython.rlib import jit
from rpython.rlib.objectmodel import import_from_mixin

from framework.frame import FrameMixin
from framework.jit import make_driver, make_dispatcher
from languages.php import opcodes as op
from languages.php.arrays import W_Array
from languages.php.code import FunctionTemplate, ClassTemplate
from languages.php.compiler import QUIET_FLAG, NoKey
from languages.php.errors import PhpThrow, PhpExit, PhpFatal
from languages.php.functions import W_Function, W_Class, W_Closure
from languages.php.objects import (W_Value, W_Null, W_Bool, W_Int, W_Float, W_String,
                                   W_Reference, W_Object, w_null, w_true, w_false,
                                   newbool, newint)
from languages.php.space import Space
from languages.php.strbuffer import W_StrBuffer
from languages.php.calls import Calls


class Frame(object):
    import_from_mixin(FrameMixin)
    _virtualizable_ = ['locals_w[*]', 'stack_w[*]', 'stackpos', 'pc', 'aux']

    def __init__(self, code, w_func, w_this, w_static, back_ref, depth, caller_strict):
        """`back_ref`: a virtual reference to the caller's frame (jit.vref_None for none),
        so that a call inlined in a trace allocates no frame; `caller_strict`: the caller's
        file declared strict_types."""
        self = jit.hint(self, access_directly=True, fresh_virtualizable=True)
        self.init_frame(code.nslots, code.stack_size)
        self.code = code
        self.w_func = w_func
        self.w_this = w_this
        self.w_static = w_static
        self.back_ref = back_ref
        self.caller_strict = caller_strict
        self.pc = 0
        self.aux = 0
        self.passed = 0
        self.args_w = None
        self.extra_vars = None
        self.generator = None
        self.w_pending = None      # an exception to raise when resumed (Generator::throw)
        self.depth = depth

    def getlocal(self, index):
        """A local's value (a string being appended to read as the string it is now)."""
        assert index >= 0
        w_value = self.locals_w[index]
        if isinstance(w_value, W_StrBuffer):
            return w_value.string()
        return w_value

    def rawlocal(self, index):
        """A local's slot as it is (a W_StrBuffer left as it is)."""
        assert index >= 0
        return self.locals_w[index]

    def line(self):
        return self.code.line_at(self.pc)

    def caller(self):
        """The calling frame, or None (forces it out of a trace: for error paths)."""
        return self.back_ref()


driver = make_driver("php", op.table)


class Interpreter(Space):
    import_from_mixin(Calls)
    def execute(self, code, frame):
        """Run `frame` from its pc; the result of its RETURN, or None when a generator's
        frame yields."""
        pc = frame.pc
        if frame.w_pending is not None:
            w_exc = frame.w_pending
            frame.w_pending = None
            pc = self.handle(code, frame, pc, PhpThrow(w_exc))
        while True:
            driver.jit_merge_point(pc=pc, code=code, frame=frame, interp=self)
            frame.pc = pc
            try:
                next_pc = dispatch(self, frame, code, code.code[pc], code.code[pc + 1], pc + 2)
            except PhpThrow as e:
                next_pc = self.handle(code, frame, pc, e)
            if next_pc < 0:
                if next_pc == -2:
                    return None
                return frame.pop()
            if next_pc <= pc:
                driver.can_enter_jit(pc=next_pc, code=code, frame=frame, interp=self)
            pc = next_pc

    def handle(self, code, frame, pc, e):
        handler = code.find_handler(pc)
        if handler is None:
            raise e
        while frame.stackpos > handler.depth:
            frame.pop()
        frame.push(e.w_exception)
        return handler.target

    # -- opcodes: values and variables ---------------------------------------------------------
    def op_CONST(self, frame, code, arg, next_pc):
        frame.push(code.consts_w[arg])
        return next_pc

    def op_NULL(self, frame, code, arg, next_pc):
        frame.push(w_null)
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

    def op_DUP(self, frame, code, arg, next_pc):
        frame.push(frame.peek())
        return next_pc

    def op_DUP2(self, frame, code, arg, next_pc):
        w_b = frame.peek()
        w_a = frame.peek(1)
        frame.push(w_a)
        frame.push(w_b)
        return next_pc

    def op_LOAD_VAR(self, frame, code, arg, next_pc):
        w_value = frame.getlocal(arg)
        if w_value is None:
            self.warning("Undefined variable $%s" % code.varnames[arg])
            w_value = w_null
        else:
            w_value = w_value.deref()
        frame.push(w_value)
        return next_pc

    def op_LOAD_VAR_QUIET(self, frame, code, arg, next_pc):
        w_value = frame.getlocal(arg)
        frame.push(w_null if w_value is None else w_value.deref())
        return next_pc

    def op_STORE_VAR(self, frame, code, arg, next_pc):
        self.store_local(frame, arg, frame.peek())
        return next_pc

    def op_APPEND_VAR(self, frame, code, arg, next_pc):
        w_value = frame.pop()
        w_old = frame.rawlocal(arg)
        if isinstance(w_old, W_StrBuffer):
            w_old.append(self.str(w_value))
        elif isinstance(w_old, W_String):
            frame.setlocal(arg, W_StrBuffer(w_old.strval, self.str(w_value)))
        else:
            frame.push(w_value)
            self.op_LOAD_VAR(frame, code, arg, next_pc)
            w_old = frame.pop()
            self.store_local(frame, arg, W_String(self.str(w_old) +
                                                  self.str(frame.pop())))
        return next_pc

    def op_LOAD_VARVAR(self, frame, code, arg, next_pc):
        name = self.str(frame.pop())
        w_ref = self.var_by_name(frame, name, False)
        if w_ref is None:
            self.warning("Undefined variable $%s" % name)
            frame.push(w_null)
        else:
            frame.push(w_ref.deref())
        return next_pc

    def op_LOAD_VARVAR_QUIET(self, frame, code, arg, next_pc):
        name = self.str(frame.pop())
        w_ref = self.var_by_name(frame, name, False)
        frame.push(w_null if w_ref is None else w_ref.deref())
        return next_pc

    def op_STORE_VARVAR(self, frame, code, arg, next_pc):
        w_value = frame.pop()
        name = self.str(frame.pop())
        w_ref = self.var_by_name(frame, name, True)
        assert isinstance(w_ref, W_Reference)
        w_ref.w_value = self.stored(w_value)
        frame.push(w_value)
        return next_pc

    def op_REF_VARVAR(self, frame, code, arg, next_pc):
        name = self.str(frame.pop())
        frame.push(self.var_by_name(frame, name, True))
        return next_pc

    def op_UNSET_VARVAR(self, frame, code, arg, next_pc):
        name = self.str(frame.pop())
        slot = code.slot_of(name)
        if slot >= 0:
            frame.setlocal(slot, None)
        elif frame.extra_vars is not None and name in frame.extra_vars:
            del frame.extra_vars[name]
        return next_pc

    def op_LOAD_THIS(self, frame, code, arg, next_pc):
        if frame.w_this is None:
            raise self.error("Error", "Using $this when not in object context")
        frame.push(frame.w_this)
        return next_pc

    def op_LOAD_THIS_QUIET(self, frame, code, arg, next_pc):
        frame.push(frame.w_this if frame.w_this is not None else w_null)
        return next_pc

    def op_LOAD_GLOBALS(self, frame, code, arg, next_pc):
        frame.push(self.globals_array())
        return next_pc

    # -- arrays --------------------------------------------------------------------------------
    def op_FETCH_DIM(self, frame, code, arg, next_pc):
        w_key = frame.pop()
        frame.settop(self.get_dim(frame.peek(), w_key, False))
        return next_pc

    def op_FETCH_DIM_LIST(self, frame, code, arg, next_pc):
        w_key = frame.pop()
        w_container = frame.peek()
        if isinstance(w_container, W_Array) or isinstance(w_container, W_Object):
            frame.settop(self.get_dim(w_container, w_key, False))
        else:
            frame.settop(w_null)
        return next_pc

    def op_FETCH_DIM_QUIET(self, frame, code, arg, next_pc):
        w_key = frame.pop()
        frame.settop(self.get_dim(frame.peek(), w_key, True))
        return next_pc

    def op_FETCH_VAR_W(self, frame, code, arg, next_pc):
        frame.push(self.local_container(frame, arg))
        return next_pc

    def op_FETCH_DIM_W(self, frame, code, arg, next_pc):
        w_key = frame.pop()
        frame.settop(self.dim_container(frame.peek(), w_key))
        return next_pc

    def op_FETCH_APPEND_W(self, frame, code, arg, next_pc):
        frame.settop(self.dim_container(frame.peek(), None))
        return next_pc

    def op_FETCH_PROP_W(self, frame, code, arg, next_pc):
        frame.settop(self.prop_container(frame.peek(), code.names[arg]))
        return next_pc

    def op_FETCH_STATIC_PROP_W(self, frame, code, arg, next_pc):
        w_ref = self.static_prop_ref(frame.peek(), code.names[arg])
        frame.settop(self.ref_container(w_ref))
        return next_pc

    def op_ASSIGN_DIM(self, frame, code, arg, next_pc):
        w_value = frame.pop()
        w_key = frame.pop()
        self.set_dim(frame.pop(), w_key, w_value)
        frame.push(w_value)
        return next_pc

    def op_APPEND_DIM(self, frame, code, arg, next_pc):
        w_value = frame.pop()
        self.set_dim(frame.pop(), None, w_value)
        frame.push(w_value)
        return next_pc

    def op_ASSIGN_VAR_DIM(self, frame, code, arg, next_pc):
        w_value = frame.pop()
        w_key = frame.pop()
        w_current = frame.getlocal(arg)
        w_container = None
        if w_current is not None:
            w_container = w_current.deref()
        if isinstance(w_container, W_String) and w_container.strval != "":
            w_new = self.set_string_offset(w_container, w_key, w_value)
            self.store_local(frame, arg, w_new)
            frame.push(w_value)
            return next_pc
        self.set_dim(self.local_container(frame, arg), w_key, w_value)
        frame.push(w_value)
        return next_pc

    def op_ARRAY_NEW(self, frame, code, arg, next_pc):
        frame.push(W_Array())
        return next_pc

    def op_ARRAY_ADD(self, frame, code, arg, next_pc):
        w_value = frame.pop()
        w_array = frame.peek()
        assert isinstance(w_array, W_Array)
        if not w_array.append(self.stored(w_value)):
            raise self.error("Error", "Cannot add element to the array as the next element "
                             "is already occupied")
        return next_pc

    def op_ARRAY_ADD_KEY(self, frame, code, arg, next_pc):
        w_value = frame.pop()
        w_key = frame.pop()
        w_array = frame.peek()
        assert isinstance(w_array, W_Array)
        w_array.set(self.array_key(w_key), self.stored(w_value))
        return next_pc

    def op_ARRAY_ADD_REF(self, frame, code, arg, next_pc):
        w_ref = frame.pop()
        w_array = frame.peek()
        assert isinstance(w_array, W_Array)
        w_array.append(w_ref)
        return next_pc

    def op_ARRAY_ADD_KEY_REF(self, frame, code, arg, next_pc):
        w_ref = frame.pop()
        w_key = frame.pop()
        w_array = frame.peek()
        assert isinstance(w_array, W_Array)
        w_array.set(self.array_key(w_key), w_ref)
        return next_pc

    def op_ARRAY_SPREAD(self, frame, code, arg, next_pc):
        w_source = frame.pop()
        w_array = frame.peek()
        assert isinstance(w_array, W_Array)
        self.spread_into(w_array, w_source)
        return next_pc

    def op_ARGS_ADD_NAMED(self, frame, code, arg, next_pc):
        w_value = frame.pop()
        w_array = frame.peek()
        assert isinstance(w_array, W_Array)
        name = code.names[arg]
        if w_array.get_str(name) is not None:
            raise self.error("Error", "Named parameter $%s overwrites previous argument"
                             % name)
        w_array.set_str(name, self.stored(w_value))
        return next_pc

    # -- properties and classes ---------------------------------------------------------------
    def op_FETCH_PROP(self, frame, code, arg, next_pc):
        frame.settop(self.get_prop(frame.peek(), code.names[arg], False))
        return next_pc

    def op_FETCH_PROP_QUIET(self, frame, code, arg, next_pc):
        frame.settop(self.get_prop(frame.peek(), code.names[arg], True))
        return next_pc

    def op_FETCH_PROP_DYN(self, frame, code, arg, next_pc):
        name = self.str(frame.pop())
        frame.settop(self.get_prop(frame.peek(), name, False))
        return next_pc

    def op_ASSIGN_PROP(self, frame, code, arg, next_pc):
        w_value = frame.pop()
        self.set_prop(frame.pop(), code.names[arg], w_value)
        frame.push(w_value)
        return next_pc

    def op_ASSIGN_PROP_DYN(self, frame, code, arg, next_pc):
        w_value = frame.pop()
        name = self.str(frame.pop())
        self.set_prop(frame.pop(), name, w_value)
        frame.push(w_value)
        return next_pc

    def op_FETCH_STATIC_PROP(self, frame, code, arg, next_pc):
        w_ref = self.static_prop_ref(frame.peek(), code.names[arg & (QUIET_FLAG - 1)])
        frame.settop(w_ref.deref())
        return next_pc

    def op_ASSIGN_STATIC_PROP(self, frame, code, arg, next_pc):
        w_value = frame.pop()
        w_ref = self.static_prop_ref(frame.pop(), code.names[arg])
        assert isinstance(w_ref, W_Reference)
        w_ref.w_value = self.stored(w_value)
        frame.push(w_value)
        return next_pc

    def op_CLASS_CONST(self, frame, code, arg, next_pc):
        w_class = frame.peek()
        assert isinstance(w_class, W_Class)
        frame.settop(self.class_constant(w_class, code.names[arg]))
        return next_pc

    def op_LOAD_CLASS(self, frame, code, arg, next_pc):
        frame.push(self.resolve_class(frame, code.names[arg]))
        return next_pc

    def op_CLASS_OF(self, frame, code, arg, next_pc):
        w_value = frame.peek()
        if isinstance(w_value, W_Object):
            frame.settop(w_value.getclass())
        elif isinstance(w_value, W_String):
            frame.settop(self.lookup_class(w_value.strval))
        elif isinstance(w_value, W_Class):
            pass
        else:
            raise self.error("Error", "Cannot use value of type %s as class name"
                             % self.debug_type(w_value))
        return next_pc

    def op_LOAD_CONST(self, frame, code, arg, next_pc):
        frame.push(self.constant(code.names[arg]))
        return next_pc

    # -- operators ---------------------------------------------------------------------------
    def op_ADD(self, frame, code, arg, next_pc):
        w_b = frame.pop()
        frame.settop(self.add(frame.peek(), w_b))
        return next_pc

    def op_SUB(self, frame, code, arg, next_pc):
        w_b = frame.pop()
        frame.settop(self.sub(frame.peek(), w_b))
        return next_pc

    def op_MUL(self, frame, code, arg, next_pc):
        w_b = frame.pop()
        frame.settop(self.mul(frame.peek(), w_b))
        return next_pc

    def op_DIV(self, frame, code, arg, next_pc):
        w_b = frame.pop()
        frame.settop(self.div(frame.peek(), w_b))
        return next_pc

    def op_MOD(self, frame, code, arg, next_pc):
        w_b = frame.pop()
        frame.settop(self.mod(frame.peek(), w_b))
        return next_pc

    def op_POW(self, frame, code, arg, next_pc):
        w_b = frame.pop()
        frame.settop(self.pow(frame.peek(), w_b))
        return next_pc

    def op_CONCAT(self, frame, code, arg, next_pc):
        w_b = frame.pop()
        w_a = frame.peek()
        frame.settop(W_String(self.str(w_a) + self.str(w_b)))
        return next_pc

    def op_SHL(self, frame, code, arg, next_pc):
        w_b = frame.pop()
        frame.settop(self.shift(frame.peek(), w_b, True))
        return next_pc

    def op_SHR(self, frame, code, arg, next_pc):
        w_b = frame.pop()
        frame.settop(self.shift(frame.peek(), w_b, False))
        return next_pc

    def op_BAND(self, frame, code, arg, next_pc):
        w_b = frame.pop()
        frame.settop(self.bitwise(frame.peek(), w_b, "&"))
        return next_pc

    def op_BOR(self, frame, code, arg, next_pc):
        w_b = frame.pop()
        frame.settop(self.bitwise(frame.peek(), w_b, "|"))
        return next_pc

    def op_BXOR(self, frame, code, arg, next_pc):
        w_b = frame.pop()
        frame.settop(self.bitwise(frame.peek(), w_b, "^"))
        return next_pc

    def op_EQ(self, frame, code, arg, next_pc):
        w_b = frame.pop()
        frame.settop(newbool(self.loose_equals(frame.peek(), w_b)))
        return next_pc

    def op_NE(self, frame, code, arg, next_pc):
        w_b = frame.pop()
        frame.settop(newbool(not self.loose_equals(frame.peek(), w_b)))
        return next_pc

    def op_IDENTICAL(self, frame, code, arg, next_pc):
        w_b = frame.pop()
        frame.settop(newbool(self.identical(frame.peek(), w_b)))
        return next_pc

    def op_NOT_IDENTICAL(self, frame, code, arg, next_pc):
        w_b = frame.pop()
        frame.settop(newbool(not self.identical(frame.peek(), w_b)))
        return next_pc

    def op_LT(self, frame, code, arg, next_pc):
        w_b = frame.pop()
        w_a = frame.peek()
        if isinstance(w_a, W_Int) and isinstance(w_b, W_Int):
            frame.settop(newbool(w_a.intval < w_b.intval))
        else:
            frame.settop(newbool(self.compare(w_a, w_b) < 0))
        return next_pc

    def op_LE(self, frame, code, arg, next_pc):
        w_b = frame.pop()
        w_a = frame.peek()
        if isinstance(w_a, W_Int) and isinstance(w_b, W_Int):
            frame.settop(newbool(w_a.intval <= w_b.intval))
        else:
            frame.settop(newbool(self.compare(w_a, w_b) <= 0))
        return next_pc

    def op_GT(self, frame, code, arg, next_pc):
        w_b = frame.pop()
        w_a = frame.peek()
        if isinstance(w_a, W_Int) and isinstance(w_b, W_Int):
            frame.settop(newbool(w_a.intval > w_b.intval))
        else:
            frame.settop(newbool(self.compare_gt(w_a, w_b)))
        return next_pc

    def op_GE(self, frame, code, arg, next_pc):
        w_b = frame.pop()
        w_a = frame.peek()
        if isinstance(w_a, W_Int) and isinstance(w_b, W_Int):
            frame.settop(newbool(w_a.intval >= w_b.intval))
        else:
            frame.settop(newbool(self.compare_ge(w_a, w_b)))
        return next_pc

    def op_SPACESHIP(self, frame, code, arg, next_pc):
        w_b = frame.pop()
        c = self.compare(frame.peek(), w_b)
        frame.settop(newint(-1 if c < 0 else (1 if c > 0 else 0)))
        return next_pc

    def op_XOR(self, frame, code, arg, next_pc):
        w_b = frame.pop()
        frame.settop(newbool(self.truthy(frame.peek()) != self.truthy(w_b)))
        return next_pc

    def op_NOT(self, frame, code, arg, next_pc):
        frame.settop(newbool(not self.truthy(frame.peek())))
        return next_pc

    def op_TO_BOOL(self, frame, code, arg, next_pc):
        frame.settop(newbool(self.truthy(frame.peek())))
        return next_pc

    def op_NEG(self, frame, code, arg, next_pc):
        frame.settop(self.mul(frame.peek(), newint(-1)))
        return next_pc

    def op_PLUS(self, frame, code, arg, next_pc):
        frame.settop(self.mul(frame.peek(), newint(1)))
        return next_pc

    def op_BNOT(self, frame, code, arg, next_pc):
        frame.settop(self.bitwise_not(frame.peek()))
        return next_pc

    def op_CAST(self, frame, code, arg, next_pc):
        frame.settop(self.cast(frame.peek(), arg))
        return next_pc

    def op_INCR(self, frame, code, arg, next_pc):
        frame.settop(self.increment(frame.peek()))
        return next_pc

    def op_DECR(self, frame, code, arg, next_pc):
        frame.settop(self.decrement(frame.peek()))
        return next_pc

    def op_CONCAT_N(self, frame, code, arg, next_pc):
        frame.push(W_String(self.concat_parts(frame, arg)))
        return next_pc

    @jit.unroll_safe
    def concat_parts(self, frame, count):
        parts = [""] * count
        i = count
        while i > 0:
            i -= 1
            parts[i] = self.str(frame.pop())
        return "".join(parts)

    # -- control ------------------------------------------------------------------------------
    def op_JUMP(self, frame, code, arg, next_pc):
        return arg

    def op_JUMP_IF_FALSE(self, frame, code, arg, next_pc):
        w_value = frame.pop()
        if w_value is w_false or not self.truthy(w_value):
            return arg
        return next_pc

    def op_JUMP_IF_TRUE(self, frame, code, arg, next_pc):
        w_value = frame.pop()
        if w_value is w_true or self.truthy(w_value):
            return arg
        return next_pc

    def op_JUMP_IF_NOT_NULL(self, frame, code, arg, next_pc):
        if not isinstance(frame.peek(), W_Null):
            return arg
        frame.pop()
        return next_pc

    def op_JUMP_IF_NULL_KEEP(self, frame, code, arg, next_pc):
        if isinstance(frame.peek(), W_Null):
            return arg
        return next_pc

    def op_ECHO(self, frame, code, arg, next_pc):
        self.echo(self.str(frame.pop()))
        return next_pc

    def op_PRINT(self, frame, code, arg, next_pc):
        self.echo(self.str(frame.peek()))
        frame.settop(newint(1))
        return next_pc

    def op_RETURN(self, frame, code, arg, next_pc):
        return -1

    def op_EXIT(self, frame, code, arg, next_pc):
        w_value = frame.pop()
        if isinstance(w_value, W_Int):
            raise PhpExit(w_value.intval)
        if not isinstance(w_value, W_Null):
            self.echo(self.str(w_value))
        raise PhpExit(0)

    def op_SILENCE(self, frame, code, arg, next_pc):
        if arg == 1:
            self.silence += 1
        elif self.silence > 0:
            self.silence -= 1
        return next_pc

    def op_MATCH_ERROR(self, frame, code, arg, next_pc):
        w_value = frame.pop()
        raise self.error("UnhandledMatchError", "Unhandled match case %s"
                         % self.export_short(w_value))

    def op_THROW(self, frame, code, arg, next_pc):
        w_value = frame.pop()
        if not isinstance(w_value, W_Object) or not self.is_throwable(w_value):
            raise self.error("Error", "Can only throw objects")
        raise PhpThrow(w_value)

    def op_RETHROW(self, frame, code, arg, next_pc):
        w_value = frame.pop()
        raise PhpThrow(w_value)

    def op_CHAIN_PREVIOUS(self, frame, code, arg, next_pc):
        w_new = frame.peek()
        w_pending = frame.getlocal(arg)
        if isinstance(w_new, W_Object) and isinstance(w_pending, W_Object):
            w_last = w_new
            while w_last is not w_pending:
                w_prev = w_last.read_attr("previous")
                if not isinstance(w_prev, W_Object):
                    w_last.write_attr("previous", w_pending)
                    break
                w_last = w_prev
        return next_pc

    def op_CATCH_MATCH(self, frame, code, arg, next_pc):
        w_exc = frame.peek()
        w_class = self.find_class(code.names[arg])
        matched = w_class is not None and isinstance(w_exc, W_Object) and \
            w_exc.getclass().is_subclass_of(w_class)
        frame.push(newbool(matched))
        return next_pc

    def op_INSTANCEOF(self, frame, code, arg, next_pc):
        w_class = frame.pop()
        w_value = frame.peek()
        result = False
        if isinstance(w_value, W_Object) and isinstance(w_class, W_Class):
            result = w_value.getclass().is_subclass_of(w_class)
        frame.settop(newbool(result))
        return next_pc

    # -- isset, unset ---------------------------------------------------------------------------
    def op_ISSET_VAR(self, frame, code, arg, next_pc):
        w_value = frame.getlocal(arg)
        frame.push(newbool(w_value is not None and not isinstance(w_value.deref(), W_Null)))
        return next_pc

    def op_ISSET_DIM(self, frame, code, arg, next_pc):
        w_key = frame.pop()
        frame.settop(newbool(self.isset_dim(frame.peek(), w_key)))
        return next_pc

    def op_EMPTY_DIM(self, frame, code, arg, next_pc):
        w_key = frame.pop()
        frame.settop(newbool(self.empty_dim(frame.peek(), w_key)))
        return next_pc

    def op_ISSET_PROP(self, frame, code, arg, next_pc):
        frame.settop(newbool(self.isset_prop(frame.peek(), code.names[arg])))
        return next_pc

    def op_ISSET_VALUE(self, frame, code, arg, next_pc):
        frame.settop(newbool(not isinstance(frame.peek(), W_Null)))
        return next_pc

    def op_UNSET_VAR(self, frame, code, arg, next_pc):
        frame.setlocal(arg, None)
        return next_pc

    def op_UNSET_DIM(self, frame, code, arg, next_pc):
        w_key = frame.pop()
        self.unset_dim(frame.pop(), w_key)
        return next_pc

    def op_UNSET_PROP(self, frame, code, arg, next_pc):
        self.unset_prop(frame.pop(), code.names[arg])
        return next_pc

    # -- references -----------------------------------------------------------------------------
    def op_REF_VAR(self, frame, code, arg, next_pc):
        frame.push(self.local_ref(frame, arg))
        return next_pc

    def op_REF_DIM(self, frame, code, arg, next_pc):
        w_key = frame.pop()
        frame.settop(self.dim_ref(frame.peek(), w_key))
        return next_pc

    def op_REF_APPEND(self, frame, code, arg, next_pc):
        frame.settop(self.dim_ref(frame.peek(), None))
        return next_pc

    def op_REF_PROP(self, frame, code, arg, next_pc):
        frame.settop(self.prop_ref(frame.peek(), code.names[arg]))
        return next_pc

    def op_REF_STATIC_PROP(self, frame, code, arg, next_pc):
        frame.settop(self.static_prop_ref(frame.peek(), code.names[arg]))
        return next_pc

    def op_REF_VALUE(self, frame, code, arg, next_pc):
        w_value = frame.peek()
        if not isinstance(w_value, W_Reference):
            frame.settop(W_Reference(self.stored(w_value)))
        return next_pc

    def op_BIND_VAR(self, frame, code, arg, next_pc):
        w_ref = frame.pop()
        if not isinstance(w_ref, W_Reference):
            w_ref = W_Reference(self.stored(w_ref))
        frame.setlocal(arg, w_ref)
        return next_pc

    def op_BIND_DIM(self, frame, code, arg, next_pc):
        w_ref = frame.pop()
        w_key = frame.pop()
        w_array = frame.pop()
        if isinstance(w_array, W_Array):
            w_array.set(self.array_key(w_key), w_ref)
        return next_pc

    def op_BIND_APPEND(self, frame, code, arg, next_pc):
        w_ref = frame.pop()
        w_array = frame.pop()
        if isinstance(w_array, W_Array):
            w_array.append(w_ref)
        return next_pc

    def op_BIND_PROP(self, frame, code, arg, next_pc):
        w_ref = frame.pop()
        w_obj = frame.pop()
        if isinstance(w_obj, W_Object):
            w_obj.write_attr(code.names[arg], w_ref)
        return next_pc

    def op_BIND_STATIC_PROP(self, frame, code, arg, next_pc):
        w_ref = frame.pop()
        w_class = frame.pop()
        assert isinstance(w_class, W_Class)
        assert isinstance(w_ref, W_Reference)
        w_class.static_props[code.names[arg]] = w_ref
        return next_pc

    def op_BIND_GLOBAL(self, frame, code, arg, next_pc):
        name = code.names[arg]
        w_ref = self.var_by_name(self.main_frame, name, True)
        frame.setlocal(code.slot_of(name), w_ref)
        return next_pc

    def op_STATIC_SLOT(self, frame, code, arg, next_pc):
        frame.aux = arg
        return next_pc

    def op_STATIC_INIT(self, frame, code, arg, next_pc):
        slot = frame.aux
        w_func = frame.w_func
        assert isinstance(w_func, W_Function)
        assert slot >= 0
        w_ref = w_func.statics[slot]
        if w_ref is not None:
            frame.setlocal(slot, w_ref)
            return arg
        return next_pc

    def op_STATIC_SET(self, frame, code, arg, next_pc):
        slot = frame.aux
        w_func = frame.w_func
        assert isinstance(w_func, W_Function)
        assert slot >= 0
        w_ref = W_Reference(self.stored(frame.pop()))
        w_func.statics[slot] = w_ref
        frame.setlocal(slot, w_ref)
        return next_pc

    def op_ARG_SLOT(self, frame, code, arg, next_pc):
        frame.aux = arg
        return next_pc

    def op_ARG_PASSED(self, frame, code, arg, next_pc):
        if frame.aux < frame.passed and frame.getlocal(frame.aux) is not None:
            return arg
        return next_pc

    def op_VERIFY_PARAMS(self, frame, code, arg, next_pc):
        self.verify_params(frame, code)
        return next_pc

    def op_VERIFY_RETURN(self, frame, code, arg, next_pc):
        frame.settop(self.verify_return(frame, code, frame.peek()))
        return next_pc

    # -- foreach ---------------------------------------------------------------------------------
    def op_FOREACH_INIT(self, frame, code, arg, next_pc):
        frame.setlocal(arg, self.iterate(frame.pop(), False))
        return next_pc

    def op_FOREACH_INIT_REF(self, frame, code, arg, next_pc):
        frame.setlocal(arg, self.iterate(frame.pop(), True))
        return next_pc

    def op_FOREACH_SLOT(self, frame, code, arg, next_pc):
        frame.aux = arg
        return next_pc

    def op_FOREACH_NEXT(self, frame, code, arg, next_pc):
        w_iter = frame.getlocal(frame.aux & 0xffff)
        self.iter_need_key = (frame.aux >> 16) == 0
        stepped = self.iter_step(frame, w_iter)
        self.iter_need_key = True
        if not stepped:
            return arg
        return next_pc

    # -- calls -----------------------------------------------------------------------------------
    def op_LOAD_FUNC(self, frame, code, arg, next_pc):
        frame.push(self.lookup_function(code.names[arg]))
        return next_pc

    def op_LOAD_METHOD(self, frame, code, arg, next_pc):
        w_obj = frame.pop()
        frame.push(self.find_method_for_call(frame, w_obj, code.names[arg]))
        frame.push(w_obj)
        return next_pc

    def op_LOAD_METHOD_DYN(self, frame, code, arg, next_pc):
        w_name = frame.pop()
        w_obj = frame.pop()
        if isinstance(w_name, W_Closure):
            frame.push(w_name)
            frame.push(w_null)
            return next_pc
        frame.push(self.find_method_for_call(frame, w_obj, self.str(w_name)))
        frame.push(w_obj)
        return next_pc

    def op_LOAD_STATIC_METHOD(self, frame, code, arg, next_pc):
        w_class = frame.pop()
        assert isinstance(w_class, W_Class)
        self.push_static_method(frame, w_class, code.names[arg & 0xffff], arg >> 16 == 0)
        return next_pc

    def op_LOAD_STATIC_METHOD_DYN(self, frame, code, arg, next_pc):
        name = self.str(frame.pop())
        w_class = frame.pop()
        assert isinstance(w_class, W_Class)
        self.push_static_method(frame, w_class, name, arg >> 16 == 0)
        return next_pc

    def op_CALL(self, frame, code, arg, next_pc):
        args_w = frame.popn(arg)
        w_callee = frame.pop()
        frame.push(self.call_value(frame, w_callee, args_w, None))
        return next_pc

    def op_CALL_METHOD(self, frame, code, arg, next_pc):
        args_w = frame.popn(arg)
        w_context = frame.pop()
        w_method = frame.pop()
        frame.push(self.call_method_value(frame, w_method, w_context, args_w, None))
        return next_pc

    def op_NEW(self, frame, code, arg, next_pc):
        args_w = frame.popn(arg)
        w_class = frame.pop()
        frame.push(self.instantiate(frame, w_class, args_w, None))
        return next_pc

    def op_CALL_ARRAY(self, frame, code, arg, next_pc):
        w_args = frame.pop()
        w_callee = frame.pop()
        args_w, named = self.split_args(w_args)
        frame.push(self.call_value(frame, w_callee, args_w, named))
        return next_pc

    def op_CALL_METHOD_ARRAY(self, frame, code, arg, next_pc):
        w_args = frame.pop()
        w_context = frame.pop()
        w_method = frame.pop()
        args_w, named = self.split_args(w_args)
        frame.push(self.call_method_value(frame, w_method, w_context, args_w, named))
        return next_pc

    def op_NEW_ARRAY(self, frame, code, arg, next_pc):
        w_args = frame.pop()
        w_class = frame.pop()
        args_w, named = self.split_args(w_args)
        frame.push(self.instantiate(frame, w_class, args_w, named))
        return next_pc

    def op_MAKE_CALLABLE(self, frame, code, arg, next_pc):
        frame.settop(self.callable_closure(frame, frame.peek()))
        return next_pc

    def op_MAKE_METHOD_CALLABLE(self, frame, code, arg, next_pc):
        w_context = frame.pop()
        w_method = frame.peek()
        frame.settop(self.method_closure(w_method, w_context))
        return next_pc

    def op_DECLARE_FUNC(self, frame, code, arg, next_pc):
        w_template = code.consts_w[arg]
        assert isinstance(w_template, FunctionTemplate)
        self.declare_function(w_template)
        return next_pc

    def op_DECLARE_CLASS(self, frame, code, arg, next_pc):
        w_template = code.consts_w[arg]
        assert isinstance(w_template, ClassTemplate)
        self.declare_class(frame, w_template)
        return next_pc

    def op_DECLARE_CONST(self, frame, code, arg, next_pc):
        self.define_constant(code.names[arg], frame.pop())
        return next_pc

    def op_CLOSURE(self, frame, code, arg, next_pc):
        w_template = code.consts_w[arg]
        assert isinstance(w_template, FunctionTemplate)
        frame.push(self.make_closure(frame, w_template))
        return next_pc

    def op_CLONE(self, frame, code, arg, next_pc):
        frame.settop(self.clone(frame, frame.peek()))
        return next_pc

    def op_INCLUDE(self, frame, code, arg, next_pc):
        frame.settop(self.include(frame, self.str(frame.peek()), arg))
        return next_pc

    # -- generators -------------------------------------------------------------------------
    def op_YIELD(self, frame, code, arg, next_pc):
        w_value = frame.pop()
        w_key = frame.pop()
        generator = frame.generator
        assert generator is not None
        if isinstance(w_key, NoKey):
            w_key = None
        generator.yielded(w_key, self.stored(w_value))
        frame.pc = next_pc
        return -2

    def op_YIELD_FROM(self, frame, code, arg, next_pc):
        generator = frame.generator
        assert generator is not None
        w_source = frame.peek()
        if generator.delegate_start(self, w_source):
            frame.pc = next_pc
            return -2
        frame.settop(generator.w_delegate_result)
        return next_pc


dispatch = make_dispatcher(op.table, Interpreter)
