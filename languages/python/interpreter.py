"""The Python bytecode loop, its frame, and function calls.

`execute` is the JIT's portal: greens are (pc, code), the frame is virtualizable.  One method
per opcode (`op_NAME`), found through framework.jit.make_dispatcher.  Exceptions unwind
through the code's handler table; each frame they leave adds one traceback record.  The
host's StackOverflow and MemoryError become RecursionError and MemoryError in the same place
(framework/errors.py: HostLimits), so the program can catch them and they keep their records.
"""
from rpython.rlib import jit
from rpython.rlib.objectmodel import import_from_mixin

from framework.errors import StackOverflow
from framework.tracebacks import record_frame
from framework.frame import FrameMixin, FRAME_FIELDS
from framework.jit import make_driver, make_dispatcher
from framework.lists import fixed_copy
from languages.python import opcodes as op
from languages.python.error import OperationError
from languages.python.kit import HostLimits
from languages.python.code import W_CodeObject
from languages.python.objects.intobject import W_IntObject
from languages.python.objects.tupleobject import W_TupleObject
from languages.python.objects.listobject import W_ListObject, extend_list
from languages.python.objects.dictobject import W_DictObject
from languages.python.objects.strobject import W_StrObject
from languages.python.objects.setobject import W_SetObject
from languages.python.objects.typeobject import W_TypeObject
from languages.python.objects.instanceobject import W_ExceptionObject, W_InstanceObject
from languages.python.objects.functionobject import (W_FunctionObject, W_CellObject,
                                                     W_BuiltinFunction, W_MethodObject)
from languages.python.objects.generatorobject import (W_GeneratorObject, W_CoroutineObject,
                                                      W_AsyncGeneratorObject)
from languages.python.objects.rangeobject import W_RangeIterator
from languages.python.objects.superobject import W_SuperObject

RECURSION_LIMIT = 1000


GENERATOR_FLAGS = op.CO_GENERATOR | op.CO_COROUTINE | op.CO_ASYNC_GENERATOR


def make_generator(code, frame):
    """What calling a generator, `async def` or async generator function gives."""
    if code.flags & op.CO_COROUTINE:
        return W_CoroutineObject(frame, code.name)
    if code.flags & op.CO_ASYNC_GENERATOR:
        return W_AsyncGeneratorObject(frame, code.name)
    return W_GeneratorObject(frame, code.name)


class PythonLimits(HostLimits):
    """sys.setrecursionlimit's counter; the host's limits surface as Python's exceptions."""

    def __init__(self, space, limit):
        HostLimits.__init__(self, limit)
        self.space = space

    def too_deep(self):
        return self.space.error(self.space.w_RecursionError, "maximum recursion depth exceeded")

    def out_of_memory(self):
        return self.space.error_noargs(self.space.exception_types["MemoryError"])


class PyFrame(object):
    import_from_mixin(FrameMixin)
    _virtualizable_ = FRAME_FIELDS + ['cells[*]', 'w_globals', 'code', 'w_locals']

    def __init__(self, code, w_globals, w_locals):
        self = jit.hint(self, access_directly=True, fresh_virtualizable=True)
        self.init_frame(code.nlocals, code.stack_size)
        self.code = code
        self.w_globals = w_globals
        self.w_locals = w_locals          # the namespace dict of a class body, else None
        self.cells = [None] * (len(code.cellvars) + len(code.freevars))
        self.w_result = None
        self.yielded = False
        self.last_pc = -1

    def drop_to(self, depth):
        while self.stackpos > depth:
            self.pop()


driver = make_driver("python", op.table)


def unpack_exception_value(space, w_value):
    return w_value


class Interpreter(object):
    def __init__(self, space):
        self.space = space
        self.limits = PythonLimits(space, RECURSION_LIMIT)
        space.interpreter = self

    # -- the loop -------------------------------------------------------------------------
    def execute(self, frame, pc):
        code = frame.code
        while True:
            driver.jit_merge_point(pc=pc, code=code, frame=frame, interp=self)
            opcode = code.code[pc]
            arg = code.code[pc + 1]
            try:
                next_pc = dispatch(self, frame, code, opcode, arg, pc + 2)
            except OperationError as e:
                next_pc = self.handle_error(frame, code, pc, e)
            except StackOverflow:
                next_pc = self.handle_error(frame, code, pc, self.limits.stack_overflowed())
            except MemoryError:
                next_pc = self.handle_error(frame, code, pc, self.limits.out_of_memory())
            if next_pc < 0:
                return frame.w_result
            if next_pc <= pc:
                driver.can_enter_jit(pc=next_pc, code=code, frame=frame, interp=self)
            pc = next_pc

    def handle_error(self, frame, code, pc, error):
        """Jump to this frame's handler for `pc`, or record the frame and re-raise."""
        index = code.find_handler(pc)
        w_exc = error.w_value
        if isinstance(w_exc, W_ExceptionObject):
            if w_exc.w_context is None:
                w_handled = self.space.w_handled
                if w_handled is not None and w_handled is not w_exc:
                    w_exc.w_context = w_handled     # raised while handling another
            if error.reraised:
                error.reraised = False
            else:
                record_frame(w_exc.traceback, code.name, code.filename, code.line_at(pc))
        if index < 0:
            raise error
        frame.drop_to(code.handlers[index + 3])
        frame.push(w_exc)
        return code.handlers[index + 2]

    # -- calls ----------------------------------------------------------------------------
    def call_function(self, w_func, args_w, kwnames, kwvalues_w):
        code = jit.promote(w_func.code)
        frame = PyFrame(code, w_func.w_globals, None)
        if (kwnames is None and len(args_w) == code.argcount and
                code.flags & (op.CO_VARARGS | op.CO_VARKEYWORDS) == 0 and
                code.kwonlyargcount == 0):
            copy_arguments(frame, args_w)
        else:
            self.bind_arguments(w_func, code, frame, args_w, kwnames, kwvalues_w)
        self.init_cells(frame, code, w_func.closure)
        if code.flags & GENERATOR_FLAGS:
            return make_generator(code, frame)
        return self.run_frame(frame)

    def run_frame(self, frame):
        space = self.space
        self.limits.enter()
        frame_ref = jit.virtual_ref(frame)
        previous_ref = space.frame_ref
        space.frame_ref = frame_ref
        try:
            return self.execute(frame, 0)
        finally:
            self.limits.leave()
            space.frame_ref = previous_ref
            jit.virtual_ref_finish(frame_ref, frame)

    @jit.unroll_safe
    def init_cells(self, frame, code, closure):
        ncells = len(code.cellvars)
        for i in range(ncells):
            source = code.cell_of_arg[i]
            w_initial = frame.locals_w[source] if source >= 0 else None
            frame.cells[i] = W_CellObject(w_initial)
        if closure is not None:
            for i in range(len(closure)):
                frame.cells[ncells + i] = closure[i]

    def bind_arguments(self, w_func, code, frame, args_w, kwnames, kwvalues_w):
        """Python's argument binding, with CPython's error messages.

        Locals are laid out: positional parameters, *args, keyword-only parameters,
        **kwargs; `values_w` holds the positional then the keyword-only ones.
        """
        space = self.space
        argcount = code.argcount
        posonly = code.posonlyargcount
        kwonly = code.kwonlyargcount
        name = w_func.qualname
        has_varargs = code.flags & op.CO_VARARGS != 0
        has_varkw = code.flags & op.CO_VARKEYWORDS != 0
        kwonly_start = argcount + 1 if has_varargs else argcount
        values_w = [None] * (argcount + kwonly)
        npositional = min(len(args_w), argcount)
        for i in range(npositional):
            values_w[i] = args_w[i]
        w_kwargs = None
        if has_varkw:
            w_kwargs = space.newdict()
        posonly_as_keyword = []
        kwonly_given = 0
        if kwnames is not None:
            for k in range(len(kwnames)):
                keyword = kwnames[k]
                index = -1
                for j in range(posonly, argcount):
                    if code.varnames[j] == keyword:
                        index = j
                        break
                if index < 0:
                    for j in range(kwonly):
                        if code.varnames[kwonly_start + j] == keyword:
                            index = argcount + j
                            kwonly_given += 1
                            break
                if index < 0:
                    if w_kwargs is None:
                        for j in range(posonly):
                            if code.varnames[j] == keyword:
                                posonly_as_keyword.append(keyword)
                                break
                        if posonly_as_keyword:
                            continue
                        raise space.type_error("%s() got an unexpected keyword argument '%s'"
                                               % (name, keyword))
                    w_kwargs.setitem(space.newstr(keyword), kwvalues_w[k])
                    continue
                if values_w[index] is not None:
                    raise space.type_error("%s() got multiple values for argument '%s'"
                                           % (name, keyword))
                values_w[index] = kwvalues_w[k]
        if len(args_w) > argcount and not has_varargs:
            raise space.type_error(too_many_positional(name, argcount, len(w_func.defaults_w),
                                                       len(args_w), kwonly_given))
        if posonly_as_keyword:
            raise space.type_error("%s() got some positional-only arguments passed as keyword "
                                   "arguments: '%s'" % (name, ", ".join(posonly_as_keyword)))
        defaults_w = w_func.defaults_w
        first_default = argcount - len(defaults_w)
        missing = []
        for i in range(argcount):
            if values_w[i] is None:
                if i >= first_default:
                    values_w[i] = defaults_w[i - first_default]
                else:
                    missing.append(code.varnames[i])
        if missing:
            raise space.type_error("%s() missing %d required positional argument%s: %s"
                                   % (name, len(missing), "" if len(missing) == 1 else "s",
                                      quote_names(missing)))
        for j in range(kwonly):
            if values_w[argcount + j] is None:
                param = code.varnames[kwonly_start + j]
                w_default = None
                if w_func.kwdefaults_w is not None:
                    w_default = w_func.kwdefaults_w.getitem(space.newstr(param))
                if w_default is None:
                    missing.append(param)
                values_w[argcount + j] = w_default
        if missing:
            raise space.type_error("%s() missing %d required keyword-only argument%s: %s"
                                   % (name, len(missing), "" if len(missing) == 1 else "s",
                                      quote_names(missing)))
        for i in range(argcount):
            frame.locals_w[i] = values_w[i]
        if has_varargs:
            extra = args_w[argcount:] if len(args_w) > argcount else []
            frame.locals_w[argcount] = space.newtuple(extra)
        for j in range(kwonly):
            frame.locals_w[kwonly_start + j] = values_w[argcount + j]
        if has_varkw:
            frame.locals_w[kwonly_start + kwonly] = w_kwargs

    def resume_generator(self, frame, w_sent, w_throw):
        if frame.last_pc < 0:
            pc = 0
        else:
            pc = frame.last_pc
            frame.push(w_sent if w_sent is not None else self.space.w_None)
        frame.yielded = False
        if w_throw is not None:
            if frame.last_pc >= 0:
                frame.pop()
            pc = self.handle_error(frame, frame.code, max(pc - 2, 0), OperationError(w_throw))
        space = self.space
        self.limits.enter()
        frame_ref = jit.virtual_ref(frame)
        previous_ref = space.frame_ref
        space.frame_ref = frame_ref
        try:
            return self.execute(frame, pc)
        finally:
            self.limits.leave()
            space.frame_ref = previous_ref
            jit.virtual_ref_finish(frame_ref, frame)

    # -- helpers --------------------------------------------------------------------------
    def load_global(self, frame, name):
        space = self.space
        w_module = jit.promote(frame.w_globals)
        w_value = w_module.w_dict.get(name)
        if w_value is None:
            w_value = space.builtins.w_dict.get(name)
            if w_value is None:
                w_value = space.library_builtin(name)
            if w_value is None:
                raise space.error(space.w_NameError, "name '%s' is not defined" % name)
        return w_value

    def make_exception(self, w_value):
        """What `raise w_value` raises: an instance made from a class if needed."""
        space = self.space
        if isinstance(w_value, W_TypeObject):
            if w_value.is_subtype(space.w_BaseException):
                w_value = space.call_function(w_value, [])
            else:
                raise space.type_error("exceptions must derive from BaseException")
        if not isinstance(w_value, W_ExceptionObject):
            raise space.type_error("exceptions must derive from BaseException")
        return w_value

    # -- opcodes: stack -------------------------------------------------------------------
    def op_NOP(self, frame, code, arg, next_pc):
        return next_pc

    def op_POP_TOP(self, frame, code, arg, next_pc):
        frame.pop()
        return next_pc

    def op_DUP_TOP(self, frame, code, arg, next_pc):
        frame.push(frame.peek())
        return next_pc

    def op_DUP_TOP_TWO(self, frame, code, arg, next_pc):
        w_b = frame.peek(0)
        w_a = frame.peek(1)
        frame.push(w_a)
        frame.push(w_b)
        return next_pc

    def op_ROT_TWO(self, frame, code, arg, next_pc):
        w_top = frame.peek(0)
        frame.settop(frame.peek(1), 0)
        frame.settop(w_top, 1)
        return next_pc

    def op_ROT_THREE(self, frame, code, arg, next_pc):
        w_top = frame.peek(0)
        frame.settop(frame.peek(1), 0)
        frame.settop(frame.peek(2), 1)
        frame.settop(w_top, 2)
        return next_pc

    def op_ROT_FOUR(self, frame, code, arg, next_pc):
        w_top = frame.peek(0)
        frame.settop(frame.peek(1), 0)
        frame.settop(frame.peek(2), 1)
        frame.settop(frame.peek(3), 2)
        frame.settop(w_top, 3)
        return next_pc

    # -- opcodes: names -------------------------------------------------------------------
    def op_LOAD_CONST(self, frame, code, arg, next_pc):
        frame.push(code.consts_w[arg])
        return next_pc

    def op_LOAD_FAST(self, frame, code, arg, next_pc):
        w_value = frame.getlocal(arg)
        if w_value is None:
            space = self.space
            raise space.error(space.w_UnboundLocalError,
                              "cannot access local variable '%s' where it is not associated "
                              "with a value" % code.varnames[arg])
        frame.push(w_value)
        return next_pc

    def op_STORE_FAST(self, frame, code, arg, next_pc):
        frame.setlocal(arg, frame.pop())
        return next_pc

    def op_DELETE_FAST(self, frame, code, arg, next_pc):
        if frame.getlocal(arg) is None:
            space = self.space
            raise space.error(space.w_UnboundLocalError,
                              "cannot access local variable '%s' where it is not associated "
                              "with a value" % code.varnames[arg])
        frame.setlocal(arg, None)
        return next_pc

    def cell(self, frame, arg):
        assert arg >= 0
        w_cell = frame.cells[arg]
        assert isinstance(w_cell, W_CellObject)
        return w_cell

    def cell_name(self, code, arg):
        if arg < len(code.cellvars):
            return code.cellvars[arg]
        return code.freevars[arg - len(code.cellvars)]

    def op_LOAD_DEREF(self, frame, code, arg, next_pc):
        w_value = self.cell(frame, arg).w_value
        if w_value is None:
            space = self.space
            name = self.cell_name(code, arg)
            if arg < len(code.cellvars):
                raise space.error(space.w_UnboundLocalError,
                                  "cannot access local variable '%s' where it is not "
                                  "associated with a value" % name)
            raise space.error(space.w_NameError, "cannot access free variable '%s' where it is "
                              "not associated with a value in enclosing scope" % name)
        frame.push(w_value)
        return next_pc

    def op_LOAD_CLASSDEREF(self, frame, code, arg, next_pc):
        name = self.cell_name(code, arg)
        w_locals = frame.w_locals
        if w_locals is not None:
            w_value = self.load_local_name(w_locals, name)
            if w_value is not None:
                frame.push(w_value)
                return next_pc
        return self.op_LOAD_DEREF(frame, code, arg, next_pc)

    def op_STORE_DEREF(self, frame, code, arg, next_pc):
        self.cell(frame, arg).w_value = frame.pop()
        return next_pc

    def op_DELETE_DEREF(self, frame, code, arg, next_pc):
        self.cell(frame, arg).w_value = None
        return next_pc

    def op_LOAD_CLOSURE(self, frame, code, arg, next_pc):
        frame.push(self.cell(frame, arg))
        return next_pc

    def op_LOAD_GLOBAL(self, frame, code, arg, next_pc):
        frame.push(self.load_global(frame, code.names[arg]))
        return next_pc

    def op_STORE_GLOBAL(self, frame, code, arg, next_pc):
        frame.w_globals.w_dict.set(code.names[arg], frame.pop())
        return next_pc

    def op_DELETE_GLOBAL(self, frame, code, arg, next_pc):
        name = code.names[arg]
        w_dict = frame.w_globals.w_dict
        if w_dict.get(name) is None:
            space = self.space
            raise space.error(space.w_NameError, "name '%s' is not defined" % name)
        w_dict.set(name, None)
        return next_pc

    def op_LOAD_NAME(self, frame, code, arg, next_pc):
        name = code.names[arg]
        w_locals = frame.w_locals
        if w_locals is not None:
            assert isinstance(w_locals, W_DictObject)
            w_value = w_locals.getitem(self.space.newstr(name))
            if w_value is not None:
                frame.push(w_value)
                return next_pc
        frame.push(self.load_global(frame, name))
        return next_pc

    def load_local_name(self, w_locals, name):
        """A class body's name from its namespace, which __prepare__ may have made a
        mapping with its own __getitem__; None if it has no such key."""
        space = self.space
        if type(w_locals) is W_DictObject:
            return w_locals.getitem(space.newstr(name))
        try:
            return space.getitem(w_locals, space.newstr(name))
        except OperationError as e:
            if not e.match(space, space.w_KeyError):
                raise
            return None

    def op_STORE_NAME(self, frame, code, arg, next_pc):
        name = code.names[arg]
        w_locals = frame.w_locals
        if w_locals is not None:
            if type(w_locals) is W_DictObject:
                w_locals.setitem(self.space.newstr(name), frame.pop())
            else:        # a class namespace from __prepare__ (enum's _EnumDict)
                self.space.setitem(w_locals, self.space.newstr(name), frame.pop())
        else:
            frame.w_globals.w_dict.set(name, frame.pop())
        return next_pc

    def op_DELETE_NAME(self, frame, code, arg, next_pc):
        name = code.names[arg]
        space = self.space
        w_locals = frame.w_locals
        if w_locals is not None:
            w_key = space.newstr(name)
            if type(w_locals) is not W_DictObject:
                space.delitem(w_locals, w_key)
                return next_pc
            if w_locals.delitem(w_key) is None:
                raise space.error(space.w_NameError, "name '%s' is not defined" % name)
            return next_pc
        return self.op_DELETE_GLOBAL(frame, code, arg, next_pc)

    # -- opcodes: attributes and items ----------------------------------------------------
    def op_LOAD_ATTR(self, frame, code, arg, next_pc):
        frame.settop(self.space.getattr(frame.peek(), code.names[arg]))
        return next_pc

    def op_STORE_ATTR(self, frame, code, arg, next_pc):
        w_obj = frame.pop()
        w_value = frame.pop()
        self.space.setattr(w_obj, code.names[arg], w_value)
        return next_pc

    def op_DELETE_ATTR(self, frame, code, arg, next_pc):
        self.space.delattr(frame.pop(), code.names[arg])
        return next_pc

    def op_LOAD_METHOD(self, frame, code, arg, next_pc):
        space = self.space
        w_obj = frame.pop()
        name = code.names[arg]
        w_type = jit.promote(space.type(w_obj))
        w_descr = w_type.lookup(name)
        if (w_descr is not None and (isinstance(w_descr, W_FunctionObject) or
                                     isinstance(w_descr, W_BuiltinFunction)) and
                not isinstance(w_obj, W_TypeObject) and
                not isinstance(w_obj, W_SuperObject) and
                not space.has_custom_getattribute(w_type)):
            if not w_obj.can_have_attrs() or w_obj.read_attr(name) is None:
                frame.push(w_descr)
                frame.push(w_obj)
                return next_pc
        frame.push(space.getattr(w_obj, name))
        frame.push(None)
        return next_pc

    def op_CALL_METHOD(self, frame, code, arg, next_pc):
        args_w = frame.popn(arg)
        w_self = frame.pop()
        w_func = frame.pop()
        if w_self is not None:
            args_w = [w_self] + args_w
        frame.push(self.space.call(w_func, args_w, None, None))
        return next_pc

    def op_BINARY_SUBSCR(self, frame, code, arg, next_pc):
        w_index = frame.pop()
        frame.settop(self.space.getitem(frame.peek(), w_index))
        return next_pc

    def op_STORE_SUBSCR(self, frame, code, arg, next_pc):
        w_index = frame.pop()
        w_obj = frame.pop()
        w_value = frame.pop()
        self.space.setitem(w_obj, w_index, w_value)
        return next_pc

    def op_DELETE_SUBSCR(self, frame, code, arg, next_pc):
        w_index = frame.pop()
        self.space.delitem(frame.pop(), w_index)
        return next_pc

    # -- opcodes: operators ---------------------------------------------------------------
    def op_BINARY_OP(self, frame, code, arg, next_pc):
        w_b = frame.pop()
        w_a = frame.peek()
        frame.settop(binary_dispatch(self.space, w_a, w_b, arg))
        return next_pc

    def op_UNARY_NEGATIVE(self, frame, code, arg, next_pc):
        frame.settop(self.space.neg(frame.peek()))
        return next_pc

    def op_UNARY_POSITIVE(self, frame, code, arg, next_pc):
        frame.settop(self.space.unary_op(frame.peek(), "__pos__", "+"))
        return next_pc

    def op_UNARY_INVERT(self, frame, code, arg, next_pc):
        frame.settop(self.space.unary_op(frame.peek(), "__invert__", "~"))
        return next_pc

    def op_UNARY_NOT(self, frame, code, arg, next_pc):
        space = self.space
        frame.settop(space.newbool(not space.is_true(frame.peek())))
        return next_pc

    def op_COMPARE_OP(self, frame, code, arg, next_pc):
        w_b = frame.pop()
        w_a = frame.peek()
        frame.settop(compare_dispatch(self.space, w_a, w_b, arg))
        return next_pc

    # -- opcodes: jumps and iteration -----------------------------------------------------
    def op_JUMP(self, frame, code, arg, next_pc):
        return arg

    def op_POP_JUMP_IF_FALSE(self, frame, code, arg, next_pc):
        if not self.space.is_true(frame.pop()):
            return arg
        return next_pc

    def op_POP_JUMP_IF_TRUE(self, frame, code, arg, next_pc):
        if self.space.is_true(frame.pop()):
            return arg
        return next_pc

    def op_JUMP_IF_FALSE_OR_POP(self, frame, code, arg, next_pc):
        if not self.space.is_true(frame.peek()):
            return arg
        frame.pop()
        return next_pc

    def op_JUMP_IF_TRUE_OR_POP(self, frame, code, arg, next_pc):
        if self.space.is_true(frame.peek()):
            return arg
        frame.pop()
        return next_pc

    def op_GET_ITER(self, frame, code, arg, next_pc):
        frame.settop(self.space.iter(frame.peek()))
        return next_pc

    def op_FOR_ITER(self, frame, code, arg, next_pc):
        w_iter = frame.peek()
        if isinstance(w_iter, W_RangeIterator):
            if w_iter.remaining <= 0:
                frame.pop()
                return arg
            value = w_iter.current
            w_iter.current = value + w_iter.step
            w_iter.remaining -= 1
            frame.push(self.space.newint(value))
            return next_pc
        w_item = self.space.next(w_iter)
        if w_item is None:
            frame.pop()
            return arg
        frame.push(w_item)
        return next_pc

    # -- opcodes: building ----------------------------------------------------------------
    def op_BUILD_TUPLE(self, frame, code, arg, next_pc):
        frame.push(self.space.newtuple(frame.popn(arg)))
        return next_pc

    def op_BUILD_LIST(self, frame, code, arg, next_pc):
        frame.push(self.space.newlist(frame.popn(arg)))
        return next_pc

    def op_BUILD_SET(self, frame, code, arg, next_pc):
        frame.push(self.space.newset(frame.popn(arg)))
        return next_pc

    @jit.unroll_safe
    def op_BUILD_MAP(self, frame, code, arg, next_pc):
        items_w = frame.popn(2 * arg)
        w_dict = self.space.newdict()
        for i in range(arg):
            w_dict.setitem(items_w[2 * i], items_w[2 * i + 1])
        frame.push(w_dict)
        return next_pc

    def op_BUILD_SLICE(self, frame, code, arg, next_pc):
        w_step = frame.pop()
        w_stop = frame.pop()
        w_start = frame.pop()
        frame.push(self.space.newslice(w_start, w_stop, w_step))
        return next_pc

    def op_BUILD_STRING(self, frame, code, arg, next_pc):
        pieces_w = frame.popn(arg)
        frame.push(self.space.newstr(join_str_pieces(pieces_w)))
        return next_pc

    def op_FORMAT_VALUE(self, frame, code, arg, next_pc):
        frame.settop(self.format_value(frame.peek(), arg, ""))
        return next_pc

    def op_FORMAT_WITH_SPEC(self, frame, code, arg, next_pc):
        w_spec = frame.pop()
        frame.settop(self.format_value(frame.peek(), arg, self.space.str_w(w_spec)))
        return next_pc

    def format_value(self, w_value, conversion, spec):
        space = self.space
        if conversion == 1:
            w_value = space.repr(w_value)
        elif conversion == 2:
            from languages.python.formatting import ascii_text
            w_value = space.newstr(ascii_text(space.repr_w(w_value)))
        elif conversion == 3:
            w_value = space.str(w_value)
        if not spec and isinstance(w_value, W_StrObject):
            return w_value
        return space.format_value(w_value, spec)

    def op_LIST_APPEND(self, frame, code, arg, next_pc):
        w_item = frame.pop()
        w_list = frame.peek(arg - 1)
        assert isinstance(w_list, W_ListObject)
        w_list.append(w_item)
        return next_pc

    def op_SET_ADD(self, frame, code, arg, next_pc):
        w_item = frame.pop()
        w_set = frame.peek(arg - 1)
        assert isinstance(w_set, W_SetObject)
        w_set.add(self.space, w_item)
        return next_pc

    def op_MAP_ADD(self, frame, code, arg, next_pc):
        w_value = frame.pop()
        w_key = frame.pop()
        w_dict = frame.peek((arg & 0xff) - 1)
        assert isinstance(w_dict, W_DictObject)
        self.space.hash_w(w_key)
        w_dict.setitem(w_key, w_value)
        return next_pc

    def op_LIST_EXTEND(self, frame, code, arg, next_pc):
        space = self.space
        w_items = frame.pop()
        depth = arg & 0xff
        w_list = frame.peek(depth - 1)
        assert isinstance(w_list, W_ListObject)
        if (arg & op.IN_CALL and space.lookup(w_items, "__iter__") is None and
                space.lookup(w_items, "__getitem__") is None):
            raise space.type_error("%s argument after * must be an iterable, not %s"
                                   % (function_str(space, frame.peek(depth)),
                                      space.type(w_items).name))
        extend_list(space, w_list, w_items)
        return next_pc

    def op_SET_UPDATE(self, frame, code, arg, next_pc):
        w_items = frame.pop()
        w_set = frame.peek(arg - 1)
        assert isinstance(w_set, W_SetObject)
        w_set.update(self.space, w_items)
        return next_pc

    def op_DICT_UPDATE(self, frame, code, arg, next_pc):
        w_other = frame.pop()
        depth = arg & 0xff
        w_dict = frame.peek(depth - 1)
        space = self.space
        if not isinstance(w_other, W_DictObject) and space.lookup(w_other, "keys") is None:
            if arg & op.IN_CALL:
                raise space.type_error("%s argument after ** must be a mapping, not %s"
                                       % (function_str(space, frame.peek(depth + 1)),
                                          space.type(w_other).name))
            raise space.type_error("'%s' object is not a mapping" % space.type(w_other).name)
        if arg & op.IN_CALL:
            assert isinstance(w_dict, W_DictObject)
            for w_key in space.listview(w_other):
                if w_dict.getitem(w_key) is not None:
                    raise space.type_error("%s got multiple values for keyword argument '%s'"
                                           % (function_str(space, frame.peek(depth + 1)),
                                              space.str_text(w_key)))
                w_dict.setitem(w_key, space.getitem(w_other, w_key))
            return next_pc
        space.dict_update(w_dict, w_other)
        return next_pc

    def op_LIST_TO_TUPLE(self, frame, code, arg, next_pc):
        w_list = frame.peek()
        assert isinstance(w_list, W_ListObject)
        frame.settop(self.space.newtuple(w_list.getitems_w()))
        return next_pc

    @jit.unroll_safe
    def op_UNPACK_SEQUENCE(self, frame, code, arg, next_pc):
        items_w = self.space.fixedview(frame.pop(), arg)
        for i in range(arg - 1, -1, -1):
            frame.push(items_w[i])
        return next_pc

    def op_UNPACK_EX(self, frame, code, arg, next_pc):
        space = self.space
        before = arg & 0xff
        after = arg >> 8
        w_seq = frame.pop()
        if space.lookup(w_seq, "__iter__") is None and not isinstance(w_seq, W_TupleObject):
            raise space.type_error("cannot unpack non-iterable %s object" % space.type(w_seq).name)
        items_w = space.listview(w_seq)
        if len(items_w) < before + after:
            raise space.error(space.w_ValueError,
                              "not enough values to unpack (expected at least %d, got %d)"
                              % (before + after, len(items_w)))
        middle_end = len(items_w) - after
        for i in range(len(items_w) - 1, middle_end - 1, -1):
            frame.push(items_w[i])
        assert middle_end >= 0
        frame.push(space.newlist(items_w[before:middle_end]))
        for i in range(before - 1, -1, -1):
            frame.push(items_w[i])
        return next_pc

    # -- opcodes: calls and functions -----------------------------------------------------
    def op_CALL_FUNCTION(self, frame, code, arg, next_pc):
        args_w = frame.popn(arg)
        w_func = frame.pop()
        frame.push(self.space.call(w_func, args_w, None, None))
        return next_pc

    def op_CALL_FUNCTION_KW(self, frame, code, arg, next_pc):
        w_names = frame.pop()
        assert isinstance(w_names, W_TupleObject)
        values_w = frame.popn(arg)
        w_func = frame.pop()
        nkw = len(w_names.items_w)
        npos = arg - nkw
        assert npos >= 0
        kwnames = [self.space.str_w(w_name) for w_name in w_names.items_w]
        frame.push(self.space.call(w_func, values_w[:npos], kwnames, values_w[npos:]))
        return next_pc

    def op_CALL_FUNCTION_EX(self, frame, code, arg, next_pc):
        space = self.space
        w_kwargs = frame.pop()
        w_args = frame.pop()
        w_func = frame.pop()
        args_w = space.listview(w_args)
        kwnames = None
        kwvalues_w = None
        if not space.is_none(w_kwargs):
            assert isinstance(w_kwargs, W_DictObject)
            kwnames = []
            kwvalues_w = []
            for w_key, w_value in w_kwargs.items():
                if not isinstance(w_key, W_StrObject):
                    raise space.type_error("keywords must be strings")
                kwnames.append(w_key.utf8)
                kwvalues_w.append(w_value)
        frame.push(space.call(w_func, args_w, kwnames, kwvalues_w))
        return next_pc

    def op_MAKE_FUNCTION(self, frame, code, arg, next_pc):
        w_code = frame.pop()
        assert isinstance(w_code, W_CodeObject)
        closure = None
        if arg & op.MF_CLOSURE:
            w_cells = frame.pop()
            assert isinstance(w_cells, W_TupleObject)
            closure = fixed_copy([cell_of(w) for w in w_cells.items_w])
        kwdefaults_w = None
        if arg & op.MF_KWDEFAULTS:
            kwdefaults_w = frame.pop()
            assert isinstance(kwdefaults_w, W_DictObject)
        defaults_w = []
        if arg & op.MF_DEFAULTS:
            w_defaults = frame.pop()
            assert isinstance(w_defaults, W_TupleObject)
            defaults_w = w_defaults.items_w
        frame.push(W_FunctionObject(w_code.code, frame.w_globals, defaults_w, kwdefaults_w,
                                    closure))
        return next_pc

    def op_BUILD_CLASS(self, frame, code, arg, next_pc):
        space = self.space
        w_keywords = frame.pop()
        w_bases = frame.pop()
        w_name = frame.pop()
        w_body = frame.pop()
        assert isinstance(w_body, W_FunctionObject)
        assert isinstance(w_bases, W_TupleObject)
        frame.push(space.build_class(w_body, space.str_w(w_name), w_bases.items_w, w_keywords))
        return next_pc

    def run_class_body(self, w_body, w_namespace):
        body_code = w_body.code
        body_frame = PyFrame(body_code, w_body.w_globals, w_namespace)
        self.init_cells(body_frame, body_code, w_body.closure)
        self.run_frame(body_frame)
        return body_frame

    def op_RETURN_VALUE(self, frame, code, arg, next_pc):
        frame.w_result = frame.pop()
        frame.yielded = False
        return -1

    def op_GEN_START(self, frame, code, arg, next_pc):
        return next_pc

    def op_YIELD_VALUE(self, frame, code, arg, next_pc):
        frame.w_result = frame.pop()
        frame.yielded = True
        frame.last_pc = next_pc
        return -1

    def op_MATCH_CASE(self, frame, code, arg, next_pc):
        from languages.python.patterns import match_case
        space = self.space
        w_pattern = frame.pop()
        w_values = frame.pop()
        w_subject = frame.pop()
        assert isinstance(w_values, W_TupleObject)
        captures_w = match_case(space, w_pattern, w_subject, w_values.items_w)
        if captures_w is None:
            return arg
        frame.push(space.newtuple(captures_w))
        return next_pc

    def op_GET_AWAITABLE(self, frame, code, arg, next_pc):
        space = self.space
        w_value = frame.peek()
        if not isinstance(w_value, W_CoroutineObject):
            w_await = space.lookup(w_value, "__await__")
            if w_await is None:
                raise space.type_error("object %s can't be used in 'await' expression"
                                       % space.type(w_value).name)
            frame.settop(space.call_function(w_await, [w_value]))
        return next_pc

    def op_YIELD_FROM(self, frame, code, arg, next_pc):
        space = self.space
        w_sent = frame.pop()
        w_iter = frame.peek()
        try:
            if isinstance(w_iter, W_GeneratorObject):
                w_value = w_iter.resume(space, w_sent, False)
            elif space.is_none(w_sent):
                w_value = space.next(w_iter)
                if w_value is None:
                    frame.settop(space.w_None)
                    return next_pc
            else:
                w_value = space.call_method(w_iter, "send", [w_sent])
        except OperationError as e:
            if e.match(space, space.w_StopIteration):
                w_exc = e.w_value
                assert isinstance(w_exc, W_ExceptionObject)
                frame.settop(w_exc.args_w[0] if w_exc.args_w else space.w_None)
                return next_pc
            raise
        frame.w_result = w_value
        frame.yielded = True
        frame.last_pc = next_pc - 2      # resume re-runs YIELD_FROM with the sent value
        return -1

    # -- opcodes: exceptions --------------------------------------------------------------
    def op_RAISE_VARARGS(self, frame, code, arg, next_pc):
        space = self.space
        if arg == 0:
            w_handled = space.w_handled
            if w_handled is None:
                raise space.error(space.w_RuntimeError, "No active exception to reraise")
            raise OperationError(w_handled, True)
        w_cause = None
        if arg == 2:
            w_cause = frame.pop()
        w_exc = self.make_exception(frame.pop())
        assert isinstance(w_exc, W_ExceptionObject)
        if w_cause is not None:
            if space.is_none(w_cause):
                w_exc.w_cause = None
            elif (isinstance(w_cause, W_TypeObject) and
                  w_cause.is_subtype(space.w_BaseException)) or \
                    isinstance(w_cause, W_ExceptionObject):
                w_exc.w_cause = self.make_exception(w_cause)
            else:
                raise space.type_error("exception causes must derive from BaseException")
            w_exc.suppress_context = True
        raise OperationError(w_exc)

    def op_PUSH_EXC_INFO(self, frame, code, arg, next_pc):
        space = self.space
        w_exc = frame.pop()
        w_previous = space.w_handled
        frame.push(w_previous)
        frame.push(w_exc)
        space.w_handled = w_exc
        return next_pc

    def op_POP_EXCEPT(self, frame, code, arg, next_pc):
        self.space.w_handled = frame.pop()
        return next_pc

    def op_RERAISE(self, frame, code, arg, next_pc):
        raise OperationError(frame.pop(), True)

    def op_POP_EXCEPT_AND_RERAISE(self, frame, code, arg, next_pc):
        w_exc = frame.pop()
        self.space.w_handled = frame.pop()
        raise OperationError(w_exc, True)

    def op_CHECK_EXC_MATCH(self, frame, code, arg, next_pc):
        space = self.space
        w_check = frame.pop()
        frame.push(space.newbool(space.exception_matches(frame.peek(), w_check)))
        return next_pc

    def op_ASSERT_FAIL(self, frame, code, arg, next_pc):
        space = self.space
        w_msg = frame.pop()
        if space.is_none(w_msg):
            raise space.error_noargs(space.w_AssertionError)
        raise OperationError(space.new_exception(space.w_AssertionError, [w_msg]))

    def op_BEFORE_WITH(self, frame, code, arg, next_pc):
        space = self.space
        w_manager = frame.pop()
        w_enter = space.lookup(w_manager, "__enter__")
        w_exit = space.lookup(w_manager, "__exit__")
        if w_enter is None or w_exit is None:
            raise space.type_error("'%s' object does not support the context manager protocol"
                                   % space.type(w_manager).name)
        frame.push(W_MethodObject(w_exit, w_manager))
        frame.push(space.call_function(w_enter, [w_manager]))
        return next_pc

    def op_WITH_EXIT(self, frame, code, arg, next_pc):
        space = self.space
        frame.pop()
        w_exit = frame.pop()
        space.call_function(w_exit, [space.w_None, space.w_None, space.w_None])
        return next_pc

    def op_WITH_EXCEPT(self, frame, code, arg, next_pc):
        space = self.space
        from languages.python.objects.instanceobject import traceback_of
        w_exc = frame.peek()
        w_exit = frame.peek(1)
        w_traceback = space.w_None
        if isinstance(w_exc, W_ExceptionObject):
            w_traceback = traceback_of(space, w_exc)
        w_result = space.call_function(w_exit, [space.type(w_exc), w_exc, w_traceback])
        frame.push(space.newbool(space.is_true(w_result)))
        return next_pc

    # -- opcodes: modules -----------------------------------------------------------------
    def op_IMPORT_NAME(self, frame, code, arg, next_pc):
        space = self.space
        w_fromlist = frame.pop()
        w_level = frame.pop()
        assert isinstance(w_level, W_IntObject)
        if space.is_none(w_fromlist):
            w_fromlist = None
        frame.push(space.import_module(code.names[arg], w_fromlist, w_level.intval, frame))
        return next_pc

    def op_IMPORT_FROM(self, frame, code, arg, next_pc):
        space = self.space
        w_module = frame.peek()
        name = code.names[arg]
        w_value = space.findattr_quiet(w_module, name)
        if w_value is None:
            location = ""
            w_file = space.findattr_quiet(w_module, "__file__")
            if w_file is not None and isinstance(w_file, W_StrObject):
                location = " (%s)" % absolute_path(w_file.utf8)
            module_name = space.module_name(w_module)
            if space.modules.is_initialising(module_name):
                module_name = ("partially initialized module '%s' (most likely due to a "
                               "circular import)" % module_name)
            else:
                module_name = "'%s'" % module_name
            raise space.error(space.w_ImportError, "cannot import name '%s' from %s%s"
                              % (name, module_name, location))
        frame.push(w_value)
        return next_pc

    def op_IMPORT_STAR(self, frame, code, arg, next_pc):
        self.space.import_star(frame.pop(), frame)
        return next_pc

    def op_SETUP_ANNOTATIONS(self, frame, code, arg, next_pc):
        return next_pc


@jit.unroll_safe
def copy_arguments(frame, args_w):
    """The fast path of argument binding, kept loop-free for call_function: a function
    containing a loop is never traced into, and calls must be inlined."""
    for i in range(len(args_w)):
        frame.locals_w[i] = args_w[i]


def cell_of(w_obj):
    assert isinstance(w_obj, W_CellObject)
    return w_obj


def absolute_path(path):
    import os
    if path.startswith("/") or path.startswith("<"):
        return path
    try:
        return os.getcwd() + "/" + path
    except OSError:
        return path


def function_str(space, w_func):
    """How CPython names a callable in argument errors: "__main__.f()", "len()" ..."""
    if isinstance(w_func, W_MethodObject):
        w_func = w_func.w_function
    if isinstance(w_func, W_FunctionObject):
        w_module = space.findattr_quiet(w_func, "__module__")
        if w_module is not None and isinstance(w_module, W_StrObject) and \
                w_module.utf8 != "builtins":
            return "%s.%s()" % (w_module.utf8, w_func.qualname)
        return "%s()" % w_func.qualname
    if isinstance(w_func, W_BuiltinFunction):
        return "%s()" % w_func.spec.name
    if isinstance(w_func, W_TypeObject):
        return "%s()" % w_func.name
    return "%s object" % space.type(w_func).name


def too_many_positional(name, argcount, defcount, given, kwonly_given):
    """CPython's "f() takes 2 positional arguments but 3 were given" family."""
    if defcount:
        sig = "from %d to %d" % (argcount - defcount, argcount)
        plural = True
    else:
        sig = "%d" % argcount
        plural = argcount != 1
    kwonly_sig = ""
    if kwonly_given:
        kwonly_sig = " positional argument%s (and %d keyword-only argument%s)" % (
            "s" if given != 1 else "", kwonly_given, "s" if kwonly_given != 1 else "")
    return "%s() takes %s positional argument%s but %d%s %s given" % (
        name, sig, "s" if plural else "", given, kwonly_sig,
        "was" if given == 1 and not kwonly_given else "were")


def quote_names(names):
    quoted = ["'%s'" % name for name in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return quoted[0] + " and " + quoted[1]
    last = len(quoted) - 1
    assert last >= 0
    return ", ".join(quoted[:last]) + ", and " + quoted[last]


def join_str_pieces(pieces_w):
    parts = []
    for w_piece in pieces_w:
        assert isinstance(w_piece, W_StrObject)
        parts.append(w_piece.utf8)
    return "".join(parts)


def make_operator_dispatch():
    """BINARY_OP/COMPARE_OP: the operator index is a trace constant, so each site
    specialises to one operator (the chain folds away)."""
    from rpython.rlib.unroll import unrolling_iterable
    binaries = unrolling_iterable([(i, symbol.rstrip("="), symbol.endswith("="))
                                   for i, symbol in enumerate(op.BINARY_OPERATORS)])
    comparisons = unrolling_iterable(list(enumerate(op.COMPARISONS)))

    def binary_dispatch(space, w_a, w_b, index):
        for i, symbol, inplace in binaries:
            if i == index:
                return space.binary_op(w_a, w_b, symbol, inplace)
        raise AssertionError("bad operator")

    def compare_dispatch(space, w_a, w_b, index):
        for i, symbol in comparisons:
            if i == index:
                if symbol == "is":
                    return space.newbool(space.is_w(w_a, w_b))
                if symbol == "is not":
                    return space.newbool(not space.is_w(w_a, w_b))
                if symbol == "in":
                    return space.newbool(space.contains(w_b, w_a))
                if symbol == "not in":
                    return space.newbool(not space.contains(w_b, w_a))
                return space.compare(w_a, w_b, symbol)
        raise AssertionError("bad comparison")

    return binary_dispatch, compare_dispatch


binary_dispatch, compare_dispatch = make_operator_dispatch()
dispatch = make_dispatcher(op.table, Interpreter)
