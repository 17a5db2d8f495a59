"""The Ruby bytecode loop, its frames, and method and block calls.

`execute` is the JIT portal (greens pc and code, the frame virtualizable); each opcode is a
method `op_NAME` found by framework.jit.make_dispatcher.  A method call runs `execute` on a
fresh frame; a block's frame points at the frame it was made in (`outer`), which is how it
reads and writes the variables around it, and at its method's frame (`home`), which a
`return` inside it leaves.  Exceptions are host exceptions (errors.py): a frame's handler
table (code.Handler) says where a rescue or ensure clause takes over.
"""
from rpython.rlib import jit
from rpython.rlib.objectmodel import import_from_mixin

from framework.errors import StackOverflow, shadow_stack_nearly_full
from framework.frame import FrameMixin
from framework.jit import make_driver, make_dispatcher
from languages.ruby import opcodes as op
from languages.ruby.code import KIND_BLOCK, KIND_METHOD, KIND_TOP, KIND_CLASS
from languages.ruby.constants import W_StrConst, symbol
from languages.ruby.errors import (Unwind, RubyError, BreakUnwind, ReturnUnwind,
                                   ThrowUnwind, NextUnwind, W_Pending)
from languages.ruby.kit import HostLimits
from languages.ruby.objects import (nonneg, W_Value, W_Object, W_Integer, W_BigInt, W_Float,
                                    W_String, W_Symbol, W_Array, W_Hash, W_Range, W_Proc,
                                    W_Module, W_Class, W_Exception, W_MethodObject,
                                    W_Function, W_UserMethod, W_Builtin, W_ProcMethod,
                                    W_AttrReader, W_AttrWriter, W_Undefined, w_nil, w_true,
                                    w_false, newbool, PUBLIC, PRIVATE, PROTECTED)
from languages.ruby import arith


class RubyLimits(HostLimits):
    def too_deep(self):
        return RubyError(None)


limits = RubyLimits(10000)


class LexicalScope(object):
    """The modules a piece of code is written inside, innermost first (constant lookup,
    and where `def` puts a method)."""
    _immutable_fields_ = ['w_module', 'parent']

    def __init__(self, w_module, parent):
        self.w_module = w_module
        self.parent = parent


class Frame(object):
    import_from_mixin(FrameMixin)
    _virtualizable_ = ['locals_w[*]', 'stack_w[*]', 'stackpos']

    def __init__(self, code, w_self, outer, w_block, lexical, w_function):
        self = jit.hint(self, access_directly=True, fresh_virtualizable=True)
        self.locals_w = [None] * code.nlocals
        self.stack_w = [None] * code.stack_size
        self.stackpos = 0
        self.code = code
        self.w_self = w_self
        self.outer = outer
        self.w_block = w_block
        self.lexical = lexical
        self.w_function = w_function
        self.home = None
        self.w_proc = None
        self.is_lambda = False
        self.visibility = PUBLIC
        self.done = False             # its method returned: a proc's return has no target


class W_IntSlot(W_Value):
    """An Integer local that a block assigns (SET_OUTER), kept unboxed in its frame.

    The frame a block writes into is not the one a trace runs, so a W_Integer stored there
    would be allocated on every write (`n.times { |i| s += i }`); this mutable slot is
    updated in place instead.  It never leaves the locals: every read unwraps it
    (`local_value`), and a plain assignment in the owning frame replaces it."""

    def __init__(self, value):
        self.value = value


def local_value(w_value):
    """What a local variable slot holds, as the program sees it."""
    if w_value is None:
        return w_nil
    if isinstance(w_value, W_IntSlot):
        return W_Integer(w_value.value)
    return w_value


driver = make_driver("ruby", op.table)


class Interpreter(object):
    """The loop; the space (space.py) holds the classes and the helpers on values."""

    def __init__(self, space):
        self.space = space
        self.depth = 0
        self.w_current_exception = w_nil

    # -- the loop -------------------------------------------------------------------------
    def execute(self, frame, pc):
        code = frame.code
        while True:
            driver.jit_merge_point(pc=pc, code=code, frame=frame, interp=self)
            try:
                next_pc = dispatch(self, frame, code, code.code[pc], code.code[pc + 1], pc + 2)
            except Unwind as e:
                next_pc = self.handle(frame, code, pc, e)
            except StackOverflow:
                next_pc = self.handle(frame, code, pc, limits.stack_overflowed())
            except MemoryError:
                next_pc = self.handle(frame, code, pc, self.memory_error())
            if next_pc < 0:
                return frame.pop()
            if next_pc <= pc:
                driver.can_enter_jit(pc=next_pc, code=code, frame=frame, interp=self)
            pc = next_pc

    def stack_error(self):
        return self.space.error(self.space.w_SystemStackError, "stack level too deep")

    def memory_error(self):
        return self.space.error(self.space.w_NoMemoryError, "failed to allocate memory")

    @jit.unroll_safe
    def handle(self, frame, code, pc, e):
        """The pc of the handler for `e` in this frame, or raise it on."""
        if isinstance(e, RubyError):
            self.record(frame, code, pc, e)
        for handler in code.handlers:
            if handler.start <= pc < handler.end:
                if handler.ensure or isinstance(e, RubyError):
                    while frame.stackpos > handler.depth:
                        frame.pop()
                    if handler.ensure:
                        if isinstance(e, RubyError):
                            self.w_current_exception = e.w_exc   # $! (a cause) in ensure
                        frame.push(W_Pending(e))
                    else:
                        assert isinstance(e, RubyError)
                        frame.push(e.w_exc)
                    return handler.target
        raise e

    def record(self, frame, code, pc, e):
        w_exc = e.w_exc
        if w_exc is None:
            e.w_exc = w_exc = self.stack_error().w_exc
        assert isinstance(w_exc, W_Exception)
        if e.last_frame is frame or w_exc.caught:
            return
        e.last_frame = frame
        if w_exc.backtrace is None:
            w_exc.backtrace = []
        line = code.line_at(pc)
        if e.builtin_name:
            w_exc.backtrace.append("%s:%d:in `%s'" % (code.filename, line, e.builtin_name))
            e.builtin_name = ""
        entry = "%s:%d:in `%s'" % (code.filename, line, code.label)
        if len(w_exc.backtrace) < 10000:
            w_exc.backtrace.append(entry)
        else:
            w_exc.backtrace[len(w_exc.backtrace) - 1] = entry     # keep the outermost

    # -- running code ---------------------------------------------------------------------
    def run_main(self, code, w_main, lexical):
        frame = Frame(code, w_main, None, None, lexical, None)
        frame.home = frame
        frame.visibility = PRIVATE
        try:
            return self.execute(frame, 0)
        except ReturnUnwind as e:
            if e.frame is frame:
                return e.w_value
            raise

    def enter(self):
        """A guest call begins: SystemStackError past the limit or when the GC's shadow
        stack is nearly full (framework/errors.py), before the host would crash."""
        if self.depth >= limits.watch_from:
            if self.depth >= limits.limit or shadow_stack_nearly_full():
                raise self.stack_error()
        self.depth += 1

    def invoke(self, w_func, w_recv, name, args_w, w_kwargs, w_block):
        """Call a method found in a class table."""
        if isinstance(w_func, W_UserMethod):
            return self.invoke_user(w_func, w_recv, args_w, w_kwargs, w_block)
        if isinstance(w_func, W_Builtin):
            if w_kwargs is not None:
                if isinstance(w_kwargs, W_Hash):
                    w_kwargs.is_kwargs_hash = True
                args_w = args_w + [w_kwargs]
            nargs = len(args_w)
            if nargs < w_func.min_args or (w_func.max_args >= 0 and nargs > w_func.max_args):
                raise self.space.arity_error(nargs, w_func.min_args, w_func.max_args)
            try:
                return w_func.func(self, w_recv, args_w, w_block)
            except RubyError as e:
                w_exc = e.w_exc
                if isinstance(w_exc, W_Exception) and w_exc.backtrace is None and \
                        not e.builtin_name and w_func.name != "raise" and \
                        w_func.name != "fail" and \
                        not self.space.is_kind_of(w_exc, self.space.w_FrozenError):
                    e.builtin_name = w_func.name
                raise
        if isinstance(w_func, W_AttrReader):
            if args_w:
                raise self.space.arity_error(len(args_w), 0, 0)
            return self.space.get_ivar(w_recv, w_func.ivar)
        if isinstance(w_func, W_AttrWriter):
            if len(args_w) != 1:
                raise self.space.arity_error(len(args_w), 1, 1)
            self.space.set_ivar(w_recv, w_func.ivar, args_w[0])
            return args_w[0]
        if isinstance(w_func, W_ProcMethod):
            return self.call_proc(w_func.w_proc, args_w, w_kwargs, w_block, w_recv, True,
                                  w_func)
        raise self.space.error(self.space.w_NoMethodError, "undefined method `%s'" % name)

    def invoke_user(self, w_func, w_recv, args_w, w_kwargs, w_block):
        code = w_func.code
        frame = Frame(code, w_recv, None, w_block, w_func.cref, w_func)
        frame.home = frame
        try:
            pc = self.bind_args(code, frame, args_w, w_kwargs, w_block, False)
        except RubyError as e:
            w_exc = e.w_exc
            if isinstance(w_exc, W_Exception) and w_exc.backtrace is None:
                w_exc.backtrace = ["%s:%d:in `%s'" % (code.filename, code.def_line,
                                                      code.label)]
            raise
        self.enter()
        try:
            return self.execute(frame, pc)
        except ReturnUnwind as e:
            if e.frame is frame:
                return e.w_value
            raise
        finally:
            self.depth -= 1
            frame.done = True

    def call_proc(self, w_proc, args_w, w_kwargs=None, w_block=None, w_self=None,
                  as_lambda=False, w_function=None):
        """Run a block or proc.  A lambda (or a define_method body) is its own `return`
        target and checks its arity; a plain proc spreads one array over its params."""
        if w_proc.from_method is not None:
            w_method = w_proc.from_method
            assert isinstance(w_method, W_MethodObject)
            return self.invoke(w_method.w_function, w_method.w_receiver, w_method.name,
                               args_w, w_kwargs, w_block)
        if w_proc.native is not None:
            return w_proc.native.call(self, args_w, w_block)
        if w_proc.symbol:
            if not args_w:
                raise self.space.error(self.space.w_ArgumentError,
                                       "no receiver given")
            name = jit.promote_string(w_proc.symbol)     # the lookup folds in a trace
            return self.send(args_w[0], name, args_w[1:], w_block, w_kwargs, False)
        code = jit.promote(w_proc.code)     # a block loop's trace knows its block
        outer = w_proc.frame
        if w_self is None:
            w_self = w_proc.w_bound_self if w_proc.w_bound_self is not None \
                else w_proc.w_self
        is_lambda = as_lambda or w_proc.is_lambda
        frame = Frame(code, w_self, outer, outer.w_block, outer.lexical,
                      w_function if w_function is not None else outer.w_function)
        frame.w_proc = w_proc
        frame.is_lambda = is_lambda
        if w_block is not None:
            frame.w_block = w_block
        if is_lambda:
            frame.home = frame
        else:
            frame.home = outer.home
        pc = self.bind_args(code, frame, args_w, w_kwargs, w_block, not is_lambda)
        self.enter()
        try:
            return self.execute(frame, pc)
        except ReturnUnwind as e:
            if is_lambda and e.frame is frame:
                return e.w_value
            raise
        except BreakUnwind as e:
            if is_lambda and e.w_proc is w_proc:
                return e.w_value
            raise
        except NextUnwind as e:
            if e.frame is frame:
                return e.w_value
            raise
        finally:
            self.depth -= 1

    def yield_block(self, w_block, args_w):
        if w_block is None:
            raise self.space.error(self.space.w_LocalJumpError, "no block given (yield)")
        return self.call_proc(w_block, args_w)

    def call_block1(self, w_block, w_arg):
        return self.call_proc(w_block, [w_arg])

    # -- argument binding -----------------------------------------------------------------
    @jit.unroll_safe
    def bind_args(self, code, frame, args_w, w_kwargs, w_block, is_proc):
        """Put the arguments in the frame's locals; the pc to start at (after the defaults
        of the optional parameters that were given)."""
        space = self.space
        if w_kwargs is not None and not code.accepts_keywords:
            if isinstance(w_kwargs, W_Hash) and w_kwargs.table.length() == 0:
                w_kwargs = None
            else:
                args_w = args_w + [w_kwargs]
                w_kwargs = None
        elif w_kwargs is None and code.accepts_keywords and len(args_w) > 0 and is_proc:
            pass
        required = code.required
        optional = code.optional
        post = code.post
        nargs = len(args_w)
        if is_proc:
            if code.auto_splat and nargs == 1 and isinstance(args_w[0], W_Array):
                w_array = args_w[0]
                assert isinstance(w_array, W_Array)
                args_w = w_array.items_w
                nargs = len(args_w)
        else:
            if nargs < required + post or (code.rest < 0 and nargs > required + optional +
                                           post):
                if code.rest >= 0 or optional > 0:
                    if code.rest >= 0:
                        raise space.arity_error(nargs, required + post, -1)
                    raise space.arity_error(nargs, required + post, required + optional + post)
                raise space.arity_error(nargs, required + post, required + post)
        # required
        index = 0
        for i in range(required):
            if index < nargs:
                frame.setlocal(code.param_locals[i], args_w[index])
            else:
                frame.setlocal(code.param_locals[i], w_nil)
            index += 1
        available = nargs - required - post
        if available < 0:
            available = 0
        given_optional = available if available < optional else optional
        for i in range(given_optional):
            frame.setlocal(code.param_locals[required + i], args_w[index])
            index += 1
        if code.rest >= 0:
            rest_count = nargs - index - post
            if rest_count < 0:
                rest_count = 0
            frame.setlocal(code.rest, space.newarray(args_w[nonneg(index):nonneg(index + rest_count)]))
            index += rest_count
        else:
            if is_proc and nargs - index > post:
                index = nargs - post
        for i in range(post):
            local = code.param_locals[required + optional + i]
            if index < nargs:
                frame.setlocal(local, args_w[index])
            else:
                frame.setlocal(local, w_nil)
            index += 1
        if code.accepts_keywords:
            self.bind_keywords(code, frame, w_kwargs)
        if code.block_param >= 0:
            if w_block is not None:
                w_block.captured = True
            frame.setlocal(code.block_param, w_block if w_block is not None else w_nil)
        return code.opt_entries[given_optional]

    def bind_keywords(self, code, frame, w_kwargs):
        space = self.space
        missing = []
        used = 0
        for i in range(len(code.kw_names)):
            name = code.kw_names[i]
            w_value = None
            if w_kwargs is not None:
                assert isinstance(w_kwargs, W_Hash)
                w_value = w_kwargs.table.get(symbol(name))
            if w_value is not None:
                used += 1
                frame.setlocal(code.kw_locals[i], w_value)
            elif code.kw_required[i]:
                missing.append(name)
        if missing:
            word = "keyword" if len(missing) == 1 else "keywords"
            raise space.error(space.w_ArgumentError, "missing %s: %s" % (
                word, ", ".join([":" + name for name in missing])))
        if code.kwrest >= 0:
            w_rest = space.newhash()
            if w_kwargs is not None:
                assert isinstance(w_kwargs, W_Hash)
                for w_key in w_kwargs.table.keys_w():
                    if not (isinstance(w_key, W_Symbol) and is_kw_name(code, w_key.name)):
                        w_rest.table.set(w_key, w_kwargs.table.get(w_key))
            frame.setlocal(code.kwrest, w_rest)
        elif w_kwargs is not None:
            assert isinstance(w_kwargs, W_Hash)
            if w_kwargs.table.length() > used:
                unknown = []
                for w_key in w_kwargs.table.keys_w():
                    if not (isinstance(w_key, W_Symbol) and is_kw_name(code, w_key.name)):
                        unknown.append(space.inspect(w_key))
                word = "keyword" if len(unknown) == 1 else "keywords"
                raise space.error(space.w_ArgumentError, "unknown %s: %s" % (
                    word, ", ".join(unknown)))

    # -- sending --------------------------------------------------------------------------
    def send(self, w_recv, name, args_w, w_block=None, w_kwargs=None, fcall=True,
             vcall=False, public_only=False):
        space = self.space
        w_class = jit.promote(space.getclass(w_recv))    # a trace guards the class once
        w_func = w_class.lookup_method(name)
        if w_func is None or isinstance(w_func, W_Undefined):
            return self.method_missing(w_recv, name, args_w, w_kwargs, w_block, vcall)
        if not fcall and w_func.visibility != PUBLIC:
            if w_func.visibility == PRIVATE or public_only or not space.is_kind_of(
                    self.current_self, w_func.w_owner):
                raise space.visibility_error(w_recv, name, w_func.visibility == PRIVATE)
        return self.invoke(w_func, w_recv, name, args_w, w_kwargs, w_block)

    current_self = None
    caller_visibility = PUBLIC      # the sender's default visibility (attr_* under private)

    def method_missing(self, w_recv, name, args_w, w_kwargs, w_block, vcall):
        space = self.space
        w_class = space.getclass(w_recv)
        w_mm = w_class.lookup_method("method_missing")
        if w_mm is not None and not (isinstance(w_mm, W_Builtin) and
                                     w_mm.name == "method_missing"):
            return self.invoke(w_mm, w_recv, "method_missing", [symbol(name)] + args_w,
                               w_kwargs, w_block)
        if vcall:
            raise space.name_error_undefined(w_recv, name)
        raise space.no_method_error(w_recv, name, "undefined method")

    def respond_to(self, w_recv, name, include_private=False):
        w_func = self.space.getclass(w_recv).lookup_method(name)
        if w_func is None or isinstance(w_func, W_Undefined):
            w_rtm = self.space.getclass(w_recv).lookup_method("respond_to_missing?")
            if w_rtm is not None and not isinstance(w_rtm, W_Builtin):
                return self.space.is_true(self.invoke(w_rtm, w_recv, "respond_to_missing?",
                                                      [symbol(name), newbool(include_private)],
                                                      None, None))
            return False
        if w_func.visibility != PUBLIC and not include_private:
            return False
        return True

    def block_arg(self, w_value):
        """A `&value` argument as a block: a Proc, a Symbol's or a Method's proc, or none."""
        if w_value is w_nil:
            return None
        if isinstance(w_value, W_Proc):
            return w_value
        if isinstance(w_value, W_Symbol):
            return self.space.symbol_proc(w_value.name)
        if isinstance(w_value, W_MethodObject):
            return self.space.method_proc(w_value)
        w_proc = self.send(w_value, "to_proc", [])
        if isinstance(w_proc, W_Proc):
            return w_proc
        raise self.space.type_error("wrong argument type %s (expected Proc)" %
                                    self.space.class_name(w_value))

    def pop_call_args(self, frame, flags, argc):
        if flags & op.FLAG_BLOCK:
            w_block = self.block_arg(frame.pop())
        else:
            w_block = None
        w_kwargs = None
        if flags & op.FLAG_KWARGS:
            w_kwargs = frame.pop()
            argc -= 1
            if isinstance(w_kwargs, W_Hash) and w_kwargs.table.length() == 0:
                w_kwargs = None
        if flags & op.FLAG_SPLAT:
            w_array = frame.pop()
            assert isinstance(w_array, W_Array)
            args_w = list(w_array.items_w)
        else:
            args_w = frame.popn(argc)
        return args_w, w_kwargs, w_block

    # -- opcodes --------------------------------------------------------------------------
    def op_LOAD_CONST(self, frame, code, arg, next_pc):
        frame.push(code.consts_w[arg])
        return next_pc

    def op_PUT_STRING(self, frame, code, arg, next_pc):
        w_const = code.consts_w[arg]
        assert isinstance(w_const, W_StrConst)
        frame.push(self.space.newstr(w_const.value))
        return next_pc

    def op_LOAD_NIL(self, frame, code, arg, next_pc):
        frame.push(w_nil)
        return next_pc

    def op_LOAD_TRUE(self, frame, code, arg, next_pc):
        frame.push(w_true)
        return next_pc

    def op_LOAD_FALSE(self, frame, code, arg, next_pc):
        frame.push(w_false)
        return next_pc

    def op_LOAD_SELF(self, frame, code, arg, next_pc):
        frame.push(frame.w_self)
        return next_pc

    def op_POP(self, frame, code, arg, next_pc):
        frame.pop()
        return next_pc

    def op_DUP(self, frame, code, arg, next_pc):
        frame.push(frame.peek())
        return next_pc

    def op_SWAP(self, frame, code, arg, next_pc):
        w_a = frame.pop()
        w_b = frame.pop()
        frame.push(w_a)
        frame.push(w_b)
        return next_pc

    def op_GET_LOCAL(self, frame, code, arg, next_pc):
        frame.push(local_value(frame.getlocal(arg)))
        return next_pc

    def op_SET_LOCAL(self, frame, code, arg, next_pc):
        frame.setlocal(arg, frame.peek())
        return next_pc

    def op_LOCAL_IS_SET(self, frame, code, arg, next_pc):
        frame.push(newbool(frame.getlocal(arg) is not None))
        return next_pc

    @jit.unroll_safe
    def op_GET_OUTER(self, frame, code, arg, next_pc):
        depth = arg >> 16
        index = arg & 0xffff
        target = frame
        for i in range(depth):
            target = target.outer
        frame.push(local_value(target.getlocal(index)))
        return next_pc

    @jit.unroll_safe
    def op_SET_OUTER(self, frame, code, arg, next_pc):
        depth = arg >> 16
        index = arg & 0xffff
        target = frame
        for i in range(depth):
            target = target.outer
        w_value = frame.peek()
        w_old = target.getlocal(index)
        if isinstance(w_value, W_Integer):
            if isinstance(w_old, W_IntSlot):
                w_old.value = w_value.value
            else:
                target.setlocal(index, W_IntSlot(w_value.value))
        else:
            target.setlocal(index, w_value)
        return next_pc

    def op_GET_IVAR(self, frame, code, arg, next_pc):
        frame.push(self.space.get_ivar(frame.w_self, code.names[arg]))
        return next_pc

    def op_SET_IVAR(self, frame, code, arg, next_pc):
        self.space.set_ivar(frame.w_self, code.names[arg], frame.peek())
        return next_pc

    def op_GET_GVAR(self, frame, code, arg, next_pc):
        frame.push(self.space.get_gvar(code.names[arg]))
        return next_pc

    def op_SET_GVAR(self, frame, code, arg, next_pc):
        self.space.set_gvar(code.names[arg], frame.peek())
        return next_pc

    def op_GET_CVAR(self, frame, code, arg, next_pc):
        frame.push(self.space.get_cvar(cvar_base(frame), code.names[arg]))
        return next_pc

    def op_SET_CVAR(self, frame, code, arg, next_pc):
        self.space.set_cvar(cvar_base(frame), code.names[arg], frame.peek())
        return next_pc

    def op_GET_CONST(self, frame, code, arg, next_pc):
        frame.push(self.space.lookup_const_lexical(frame.lexical, code.names[arg]))
        return next_pc

    def op_GET_CONST_FROM(self, frame, code, arg, next_pc):
        w_scope = frame.pop()
        frame.push(self.space.lookup_const_in(w_scope, code.names[arg]))
        return next_pc

    def op_GET_CONST_TOP(self, frame, code, arg, next_pc):
        frame.push(self.space.lookup_const_in(self.space.w_Object, code.names[arg]))
        return next_pc

    def op_SET_CONST(self, frame, code, arg, next_pc):
        self.space.set_const(frame.lexical.w_module, code.names[arg], frame.peek())
        return next_pc

    def op_SET_CONST_FROM(self, frame, code, arg, next_pc):
        w_value = frame.pop()
        w_scope = frame.pop()
        if not isinstance(w_scope, W_Module):
            raise self.space.type_error("%s is not a class/module" %
                                        self.space.inspect(w_scope))
        self.space.set_const(w_scope, code.names[arg], w_value)
        frame.push(w_value)
        return next_pc

    def op_SEND(self, frame, code, arg, next_pc):
        name = code.names[op.call_name(arg)]
        flags = op.call_flags(arg)
        args_w, w_kwargs, w_block = self.pop_call_args(frame, flags, op.call_argc(arg))
        w_recv = frame.pop()
        self.current_self = frame.w_self
        self.caller_visibility = frame.visibility
        fcall = (flags & op.FLAG_FCALL) != 0
        vcall = (flags & op.FLAG_VCALL) != 0
        if flags & op.FLAG_BLOCK_LITERAL:
            try:
                w_result = self.send(w_recv, name, args_w, w_block, w_kwargs, fcall, vcall)
            except BreakUnwind as e:
                if e.w_proc is not w_block:
                    raise
                w_result = e.w_value
        else:
            w_result = self.send(w_recv, name, args_w, w_block, w_kwargs, fcall, vcall)
        if flags & op.FLAG_ASSIGN:
            w_result = args_w[len(args_w) - 1]
        frame.push(w_result)
        return next_pc

    def op_SUPER(self, frame, code, arg, next_pc):
        flags = op.call_flags(arg)
        args_w, w_kwargs, w_block = self.pop_call_args(frame, flags, op.call_argc(arg))
        w_recv = frame.pop()
        w_method = frame.w_function
        if w_method is None:
            raise self.space.error(self.space.w_RuntimeError,
                                   "super called outside of method")
        name = w_method.name
        w_class = self.space.getclass(w_recv)
        w_func = w_class.lookup_method_after(w_method.w_owner, name)
        if w_func is None:
            if name == "initialize" or name == "inherited" or name == "included" or \
                    name == "method_added" or name == "extended" or name == "prepended":
                frame.push(w_nil)
                return next_pc
            if name == "respond_to_missing?":
                frame.push(w_false)
                return next_pc
            if name == "method_missing" and args_w:
                w_name = args_w[0]
                assert isinstance(w_name, W_Symbol)
                raise self.space.no_method_error(w_recv, w_name.name, "undefined method")
            raise self.space.error(self.space.w_NoMethodError,
                                   "super: no superclass method `%s' for %s" %
                                   (name, self.space.inspect(w_recv)))
        try:
            w_result = self.invoke(w_func, w_recv, name, args_w, w_kwargs, w_block)
        except BreakUnwind as e:
            if e.w_proc is not w_block or not (flags & op.FLAG_BLOCK_LITERAL):
                raise
            w_result = e.w_value
        frame.push(w_result)
        return next_pc

    def op_YIELD(self, frame, code, arg, next_pc):
        flags = arg >> 8
        argc = arg & 0xff
        w_kwargs = None
        if flags & op.FLAG_KWARGS:
            w_kwargs = frame.pop()
            argc -= 1
        if flags & op.FLAG_SPLAT:
            w_array = frame.pop()
            assert isinstance(w_array, W_Array)
            args_w = list(w_array.items_w)
        else:
            args_w = frame.popn(argc)
        if w_kwargs is not None:
            args_w.append(w_kwargs)
        w_block = frame.w_block
        if w_block is None:
            raise self.space.error(self.space.w_LocalJumpError, "no block given (yield)")
        frame.push(self.call_proc(w_block, args_w))
        return next_pc

    def op_MAKE_BLOCK(self, frame, code, arg, next_pc):
        frame.push(W_Proc(self.space, code.child_codes[arg], frame, frame.w_self, False))
        return next_pc

    def op_MAKE_LAMBDA(self, frame, code, arg, next_pc):
        frame.push(W_Proc(self.space, code.child_codes[arg], frame, frame.w_self, True))
        return next_pc

    def op_BUILD_ARRAY(self, frame, code, arg, next_pc):
        frame.push(self.space.newarray(frame.popn(arg)))
        return next_pc

    @jit.unroll_safe
    def op_BUILD_HASH(self, frame, code, arg, next_pc):
        items_w = frame.popn(2 * arg)
        w_hash = self.space.newhash()
        for i in range(arg):
            self.space.hash_set(w_hash, items_w[2 * i], items_w[2 * i + 1])
        frame.push(w_hash)
        return next_pc

    def op_BUILD_RANGE(self, frame, code, arg, next_pc):
        w_last = frame.pop()
        w_first = frame.pop()
        frame.push(W_Range(self.space, w_first, w_last, arg == 1))
        return next_pc

    @jit.unroll_safe
    def op_BUILD_STRING(self, frame, code, arg, next_pc):
        parts_w = frame.popn(arg)
        pieces = []
        for w_part in parts_w:
            if isinstance(w_part, W_StrConst):
                pieces.append(w_part.value)
            else:
                pieces.append(self.space.str_w(w_part))
        frame.push(self.space.newstr("".join(pieces)))
        return next_pc

    def op_BUILD_SYMBOL(self, frame, code, arg, next_pc):
        frame.push(symbol(self.space.str_w(frame.pop())))
        return next_pc

    def op_BUILD_REGEXP(self, frame, code, arg, next_pc):
        frame.push(self.space.newregexp(self.space.str_w(frame.pop()), arg))
        return next_pc

    def op_TO_S(self, frame, code, arg, next_pc):
        w_value = frame.peek()
        if not isinstance(w_value, W_String):
            w_str = self.send(w_value, "to_s", [])
            if not isinstance(w_str, W_String):
                w_str = self.space.newstr(self.space.any_to_s(w_value))
            frame.settop(w_str)
        return next_pc

    def op_SPLAT_ARRAY(self, frame, code, arg, next_pc):
        frame.settop(self.space.splat_to_array(frame.peek()))
        return next_pc

    def op_ARRAY_CONCAT(self, frame, code, arg, next_pc):
        w_tail = frame.pop()
        w_array = frame.peek()
        assert isinstance(w_array, W_Array) and isinstance(w_tail, W_Array)
        w_array.items_w.extend(w_tail.items_w)
        return next_pc

    def op_ARRAY_PUSH(self, frame, code, arg, next_pc):
        w_value = frame.pop()
        w_array = frame.peek()
        assert isinstance(w_array, W_Array)
        w_array.items_w.append(w_value)
        return next_pc

    def op_HASH_MERGE(self, frame, code, arg, next_pc):
        w_other = frame.pop()
        w_hash = frame.peek()
        assert isinstance(w_hash, W_Hash)
        if isinstance(w_other, W_Hash):
            for w_key in w_other.table.keys_w():
                w_hash.table.set(w_key, w_other.table.get(w_key))
        elif w_other is not w_nil:
            raise self.space.type_error("no implicit conversion of %s into Hash" %
                                        self.space.class_name(w_other))
        return next_pc

    @jit.unroll_safe
    def op_EXPAND_ARRAY(self, frame, code, arg, next_pc):
        pre = arg >> 16
        has_splat = (arg >> 15) & 1
        post = arg & 0x7fff
        w_value = frame.pop()
        items_w = self.space.expand_for_assignment(w_value)
        n = len(items_w)
        values_w = []
        for i in range(pre):
            values_w.append(items_w[i] if i < n else w_nil)
        if has_splat:
            start = pre
            stop = n - post
            if stop < start:
                stop = start
            values_w.append(self.space.newarray(items_w[nonneg(start):nonneg(stop)]))
            for i in range(post):
                j = stop + i
                values_w.append(items_w[j] if j < n else w_nil)
        else:
            for i in range(post):
                j = pre + i
                values_w.append(items_w[j] if j < n else w_nil)
        for i in range(len(values_w) - 1, -1, -1):
            frame.push(values_w[i])
        return next_pc

    def op_JUMP(self, frame, code, arg, next_pc):
        return arg

    def op_JUMP_IF_FALSE(self, frame, code, arg, next_pc):
        if frame.pop().is_true():
            return next_pc
        return arg

    def op_JUMP_IF_TRUE(self, frame, code, arg, next_pc):
        if frame.pop().is_true():
            return arg
        return next_pc

    def op_JUMP_IF_NIL(self, frame, code, arg, next_pc):
        if frame.peek() is w_nil:
            return arg
        return next_pc

    def op_RETURN(self, frame, code, arg, next_pc):
        return -1

    def op_RETURN_NONLOCAL(self, frame, code, arg, next_pc):
        home = frame.home
        if home is None or home.done:
            w_exc = self.space.new_exception(self.space.w_LocalJumpError,
                                             "unexpected return")
            w_exc.w_extra = symbol("return")
            raise RubyError(w_exc)
        raise ReturnUnwind(home, frame.pop())

    def op_NEXT_UNWIND(self, frame, code, arg, next_pc):
        raise NextUnwind(frame, frame.pop())

    def op_BREAK(self, frame, code, arg, next_pc):
        raise BreakUnwind(frame.w_proc, frame.pop())

    def op_RAISE(self, frame, code, arg, next_pc):
        raise self.space.make_raise(frame.pop())

    def op_RERAISE(self, frame, code, arg, next_pc):
        w_value = frame.pop()
        if isinstance(w_value, W_Pending):
            raise w_value.unwind
        if isinstance(w_value, W_Exception):
            e = RubyError(w_value)
            e.last_frame = frame
            raise e
        return next_pc

    def op_RETRY(self, frame, code, arg, next_pc):
        return next_pc

    def op_DEFINE_METHOD(self, frame, code, arg, next_pc):
        child = code.child_codes[arg]
        w_target = frame.lexical.w_module
        if frame.code.kind == KIND_METHOD or frame.code.kind == KIND_BLOCK:
            w_self = frame.w_self
            if frame.code.kind == KIND_BLOCK and isinstance(w_self, W_Module) and \
                    frame.w_proc is not None and frame.w_proc.w_bound_self is not None:
                w_target = w_self
        visibility = frame.visibility
        if frame.code.kind == KIND_METHOD:
            visibility = PUBLIC
        self.space.define_method(w_target, child.name, child, frame.lexical, visibility)
        frame.push(symbol(child.name))
        return next_pc

    def op_DEFINE_SINGLETON_METHOD(self, frame, code, arg, next_pc):
        child = code.child_codes[arg]
        w_target = frame.pop()
        w_singleton = self.space.singleton_class(w_target)
        self.space.define_method(w_singleton, child.name, child, frame.lexical, PUBLIC)
        frame.push(symbol(child.name))
        return next_pc

    def op_OPEN_CLASS(self, frame, code, arg, next_pc):
        w_super = frame.pop()
        w_scope = frame.pop()
        frame.push(self.space.open_class(frame.lexical, w_scope, code.names[arg], w_super))
        return next_pc

    def op_OPEN_MODULE(self, frame, code, arg, next_pc):
        w_scope = frame.pop()
        frame.push(self.space.open_module(frame.lexical, w_scope, code.names[arg]))
        return next_pc

    def op_OPEN_SCLASS(self, frame, code, arg, next_pc):
        frame.push(self.space.singleton_class(frame.pop()))
        return next_pc

    def op_EXEC_BODY(self, frame, code, arg, next_pc):
        w_module = frame.pop()
        assert isinstance(w_module, W_Module)
        frame.push(self.exec_body(code.child_codes[arg], w_module, frame.lexical))
        return next_pc

    def exec_body(self, child, w_module, lexical):
        body = Frame(child, w_module, None, None, LexicalScope(w_module, lexical), None)
        body.home = body
        self.enter()
        try:
            return self.execute(body, 0)
        finally:
            self.depth -= 1

    def op_BLOCK_GIVEN(self, frame, code, arg, next_pc):
        frame.push(newbool(frame.w_block is not None))
        return next_pc

    def op_GET_BLOCK(self, frame, code, arg, next_pc):
        w_block = frame.w_block
        frame.push(w_block if w_block is not None else w_nil)
        return next_pc

    def op_METHOD_NAME(self, frame, code, arg, next_pc):
        w_function = frame.w_function
        if w_function is None:
            frame.push(w_nil)
        else:
            frame.push(symbol(w_function.name))
        return next_pc

    def op_DEFINED(self, frame, code, arg, next_pc):
        kind = arg >> 16
        name = code.names[arg & 0x7fff]
        w_value = frame.pop()
        space = self.space
        result = ""
        if kind == op.DEFINED_METHOD:
            fcall = (arg >> 15) & 1
            if self.respond_to(w_value, name, fcall == 1):
                result = "method"
        elif kind == op.DEFINED_IVAR:
            w_self = frame.w_self
            if isinstance(w_self, W_Object) and w_self.read_attr(name) is not None:
                result = "instance-variable"
        elif kind == op.DEFINED_GVAR:
            if space.has_gvar(name):
                result = "global-variable"
        elif kind == op.DEFINED_CVAR:
            if space.find_cvar_owner(cvar_base(frame), name) is not None:
                result = "class variable"
        elif kind == op.DEFINED_CONST:
            if space.has_const_lexical(frame.lexical, name):
                result = "constant"
        elif kind == op.DEFINED_CONST_FROM:
            if isinstance(w_value, W_Module) and w_value.lookup_constant(name) is not None:
                result = "constant"
        elif kind == op.DEFINED_YIELD:
            if frame.w_block is not None:
                result = "yield"
        elif kind == op.DEFINED_SUPER:
            w_function = frame.w_function
            if w_function is not None and space.getclass(frame.w_self).lookup_method_after(
                    w_function.w_owner, w_function.name) is not None:
                result = "super"
        if result:
            frame.push(space.newstr(result))
        else:
            frame.push(w_nil)
        return next_pc

    def op_MATCH_PATTERN_ARRAY(self, frame, code, arg, next_pc):
        pre = arg >> 16
        has_rest = (arg >> 15) & 1
        post = arg & 0x7fff
        w_value = frame.pop()
        if not isinstance(w_value, W_Array):
            if isinstance(w_value, W_Object) and self.respond_to(w_value, "deconstruct"):
                w_value = self.send(w_value, "deconstruct", [])
            else:
                frame.push(w_false)
                return next_pc
        assert isinstance(w_value, W_Array)
        n = len(w_value.items_w)
        if (has_rest and n >= pre + post) or (not has_rest and n == pre + post):
            frame.push(w_value)
        else:
            frame.push(w_false)
        return next_pc

    def op_ALIAS(self, frame, code, arg, next_pc):
        new_name = code.names[arg >> 16]
        old_name = code.names[arg & 0xffff]
        w_target = frame.lexical.w_module
        if new_name.startswith("$"):
            self.space.alias_gvar(new_name, old_name)
        else:
            self.space.alias_method(w_target, new_name, old_name)
        frame.push(w_nil)
        return next_pc

    def op_UNDEF(self, frame, code, arg, next_pc):
        w_target = frame.lexical.w_module
        w_target.set_method(code.names[arg], W_Undefined(code.names[arg]))
        frame.push(w_nil)
        return next_pc

    def op_CHECK_MATCH(self, frame, code, arg, next_pc):
        w_value = frame.pop()
        w_pattern = frame.pop()
        frame.push(newbool(self.space.case_eq(w_pattern, w_value)))
        return next_pc

    def op_RESCUE_MATCH(self, frame, code, arg, next_pc):
        w_classes = frame.pop()
        w_exc = frame.pop()
        matched = False
        if isinstance(w_classes, W_Array):
            for w_class in w_classes.items_w:
                if self.space.case_eq(w_class, w_exc):
                    matched = True
                    break
        elif isinstance(w_classes, W_Module):
            matched = self.space.is_kind_of(w_exc, w_classes)
        else:
            if isinstance(w_exc, W_Exception):
                raise self.space.type_error("class or module required for rescue clause")
            matched = self.space.case_eq(w_classes, w_exc)
        if matched and isinstance(w_exc, W_Exception):
            w_exc.caught = True
            self.w_current_exception = w_exc
        frame.push(newbool(matched))
        return next_pc

    def op_CURRENT_EXCEPTION(self, frame, code, arg, next_pc):
        frame.push(self.w_current_exception)
        return next_pc

    def op_RESTORE_EXCEPTION(self, frame, code, arg, next_pc):
        self.w_current_exception = frame.pop()
        return next_pc

    def op_BINOP(self, frame, code, arg, next_pc):
        w_b = frame.pop()
        w_a = frame.pop()
        opid = arg & 0xff
        w_result = None
        if isinstance(w_a, W_Integer) and isinstance(w_b, W_Integer):
            w_result = arith.int_binop(self.space, opid, w_a.value, w_b.value)
        elif isinstance(w_a, W_Float) and isinstance(w_b, W_Float):
            w_result = arith.float_binop(self.space, opid, w_a.value, w_b.value)
        if w_result is None:
            name = code.names[arg >> 8]
            self.current_self = frame.w_self
            if opid == op.OP_NE:
                w_result = newbool(not self.space.eq(w_a, w_b))
            else:
                w_result = self.send(w_a, name, [w_b], None, None, False)
        frame.push(w_result)
        return next_pc

    def op_NOT(self, frame, code, arg, next_pc):
        w_value = frame.peek()
        if isinstance(w_value, W_Object) and not isinstance(w_value, W_String) and \
                not isinstance(w_value, W_Array):
            w_func = self.space.getclass(w_value).lookup_method("!")
            if isinstance(w_func, W_UserMethod):
                frame.settop(self.invoke(w_func, w_value, "!", [], None, None))
                return next_pc
        frame.settop(newbool(not w_value.is_true()))
        return next_pc

    def op_SET_VISIBILITY(self, frame, code, arg, next_pc):
        frame.visibility = arg
        frame.push(w_nil)
        return next_pc


def cvar_base(frame):
    """The class whose class variables the code sees: its lexical module (for code at the
    top level, Object)."""
    return frame.lexical.w_module


def is_kw_name(code, name):
    for kw in code.kw_names:
        if kw == name:
            return True
    return False


dispatch = make_dispatcher(op.table, Interpreter)
