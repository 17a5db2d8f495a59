"""Kernel, Object and BasicObject: output, conversions, raising, reflection."""
import os

from framework import output
from languages.ruby.builtins.registry import (builtin, as_string, as_array, as_hash,
                                               as_integer, as_float, as_regexp)
from languages.ruby.constants import symbol
from languages.ruby.errors import RubyError, ThrowUnwind
from languages.ruby.objects import (nonneg, W_Object, W_Special, W_Integer, W_BigInt, W_Float,
                                    W_String, W_Symbol, W_Array, W_Hash, W_Range, W_Proc,
                                    W_Module, W_Class, W_Exception, W_MethodObject,
                                    W_Enumerator, W_ProcMethod, W_Undefined, W_UserMethod,
                                    w_nil, w_true, w_false, newbool, PUBLIC, PRIVATE)
from languages.ruby.builtins.format import sprintf
from framework.integers import parse_int, parse_big, parse_float, InvalidLiteral


def puts_text(interp, args_w, pieces):
    space = interp.space
    for w_arg in args_w:
        if isinstance(w_arg, W_Array):
            if not w_arg.items_w:
                if not args_w or len(args_w) == 1:
                    pieces.append("\n")
                continue
            puts_text(interp, w_arg.items_w, pieces)
            continue
        text = space.to_s(w_arg)
        pieces.append(text)
        if not text.endswith("\n"):
            pieces.append("\n")


def write_to(interp, w_io, text):
    if w_io is interp.space.w_stderr:
        output.write_err(text)
    else:
        output.write_out(text)


@builtin("Kernel", "puts", 0, -1)
def kernel_puts(interp, w_self, args_w, w_block):
    if not args_w:
        output.write_out("\n")
        return w_nil
    pieces = []
    puts_text(interp, args_w, pieces)
    w_out = interp.space.get_gvar("$stdout")
    if w_out is not interp.space.w_stdout and w_out is not interp.space.w_stderr:
        interp.send(w_out, "write", [interp.space.newstr("".join(pieces))])
        return w_nil
    write_to(interp, w_out, "".join(pieces))
    return w_nil


@builtin("IO", "puts", 0, -1)
def io_puts(interp, w_self, args_w, w_block):
    if not args_w:
        write_to(interp, w_self, "\n")
        return w_nil
    pieces = []
    puts_text(interp, args_w, pieces)
    write_to(interp, w_self, "".join(pieces))
    return w_nil


@builtin("IO", "<<", 1, 1)
def io_append(interp, w_self, args_w, w_block):
    write_to(interp, w_self, interp.space.to_s(args_w[0]))
    return w_self


@builtin("IO", "print write", 0, -1)
def io_print(interp, w_self, args_w, w_block):
    pieces = []
    for w_arg in args_w:
        pieces.append(interp.space.to_s(w_arg))
    write_to(interp, w_self, "".join(pieces))
    return w_nil


@builtin("IO", "printf", 1, -1)
def io_printf(interp, w_self, args_w, w_block):
    write_to(interp, w_self, sprintf(interp, interp.space.expect_str(args_w[0]), args_w[1:]))
    return w_nil


@builtin("IO", "flush sync fsync", 0, 1)
def io_flush(interp, w_self, args_w, w_block):
    return w_self


@builtin("IO", "sync=", 1, 1)
def io_set_sync(interp, w_self, args_w, w_block):
    return args_w[0]


@builtin("Kernel", "print", 0, -1)
def kernel_print(interp, w_self, args_w, w_block):
    pieces = []
    for w_arg in args_w:
        pieces.append(interp.space.to_s(w_arg))
    write_to(interp, interp.space.get_gvar("$stdout"), "".join(pieces))
    return w_nil


@builtin("Kernel", "p", 0, -1)
def kernel_p(interp, w_self, args_w, w_block):
    pieces = []
    for w_arg in args_w:
        pieces.append(interp.space.inspect(w_arg) + "\n")
    write_to(interp, interp.space.get_gvar("$stdout"), "".join(pieces))
    if not args_w:
        return w_nil
    if len(args_w) == 1:
        return args_w[0]
    return interp.space.newarray(args_w)


@builtin("Kernel", "pp", 0, -1)
def kernel_pp(interp, w_self, args_w, w_block):
    return kernel_p(interp, w_self, args_w, w_block)


@builtin("Kernel", "format sprintf", 1, -1)
def kernel_format(interp, w_self, args_w, w_block):
    return interp.space.newstr(sprintf(interp, interp.space.expect_str(args_w[0]),
                                       args_w[1:]))


@builtin("Kernel", "printf", 0, -1)
def kernel_printf(interp, w_self, args_w, w_block):
    if args_w:
        output.write_out(sprintf(interp, interp.space.expect_str(args_w[0]), args_w[1:]))
    return w_nil


@builtin("Kernel", "require require_relative load", 1, 1)
def kernel_require(interp, w_self, args_w, w_block):
    return interp.space.require(interp.space.expect_str(args_w[0]))


@builtin("Kernel", "raise fail", 0, 3)
def kernel_raise(interp, w_self, args_w, w_block):
    space = interp.space
    if not args_w:
        w_current = interp.w_current_exception
        if isinstance(w_current, W_Exception):
            raise RubyError(w_current)
        raise space.error(space.w_RuntimeError, "unhandled exception")
    w_first = args_w[0]
    w_kwargs = None
    if len(args_w) > 1 and isinstance(args_w[-1], W_Hash):
        w_cause = as_hash(args_w[-1]).table.get(symbol("cause"))
        if w_cause is not None:
            w_kwargs = w_cause
            args_w = args_w[:nonneg(len(args_w) - 1)]
    if isinstance(w_first, W_String):
        if len(args_w) > 1:
            raise space.type_error("exception class/object expected")
        w_exc = space.new_exception(space.w_RuntimeError, w_first.value)
    elif isinstance(w_first, W_Class):
        w_exc = interp.send(w_first, "exception", args_w[1:2])
    elif isinstance(w_first, W_Exception):
        if len(args_w) > 1:
            w_exc = interp.send(w_first, "exception", args_w[1:2])
        else:
            w_exc = w_first
    else:
        if interp.respond_to(w_first, "exception"):
            w_exc = interp.send(w_first, "exception", args_w[1:2])
        else:
            raise space.type_error("exception class/object expected")
    if not isinstance(w_exc, W_Exception):
        raise space.type_error("exception object expected")
    if w_kwargs is not None:
        w_exc.w_cause = w_kwargs
    elif w_exc.w_cause is w_nil and interp.w_current_exception is not w_exc:
        w_exc.w_cause = interp.w_current_exception
    if w_exc.caught:
        w_exc.caught = False
        w_exc.backtrace = None
    return_error = RubyError(w_exc)
    raise return_error


@builtin("Kernel", "loop", 0, 0)
def kernel_loop(interp, w_self, args_w, w_block):
    space = interp.space
    if w_block is None:
        return space.make_enumerator(w_self, "loop", [])
    while True:
        try:
            interp.call_proc(w_block, [])
        except RubyError as e:
            w_exc = e.w_exc
            if isinstance(w_exc, W_Exception) and space.is_kind_of(w_exc,
                                                                   space.w_StopIteration):
                w_exc.caught = True
                return w_exc.w_extra
            raise


@builtin("Kernel", "catch", 0, 1)
def kernel_catch(interp, w_self, args_w, w_block):
    w_tag = args_w[0] if args_w else W_Object(interp.space.w_Object)
    interp.space.catch_tags.append(w_tag)
    try:
        return interp.call_proc(w_block, [w_tag])
    except ThrowUnwind as e:
        if e.w_tag is w_tag or interp.space.eq(e.w_tag, w_tag):
            return e.w_value
        raise
    finally:
        interp.space.catch_tags.pop()


@builtin("Kernel", "throw", 1, 2)
def kernel_throw(interp, w_self, args_w, w_block):
    space = interp.space
    found = False
    for w_tag in space.catch_tags:
        if w_tag is args_w[0] or space.eq(w_tag, args_w[0]):
            found = True
    if not found:
        w_exc = space.new_exception(space.w_UncaughtThrowError, "uncaught throw %s" %
                                    space.inspect(args_w[0]))
        w_exc.w_extra = args_w[0]
        raise RubyError(w_exc)
    raise ThrowUnwind(args_w[0], args_w[1] if len(args_w) > 1 else w_nil)


@builtin("Kernel", "exit exit!", 0, 1)
def kernel_exit(interp, w_self, args_w, w_block):
    space = interp.space
    status = 0
    if args_w:
        if args_w[0] is w_false:
            status = 1
        elif isinstance(args_w[0], W_Integer):
            status = space.expect_int(args_w[0])
    w_exc = space.new_exception(space.w_SystemExit, "exit")
    w_exc.w_extra = W_Integer(status)
    raise RubyError(w_exc)


@builtin("Kernel", "abort", 0, 1)
def kernel_abort(interp, w_self, args_w, w_block):
    space = interp.space
    message = "exit"
    if args_w:
        message = space.expect_str(args_w[0])
        output.write_err(message + "\n")
    w_exc = space.new_exception(space.w_SystemExit, message)
    w_exc.w_extra = W_Integer(1)
    raise RubyError(w_exc)


@builtin("Kernel", "at_exit", 0, 0)
def kernel_at_exit(interp, w_self, args_w, w_block):
    if w_block is not None:
        interp.space.at_exit_blocks.append(w_block)
    return w_block if w_block is not None else w_nil


@builtin("Kernel", "lambda", 0, 0)
def kernel_lambda(interp, w_self, args_w, w_block):
    if w_block is None:
        raise interp.space.argument_error("tried to create Proc object without a block")
    if not w_block.captured:            # a literal block; lambda(&existing) keeps its kind
        w_block.is_lambda = True
        w_block.captured = True
    return w_block


@builtin("Kernel", "proc", 0, 0)
def kernel_proc(interp, w_self, args_w, w_block):
    if w_block is None:
        raise interp.space.argument_error("tried to create Proc object without a block")
    w_block.captured = True
    return w_block


@builtin("Kernel", "binding", 0, 0)
def kernel_binding(interp, w_self, args_w, w_block):
    return w_nil


@builtin("Kernel", "gets", 0, 1)
def kernel_gets(interp, w_self, args_w, w_block):
    line = interp.space.read_line()
    if line is None:
        interp.space.set_gvar("$_", w_nil)
        return w_nil
    w_line = interp.space.newstr(line)
    interp.space.set_gvar("$_", w_line)
    return w_line


@builtin("IO", "gets", 0, 1)
def io_gets(interp, w_self, args_w, w_block):
    return kernel_gets(interp, w_self, args_w, w_block)


@builtin("IO", "eof? eof", 0, 0)
def io_eof(interp, w_self, args_w, w_block):
    return newbool(interp.space.at_input_end())


@builtin("IO", "read", 0, 1)
def io_read(interp, w_self, args_w, w_block):
    return interp.space.newstr(interp.space.read_all())


@builtin("IO", "readlines each_line", 0, 1)
def io_readlines(interp, w_self, args_w, w_block):
    space = interp.space
    chomp = False
    if args_w and isinstance(args_w[-1], W_Hash):
        w_chomp = as_hash(args_w[-1]).table.get(symbol("chomp"))
        chomp = w_chomp is not None and w_chomp.is_true()
    lines_w = []
    while True:
        line = space.read_line()
        if line is None:
            break
        if chomp and line.endswith("\n"):
            line = line[:nonneg(len(line) - 1)]
            if line.endswith("\r"):
                line = line[:nonneg(len(line) - 1)]
        lines_w.append(space.newstr(line))
    if w_block is not None:
        for w_line in lines_w:
            interp.call_proc(w_block, [w_line])
        return w_self
    return space.newarray(lines_w)


@builtin("Kernel", "readlines", 0, 1)
def kernel_readlines(interp, w_self, args_w, w_block):
    return io_readlines(interp, w_self, args_w, None)


@builtin("Kernel", "sleep", 0, 1)
def kernel_sleep(interp, w_self, args_w, w_block):
    return W_Integer(0)


@builtin("Kernel", "srand", 0, 1)
def kernel_srand(interp, w_self, args_w, w_block):
    space = interp.space
    old = space.random_seed
    space.seed_random(space.expect_int(args_w[0]) if args_w else 0)
    return W_Integer(old)


@builtin("Kernel", "rand", 0, 1)
def kernel_rand(interp, w_self, args_w, w_block):
    space = interp.space
    if not args_w or args_w[0] is w_nil:
        return W_Float(space.random_float())
    w_limit = args_w[0]
    if isinstance(w_limit, W_Float):
        return W_Float(space.random_float() * w_limit.value)
    if isinstance(w_limit, W_Range):
        low = space.expect_int(w_limit.w_first)
        high = space.expect_int(w_limit.w_last)
        if not w_limit.exclusive:
            high += 1
        return W_Integer(low + space.random_int(high - low))
    limit = space.expect_int(w_limit)
    if limit == 0:
        return W_Float(space.random_float())
    return W_Integer(space.random_int(abs(limit)))


@builtin("Kernel", "Integer", 1, 3)
def kernel_Integer(interp, w_self, args_w, w_block):
    space = interp.space
    w_value = args_w[0]
    exception = True
    base = 0
    for w_extra in args_w[1:]:
        if isinstance(w_extra, W_Hash):
            w_exc_opt = w_extra.table.get(symbol("exception"))
            if w_exc_opt is w_false:
                exception = False
        elif isinstance(w_extra, W_Integer):
            base = w_extra.value
    if isinstance(w_value, W_Integer) or isinstance(w_value, W_BigInt):
        return w_value
    if isinstance(w_value, W_Float):
        from languages.ruby.builtins.numeric import float_to_integer
        return float_to_integer(space, w_value.value)
    if isinstance(w_value, W_String):
        text = w_value.value.strip()
        try:
            if not text or text.endswith("_") or "__" in text:
                raise InvalidLiteral
            body = text[1:] if text[0] == "-" or text[0] == "+" else text
            if base == 0 and len(body) > 1 and body[0] == "0" and "0" <= body[1] <= "9":
                text = text[:nonneg(len(text) - len(body))] + "0o" + body[1:]
            try:
                return W_Integer(parse_int(text, base))
            except OverflowError:
                from languages.ruby.objects import wrap_big
                return wrap_big(parse_big(text, base))
        except InvalidLiteral:
            if not exception:
                return w_nil
            raise space.argument_error("invalid value for Integer(): %s" %
                                       space.inspect(w_value))
    if w_value is w_nil:
        if not exception:
            return w_nil
        raise space.type_error("can't convert nil into Integer")
    if interp.respond_to(w_value, "to_int"):
        return interp.send(w_value, "to_int", [])
    if interp.respond_to(w_value, "to_i"):
        return interp.send(w_value, "to_i", [])
    if not exception:
        return w_nil
    raise space.type_error("can't convert %s into Integer" % space.class_name(w_value))


@builtin("Kernel", "Float", 1, 2)
def kernel_Float(interp, w_self, args_w, w_block):
    space = interp.space
    w_value = args_w[0]
    exception = True
    if len(args_w) > 1 and isinstance(args_w[1], W_Hash):
        if as_hash(args_w[1]).table.get(symbol("exception")) is w_false:
            exception = False
    if isinstance(w_value, W_Float):
        return w_value
    if isinstance(w_value, W_Integer) or isinstance(w_value, W_BigInt):
        return W_Float(space.expect_float(w_value))
    if isinstance(w_value, W_String):
        text = w_value.value.strip()
        try:
            if not text or text.endswith("_") or text.endswith(".") or text.startswith("."):
                raise InvalidLiteral
            return W_Float(parse_float(text))
        except InvalidLiteral:
            try:
                return W_Float(float(parse_int(text, 0)))
            except (InvalidLiteral, OverflowError):
                pass
            if not exception:
                return w_nil
            raise space.argument_error("invalid value for Float(): %s" %
                                       space.inspect(w_value))
    if w_value is w_nil:
        if not exception:
            return w_nil
        raise space.type_error("can't convert nil into Float")
    if interp.respond_to(w_value, "to_f"):
        return interp.send(w_value, "to_f", [])
    raise space.type_error("can't convert %s into Float" % space.class_name(w_value))


@builtin("Kernel", "String", 1, 1)
def kernel_String(interp, w_self, args_w, w_block):
    return interp.space.newstr(interp.space.to_s(args_w[0]))


@builtin("Kernel", "Array", 1, 1)
def kernel_Array(interp, w_self, args_w, w_block):
    w_value = args_w[0]
    if isinstance(w_value, W_Array):
        return w_value
    return interp.space.splat_to_array(w_value)


@builtin("Kernel", "Hash", 1, 1)
def kernel_Hash(interp, w_self, args_w, w_block):
    space = interp.space
    w_value = args_w[0]
    if isinstance(w_value, W_Hash):
        return w_value
    if w_value is w_nil or (isinstance(w_value, W_Array) and not w_value.items_w):
        return space.newhash()
    if interp.respond_to(w_value, "to_hash"):           # the implicit conversion only
        return interp.send(w_value, "to_hash", [])
    raise space.type_error("can't convert %s into Hash" % space.class_name(w_value))


# -- Object -------------------------------------------------------------------------------

@builtin("Kernel", "class", 0, 0)
def object_class(interp, w_self, args_w, w_block):
    return interp.space.class_of(w_self)


@builtin("Kernel", "singleton_class", 0, 0)
def object_singleton_class(interp, w_self, args_w, w_block):
    return interp.space.singleton_class(w_self)


@builtin("Kernel", "frozen?", 0, 0)
def object_frozen(interp, w_self, args_w, w_block):
    if isinstance(w_self, W_Object):
        return newbool(w_self.frozen)
    return w_true


@builtin("Kernel", "freeze", 0, 0)
def object_freeze(interp, w_self, args_w, w_block):
    if isinstance(w_self, W_Object):
        w_self.frozen = True
    return w_self


@builtin("Kernel", "nil?", 0, 0)
def object_nil_p(interp, w_self, args_w, w_block):
    return newbool(w_self is w_nil)


@builtin("BasicObject", "==", 1, 1)
def object_eq(interp, w_self, args_w, w_block):
    return newbool(w_self is args_w[0])


@builtin("BasicObject", "equal?", 1, 1)
def object_equal(interp, w_self, args_w, w_block):
    w_other = args_w[0]
    if isinstance(w_self, W_Integer) and isinstance(w_other, W_Integer):
        return newbool(w_self.value == w_other.value)
    return newbool(w_self is w_other)


@builtin("Kernel", "eql?", 1, 1)
def object_eql(interp, w_self, args_w, w_block):
    w_other = args_w[0]
    if isinstance(w_self, W_Object) and not isinstance(w_self, W_String) and \
            not isinstance(w_self, W_Array) and not isinstance(w_self, W_Hash):
        return newbool(w_self is w_other)
    return newbool(interp.space.eql(w_self, w_other))


@builtin("BasicObject", "!", 0, 0)
def object_not(interp, w_self, args_w, w_block):
    return newbool(not w_self.is_true())


@builtin("BasicObject", "!=", 1, 1)
def object_ne(interp, w_self, args_w, w_block):
    return newbool(not interp.space.eq(w_self, args_w[0]))


@builtin("Kernel", "===", 1, 1)
def object_eqq(interp, w_self, args_w, w_block):
    return newbool(w_self is args_w[0] or interp.space.eq(w_self, args_w[0]))


@builtin("Kernel", "=~", 1, 1)
def object_match(interp, w_self, args_w, w_block):
    return w_nil


@builtin("Kernel", "<=>", 1, 1)
def object_cmp(interp, w_self, args_w, w_block):
    if w_self is args_w[0] or interp.space.eq(w_self, args_w[0]):
        return W_Integer(0)
    return w_nil


@builtin("Kernel", "hash", 0, 0)
def object_hash(interp, w_self, args_w, w_block):
    from rpython.rlib.objectmodel import compute_identity_hash
    if isinstance(w_self, W_String) or isinstance(w_self, W_Array) or \
            isinstance(w_self, W_Integer) or isinstance(w_self, W_Float):
        return W_Integer(interp.space.hash_value(w_self))
    return W_Integer(compute_identity_hash(w_self))


@builtin("Kernel", "object_id __id__", 0, 0)
def object_id(interp, w_self, args_w, w_block):
    from rpython.rlib.objectmodel import compute_unique_id
    if isinstance(w_self, W_Integer):
        return W_Integer(2 * w_self.value + 1)
    if w_self is w_nil:
        return W_Integer(8)
    if w_self is w_true:
        return W_Integer(20)
    if w_self is w_false:
        return W_Integer(0)
    return W_Integer((compute_unique_id(w_self) >> 3) & 0xffffff)


@builtin("Kernel", "to_s", 0, 0)
def object_to_s(interp, w_self, args_w, w_block):
    if w_self is interp.space.w_main:
        return interp.space.newstr("main")
    return interp.space.newstr(interp.space.any_to_s(w_self))


@builtin("Kernel", "inspect", 0, 0)
def object_inspect(interp, w_self, args_w, w_block):
    space = interp.space
    if w_self is space.w_main:
        return space.newstr("main")
    w_to_s = space.getclass(w_self).lookup_method("to_s")
    if isinstance(w_to_s, W_UserMethod) and False:
        return interp.send(w_self, "to_s", [])
    return space.newstr(space.default_inspect(w_self))


@builtin("Kernel", "is_a? kind_of?", 1, 1)
def object_is_a(interp, w_self, args_w, w_block):
    w_module = args_w[0]
    if not isinstance(w_module, W_Module):
        raise interp.space.type_error("class or module required")
    return newbool(interp.space.is_kind_of(w_self, w_module))


@builtin("Kernel", "instance_of?", 1, 1)
def object_instance_of(interp, w_self, args_w, w_block):
    return newbool(interp.space.class_of(w_self) is args_w[0])


@builtin("Kernel", "respond_to?", 1, 2)
def object_respond_to(interp, w_self, args_w, w_block):
    name = symbol_or_string(interp, args_w[0])
    include_private = len(args_w) > 1 and args_w[1].is_true()
    return newbool(interp.respond_to(w_self, name, include_private))


@builtin("Kernel", "respond_to_missing?", 2, 2)
def object_respond_to_missing(interp, w_self, args_w, w_block):
    return w_false


@builtin("BasicObject", "method_missing", 1, -1, private=True)
def object_method_missing(interp, w_self, args_w, w_block):
    name = symbol_or_string(interp, args_w[0])
    error = interp.space.no_method_error(w_self, name, "undefined method")
    w_exc = error.w_exc
    assert isinstance(w_exc, W_Exception)
    w_exc.w_args = interp.space.newarray(args_w[1:])
    raise error


def symbol_or_string(interp, w_name):
    if isinstance(w_name, W_Symbol):
        return w_name.name
    if isinstance(w_name, W_String):
        return w_name.value
    raise interp.space.type_error("%s is not a symbol nor a string" %
                                  interp.space.inspect(w_name))


@builtin("Kernel", "send __send__", 1, -1)
def object_send(interp, w_self, args_w, w_block):
    name = symbol_or_string(interp, args_w[0])
    args_w, w_kwargs = split_kwargs(args_w[1:])
    return interp.send(w_self, name, args_w, w_block, w_kwargs, True)


@builtin("BasicObject", "__send__", 1, -1)
def basic_send(interp, w_self, args_w, w_block):
    return object_send(interp, w_self, args_w, w_block)


@builtin("Kernel", "public_send", 1, -1)
def object_public_send(interp, w_self, args_w, w_block):
    name = symbol_or_string(interp, args_w[0])
    args_w, w_kwargs = split_kwargs(args_w[1:])
    return interp.send(w_self, name, args_w, w_block, w_kwargs, False, public_only=True)


def split_kwargs(args_w):
    """Built-ins see a call's keywords as a trailing Hash: pass them on as keywords."""
    if args_w and isinstance(args_w[-1], W_Hash) and as_hash(args_w[-1]).is_kwargs_hash:
        return args_w[:nonneg(len(args_w) - 1)], args_w[len(args_w) - 1]
    return args_w, None


@builtin("Kernel", "method", 1, 1)
def object_method(interp, w_self, args_w, w_block):
    space = interp.space
    name = symbol_or_string(interp, args_w[0])
    w_func = space.getclass(w_self).lookup_method(name)
    if w_func is None or isinstance(w_func, W_Undefined):
        if interp.respond_to(w_self, name, True):
            w_func = None
        else:
            raise space.error(space.w_NameError,
                              "undefined method `%s' for %s" % (
                                  name, space.describe_receiver_31(w_self)))
    if w_func is None:
        # respond_to_missing?: a method object that calls method_missing
        w_mm = space.getclass(w_self).lookup_method("method_missing")
        return W_MethodObject(space.w_Method, w_self, w_mm, name, space.class_of(w_self))
    return W_MethodObject(space.w_Method, w_self, w_func, name, w_func.w_owner)


@builtin("Kernel", "methods public_methods", 0, 1)
def object_methods(interp, w_self, args_w, w_block):
    space = interp.space
    names = []
    for w_module in space.getclass(w_self).ancestors:
        if w_module is space.w_Object or w_module is space.w_Kernel:
            break
        for name in w_module.methods.keys():
            w_func = w_module.methods[name]
            if w_func.visibility == PUBLIC and name not in names:
                names.append(name)
    return space.newarray([symbol(name) for name in names])


@builtin("Kernel", "singleton_methods", 0, 1)
def object_singleton_methods(interp, w_self, args_w, w_block):
    space = interp.space
    names_w = []
    w_class = space.getclass(w_self)
    if w_class.is_singleton:
        for name in w_class.methods.keys():
            names_w.append(symbol(name))
        if isinstance(w_self, W_Module):
            for w_ext in w_class.includes:
                for name in w_ext.methods.keys():
                    names_w.append(symbol(name))
    return space.newarray(names_w)


@builtin("Kernel", "instance_variable_get", 1, 1)
def object_ivar_get(interp, w_self, args_w, w_block):
    return interp.space.get_ivar(w_self, symbol_or_string(interp, args_w[0]))


@builtin("Kernel", "instance_variable_set", 2, 2)
def object_ivar_set(interp, w_self, args_w, w_block):
    interp.space.set_ivar(w_self, symbol_or_string(interp, args_w[0]), args_w[1])
    return args_w[1]


@builtin("Kernel", "instance_variable_defined?", 1, 1)
def object_ivar_defined(interp, w_self, args_w, w_block):
    if isinstance(w_self, W_Object):
        return newbool(w_self.read_attr(symbol_or_string(interp, args_w[0])) is not None)
    return w_false


@builtin("Kernel", "instance_variables", 0, 0)
def object_ivars(interp, w_self, args_w, w_block):
    names_w = []
    if isinstance(w_self, W_Object):
        for name in w_self.attr_names():
            names_w.append(symbol(name))
    return interp.space.newarray(names_w)


@builtin("Kernel", "extend", 1, -1)
def object_extend(interp, w_self, args_w, w_block):
    space = interp.space
    w_single = space.singleton_class(w_self)
    for w_module in args_w:
        assert isinstance(w_module, W_Module)
        space.include_module(w_single, w_module)
        interp.send(w_module, "extended", [w_self])
    return w_self


@builtin("Kernel", "define_singleton_method", 1, 2)
def object_define_singleton_method(interp, w_self, args_w, w_block):
    space = interp.space
    name = symbol_or_string(interp, args_w[0])
    w_body = args_w[1] if len(args_w) > 1 else w_block
    w_single = space.singleton_class(w_self)
    if isinstance(w_body, W_Proc):
        w_single.set_method(name, W_ProcMethod(w_body, name, w_single, PUBLIC))
    elif isinstance(w_body, W_MethodObject):
        w_single.set_method(name, w_body.w_function)
    return symbol(name)


@builtin("Kernel", "instance_eval instance_exec", 0, -1)
def object_instance_eval(interp, w_self, args_w, w_block):
    if w_block is None:
        raise interp.space.argument_error("wrong number of arguments (given 0, expected 1..3)")
    w_copy = copy_proc(interp, w_block, w_self)
    return interp.call_proc(w_copy, args_w if args_w else [w_self], None, None, w_self)


def copy_proc(interp, w_block, w_self):
    w_copy = W_Proc(interp.space, w_block.code, w_block.frame, w_self, w_block.is_lambda)
    w_copy.w_bound_self = w_self
    w_copy.from_method = w_block.from_method
    w_copy.symbol = w_block.symbol
    return w_copy


@builtin("Kernel", "dup clone", 0, 1)
def object_dup(interp, w_self, args_w, w_block):
    space = interp.space
    if isinstance(w_self, W_String):
        w_copy = space.newstr(w_self.value)
        w_copy.w_class = space.class_of(w_self)
    elif isinstance(w_self, W_Array):
        w_copy = space.newarray(list(w_self.items_w))
        w_copy.w_class = space.class_of(w_self)
    elif isinstance(w_self, W_Hash):
        w_copy = space.newhash()
        w_copy.table = w_self.table.copy()
        w_copy.w_default = w_self.w_default
        w_copy.w_default_proc = w_self.w_default_proc
        w_copy.w_class = space.class_of(w_self)
    elif isinstance(w_self, W_Exception):
        w_copy = W_Exception(space.class_of(w_self), w_self.w_message)
    elif isinstance(w_self, W_Module) or isinstance(w_self, W_Proc) or \
            isinstance(w_self, W_Range):
        return w_self
    elif isinstance(w_self, W_Object):
        w_copy = W_Object(space.class_of(w_self))
    else:
        return w_self
    assert isinstance(w_self, W_Object)
    for name in w_self.attr_names():
        w_copy.write_attr(name, w_self.read_attr(name))
    interp.send(w_copy, "initialize_copy", [w_self])
    return w_copy


@builtin("Kernel", "clone", 0, 1)
def object_clone(interp, w_self, args_w, w_block):
    w_copy = object_dup(interp, w_self, [], None)
    if isinstance(w_self, W_Object) and isinstance(w_copy, W_Object) and w_copy is not w_self:
        keep_frozen = True
        if args_w and isinstance(args_w[0], W_Hash):
            if as_hash(args_w[0]).table.get(symbol("freeze")) is w_false:
                keep_frozen = False
        if keep_frozen:
            w_copy.frozen = w_self.frozen
        w_single = w_self.get_singleton()
        if w_single is not None:
            w_new_single = interp.space.singleton_class(w_copy)
            for name in w_single.methods.keys():
                w_new_single.methods[name] = w_single.methods[name]
            for w_mod in w_single.includes:
                interp.space.include_module(w_new_single, w_mod)
            w_new_single.mutated()
    return w_copy


@builtin("Kernel", "initialize_copy", 1, 1, private=True)
def object_initialize_copy(interp, w_self, args_w, w_block):
    return w_self


@builtin("BasicObject", "initialize", 0, -1, private=True)
def object_initialize(interp, w_self, args_w, w_block):
    return w_nil


@builtin("Kernel", "itself", 0, 0)
def object_itself(interp, w_self, args_w, w_block):
    return w_self


@builtin("Kernel", "display", 0, 0)
def object_display(interp, w_self, args_w, w_block):
    output.write_out(interp.space.to_s(w_self))
    return w_nil


@builtin("Kernel", "enum_for to_enum", 0, -1)
def object_enum_for(interp, w_self, args_w, w_block):
    name = "each"
    if args_w:
        name = symbol_or_string(interp, args_w[0])
        args_w = args_w[1:]
    w_enum = interp.space.make_enumerator(w_self, name, args_w)
    if w_block is not None:
        w_enum.size_hint = w_block
    return w_enum


@builtin("BasicObject", "instance_eval", 0, -1)
def basic_instance_eval(interp, w_self, args_w, w_block):
    return object_instance_eval(interp, w_self, args_w, w_block)


@builtin("Kernel", "caller", 0, 2)
def kernel_caller(interp, w_self, args_w, w_block):
    return interp.space.newarray([])


@builtin("Kernel", "__method__", 0, 0)
def kernel_method_name(interp, w_self, args_w, w_block):
    return w_nil


@builtin("Kernel", "warn", 0, -1)
def kernel_warn(interp, w_self, args_w, w_block):
    pieces = []
    puts_text(interp, [w for w in args_w if not isinstance(w, W_Hash)], pieces)
    output.write_err("".join(pieces))
    return w_nil


@builtin("Kernel", "frozen", 0, 0)
def kernel_frozen_dummy(interp, w_self, args_w, w_block):
    return w_nil
