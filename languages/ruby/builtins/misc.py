"""Proc and Method, Module and Class, Exception, nil/true/false, Math, Enumerator,
Regexp and MatchData, Time."""
from rpython.rlib.rfloat import INFINITY, NAN
import math
import time

from rpython.rlib.rfloat import isfinite

from languages.ruby.builtins.registry import (builtin, as_string, as_array, as_hash,
                                               as_integer, as_float, as_regexp)
from languages.ruby.builtins.kernel import symbol_or_string, copy_proc
from languages.ruby.constants import symbol
from languages.ruby.errors import RubyError, BreakUnwind
from languages.ruby.objects import (nonneg, W_Object, W_Integer, W_Float, W_String, W_Symbol,
                                    W_Array, W_Hash, W_Range, W_Proc, W_Module, W_Class,
                                    W_Exception, W_MethodObject, W_Enumerator, W_UserMethod,
                                    W_Builtin, W_ProcMethod, W_AttrReader, W_AttrWriter,
                                    W_Undefined, W_BigInt, w_nil, w_true, w_false, newbool,
                                    PUBLIC, PRIVATE, PROTECTED)
from languages.ruby.regexp import W_Regexp, W_MatchData
from languages.ruby.space import float_to_s


# -- Proc and Method ----------------------------------------------------------------------

def proc_of(w_value):
    assert isinstance(w_value, W_Proc)
    return w_value


@builtin("Proc", "new", 0, 0, singleton=True)
def proc_new(interp, w_cls, args_w, w_block):
    if w_block is None:
        raise interp.space.argument_error("tried to create Proc object without a block")
    w_block.captured = True
    return w_block


@builtin("Proc", "call () yield [] ===", 0, -1)
def proc_call(interp, w_self, args_w, w_block):
    from languages.ruby.builtins.kernel import split_kwargs
    args_w, w_kwargs = split_kwargs(args_w)
    w_proc = proc_of(w_self)
    if w_proc.code is not None and not w_proc.code.accepts_keywords and \
            w_kwargs is not None:
        args_w = args_w + [w_kwargs]
        w_kwargs = None
    try:
        return interp.call_proc(w_proc, args_w, w_kwargs, w_block)
    except BreakUnwind as e:
        if e.w_proc is w_proc and not w_proc.is_lambda:
            w_exc = interp.space.new_exception(interp.space.w_LocalJumpError,
                                               "break from proc-closure")
            w_exc.w_extra = symbol("break")
            raise RubyError(w_exc)
        raise


@builtin("Proc", "to_proc", 0, 0)
def proc_to_proc(interp, w_self, args_w, w_block):
    return w_self


@builtin("Proc", "lambda?", 0, 0)
def proc_lambda_p(interp, w_self, args_w, w_block):
    return newbool(proc_of(w_self).is_lambda)


@builtin("Proc", "arity", 0, 0)
def proc_arity(interp, w_self, args_w, w_block):
    w_proc = proc_of(w_self)
    if w_proc.symbol:
        return W_Integer(-2)
    if w_proc.from_method is not None:
        return W_Integer(w_proc.from_method.w_function.arity())
    code = w_proc.code
    if code is None:            # a block written in RPython takes anything
        return W_Integer(-1)
    if w_proc.is_lambda:
        return W_Integer(code.arity())
    return W_Integer(code.proc_arity())


@builtin("Proc", "parameters", 0, 0)
def proc_parameters(interp, w_self, args_w, w_block):
    w_proc = proc_of(w_self)
    return code_parameters(interp, w_proc.code, w_proc.is_lambda)


def code_parameters(interp, code, is_lambda):
    space = interp.space
    result = []
    index = 0
    for i in range(code.required):
        name = code.local_names[code.param_locals[index]]
        result.append(space.newarray([symbol("req" if is_lambda else "opt"), symbol(name)]))
        index += 1
    for i in range(code.optional):
        name = code.local_names[code.param_locals[index]]
        result.append(space.newarray([symbol("opt"), symbol(name)]))
        index += 1
    if code.rest >= 0:
        name = code.local_names[code.rest]
        if name == "*":
            result.append(space.newarray([symbol("rest")]))
        else:
            result.append(space.newarray([symbol("rest"), symbol(name)]))
    for i in range(code.post):
        name = code.local_names[code.param_locals[index]]
        result.append(space.newarray([symbol("req" if is_lambda else "opt"), symbol(name)]))
        index += 1
    for i in range(len(code.kw_names)):
        kind = "keyreq" if code.kw_required[i] else "key"
        result.append(space.newarray([symbol(kind), symbol(code.kw_names[i])]))
    if code.kwrest >= 0:
        result.append(space.newarray([symbol("keyrest"),
                                      symbol(code.local_names[code.kwrest])]))
    if code.block_param >= 0:
        result.append(space.newarray([symbol("block"),
                                      symbol(code.local_names[code.block_param])]))
    return space.newarray(result)


@builtin("Proc", "curry", 0, 1)
def proc_curry(interp, w_self, args_w, w_block):
    w_proc = proc_of(w_self)
    if args_w:
        arity = interp.space.expect_int(args_w[0])
    else:
        w_arity = proc_arity(interp, w_self, [], None)
        assert isinstance(w_arity, W_Integer)
        arity = w_arity.value
        if arity < 0:
            arity = -arity - 1
    if args_w and w_proc.is_lambda and w_proc.code is not None:
        code = w_proc.code
        low = code.required + code.post
        high = -1 if code.rest >= 0 else low + code.optional
        if arity < low or (high >= 0 and arity > high):
            raise interp.space.arity_error(arity, low, high)
    return interp.space.make_curry(w_proc, arity, [])


@builtin("Proc", ">>", 1, 1)
def proc_compose_right(interp, w_self, args_w, w_block):
    return interp.space.make_composition(w_self, args_w[0], True)


@builtin("Proc", "<<", 1, 1)
def proc_compose_left(interp, w_self, args_w, w_block):
    return interp.space.make_composition(args_w[0], w_self, True)


@builtin("Proc", "inspect to_s", 0, 0)
def proc_inspect(interp, w_self, args_w, w_block):
    w_proc = proc_of(w_self)
    if w_proc.is_lambda:
        return interp.space.newstr("#<Proc:0x0000 (lambda)>")
    return interp.space.newstr("#<Proc:0x0000>")


def method_of(w_value):
    assert isinstance(w_value, W_MethodObject)
    return w_value


@builtin("Method", "call () [] ===", 0, -1)
def method_call(interp, w_self, args_w, w_block):
    from languages.ruby.builtins.kernel import split_kwargs
    w_method = method_of(w_self)
    args_w, w_kwargs = split_kwargs(args_w)
    if w_method.w_function.name == "method_missing" and w_method.name != "method_missing":
        return interp.send(w_method.w_receiver, w_method.name, args_w, w_block, w_kwargs)
    return interp.invoke(w_method.w_function, w_method.w_receiver, w_method.name, args_w,
                         w_kwargs, w_block)


@builtin("Method", "to_proc", 0, 0)
def method_to_proc(interp, w_self, args_w, w_block):
    return interp.space.method_proc(method_of(w_self))


@builtin("Method", "arity", 0, 0)
def method_arity(interp, w_self, args_w, w_block):
    return W_Integer(method_of(w_self).w_function.arity())


@builtin("Method", "name", 0, 0)
def method_name(interp, w_self, args_w, w_block):
    return symbol(method_of(w_self).name)


@builtin("Method", "owner", 0, 0)
def method_owner(interp, w_self, args_w, w_block):
    w_owner = method_of(w_self).w_owner
    return w_owner if w_owner is not None else w_nil


@builtin("Method", "receiver", 0, 0)
def method_receiver(interp, w_self, args_w, w_block):
    return method_of(w_self).w_receiver


@builtin("Method", "unbind", 0, 0)
def method_unbind(interp, w_self, args_w, w_block):
    w_method = method_of(w_self)
    return W_MethodObject(interp.space.w_UnboundMethod, w_nil, w_method.w_function,
                          w_method.name, w_method.w_owner)


@builtin("UnboundMethod", "bind", 1, 1)
def unbound_bind(interp, w_self, args_w, w_block):
    w_method = method_of(w_self)
    return W_MethodObject(interp.space.w_Method, args_w[0], w_method.w_function,
                          w_method.name, w_method.w_owner)


@builtin("UnboundMethod", "bind_call", 1, -1)
def unbound_bind_call(interp, w_self, args_w, w_block):
    w_method = method_of(w_self)
    return interp.invoke(w_method.w_function, args_w[0], w_method.name, args_w[1:], None,
                         w_block)


@builtin("UnboundMethod", "name", 0, 0)
def unbound_name(interp, w_self, args_w, w_block):
    return symbol(method_of(w_self).name)


@builtin("Method", "parameters", 0, 0)
def method_parameters(interp, w_self, args_w, w_block):
    w_function = method_of(w_self).w_function
    if isinstance(w_function, W_UserMethod):
        return code_parameters(interp, w_function.code, True)
    if isinstance(w_function, W_ProcMethod) and w_function.w_proc.code is not None:
        return code_parameters(interp, w_function.w_proc.code, True)
    return interp.space.newarray([])


@builtin("Method", "curry", 0, 1)
def method_curry(interp, w_self, args_w, w_block):
    w_proc = interp.space.method_proc(method_of(w_self))
    arity = interp.space.expect_int(args_w[0]) if args_w else \
        method_of(w_self).w_function.arity()
    if arity < 0:
        arity = -arity - 1
    return interp.space.make_curry(w_proc, arity, [])


@builtin("Method", ">>", 1, 1)
def method_compose_right(interp, w_self, args_w, w_block):
    return interp.space.make_composition(w_self, args_w[0], True)


@builtin("Method", "<<", 1, 1)
def method_compose_left(interp, w_self, args_w, w_block):
    return interp.space.make_composition(args_w[0], w_self, True)


@builtin("Method", "inspect to_s", 0, 0)
def method_inspect(interp, w_self, args_w, w_block):
    w_method = method_of(w_self)
    owner = w_method.w_owner.name if w_method.w_owner is not None else "?"
    return interp.space.newstr("#<Method: %s#%s>" % (owner, w_method.name))


# -- Module and Class ---------------------------------------------------------------------

def module_of(w_value):
    assert isinstance(w_value, W_Module)
    return w_value


@builtin("Class", "new", 0, -1)
def class_new_instance(interp, w_self, args_w, w_block):
    from languages.ruby.builtins.kernel import split_kwargs
    w_class = module_of(w_self)
    w_object = interp.space.allocate(w_class)
    args_w, w_kwargs = split_kwargs(args_w)
    interp.send(w_object, "initialize", args_w, w_block, w_kwargs)
    return w_object


@builtin("Class", "allocate", 0, 0)
def class_allocate(interp, w_self, args_w, w_block):
    return interp.space.allocate(module_of(w_self))


@builtin("Class", "new", 0, 1, singleton=True)
def class_new(interp, w_cls, args_w, w_block):
    space = interp.space
    w_super = args_w[0] if args_w else space.w_Object
    assert isinstance(w_super, W_Class)
    w_class = space.make_class("", w_super)
    w_class.name = ""
    if w_block is not None:
        w_body = copy_proc(interp, w_block, w_class)
        interp.call_proc(w_body, [w_class], None, None, w_class)
    interp.send(w_super, "inherited", [w_class])
    return w_class


@builtin("Module", "new", 0, 0, singleton=True)
def module_new(interp, w_cls, args_w, w_block):
    space = interp.space
    w_module = W_Module(space.w_Module, "")
    w_module.ancestors_changed()
    if w_block is not None:
        interp.call_proc(copy_proc(interp, w_block, w_module), [w_module], None, None,
                         w_module)
    return w_module


@builtin("Class", "superclass", 0, 0)
def class_superclass(interp, w_self, args_w, w_block):
    w_super = module_of(w_self).w_superclass
    while w_super is not None and w_super.is_singleton and not module_of(w_self).is_singleton:
        w_super = w_super.w_superclass
    return w_super if w_super is not None else w_nil


@builtin("Class", "inherited", 1, 1, private=True)
def class_inherited(interp, w_self, args_w, w_block):
    return w_nil


@builtin("Module", "included extended prepended method_added", 1, 1, private=True)
def module_hook(interp, w_self, args_w, w_block):
    return w_nil


@builtin("Module", "name", 0, 0)
def module_name(interp, w_self, args_w, w_block):
    name = module_of(w_self).name
    if not name:
        return w_nil
    return interp.space.newstr(name)


@builtin("Module", "to_s inspect", 0, 0)
def module_to_s(interp, w_self, args_w, w_block):
    w_module = module_of(w_self)
    if w_module.is_singleton and w_module.w_attached is not None:
        return interp.space.newstr("#<Class:%s>" % interp.space.inspect(w_module.w_attached))
    if not w_module.name:
        return interp.space.newstr("#<Class:0x000055d5c0ffee00>" if w_module.is_class else
                                   "#<Module:0x000055d5c0ffee00>")
    return interp.space.newstr(w_module.name)


@builtin("Module", "===", 1, 1)
def module_eqq(interp, w_self, args_w, w_block):
    return newbool(interp.space.is_kind_of(args_w[0], module_of(w_self)))


@builtin("Module", "==", 1, 1)
def module_eq(interp, w_self, args_w, w_block):
    return newbool(w_self is args_w[0])


@builtin("Module", "<", 1, 1)
def module_lt(interp, w_self, args_w, w_block):
    w_other = args_w[0]
    if w_self is w_other:
        return w_false
    assert isinstance(w_other, W_Module)
    if module_of(w_self).has_ancestor(w_other):
        return w_true
    if w_other.has_ancestor(module_of(w_self)):
        return w_false
    return w_nil


@builtin("Module", "<=", 1, 1)
def module_le(interp, w_self, args_w, w_block):
    if w_self is args_w[0]:
        return w_true
    return module_lt(interp, w_self, args_w, w_block)


@builtin("Module", ">", 1, 1)
def module_gt(interp, w_self, args_w, w_block):
    return module_lt(interp, args_w[0], [w_self], w_block)


@builtin("Module", "<=>", 1, 1)
def module_cmp(interp, w_self, args_w, w_block):
    if w_self is args_w[0]:
        return W_Integer(0)
    w_lt = module_lt(interp, w_self, args_w, w_block)
    if w_lt is w_true:
        return W_Integer(-1)
    if w_lt is w_false:
        return W_Integer(1)
    return w_nil


@builtin("Module", "ancestors", 0, 0)
def module_ancestors(interp, w_self, args_w, w_block):
    return interp.space.newarray([w_module for w_module in module_of(w_self).ancestors])


@builtin("Module", "include", 1, -1)
def module_include(interp, w_self, args_w, w_block):
    for w_module in args_w:
        if not isinstance(w_module, W_Module) or w_module.is_class:
            raise interp.space.type_error("wrong argument type %s (expected Module)" %
                                          interp.space.class_name(w_module))
        assert isinstance(w_module, W_Module)
        interp.space.include_module(module_of(w_self), w_module)
        interp.send(w_module, "included", [w_self])
    return w_self


@builtin("Module", "prepend", 1, -1)
def module_prepend(interp, w_self, args_w, w_block):
    for w_module in args_w:
        assert isinstance(w_module, W_Module)
        interp.space.prepend_module(module_of(w_self), w_module)
        interp.send(w_module, "prepended", [w_self])
    return w_self


@builtin("Module", "include?", 1, 1)
def module_include_p(interp, w_self, args_w, w_block):
    w_other = args_w[0]
    return newbool(w_self is not w_other and isinstance(w_other, W_Module) and
                   not w_other.is_class and module_of(w_self).has_ancestor(w_other))


@builtin("Module", "included_modules", 0, 0)
def module_included_modules(interp, w_self, args_w, w_block):
    return interp.space.newarray([w for w in module_of(w_self).ancestors
                                  if not w.is_class])


@builtin("Module", "extend_object", 1, 1)
def module_extend_object(interp, w_self, args_w, w_block):
    return args_w[0]


def define_attr(interp, w_self, args_w, reader, writer):
    w_module = module_of(w_self)
    visibility = interp.caller_visibility
    if visibility > PROTECTED:
        visibility = PUBLIC
    result = []
    for w_name in args_w:
        name = symbol_or_string(interp, w_name)
        if reader:
            w_module.set_method(name, W_AttrReader("@" + name, name, w_module, visibility))
            result.append(symbol(name))
        if writer:
            w_module.set_method(name + "=", W_AttrWriter("@" + name, name + "=", w_module,
                                                         visibility))
            result.append(symbol(name + "="))
    return interp.space.newarray(result)


@builtin("Module", "attr_reader attr", 0, -1)
def module_attr_reader(interp, w_self, args_w, w_block):
    return define_attr(interp, w_self, args_w, True, False)


@builtin("Module", "attr_writer", 0, -1)
def module_attr_writer(interp, w_self, args_w, w_block):
    return define_attr(interp, w_self, args_w, False, True)


@builtin("Module", "attr_accessor", 0, -1)
def module_attr_accessor(interp, w_self, args_w, w_block):
    return define_attr(interp, w_self, args_w, True, True)


def set_visibility(interp, w_self, args_w, visibility):
    w_module = module_of(w_self)
    names = []
    for w_arg in args_w:
        if isinstance(w_arg, W_Array):
            for w_item in w_arg.items_w:
                names.append(symbol_or_string(interp, w_item))
        else:
            names.append(symbol_or_string(interp, w_arg))
    for name in names:
        w_func = w_module.lookup_method(name)
        if w_func is None:
            raise interp.space.error(interp.space.w_NameError,
                                     "undefined method `%s' for class `%s'" % (
                                         name, w_module.name))
        if visibility == 3:
            w_module.set_method(name, w_func.with_visibility(PRIVATE))
            interp.space.singleton_class(w_module).set_method(
                name, w_func.with_visibility(PUBLIC))
        else:
            w_module.set_method(name, w_func.with_visibility(visibility))
    if len(args_w) == 1:
        return args_w[0]
    return interp.space.newarray(args_w)


@builtin("Module", "private", 0, -1)
def module_private(interp, w_self, args_w, w_block):
    return set_visibility(interp, w_self, args_w, PRIVATE)


@builtin("Module", "public", 0, -1)
def module_public(interp, w_self, args_w, w_block):
    return set_visibility(interp, w_self, args_w, PUBLIC)


@builtin("Module", "protected", 0, -1)
def module_protected(interp, w_self, args_w, w_block):
    return set_visibility(interp, w_self, args_w, PROTECTED)


@builtin("Module", "module_function", 0, -1)
def module_module_function(interp, w_self, args_w, w_block):
    return set_visibility(interp, w_self, args_w, 3)


@builtin("Module", "private_class_method", 0, -1)
def module_private_class_method(interp, w_self, args_w, w_block):
    return set_visibility(interp, interp.space.singleton_class(w_self), args_w, PRIVATE)


@builtin("Module", "public_class_method", 0, -1)
def module_public_class_method(interp, w_self, args_w, w_block):
    return set_visibility(interp, interp.space.singleton_class(w_self), args_w, PUBLIC)


@builtin("Module", "private_constant", 0, -1)
def module_private_constant(interp, w_self, args_w, w_block):
    return w_nil


@builtin("Module", "define_method", 1, 2)
def module_define_method(interp, w_self, args_w, w_block):
    w_module = module_of(w_self)
    name = symbol_or_string(interp, args_w[0])
    w_body = args_w[1] if len(args_w) > 1 else w_block
    if isinstance(w_body, W_Proc):
        w_module.set_method(name, W_ProcMethod(w_body, name, w_module, PUBLIC))
    elif isinstance(w_body, W_MethodObject):
        w_module.set_method(name, w_body.w_function)
    else:
        raise interp.space.argument_error("tried to create Proc object without a block")
    return symbol(name)


@builtin("Module", "alias_method", 2, 2)
def module_alias_method(interp, w_self, args_w, w_block):
    new_name = symbol_or_string(interp, args_w[0])
    interp.space.alias_method(module_of(w_self), new_name,
                              symbol_or_string(interp, args_w[1]))
    return symbol(new_name)


@builtin("Module", "remove_method undef_method", 1, -1)
def module_remove_method(interp, w_self, args_w, w_block):
    w_module = module_of(w_self)
    for w_name in args_w:
        name = symbol_or_string(interp, w_name)
        if not w_module.delete_method(name):
            w_module.set_method(name, W_Undefined(name))
    return w_self


@builtin("Module", "undef_method", 1, -1)
def module_undef_method(interp, w_self, args_w, w_block):
    w_module = module_of(w_self)
    for w_name in args_w:
        name = symbol_or_string(interp, w_name)
        w_module.set_method(name, W_Undefined(name))
    return w_self


def method_list(interp, w_self, args_w, visibility, also=-1):
    """The method names of one visibility (or of `also` too) along the ancestors."""
    w_module = module_of(w_self)
    inherit = not args_w or args_w[0].is_true()
    names = []
    for w_ancestor in w_module.ancestors:
        if not inherit and w_ancestor is not w_module:
            break
        if w_ancestor is interp.space.w_Object or w_ancestor is interp.space.w_Kernel:
            break
        for name in w_ancestor.methods.keys():
            w_func = w_ancestor.methods[name]
            if (w_func.visibility == visibility or w_func.visibility == also) and \
                    name not in names and \
                    not isinstance(w_func, W_Undefined):
                names.append(name)
    return interp.space.newarray([symbol(name) for name in names])


@builtin("Module", "instance_methods", 0, 1)
def module_instance_methods(interp, w_self, args_w, w_block):
    return method_list(interp, w_self, args_w, PUBLIC, PROTECTED)


@builtin("Module", "public_instance_methods", 0, 1)
def module_public_instance_methods(interp, w_self, args_w, w_block):
    return method_list(interp, w_self, args_w, PUBLIC)


@builtin("Module", "private_instance_methods", 0, 1)
def module_private_instance_methods(interp, w_self, args_w, w_block):
    return method_list(interp, w_self, args_w, PRIVATE)


@builtin("Module", "protected_instance_methods", 0, 1)
def module_protected_instance_methods(interp, w_self, args_w, w_block):
    return method_list(interp, w_self, args_w, PROTECTED)


def has_method(interp, w_self, args_w, visibility):
    w_func = module_of(w_self).lookup_method(symbol_or_string(interp, args_w[0]))
    if w_func is None or isinstance(w_func, W_Undefined):
        return w_false
    if visibility < 0:
        return newbool(w_func.visibility != PRIVATE)
    return newbool(w_func.visibility == visibility)


@builtin("Module", "method_defined? instance_method_defined?", 1, 2)
def module_method_defined(interp, w_self, args_w, w_block):
    return has_method(interp, w_self, args_w, -1)


@builtin("Module", "public_method_defined?", 1, 2)
def module_public_method_defined(interp, w_self, args_w, w_block):
    return has_method(interp, w_self, args_w, PUBLIC)


@builtin("Module", "private_method_defined?", 1, 2)
def module_private_method_defined(interp, w_self, args_w, w_block):
    return has_method(interp, w_self, args_w, PRIVATE)


@builtin("Module", "protected_method_defined?", 1, 2)
def module_protected_method_defined(interp, w_self, args_w, w_block):
    return has_method(interp, w_self, args_w, PROTECTED)


@builtin("Module", "instance_method", 1, 1)
def module_instance_method(interp, w_self, args_w, w_block):
    name = symbol_or_string(interp, args_w[0])
    w_func = module_of(w_self).lookup_method(name)
    if w_func is None:
        raise interp.space.error(interp.space.w_NameError,
                                 "undefined method `%s' for class `%s'" % (
                                     name, module_of(w_self).name))
    return W_MethodObject(interp.space.w_UnboundMethod, w_nil, w_func, name, w_func.w_owner)


@builtin("Module", "const_get", 1, 2)
def module_const_get(interp, w_self, args_w, w_block):
    space = interp.space
    name = symbol_or_string(interp, args_w[0])
    w_scope = w_self
    for part in name.split("::"):
        if part:
            w_scope = space.lookup_const_in(w_scope, part)
    return w_scope


@builtin("Module", "const_set", 2, 2)
def module_const_set(interp, w_self, args_w, w_block):
    interp.space.set_const(module_of(w_self), symbol_or_string(interp, args_w[0]), args_w[1])
    return args_w[1]


@builtin("Module", "const_defined?", 1, 2)
def module_const_defined(interp, w_self, args_w, w_block):
    return newbool(module_of(w_self).lookup_constant(symbol_or_string(interp, args_w[0]))
                   is not None)


@builtin("Module", "constants", 0, 1)
def module_constants(interp, w_self, args_w, w_block):
    names = []
    for w_module in module_of(w_self).ancestors:
        if w_module is interp.space.w_Object:
            break
        for name in w_module.constants.keys():
            if name not in names:
                names.append(name)
    return interp.space.newarray([symbol(name) for name in names])


@builtin("Module", "class_variable_get", 1, 1)
def module_cvar_get(interp, w_self, args_w, w_block):
    return interp.space.get_cvar(module_of(w_self), symbol_or_string(interp, args_w[0]))


@builtin("Module", "class_variable_set", 2, 2)
def module_cvar_set(interp, w_self, args_w, w_block):
    interp.space.set_cvar(module_of(w_self), symbol_or_string(interp, args_w[0]), args_w[1])
    return args_w[1]


@builtin("Module", "class_variables", 0, 0)
def module_cvars(interp, w_self, args_w, w_block):
    names = []
    for w_module in module_of(w_self).ancestors:
        for name in w_module.class_vars.keys():
            if name not in names:
                names.append(name)
    return interp.space.newarray([symbol(n) for n in names])


@builtin("Module", "class_variable_defined?", 1, 1)
def module_cvar_defined(interp, w_self, args_w, w_block):
    return newbool(interp.space.find_cvar_owner(
        module_of(w_self), symbol_or_string(interp, args_w[0])) is not None)


@builtin("Module", "class_eval module_eval class_exec module_exec", 0, -1)
def module_class_eval(interp, w_self, args_w, w_block):
    w_body = copy_proc(interp, w_block, w_self)
    return interp.call_proc(w_body, args_w if args_w else [w_self], None, None, w_self)


@builtin("Module", "instance_variable_get", 1, 1)
def module_ivar_get(interp, w_self, args_w, w_block):
    return interp.space.get_ivar(w_self, symbol_or_string(interp, args_w[0]))


@builtin("Module", "module_function", 0, -1)
def module_module_function2(interp, w_self, args_w, w_block):
    return set_visibility(interp, w_self, args_w, 3)


@builtin("Module", "freeze", 0, 0)
def module_freeze(interp, w_self, args_w, w_block):
    return w_self


@builtin("Module", "hash", 0, 0)
def module_hash(interp, w_self, args_w, w_block):
    return W_Integer(interp.space.hash_value(w_self))


@builtin("Class", "class", 0, 0)
def class_class(interp, w_self, args_w, w_block):
    return interp.space.class_of(w_self)


@builtin("Class", "instance_methods", 0, 1)
def class_instance_methods(interp, w_self, args_w, w_block):
    return module_instance_methods(interp, w_self, args_w, w_block)


# -- Exception ----------------------------------------------------------------------------

def exc_of(w_value):
    assert isinstance(w_value, W_Exception)
    return w_value


@builtin("Exception", "exception", 0, 1, singleton=True)
def exception_exception(interp, w_cls, args_w, w_block):
    return interp.send(w_cls, "new", args_w)


@builtin("Exception", "initialize", 0, -1, private=True)
def exception_initialize(interp, w_self, args_w, w_block):
    w_exc = exc_of(w_self)
    if args_w:
        w_exc.w_message = args_w[0]
    else:
        w_exc.w_message = w_nil
    return w_nil


@builtin("Exception", "exception", 0, 1)
def exception_copy(interp, w_self, args_w, w_block):
    if not args_w:
        return w_self
    w_exc = exc_of(w_self)
    w_copy = W_Exception(w_exc.w_class, args_w[0])
    for name in w_exc.attr_names():
        w_copy.write_attr(name, w_exc.read_attr(name))
    return w_copy


@builtin("Exception", "message to_s", 0, 0)
def exception_message(interp, w_self, args_w, w_block):
    w_exc = exc_of(w_self)
    if w_exc.w_message is w_nil:
        return interp.space.newstr(interp.space.class_name(w_self))
    return interp.space.newstr(interp.space.to_s(w_exc.w_message))


@builtin("Exception", "message", 0, 0)
def exception_message_call(interp, w_self, args_w, w_block):
    return interp.send(w_self, "to_s", [])


@builtin("Exception", "full_message", 0, 1)
def exception_full_message(interp, w_self, args_w, w_block):
    space = interp.space
    w_exc = exc_of(w_self)
    message = space.to_s(interp.send(w_self, "message", []))
    where = w_exc.backtrace[0] if w_exc.backtrace else space.filename
    return space.newstr("%s: %s (%s)" % (where, message, space.class_name(w_self)))


@builtin("Exception", "inspect", 0, 0)
def exception_inspect(interp, w_self, args_w, w_block):
    space = interp.space
    name = space.class_name(w_self)
    message = space.to_s(interp.send(w_self, "to_s", []))
    if not message:
        return space.newstr(name)
    return space.newstr("#<%s: %s>" % (name, message))


@builtin("Exception", "backtrace", 0, 0)
def exception_backtrace(interp, w_self, args_w, w_block):
    w_exc = exc_of(w_self)
    if w_exc.backtrace is None:
        return w_nil
    return interp.space.newarray([interp.space.newstr(line) for line in w_exc.backtrace])


@builtin("Exception", "set_backtrace", 1, 1)
def exception_set_backtrace(interp, w_self, args_w, w_block):
    return args_w[0]


@builtin("Exception", "backtrace_locations", 0, 0)
def exception_backtrace_locations(interp, w_self, args_w, w_block):
    return w_nil


@builtin("Exception", "cause", 0, 0)
def exception_cause(interp, w_self, args_w, w_block):
    return exc_of(w_self).w_cause


@builtin("Exception", "==", 1, 1)
def exception_eq(interp, w_self, args_w, w_block):
    w_other = args_w[0]
    if w_self is w_other:
        return w_true
    if not isinstance(w_other, W_Exception):
        return w_false
    return newbool(interp.space.class_of(w_self) is interp.space.class_of(w_other) and
                   interp.space.eq(interp.send(w_self, "message", []),
                                   interp.send(w_other, "message", [])))


@builtin("KeyError", "key", 0, 0)
def key_error_key(interp, w_self, args_w, w_block):
    return exc_of(w_self).w_extra


@builtin("KeyError", "receiver", 0, 0)
def key_error_receiver(interp, w_self, args_w, w_block):
    return exc_of(w_self).w_receiver


@builtin("NameError", "name", 0, 0)
def name_error_name(interp, w_self, args_w, w_block):
    return exc_of(w_self).w_extra


@builtin("NoMethodError", "args", 0, 0)
def no_method_error_args(interp, w_self, args_w, w_block):
    w_args = exc_of(w_self).w_args
    return w_args if w_args is not None else interp.space.newarray([])


@builtin("NameError", "receiver", 0, 0)
def name_error_receiver(interp, w_self, args_w, w_block):
    return exc_of(w_self).w_receiver


@builtin("LocalJumpError", "reason", 0, 0)
def local_jump_reason(interp, w_self, args_w, w_block):
    return exc_of(w_self).w_extra


@builtin("StopIteration", "result", 0, 0)
def stop_iteration_result(interp, w_self, args_w, w_block):
    return exc_of(w_self).w_extra


@builtin("SystemExit", "status", 0, 0)
def system_exit_status(interp, w_self, args_w, w_block):
    w_status = exc_of(w_self).w_extra
    return w_status if w_status is not w_nil else W_Integer(0)


@builtin("SystemExit", "success?", 0, 0)
def system_exit_success(interp, w_self, args_w, w_block):
    w_status = exc_of(w_self).w_extra
    return newbool(not isinstance(w_status, W_Integer) or w_status.value == 0)


@builtin("UncaughtThrowError", "tag", 0, 0)
def uncaught_throw_tag(interp, w_self, args_w, w_block):
    return exc_of(w_self).w_extra


@builtin("FrozenError", "receiver", 0, 0)
def frozen_error_receiver(interp, w_self, args_w, w_block):
    return exc_of(w_self).w_extra


# -- nil, true, false ---------------------------------------------------------------------

@builtin("NilClass", "to_s", 0, 0)
def nil_to_s(interp, w_self, args_w, w_block):
    return interp.space.newstr("")


@builtin("NilClass", "to_a", 0, 0)
def nil_to_a(interp, w_self, args_w, w_block):
    return interp.space.newarray([])


@builtin("NilClass", "to_h", 0, 0)
def nil_to_h(interp, w_self, args_w, w_block):
    return interp.space.newhash()


@builtin("NilClass", "to_i", 0, 0)
def nil_to_i(interp, w_self, args_w, w_block):
    return W_Integer(0)


@builtin("NilClass", "to_f", 0, 0)
def nil_to_f(interp, w_self, args_w, w_block):
    return W_Float(0.0)


@builtin("NilClass", "inspect", 0, 0)
def nil_inspect(interp, w_self, args_w, w_block):
    return interp.space.newstr("nil")


@builtin("NilClass", "&", 1, 1)
def nil_and(interp, w_self, args_w, w_block):
    return w_false


@builtin("NilClass", "|", 1, 1)
def nil_or(interp, w_self, args_w, w_block):
    return newbool(args_w[0].is_true())


@builtin("TrueClass", "to_s inspect", 0, 0)
def true_to_s(interp, w_self, args_w, w_block):
    return interp.space.newstr("true")


@builtin("FalseClass", "to_s inspect", 0, 0)
def false_to_s(interp, w_self, args_w, w_block):
    return interp.space.newstr("false")


@builtin("TrueClass", "&", 1, 1)
def true_and(interp, w_self, args_w, w_block):
    return newbool(args_w[0].is_true())


@builtin("TrueClass", "|", 1, 1)
def true_or(interp, w_self, args_w, w_block):
    return w_true


@builtin("TrueClass", "^", 1, 1)
def true_xor(interp, w_self, args_w, w_block):
    return newbool(not args_w[0].is_true())


@builtin("FalseClass", "&", 1, 1)
def false_and(interp, w_self, args_w, w_block):
    return w_false


@builtin("FalseClass", "| ^", 1, 1)
def false_or(interp, w_self, args_w, w_block):
    return newbool(args_w[0].is_true())


# -- Math ---------------------------------------------------------------------------------

def math_arg(interp, w_value):
    space = interp.space
    if isinstance(w_value, W_Integer) or isinstance(w_value, W_Float) or \
            isinstance(w_value, W_BigInt):
        return space.expect_float(w_value)
    if w_value is w_nil:
        raise space.type_error("can't convert nil into Float")
    if isinstance(w_value, W_String):
        raise space.type_error("can't convert String into Float")
    return space.expect_float(w_value)


def domain_error(interp, name):
    return interp.space.error(interp.space.w_DomainError,
                              'Numerical argument is out of domain - "%s"' % name)


@builtin("Math", "sqrt", 1, 1, singleton=True)
def math_sqrt(interp, w_self, args_w, w_block):
    x = math_arg(interp, args_w[0])
    if x < 0:
        raise interp.space.error(interp.space.w_DomainError,
                                 "Numerical argument is out of domain - sqrt")
    return W_Float(math.sqrt(x))


@builtin("Math", "cbrt", 1, 1, singleton=True)
def math_cbrt(interp, w_self, args_w, w_block):
    x = math_arg(interp, args_w[0])
    result = math.pow(abs(x), 1.0 / 3.0)
    rounded = math.floor(result + 0.5)
    if rounded * rounded * rounded == abs(x):
        result = rounded
    return W_Float(-result if x < 0 else result)


@builtin("Math", "sin", 1, 1, singleton=True)
def math_sin(interp, w_self, args_w, w_block):
    return W_Float(math.sin(math_arg(interp, args_w[0])))


@builtin("Math", "cos", 1, 1, singleton=True)
def math_cos(interp, w_self, args_w, w_block):
    return W_Float(math.cos(math_arg(interp, args_w[0])))


@builtin("Math", "tan", 1, 1, singleton=True)
def math_tan(interp, w_self, args_w, w_block):
    return W_Float(math.tan(math_arg(interp, args_w[0])))


@builtin("Math", "sinh", 1, 1, singleton=True)
def math_sinh(interp, w_self, args_w, w_block):
    return W_Float(math.sinh(math_arg(interp, args_w[0])))


@builtin("Math", "cosh", 1, 1, singleton=True)
def math_cosh(interp, w_self, args_w, w_block):
    return W_Float(math.cosh(math_arg(interp, args_w[0])))


@builtin("Math", "tanh", 1, 1, singleton=True)
def math_tanh(interp, w_self, args_w, w_block):
    return W_Float(math.tanh(math_arg(interp, args_w[0])))


@builtin("Math", "atan", 1, 1, singleton=True)
def math_atan(interp, w_self, args_w, w_block):
    return W_Float(math.atan(math_arg(interp, args_w[0])))


@builtin("Math", "asin", 1, 1, singleton=True)
def math_asin(interp, w_self, args_w, w_block):
    x = math_arg(interp, args_w[0])
    if x < -1 or x > 1:
        raise domain_error(interp, "asin")
    return W_Float(math.asin(x))


@builtin("Math", "acos", 1, 1, singleton=True)
def math_acos(interp, w_self, args_w, w_block):
    x = math_arg(interp, args_w[0])
    if x < -1 or x > 1:
        raise domain_error(interp, "acos")
    return W_Float(math.acos(x))


@builtin("Math", "atan2", 2, 2, singleton=True)
def math_atan2(interp, w_self, args_w, w_block):
    return W_Float(math.atan2(math_arg(interp, args_w[0]), math_arg(interp, args_w[1])))


@builtin("Math", "exp", 1, 1, singleton=True)
def math_exp(interp, w_self, args_w, w_block):
    return W_Float(math.exp(math_arg(interp, args_w[0])))


@builtin("Math", "log", 1, 2, singleton=True)
def math_log(interp, w_self, args_w, w_block):
    x = math_arg(interp, args_w[0])
    if x < 0:
        raise domain_error(interp, "log")
    if x == 0:
        return W_Float(-INFINITY)
    if len(args_w) > 1:
        return W_Float(math.log(x) / math.log(math_arg(interp, args_w[1])))
    return W_Float(math.log(x))


@builtin("Math", "log2", 1, 1, singleton=True)
def math_log2(interp, w_self, args_w, w_block):
    x = math_arg(interp, args_w[0])
    if x < 0:
        raise domain_error(interp, "log2")
    if x == 0:
        return W_Float(-INFINITY)
    return W_Float(math.log(x) / math.log(2.0))


@builtin("Math", "log10", 1, 1, singleton=True)
def math_log10(interp, w_self, args_w, w_block):
    x = math_arg(interp, args_w[0])
    if x < 0:
        raise domain_error(interp, "log10")
    if x == 0:
        return W_Float(-INFINITY)
    return W_Float(math.log10(x))


@builtin("Math", "pow", 2, 2, singleton=True)
def math_pow(interp, w_self, args_w, w_block):
    return W_Float(math.pow(math_arg(interp, args_w[0]), math_arg(interp, args_w[1])))


@builtin("Math", "hypot", 2, 2, singleton=True)
def math_hypot(interp, w_self, args_w, w_block):
    return W_Float(math.hypot(math_arg(interp, args_w[0]), math_arg(interp, args_w[1])))


@builtin("Math", "floor", 1, 1, singleton=True)
def math_floor(interp, w_self, args_w, w_block):
    return W_Float(math.floor(math_arg(interp, args_w[0])))


# -- Regexp and MatchData ------------------------------------------------------------------

def regexp_of(w_value):
    assert isinstance(w_value, W_Regexp)
    return w_value


@builtin("Regexp", "new compile", 1, 2, singleton=True)
def regexp_new(interp, w_cls, args_w, w_block):
    if isinstance(args_w[0], W_Regexp):
        return args_w[0]
    flags = 0
    if len(args_w) > 1:
        if isinstance(args_w[1], W_Integer):
            flags = as_integer(args_w[1]).value
        elif args_w[1].is_true():
            flags = 1
    return interp.space.newregexp(interp.space.expect_str(args_w[0]), flags)


@builtin("Regexp", "escape quote", 1, 1, singleton=True)
def regexp_escape(interp, w_cls, args_w, w_block):
    from languages.ruby.builtins.string import escape_regexp
    return interp.space.newstr(escape_regexp(interp.space.to_s(args_w[0])))


@builtin("Regexp", "union", 0, -1, singleton=True)
def regexp_union(interp, w_cls, args_w, w_block):
    from languages.ruby.builtins.string import escape_regexp
    parts = []
    items_w = args_w
    if len(args_w) == 1 and isinstance(args_w[0], W_Array):
        items_w = as_array(args_w[0]).items_w
    for w_item in items_w:
        if isinstance(w_item, W_Regexp):
            parts.append(w_item.source)
        else:
            parts.append(escape_regexp(interp.space.to_s(w_item)))
    return interp.space.newregexp("|".join(parts), 0)


@builtin("Regexp", "match", 1, 2)
def regexp_match(interp, w_self, args_w, w_block):
    space = interp.space
    if args_w[0] is w_nil:
        space.set_gvar("$~", w_nil)
        return w_nil
    s = space.expect_str(args_w[0]) if not isinstance(args_w[0], W_Symbol) else \
        space.to_s(args_w[0])
    start = space.expect_int(args_w[1]) if len(args_w) > 1 else 0
    w_match = regexp_of(w_self).match_at(space, s, start)
    if w_match is None:
        space.set_gvar("$~", w_nil)
        return w_nil
    space.set_gvar("$~", w_match)
    if w_block is not None:
        return interp.call_proc(w_block, [w_match])
    return w_match


@builtin("Regexp", "=~", 1, 1)
def regexp_match_op(interp, w_self, args_w, w_block):
    space = interp.space
    if args_w[0] is w_nil:
        space.set_gvar("$~", w_nil)
        return w_nil
    s = space.expect_str(args_w[0])
    w_match = regexp_of(w_self).match_at(space, s, 0)
    if w_match is None:
        space.set_gvar("$~", w_nil)
        return w_nil
    space.set_gvar("$~", w_match)
    from languages.ruby.builtins.string import byte_to_char_index
    return W_Integer(byte_to_char_index(s, w_match.span(0)[0]))


@builtin("Regexp", "match?", 1, 2)
def regexp_match_p(interp, w_self, args_w, w_block):
    if args_w[0] is w_nil:
        return w_false
    s = interp.space.to_s(args_w[0])
    return newbool(regexp_of(w_self).match_at(interp.space, s, 0) is not None)


@builtin("Regexp", "===", 1, 1)
def regexp_eqq(interp, w_self, args_w, w_block):
    w_arg = args_w[0]
    if not (isinstance(w_arg, W_String) or isinstance(w_arg, W_Symbol)):
        return w_false
    s = interp.space.to_s(w_arg)
    w_match = regexp_of(w_self).match_at(interp.space, s, 0)
    if w_match is not None:
        interp.space.set_gvar("$~", w_match)
    return newbool(w_match is not None)


@builtin("Regexp", "source", 0, 0)
def regexp_source(interp, w_self, args_w, w_block):
    return interp.space.newstr(regexp_of(w_self).source)


@builtin("Regexp", "to_s", 0, 0)
def regexp_to_s(interp, w_self, args_w, w_block):
    w_re = regexp_of(w_self)
    on = ""
    off = "-"
    for flag, ch in [(4, "m"), (1, "i"), (2, "x")]:
        if w_re.flags & flag:
            on += ch
        else:
            off += ch
    if off == "-":
        off = ""
    return interp.space.newstr("(?%s%s:%s)" % (on, off, w_re.source))


@builtin("Regexp", "inspect", 0, 0)
def regexp_inspect(interp, w_self, args_w, w_block):
    w_re = regexp_of(w_self)
    flags = ""
    if w_re.flags & 4:
        flags += "m"
    if w_re.flags & 1:
        flags += "i"
    if w_re.flags & 2:
        flags += "x"
    return interp.space.newstr("/%s/%s" % (w_re.source, flags))


@builtin("Regexp", "names", 0, 0)
def regexp_names(interp, w_self, args_w, w_block):
    return interp.space.newarray([interp.space.newstr(n) for n in regexp_of(w_self).names()])


@builtin("Regexp", "== eql?", 1, 1)
def regexp_eq(interp, w_self, args_w, w_block):
    w_other = args_w[0]
    return newbool(isinstance(w_other, W_Regexp) and w_other.source == regexp_of(w_self).source
                   and w_other.flags == regexp_of(w_self).flags)


def match_of(w_value):
    assert isinstance(w_value, W_MatchData)
    return w_value


@builtin("MatchData", "[]", 1, 1)
def match_index(interp, w_self, args_w, w_block):
    w_match = match_of(w_self)
    w_key = args_w[0]
    if isinstance(w_key, W_String) or isinstance(w_key, W_Symbol):
        index = w_match.named_index(interp.space.to_s(w_key))
        if index < 0:
            raise interp.space.error(interp.space.w_IndexError,
                                     "undefined group name reference: %s" %
                                     interp.space.to_s(w_key))
        return w_match.group(interp.space, index)
    index = interp.space.expect_int(w_key)
    if index < 0:
        index += w_match.group_count() + 1
    return w_match.group(interp.space, index)


@builtin("MatchData", "to_a", 0, 0)
def match_to_a(interp, w_self, args_w, w_block):
    w_match = match_of(w_self)
    return interp.space.newarray([w_match.group(interp.space, i)
                                  for i in range(w_match.group_count() + 1)])


@builtin("MatchData", "captures", 0, 0)
def match_captures(interp, w_self, args_w, w_block):
    w_match = match_of(w_self)
    return interp.space.newarray([w_match.group(interp.space, i)
                                  for i in range(1, w_match.group_count() + 1)])


@builtin("MatchData", "named_captures", 0, 0)
def match_named_captures(interp, w_self, args_w, w_block):
    space = interp.space
    w_match = match_of(w_self)
    w_hash = space.newhash()
    for name in w_match.w_regexp.names():
        space.hash_set(w_hash, space.newstr(name),
                       w_match.group(space, w_match.named_index(name)))
    return w_hash


@builtin("MatchData", "names", 0, 0)
def match_names(interp, w_self, args_w, w_block):
    return interp.space.newarray([interp.space.newstr(n)
                                  for n in match_of(w_self).w_regexp.names()])


@builtin("MatchData", "to_s", 0, 0)
def match_to_s(interp, w_self, args_w, w_block):
    return match_of(w_self).group(interp.space, 0)


@builtin("MatchData", "pre_match", 0, 0)
def match_pre(interp, w_self, args_w, w_block):
    w_match = match_of(w_self)
    start, end = w_match.span(0)
    return interp.space.newstr(w_match.string[:nonneg(start)])


@builtin("MatchData", "post_match", 0, 0)
def match_post(interp, w_self, args_w, w_block):
    w_match = match_of(w_self)
    start, end = w_match.span(0)
    return interp.space.newstr(w_match.string[nonneg(end):])


@builtin("MatchData", "begin", 1, 1)
def match_begin(interp, w_self, args_w, w_block):
    w_match = match_of(w_self)
    start, end = w_match.span(interp.space.expect_int(args_w[0]))
    from languages.ruby.builtins.string import byte_to_char_index
    return W_Integer(byte_to_char_index(w_match.string, start))


@builtin("MatchData", "end", 1, 1)
def match_end(interp, w_self, args_w, w_block):
    w_match = match_of(w_self)
    start, end = w_match.span(interp.space.expect_int(args_w[0]))
    from languages.ruby.builtins.string import byte_to_char_index
    return W_Integer(byte_to_char_index(w_match.string, end))


@builtin("MatchData", "size length", 0, 0)
def match_size(interp, w_self, args_w, w_block):
    return W_Integer(match_of(w_self).group_count() + 1)


@builtin("MatchData", "values_at", 0, -1)
def match_values_at(interp, w_self, args_w, w_block):
    return interp.space.newarray([match_index(interp, w_self, [w], None) for w in args_w])


@builtin("MatchData", "inspect", 0, 0)
def match_inspect(interp, w_self, args_w, w_block):
    space = interp.space
    w_match = match_of(w_self)
    parts = [space.inspect(w_match.group(space, 0))]
    names = w_match.w_regexp.names()
    for i in range(1, w_match.group_count() + 1):
        label = str(i)
        for name in names:
            if w_match.named_index(name) == i:
                label = name
        parts.append("%s:%s" % (label, space.inspect(w_match.group(space, i))))
    return space.newstr("#<MatchData %s>" % " ".join(parts))


# -- Time ---------------------------------------------------------------------------------

@builtin("Time", "now", 0, 0, singleton=True)
def time_now(interp, w_cls, args_w, w_block):
    w_time = W_Object(interp.space.w_Time)
    w_time.write_attr("@t", W_Float(time.time()))
    return w_time


@builtin("Time", "to_f", 0, 0)
def time_to_f(interp, w_self, args_w, w_block):
    return interp.space.get_ivar(w_self, "@t")


@builtin("Time", "to_i", 0, 0)
def time_to_i(interp, w_self, args_w, w_block):
    w_t = interp.space.get_ivar(w_self, "@t")
    return W_Integer(int(interp.space.expect_float(w_t)))


@builtin("Time", "-", 1, 1)
def time_sub(interp, w_self, args_w, w_block):
    space = interp.space
    a = space.expect_float(space.get_ivar(w_self, "@t"))
    w_other = args_w[0]
    if isinstance(w_other, W_Object) and space.class_of(w_other) is space.w_Time:
        return W_Float(a - space.expect_float(space.get_ivar(w_other, "@t")))
    w_time = W_Object(space.w_Time)
    w_time.write_attr("@t", W_Float(a - space.expect_float(w_other)))
    return w_time


@builtin("Time", "year", 0, 0)
def time_year(interp, w_self, args_w, w_block):
    return W_Integer(2026)


@builtin("Process", "clock_gettime", 1, 2, singleton=True)
def process_clock_gettime(interp, w_cls, args_w, w_block):
    return W_Float(time.time())


@builtin("Process", "pid", 0, 0, singleton=True)
def process_pid(interp, w_cls, args_w, w_block):
    return W_Integer(12345)


# -- Enumerator ---------------------------------------------------------------------------

def enum_of(w_value):
    assert isinstance(w_value, W_Enumerator)
    return w_value


@builtin("Enumerator", "each", 0, -1)
def enumerator_each(interp, w_self, args_w, w_block):
    w_enum = enum_of(w_self)
    if w_block is None:
        return w_self
    if w_enum.w_generator is not None:
        w_yielder = W_Object(interp.space.w_Yielder)
        w_yielder.write_attr("@proc", w_block)
        return interp.call_proc(w_enum.w_generator, [w_yielder])
    return interp.send(w_enum.w_receiver, w_enum.method, w_enum.args_w, w_block)


@builtin("Enumerator", "new", 0, 1, singleton=True)
def enumerator_new(interp, w_cls, args_w, w_block):
    w_enum = W_Enumerator(interp.space.w_Enumerator, w_nil, "each", [])
    w_enum.w_generator = w_block
    if args_w:
        w_enum.size_hint = args_w[0]
    return w_enum


@builtin("Enumerator::Yielder", "<< yield call", 0, -1)
def yielder_yield(interp, w_self, args_w, w_block):
    w_proc = interp.space.get_ivar(w_self, "@proc")
    assert isinstance(w_proc, W_Proc)
    interp.call_proc(w_proc, args_w)    # `y.yield a, b`: the block gets two values
    return w_self


@builtin("Enumerator", "next", 0, 0)
def enumerator_next(interp, w_self, args_w, w_block):
    space = interp.space
    w_enum = enum_of(w_self)
    space.fill_enumerator_buffer(w_enum)
    buffer_w = w_enum.buffer_w
    assert buffer_w is not None
    if w_enum.position >= len(buffer_w):
        w_exc = space.new_exception(space.w_StopIteration, "iteration reached an end")
        w_exc.w_extra = w_enum.w_result if w_enum.w_result is not None else w_nil
        raise RubyError(w_exc)
    w_value = buffer_w[w_enum.position]
    w_enum.position += 1
    return w_value


@builtin("Enumerator", "peek", 0, 0)
def enumerator_peek(interp, w_self, args_w, w_block):
    space = interp.space
    w_enum = enum_of(w_self)
    space.fill_enumerator_buffer(w_enum)
    buffer_w = w_enum.buffer_w
    assert buffer_w is not None
    if w_enum.position >= len(buffer_w):
        w_exc = space.new_exception(space.w_StopIteration, "iteration reached an end")
        w_exc.w_extra = w_enum.w_result if w_enum.w_result is not None else w_nil
        raise RubyError(w_exc)
    return buffer_w[w_enum.position]


@builtin("Enumerator", "rewind", 0, 0)
def enumerator_rewind(interp, w_self, args_w, w_block):
    enum_of(w_self).position = 0
    return w_self


@builtin("Enumerator", "size", 0, 0)
def enumerator_size(interp, w_self, args_w, w_block):
    w_enum = enum_of(w_self)
    if w_enum.size_hint is not None:
        if isinstance(w_enum.size_hint, W_Proc):
            return interp.call_proc(w_enum.size_hint, [])
        return w_enum.size_hint
    if w_enum.w_generator is not None:
        return w_nil
    if w_enum.method == "loop":
        return W_Float(INFINITY)
    if isinstance(w_enum.w_receiver, W_Integer) and w_enum.method == "times":
        return w_enum.w_receiver
    if w_enum.method in COUNTED_SIZES:
        return interp.send(w_self, "count", [])
    return interp.send(w_enum.w_receiver, "size", [])


# Enumerators whose size is not their receiver's: counted by running them (all finite
# unless their receiver is endless, as in ruby, whose size would then be Infinity).
COUNTED_SIZES = ["step", "%", "each_slice", "each_cons", "upto", "downto", "reverse_each"]


@builtin("Enumerator", "with_index each_with_index", 0, 1)
def enumerator_with_index(interp, w_self, args_w, w_block):
    space = interp.space
    w_enum = enum_of(w_self)
    offset = space.expect_int(args_w[0]) if args_w and args_w[0] is not w_nil else 0
    if w_block is None:     # lazily: the source may be endless
        return space.make_enumerator(w_self, "with_index" if args_w else "each_with_index",
                                     args_w)
    w_indexer = space.index_proc(w_block, offset)
    return enumerator_each(interp, w_self, [], w_indexer)


@builtin("Enumerator", "with_object each_with_object", 1, 1)
def enumerator_with_object(interp, w_self, args_w, w_block):
    w_memo = args_w[0]
    w_items = interp.send(w_self, "to_a", [])
    assert isinstance(w_items, W_Array)
    if enum_of(w_self).method == "each" or enum_of(w_self).w_generator is not None:
        for w_item in w_items.items_w:
            interp.call_proc(w_block, [w_item, w_memo])
        return w_memo
    w_results = []
    for w_item in w_items.items_w:
        w_results.append(interp.call_proc(w_block, [w_item, w_memo]))
    return w_memo


@builtin("Enumerator", "inspect to_s", 0, 0)
def enumerator_inspect(interp, w_self, args_w, w_block):
    space = interp.space
    w_enum = enum_of(w_self)
    if w_enum.w_generator is not None:
        return space.newstr("#<Enumerator: #<Enumerator::Generator:0x0000>:each>")
    args = ""
    if w_enum.args_w:
        args = "(" + ", ".join([space.inspect(w) for w in w_enum.args_w]) + ")"
    return space.newstr("#<Enumerator: %s:%s%s>" % (space.inspect(w_enum.w_receiver),
                                                   w_enum.method, args))




@builtin("Hash", "to_proc", 0, 0)
def hash_to_proc(interp, w_self, args_w, w_block):
    return interp.space.method_proc(W_MethodObject(interp.space.w_Method, w_self,
                                                   interp.space.w_Hash.lookup_method("[]"),
                                                   "[]", interp.space.w_Hash))


@builtin("UnboundMethod", "owner", 0, 0)
def unbound_owner(interp, w_self, args_w, w_block):
    return method_owner(interp, w_self, args_w, w_block)


@builtin("UnboundMethod", "arity", 0, 0)
def unbound_arity(interp, w_self, args_w, w_block):
    return method_arity(interp, w_self, args_w, w_block)


@builtin("UnboundMethod", "parameters", 0, 0)
def unbound_parameters(interp, w_self, args_w, w_block):
    return method_parameters(interp, w_self, args_w, w_block)


@builtin("Method", "original_name", 0, 0)
@builtin("UnboundMethod", "original_name", 0, 0)
def method_original_name(interp, w_self, args_w, w_block):
    return symbol(method_of(w_self).w_function.name)


@builtin("Kernel", "include", 1, -1, private=True)
def main_include(interp, w_self, args_w, w_block):
    return module_include(interp, interp.space.w_Object, args_w, w_block)


@builtin("Kernel", "private_methods", 0, 1)
def object_private_methods(interp, w_self, args_w, w_block):
    w_class = interp.space.getclass(w_self)
    return method_list(interp, w_class, [], PRIVATE)


@builtin("Kernel", "protected_methods", 0, 1)
def object_protected_methods(interp, w_self, args_w, w_block):
    w_class = interp.space.getclass(w_self)
    return method_list(interp, w_class, [], PROTECTED)


@builtin("Kernel", "remove_instance_variable", 1, 1)
def object_remove_ivar(interp, w_self, args_w, w_block):
    name = symbol_or_string(interp, args_w[0])
    w_value = interp.space.get_ivar(w_self, name)
    if isinstance(w_self, W_Object):
        names = w_self.attr_names()
        values_w = [w_self.read_attr(n) for n in names]
        w_self.init_map_storage(interp.space.class_of(w_self).root_map)
        for i in range(len(names)):
            if names[i] != name:
                w_self.write_attr(names[i], values_w[i])
    return w_value


@builtin("Module", ">=", 1, 1)
def module_ge(interp, w_self, args_w, w_block):
    if w_self is args_w[0]:
        return w_true
    return module_gt(interp, w_self, args_w, w_block)
