"""The builtins module: functions declared through the framework's FunctionTable (keywords,
defaults and **kwargs included), and the built-in types' constructors, a second table."""
import math

from rpython.rlib.rfloat import INFINITY, NAN

from languages.python.kit import FunctionTable
from framework import output
from framework import integers
from framework.text import sort_strings
from languages.python.error import OperationError
from languages.python.objects import intobject
from languages.python.objects.intobject import W_IntObject, W_BigIntObject, W_AbstractIntObject
from languages.python.objects.floatobject import W_FloatObject
from languages.python.objects.strobject import W_StrObject, decode, newstr_unicode
from languages.python.objects.bytesobject import W_BytesObject, W_BytearrayObject
from languages.python.objects.tupleobject import W_TupleObject
from languages.python.objects.listobject import W_ListObject
from languages.python.objects.dictobject import W_DictObject
from languages.python.objects.setobject import W_SetObject
from languages.python.objects.rangeobject import W_RangeObject
from languages.python.objects.sliceobject import W_SliceObject
from languages.python.objects.typeobject import W_TypeObject
from languages.python.objects.functionobject import (W_StaticMethod, W_ClassMethod, W_Property,
                                                     W_FunctionObject)
from languages.python.objects.instanceobject import W_InstanceObject, W_ExceptionObject
from languages.python.objects import iterobject
from languages.python.objects.moduleobject import W_ModuleObject
from languages.python.objects.functionobject import W_BuiltinFunction
from languages.python import opcodes as op

functions = FunctionTable()
constructors = FunctionTable()


# -- output ------------------------------------------------------------------------------

@functions.function("print")
def builtin_print(space, args_w, w_sep=None, w_end=None, w_file=None, w_flush=None):
    sep = optional_text(space, w_sep, " ", "sep")
    end = optional_text(space, w_end, "\n", "end")
    pieces = [space.str_text(w_arg) for w_arg in args_w]
    text = sep.join(pieces) + end
    if w_file is None or space.is_none(w_file):
        w_file = current_stdout(space)
    if w_file is space.w_stdout:
        output.write_out(text)
    else:
        space.call_method(w_file, "write", [space.newstr(text)])
    if w_flush is not None and space.is_true(w_flush):
        if w_file is space.w_stdout:
            output.stdout.flush()
        else:
            space.call_method(w_file, "flush", [])
    return space.w_None


def current_stdout(space):
    """sys.stdout as the program left it (contextlib.redirect_stdout replaces it)."""
    from languages.python.objects.moduleobject import W_ModuleObject
    w_sys = space.modules.get("sys")
    if isinstance(w_sys, W_ModuleObject):
        w_stdout = w_sys.w_dict.get("stdout")
        if w_stdout is not None:
            return w_stdout
    return space.w_stdout


@functions.function("open", posonly=0)
def builtin_open(space, w_file, w_mode=None, w_buffering=None, w_encoding=None, w_errors=None,
                 w_newline=None):
    from languages.python.objects.fileobject import open_file
    mode = "r" if w_mode is None else space.str_w_strict(
        w_mode, "open() argument 'mode' must be str, not %s")
    name = space.str_w_strict(w_file, "expected str, bytes or os.PathLike object, not %s")
    return open_file(space, name, mode)


def optional_text(space, w_value, default, what):
    if w_value is None or space.is_none(w_value):
        return default
    if not isinstance(w_value, W_StrObject):
        raise space.type_error("%s must be None or a string, not %s"
                               % (what, space.type(w_value).name))
    return w_value.utf8


@functions.function("repr")
def builtin_repr(space, w_obj):
    return space.repr(w_obj)


@functions.function("ascii")
def builtin_ascii(space, w_obj):
    from languages.python.formatting import ascii_text
    return space.newstr(ascii_text(space.repr_w(w_obj)))


@functions.function("input")
def builtin_input(space, w_prompt=None):
    if w_prompt is not None:
        output.write_out(space.str_text(w_prompt))
    output.stdout.flush()
    line = space.read_stdin_line()
    if line is None:
        raise space.error_noargs(space.w_EOFError)
    return space.newstr(line)


# -- numbers -----------------------------------------------------------------------------

@functions.function("abs")
def builtin_abs(space, w_x):
    return space.unary_op(w_x, "__abs__", "abs()")


@functions.function("divmod")
def builtin_divmod(space, w_a, w_b):
    if space.is_int(w_a) and space.is_int(w_b):
        return space.newtuple([intobject.int_binop(space, "//", w_a, w_b),
                               intobject.int_binop(space, "%", w_a, w_b)])
    w_method = space.lookup(w_a, "__divmod__")
    if w_method is not None:
        w_result = space.call_function(w_method, [w_a, w_b])
        if w_result is not space.w_NotImplemented:
            return w_result
    if isinstance(w_b, W_FloatObject) and space.is_int(w_a):
        return space.call_method(space.int_to_float(w_a), "__divmod__", [w_b])
    raise space.type_error("unsupported operand type(s) for divmod(): '%s' and '%s'"
                           % (space.type(w_a).name, space.type(w_b).name))


@functions.function("pow", posonly=0)
def builtin_pow(space, w_base, w_exp, w_mod=None):
    if w_mod is not None and not space.is_none(w_mod):
        if not (space.is_int(w_base) and space.is_int(w_exp) and space.is_int(w_mod)):
            raise space.type_error("pow() 3rd argument not allowed unless all arguments are "
                                   "integers")
        return intobject.int_pow(space, w_base, w_exp, w_mod)
    return space.binary_op(w_base, w_exp, "**", False)


@functions.function("round", posonly=0)
def builtin_round(space, w_number, w_ndigits=None):
    if w_ndigits is not None and space.is_none(w_ndigits):
        w_ndigits = None
    if isinstance(w_number, W_FloatObject):
        return space.round_float(w_number.floatval, w_ndigits)
    if space.is_int(w_number):
        if w_ndigits is None:
            return space.call_method(w_number, "__int__", [])
        ndigits = space.int_w(w_ndigits)
        if ndigits >= 0:
            return space.call_method(w_number, "__int__", [])
        w_scale = intobject.int_pow(space, space.newint(10), space.newint(-ndigits), None)
        w_half = intobject.int_binop(space, "//", w_scale, space.newint(2))
        w_q = intobject.int_binop(space, "//", w_number, w_scale)
        w_r = intobject.int_binop(space, "%", w_number, w_scale)
        c = intobject.int_compare(w_r, w_half)
        if c > 0 or (c == 0 and space.is_true(intobject.int_binop(space, "&", w_q,
                                                                   space.newint(1)))):
            w_q = intobject.int_binop(space, "+", w_q, space.newint(1))
        return intobject.int_binop(space, "*", w_q, w_scale)
    w_round = space.lookup(w_number, "__round__")
    if w_round is None:
        raise space.type_error("type %s doesn't define __round__ method"
                               % space.type(w_number).name)
    args = [w_number] if w_ndigits is None else [w_number, w_ndigits]
    return space.call_function(w_round, args)


@functions.function("hex")
def builtin_hex(space, w_x):
    return space.newstr(int_to_base(space, w_x, 16, "0x"))


@functions.function("oct")
def builtin_oct(space, w_x):
    return space.newstr(int_to_base(space, w_x, 8, "0o"))


@functions.function("bin")
def builtin_bin(space, w_x):
    return space.newstr(int_to_base(space, w_x, 2, "0b"))


def int_to_base(space, w_x, base, prefix):
    if not space.is_int(w_x):
        w_x = space.newint(space.index_w(w_x, "'%s' object cannot be interpreted as an integer"))
    big = intobject.to_bigint(w_x)
    negative = big.sign < 0
    if negative:
        big = big.neg()
    digits = big.format("0123456789abcdef"[:base])
    if negative:
        return "-" + prefix + digits
    return prefix + digits


@functions.function("chr", code="int")
def builtin_chr(space, code):
    if code < 0 or code > 0x10FFFF:
        raise space.error(space.w_ValueError, "chr() arg not in range(0x110000)")
    return newstr_unicode(space, unichr(code))


@functions.function("ord")
def builtin_ord(space, w_char):
    if isinstance(w_char, W_StrObject):
        if w_char.length != 1:
            raise space.type_error("ord() expected a character, but string of length %d found"
                                   % w_char.length)
        return space.newint(ord(w_char.as_unicode()[0]))
    if isinstance(w_char, W_BytesObject) and len(w_char.data) == 1:
        return space.newint(ord(w_char.data[0]))
    raise space.type_error("ord() expected string of length 1, but %s found"
                           % space.type(w_char).name)


@functions.function("hash")
def builtin_hash(space, w_obj):
    return space.hash(w_obj)


@functions.function("id")
def builtin_id(space, w_obj):
    return space.newint(space.id_of(w_obj))


@functions.function("len")
def builtin_len(space, w_obj):
    return space.newint(space.len_w(w_obj))


@functions.function("callable")
def builtin_callable(space, w_obj):
    from languages.python.objects.functionobject import W_MethodObject
    callable_ = (isinstance(w_obj, W_TypeObject) or isinstance(w_obj, W_FunctionObject) or
                 isinstance(w_obj, W_BuiltinFunction) or isinstance(w_obj, W_MethodObject) or
                 space.lookup(w_obj, "__call__") is not None)
    return space.newbool(callable_)


# -- iteration ---------------------------------------------------------------------------

@functions.function("iter")
def builtin_iter(space, w_obj, w_sentinel=None):
    if w_sentinel is not None:
        return iterobject.W_CallableIterator(w_obj, w_sentinel)
    return space.iter(w_obj)


@functions.function("next")
def builtin_next(space, w_iter, w_default=None):
    if space.lookup(w_iter, "__next__") is None:
        raise space.type_error("'%s' object is not an iterator" % space.type(w_iter).name)
    if w_default is not None:
        w_item = space.next(w_iter)
        return w_item if w_item is not None else w_default
    return space.call_method(w_iter, "__next__", [])


@functions.function("enumerate", posonly=0)
def builtin_enumerate(space, w_iterable=None, w_start=None):
    if w_iterable is None:      # as CPython's own check words it, with no position
        raise space.type_error("enumerate() missing required argument 'iterable'")
    start = space.int_w(w_start) if w_start is not None else 0
    return iterobject.W_EnumerateIterator(space.iter(w_iterable), start)


@functions.function("zip")
def builtin_zip(space, args_w, w_strict=None):
    strict = w_strict is not None and space.is_true(w_strict)
    return iterobject.W_ZipIterator([space.iter(w) for w in args_w], strict)


@functions.function("map")
def builtin_map(space, w_func, args_w):
    if not args_w:
        raise space.type_error("map() must have at least two arguments.")
    return iterobject.W_MapIterator(w_func, [space.iter(w) for w in args_w])


@functions.function("filter")
def builtin_filter(space, w_func, w_iterable):
    return iterobject.W_FilterIterator(w_func, space.iter(w_iterable))


@functions.function("reversed")
def builtin_reversed(space, w_seq):
    w_method = space.lookup(w_seq, "__reversed__")
    if w_method is not None:
        return space.call_function(w_method, [w_seq])
    if space.lookup(w_seq, "__getitem__") is None or isinstance(w_seq, W_DictObject):
        raise space.type_error("'%s' object is not reversible" % space.type(w_seq).name)
    return iterobject.W_ReversedIterator(w_seq, space.len_w(w_seq))


@functions.function("sorted")
def builtin_sorted(space, w_iterable, kwnames=None, kwvalues_w=None):
    """A new list, then list.sort with the keywords (so they are checked as sort's)."""
    w_list = space.newlist(space.listview(w_iterable))
    space.call(space.getattr(w_list, "sort"), [], kwnames, kwvalues_w)
    return w_list


def sort_items(space, items_w, w_key, w_reverse):
    """A stable merge sort on Python's `<`, with key and reverse as list.sort has them."""
    from languages.python.sorting import stable_sort
    reverse = w_reverse is not None and space.int_w(w_reverse) != 0
    if w_key is not None and not space.is_none(w_key):
        keys_w = [space.call_function(w_key, [w_item]) for w_item in items_w]
    else:
        keys_w = items_w[:]
    stable_sort(space, items_w, keys_w, reverse)


@functions.function("sum", posonly=1)
def builtin_sum(space, w_iterable, w_start=None):
    w_total = w_start
    if w_total is None:
        w_total = space.newint(0)
    if isinstance(w_total, W_StrObject):
        raise space.type_error("sum() can't sum strings [use ''.join(seq) instead]")
    w_iter = space.iter(w_iterable)
    while True:
        w_item = space.next(w_iter)
        if w_item is None:
            return w_total
        w_total = space.add(w_total, w_item)


def min_max(space, args_w, w_key, w_default, name, symbol):
    if len(args_w) == 0:
        raise space.type_error("%s expected at least 1 argument, got 0" % name)
    if len(args_w) == 1:
        items_w = space.listview(args_w[0])
        if not items_w:
            if w_default is not None:
                return w_default
            raise space.error(space.w_ValueError, "%s() arg is an empty sequence" % name)
    else:
        items_w = args_w
    w_best = items_w[0]
    w_best_key = w_best if w_key is None or space.is_none(w_key) else \
        space.call_function(w_key, [w_best])
    for i in range(1, len(items_w)):
        w_item = items_w[i]
        w_item_key = w_item if w_key is None or space.is_none(w_key) else \
            space.call_function(w_key, [w_item])
        if symbol == "<":
            better = space.is_true(space.compare(w_item_key, w_best_key, "<"))
        else:
            better = space.is_true(space.compare(w_item_key, w_best_key, ">"))
        if better:
            w_best = w_item
            w_best_key = w_item_key
    return w_best


@functions.function("min")
def builtin_min(space, args_w, w_key=None, w_default=None):
    return min_max(space, args_w, w_key, w_default, "min", "<")


@functions.function("max")
def builtin_max(space, args_w, w_key=None, w_default=None):
    return min_max(space, args_w, w_key, w_default, "max", ">")


@functions.function("any")
def builtin_any(space, w_iterable):
    w_iter = space.iter(w_iterable)
    while True:
        w_item = space.next(w_iter)
        if w_item is None:
            return space.w_False
        if space.is_true(w_item):
            return space.w_True


@functions.function("all")
def builtin_all(space, w_iterable):
    w_iter = space.iter(w_iterable)
    while True:
        w_item = space.next(w_iter)
        if w_item is None:
            return space.w_True
        if not space.is_true(w_item):
            return space.w_False


# -- objects and classes -----------------------------------------------------------------

@functions.function("isinstance")
def builtin_isinstance(space, w_obj, w_classes):
    return space.newbool(check_class(space, w_obj, w_classes, "__instancecheck__"))


@functions.function("issubclass")
def builtin_issubclass(space, w_cls, w_classes):
    return space.newbool(check_class(space, w_cls, w_classes, "__subclasscheck__"))


def check_class(space, w_obj, w_classes, hook):
    """isinstance/issubclass: a tuple is tried item by item; a class whose metaclass (or
    an object whose type) defines the hook (ABCMeta, typing) decides for itself."""
    if isinstance(w_classes, W_TupleObject):
        for w_item in w_classes.items_w:
            if check_class(space, w_obj, w_item, hook):
                return True
        return False
    instance = hook == "__instancecheck__"
    if instance and space.type(w_obj) is w_classes:
        return True
    w_check = None
    if isinstance(w_classes, W_TypeObject):
        if w_classes.w_metaclass is not None:
            w_check = w_classes.w_metaclass.lookup(hook)
            if isinstance(w_check, W_BuiltinFunction):
                w_check = None
    else:
        w_check = space.lookup(w_classes, hook)
    if w_check is not None:
        return space.is_true(space.call_function(w_check, [w_classes, w_obj]))
    if instance:
        return space.isinstance_w(w_obj, w_classes)
    if not isinstance(w_obj, W_TypeObject):
        raise space.type_error("issubclass() arg 1 must be a class")
    return space.issubclass_w(w_obj, w_classes)


@functions.function("getattr")
def builtin_getattr(space, w_obj, w_name, w_default=None):
    name = space.str_w_strict(w_name, "attribute name must be string, not '%s'")
    if w_default is not None:
        w_value = space.findattr_quiet(w_obj, name)
        return w_value if w_value is not None else w_default
    return space.getattr(w_obj, name)


@functions.function("setattr")
def builtin_setattr(space, w_obj, w_name, w_value):
    space.setattr(w_obj, space.str_w_strict(w_name, "attribute name must be string, not '%s'"),
                  w_value)
    return space.w_None


@functions.function("delattr")
def builtin_delattr(space, w_obj, w_name):
    space.delattr(w_obj, space.str_w(w_name))
    return space.w_None


@functions.function("hasattr")
def builtin_hasattr(space, w_obj, w_name):
    name = space.str_w_strict(w_name, "attribute name must be string, not '%s'")
    return space.newbool(space.findattr_quiet(w_obj, name) is not None)


def current_frame(space):
    return space.frame_ref()


def frame_locals(space):
    """The running frame's namespace as a new dict (locals(), vars(), dir())."""
    frame = current_frame(space)
    if frame is None:
        return space.globals_dict()
    if frame.w_locals is not None:
        return frame.w_locals
    code = frame.code
    if code.flags & op.CO_MODULE:
        return space.module_dict(frame.w_globals)
    w_dict = space.newdict()
    for i in range(len(code.varnames)):
        w_value = frame.locals_w[i]
        if w_value is not None and code.varnames[i] not in code.cellvars:
            w_dict.setitem(space.newstr(code.varnames[i]), w_value)
    ncells = len(code.cellvars)
    for i in range(ncells + len(code.freevars)):
        w_cell = frame.cells[i]
        if w_cell is not None and w_cell.w_value is not None:
            name = code.cellvars[i] if i < ncells else code.freevars[i - ncells]
            w_dict.setitem(space.newstr(name), w_cell.w_value)
    return w_dict


@functions.function("locals")
def builtin_locals(space):
    return frame_locals(space)


@functions.function("vars")
def builtin_vars(space, w_obj=None):
    if w_obj is None:
        return frame_locals(space)
    w_dict = space.findattr_quiet(w_obj, "__dict__")
    if w_dict is None:
        raise space.type_error("vars() argument must have __dict__ attribute")
    return w_dict


@functions.function("dir")
def builtin_dir(space, w_obj=None):
    names = {}
    if w_obj is None:
        w_locals = frame_locals(space)
        keys = [space.str_w(w_key) for w_key in space.listview(w_locals)]
        sort_strings(keys)
        return space.newlist([space.newstr(name) for name in keys])
    w_method = space.lookup(w_obj, "__dir__")
    if w_method is not None and not isinstance(w_method, W_BuiltinFunction):
        w_result = space.call_function(w_method, [w_obj])
        keys = [space.str_w(w_key) for w_key in space.listview(w_result)]
        sort_strings(keys)
        return space.newlist([space.newstr(name) for name in keys])
    if isinstance(w_obj, W_ModuleObject):
        keys = w_obj.w_dict.keys()
        sort_strings(keys)
        return space.newlist([space.newstr(name) for name in keys
                              if w_obj.w_dict.get(name) is not None])
    if w_obj.can_have_attrs():
        for name in w_obj.attr_names():
            if w_obj.read_attr(name) is not None:
                names[name] = None
    w_type = w_obj if isinstance(w_obj, W_TypeObject) else space.type(w_obj)
    for w_t in w_type.ancestors:
        for name in w_t.methods.keys():
            names[name] = None
    keys = names.keys()
    sort_strings(keys)
    return space.newlist([space.newstr(name) for name in keys])


@functions.function("__import__", posonly=1, level="int")
def builtin_import(space, w_name, w_globals=None, w_locals=None, w_fromlist=None, level=0):
    """The import statement as a function (importlib.import_module, encodings use it)."""
    from languages.python.importing import import_name
    from languages.python.objects.dictobject import W_ModuleDictObject
    name = space.str_w_strict(w_name, "__import__() argument 1 must be str, not %s")
    w_module = None
    if isinstance(w_globals, W_ModuleDictObject):
        w_module = w_globals.w_module
    elif level > 0 and isinstance(w_globals, W_DictObject):
        w_module = W_ModuleObject("")          # the parts of globals that name the package
        for key in ["__package__", "__name__", "__path__"]:
            w_value = w_globals.getitem(space.newstr(key))
            if w_value is not None:
                w_module.w_dict.set(key, w_value)
    if level < 0:
        raise space.error(space.w_ValueError, "level must be >= 0")
    if w_fromlist is not None and space.is_none(w_fromlist):
        w_fromlist = None
    return import_name(space, name, w_fromlist, level, w_module)


@functions.function("globals")
def builtin_globals(space):
    frame = current_frame(space)
    if frame is None:
        return space.globals_dict()
    return space.module_dict(frame.w_globals)


def run_code_in(space, code, w_globals, mode_eval, w_locals=None):
    """exec/eval: run `code` in a module made from the dict `w_globals`, copied back after;
    names it binds go to `w_locals` when that is another mapping."""
    from languages.python.interpreter import PyFrame
    from languages.python.objects.moduleobject import W_ModuleObject
    if w_globals is None or space.is_none(w_globals):
        frame = current_frame(space)
        if frame is not None and frame.w_locals is None:
            w_module = frame.w_globals
            space.interpreter.run_frame(PyFrame(code, w_module, None))
            if not mode_eval:
                return space.w_None
            w_result = w_module.w_dict.get("__polyvm_eval__")
            w_module.w_dict.set("__polyvm_eval__", None)
            return w_result
        w_globals = frame_locals(space)
    if not isinstance(w_globals, W_DictObject):
        raise space.type_error("globals must be a dict")
    w_name = w_globals.getitem(space.newstr("__name__"))
    name = space.str_w(w_name) if isinstance(w_name, W_StrObject) else "builtins"
    w_module = W_ModuleObject(name)
    for w_key, w_value in w_globals.items():
        if isinstance(w_key, W_StrObject):
            w_module.w_dict.set(w_key.utf8, w_value)
    if w_locals is not None and (space.is_none(w_locals) or w_locals is w_globals):
        w_locals = None
    try:
        space.interpreter.run_frame(PyFrame(code, w_module, w_locals))
        if mode_eval and w_locals is not None:
            w_result = space.getitem(w_locals, space.newstr("__polyvm_eval__"))
            space.delitem(w_locals, space.newstr("__polyvm_eval__"))
            return w_result
    finally:
        for key in w_module.w_dict.keys():
            w_value = w_module.w_dict.get(key)
            if w_value is not None and key != "__polyvm_eval__":
                w_globals.setitem(space.newstr(key), w_value)
    if mode_eval:
        return w_module.w_dict.get("__polyvm_eval__")
    return space.w_None


def compile_source(space, w_source, filename, mode_eval):
    from framework.errors import SourceError
    from languages.python.code import W_CodeObject
    if isinstance(w_source, W_CodeObject):
        return w_source.code
    if isinstance(w_source, W_BytesObject):
        text = w_source.data
    elif isinstance(w_source, W_StrObject):
        text = w_source.utf8
    else:
        raise space.type_error("%s() arg 1 must be a string, bytes or code object"
                               % ("eval" if mode_eval else "exec"))
    if mode_eval:
        stripped = text.strip(" \t\n")
        if not stripped:
            raise syntax_error(space, "invalid syntax", filename, 0, 0, "")
        text = "__polyvm_eval__ = (\n" + stripped + "\n)\n"
    try:
        return space.language.compile(filename, text)
    except SourceError as e:
        line = e.line - 1 if mode_eval else e.line
        raise syntax_error(space, e.message, filename, line, e.column, "")


def syntax_error(space, message, filename, line, column, text):
    """A SyntaxError with CPython's args: (msg, (filename, lineno, offset, text, ...))."""
    w_details = space.newtuple([space.newstr(filename), space.newint(line),
                                space.newint(column), space.newstr(text),
                                space.newint(line), space.newint(column)])
    return OperationError(space.new_exception(space.w_SyntaxError,
                                              [space.newstr(message), w_details]))


@functions.function("compile", posonly=0)
def builtin_compile(space, w_source, w_filename, w_mode, w_flags=None, w_dont_inherit=None,
                    w_optimize=None):
    from languages.python.code import W_CodeObject
    mode = space.str_w(w_mode)
    if mode != "exec" and mode != "eval" and mode != "single":
        raise space.error(space.w_ValueError, "compile() mode must be 'exec', 'eval' or "
                          "'single'")
    return W_CodeObject(compile_source(space, w_source, space.str_w(w_filename),
                                       mode == "eval"))


@functions.function("exec", kwonly=["w_closure"])
def builtin_exec(space, w_source, w_globals=None, w_locals=None, w_closure=None):
    code = compile_source(space, w_source, "<string>", False)
    return run_code_in(space, code, w_globals, False, w_locals)


@functions.function("eval")
def builtin_eval(space, w_source, w_globals=None, w_locals=None):
    code = compile_source(space, w_source, "<string>", True)
    w_result = run_code_in(space, code, w_globals, True, w_locals)
    return w_result if w_result is not None else space.w_None


@functions.function("format")
def builtin_format(space, w_value, w_spec=None):
    spec = "" if w_spec is None else space.str_w_strict(
        w_spec, "format() argument 2 must be str, not %s")
    return space.format_value(w_value, spec)


@functions.function("exit")
def builtin_exit(space, w_code=None):
    args_w = [w_code] if w_code is not None else []
    raise OperationError(space.new_exception(space.w_SystemExit, args_w))


# -- constructors ------------------------------------------------------------------------

@constructors.function("object")
def new_object(space, args_w, kwnames=None, kwvalues_w=None):
    if args_w or kwnames is not None:
        raise space.type_error("object() takes no arguments")
    return W_InstanceObject(space.w_object)


@constructors.function("int", posonly=1)
def new_int(space, w_x=None, w_base=None):
    if w_x is None:
        if w_base is not None:
            raise space.type_error("int() missing string argument")
        return space.newint(0)
    if w_base is not None:
        if isinstance(w_x, W_BytesObject):
            return parse_int(space, w_x.data, space.int_w(w_base))
        if isinstance(w_x, W_BytearrayObject):
            return parse_int(space, w_x.get_data(), space.int_w(w_base))
        if not isinstance(w_x, W_StrObject):
            raise space.type_error("int() can't convert non-string with explicit base")
        return parse_int(space, w_x.utf8, space.int_w(w_base))
    if type(w_x) is W_BytesObject:
        return parse_int(space, w_x.data, 10)
    if isinstance(w_x, W_IntObject) or isinstance(w_x, W_BigIntObject):
        return space.call_method(w_x, "__int__", [])
    if isinstance(w_x, W_FloatObject):
        return space.float_to_int(w_x.floatval)
    if isinstance(w_x, W_StrObject):
        return parse_int(space, w_x.utf8, 10)
    for name in ["__int__", "__index__"]:
        w_method = space.lookup(w_x, name)
        if w_method is not None:
            return space.call_function(w_method, [w_x])
    w_trunc = space.lookup(w_x, "__trunc__")
    if w_trunc is not None:
        return space.call_function(w_trunc, [w_x])
    raise space.type_error("int() argument must be a string, a bytes-like object or a real "
                           "number, not '%s'" % space.type(w_x).name)


def parse_int(space, text, base):
    """int(text, base): whitespace around, a sign, a prefix matching the base, `_` between
    digits; with base 0 a decimal number may not start with 0 unless it is all zeros."""
    from languages.python.objects.strobject import repr_text
    if base != 0 and (base < 2 or base > 36):
        raise space.error(space.w_ValueError, "int() base must be >= 2 and <= 36, or 0")
    stripped = text.strip(" \t\n\r\x0b\x0c")
    try:
        if base == 0 and has_leading_zero(stripped):
            raise integers.InvalidLiteral
        try:
            return space.newint(integers.parse_int(stripped, base))
        except OverflowError:
            from languages.python.intdigits import check_parse
            check_parse(space, stripped, base)
            return space.newbigint(integers.parse_big(stripped, base))
    except integers.InvalidLiteral:
        raise space.error(space.w_ValueError, "invalid literal for int() with base %d: %s"
                          % (base, repr_text(text)))


def has_leading_zero(text):
    """A decimal number like 010 (that is not all zeros), which base 0 refuses."""
    i = 0
    if text.startswith("-") or text.startswith("+"):
        i = 1
    if i + 1 >= len(text) or text[i] != "0" or not (text[i + 1].isdigit() or
                                                   text[i + 1] == "_"):
        return False
    for k in range(i, len(text)):
        if text[k] != "0" and text[k] != "_":
            return True
    return False


@constructors.function("float")
def new_float(space, w_x=None):
    from languages.python.objects.strobject import repr_text
    if w_x is None:
        return space.newfloat(0.0)
    if isinstance(w_x, W_FloatObject):
        return w_x
    if isinstance(w_x, W_StrObject):
        text = w_x.utf8.strip(" \t\n\r\x0b\x0c")
        lowered = text.lower()
        sign = 1.0
        body = lowered
        if body.startswith("-") or body.startswith("+"):
            sign = -1.0 if body[0] == "-" else 1.0
            body = body[1:]
        if body == "inf" or body == "infinity":
            return space.newfloat(sign * INFINITY)
        if body == "nan":
            return space.newfloat(NAN)
        try:
            return space.newfloat(integers.parse_float(text))
        except integers.InvalidLiteral:
            pass
        raise space.error(space.w_ValueError, "could not convert string to float: %s"
                          % repr_text(w_x.utf8))
    if (space.lookup(w_x, "__float__") is None and space.lookup(w_x, "__index__") is None
            and not space.is_int(w_x)):
        raise space.type_error("float() argument must be a string or a real number, not '%s'"
                               % space.type(w_x).name)
    return space.newfloat(space.float_w(w_x))


@constructors.function("str", posonly=0)
def new_str(space, w_object=None, w_encoding=None, w_errors=None):
    if w_object is None:
        return space.newstr("")
    if w_encoding is not None or w_errors is not None:
        if isinstance(w_object, W_BytesObject) or isinstance(w_object, W_BytearrayObject):
            w_encoding = w_encoding or space.newstr("utf-8")
            w_errors = w_errors or space.newstr("strict")
            return space.call_method(w_object, "decode", [w_encoding, w_errors])
    return space.str(w_object)


def bytes_argument(space, w_source, w_encoding, w_errors):
    """The data of bytes(source, encoding, errors) and bytearray(...)."""
    from languages.python.objects.bytesobject import bytes_from_iterable
    from languages.python.objects.strobject import encode_text
    if w_source is None:
        return ""
    if isinstance(w_source, W_StrObject):
        if w_encoding is None:
            raise space.type_error("string argument without an encoding")
        errors = "strict" if w_errors is None else space.str_w(w_errors)
        return encode_text(space, w_source, space.str_w(w_encoding), errors)
    if w_encoding is not None:
        raise space.type_error("encoding without a string argument")
    return bytes_from_iterable(space, w_source)


@constructors.function("complex", posonly=0)
def new_complex(space, w_real=None, w_imag=None):
    from languages.python.objects.complexobject import W_ComplexObject, as_complex
    real = imag = 0.0
    if w_real is not None:
        real, imag, ok = as_complex(space, w_real)
        if not ok:
            raise space.type_error("complex() first argument must be a string or a number, "
                                   "not '%s'" % space.type(w_real).name)
    if w_imag is not None:
        re, im, ok = as_complex(space, w_imag)
        if not ok:
            raise space.type_error("complex() second argument must be a number, not '%s'"
                                   % space.type(w_imag).name)
        # As CPython: only complex parts are combined, so complex(1, -0.0) keeps its -0.0.
        if isinstance(w_imag, W_ComplexObject):
            real -= im
        imag = imag + re if isinstance(w_real, W_ComplexObject) else re
    return W_ComplexObject(real, imag)


@constructors.function("bytes", posonly=0)
def new_bytes(space, w_source=None, w_encoding=None, w_errors=None):
    return space.newbytes(bytes_argument(space, w_source, w_encoding, w_errors))


@constructors.function("bytearray", posonly=0)
def new_bytearray(space, w_source=None, w_encoding=None, w_errors=None):
    from languages.python.objects.bytesobject import W_BytearrayObject
    return W_BytearrayObject(bytes_argument(space, w_source, w_encoding, w_errors))


@constructors.function("bool")
def new_bool(space, w_x=None):
    if w_x is None:
        return space.w_False
    return space.newbool(space.is_true(w_x))


@constructors.function("tuple")
def new_tuple(space, w_x=None):
    if w_x is None:
        return space.newtuple([])
    if type(w_x) is W_TupleObject:
        return w_x
    return space.newtuple(space.listview(w_x))


@constructors.function("list")
def new_list(space, w_x=None):
    if w_x is None:
        return space.newlist([])
    return space.newlist(space.listview(w_x))


@constructors.function("dict")
def new_dict(space, w_x=None, kwnames=None, kwvalues_w=None):
    w_dict = space.newdict()
    if w_x is not None:
        space.dict_update(w_dict, w_x)
    if kwnames is not None:
        for i in range(len(kwnames)):
            w_dict.setitem(space.newstr(kwnames[i]), kwvalues_w[i])
    return w_dict


@constructors.function("set")
def new_set(space, w_x=None):
    from languages.python.objects.setobject import new_set as make_set
    return make_set(space, False, w_x)


@constructors.function("frozenset")
def new_frozenset(space, w_x=None):
    from languages.python.objects.setobject import new_set as make_set
    if w_x is not None and isinstance(w_x, W_SetObject) and w_x.frozen:
        return w_x
    return make_set(space, True, w_x)


@constructors.function("range")
def new_range(space, w_a, w_b=None, w_c=None):
    """A range of machine ints, or (beyond them) lib/_longrange.py's."""
    args_w = [w for w in [w_a, w_b, w_c] if w is not None]
    for w_arg in args_w:
        if isinstance(w_arg, W_BigIntObject):
            return space.call_library("_longrange", "longrange", args_w)
    return new_int_range(space, w_a, w_b, w_c)


def new_int_range(space, w_a, w_b, w_c):
    message = "'%s' object cannot be interpreted as an integer"
    if w_b is None:
        return W_RangeObject(0, space.index_w(w_a, message), 1)
    step = 1
    if w_c is not None:
        step = space.index_w(w_c, message)
        if step == 0:
            raise space.error(space.w_ValueError, "range() arg 3 must not be zero")
    return W_RangeObject(space.index_w(w_a, message), space.index_w(w_b, message), step)


@constructors.function("slice")
def new_slice(space, w_a, w_b=None, w_c=None):
    if w_b is None:
        return W_SliceObject(space.w_None, w_a, space.w_None)
    return W_SliceObject(w_a, w_b, space.w_None if w_c is None else w_c)


@constructors.function("type")
def new_type(space, args_w, kwnames=None, kwvalues_w=None):
    """type(x), or type(name, bases, dict), which a base's metaclass makes when there is
    one (enum's functional API relies on it)."""
    if len(args_w) == 1:
        return space.type(args_w[0])
    w_bases = args_w[1] if len(args_w) == 3 else None
    if isinstance(w_bases, W_TupleObject):
        w_winner = space.winner_metaclass(None, w_bases.items_w)
        if w_winner is not None:
            return space.call(w_winner, args_w, kwnames, kwvalues_w)
    return make_type(space, args_w, kwnames, kwvalues_w, None)


def make_type(space, args_w, kwnames, kwvalues_w, w_metaclass):
    """type.__new__(metaclass, name, bases, dict): the class itself (its metaclass known
    before __set_name__ and __init_subclass__ run, as enum's members need)."""
    if len(args_w) != 3:
        raise space.type_error("type() takes 1 or 3 arguments")
    w_bases = args_w[1]
    w_namespace = args_w[2]
    name = space.str_w_strict(args_w[0], "type.__new__() argument 1 must be str, not %s")
    if not isinstance(w_bases, W_TupleObject):
        raise space.type_error("type.__new__() argument 2 must be tuple, not %s"
                               % space.type(w_bases).name)
    if not isinstance(w_namespace, W_DictObject):
        raise space.type_error("type.__new__() argument 3 must be dict, not %s"
                               % space.type(w_namespace).name)
    return space.new_class(name, w_bases.items_w, w_namespace, kwnames, kwvalues_w,
                           w_metaclass)


@constructors.function("method")
def new_method(space, w_function, w_instance):
    """types.MethodType(function, instance): the function bound (contextlib uses it)."""
    from languages.python.objects.functionobject import W_MethodObject
    if space.lookup(w_function, "__call__") is None and \
            not isinstance(w_function, W_FunctionObject) and \
            not isinstance(w_function, W_BuiltinFunction):
        raise space.type_error("first argument must be callable")
    if space.is_none(w_instance):
        raise space.type_error("instance must not be None")
    return W_MethodObject(w_function, w_instance)


@constructors.function("staticmethod")
def new_staticmethod(space, args_w):
    return W_StaticMethod(exactly_one(space, "staticmethod", args_w))


@constructors.function("classmethod")
def new_classmethod(space, args_w):
    return W_ClassMethod(exactly_one(space, "classmethod", args_w))


@constructors.function("property", posonly=0)
def new_property(space, w_fget=None, w_fset=None, w_fdel=None, w_doc=None):
    if w_doc is not None and space.is_none(w_doc):
        w_doc = None
    return W_Property(w_fget, w_fset, w_fdel, w_doc)


@constructors.function("super")
def new_super(space, args_w):
    from languages.python.objects.superobject import W_SuperObject
    if len(args_w) > 2:
        raise space.type_error("super() expected at most 2 arguments, got %d" % len(args_w))
    if len(args_w) != 2:
        raise space.error(space.w_RuntimeError, "super(): no arguments")
    w_type = args_w[0]
    if not isinstance(w_type, W_TypeObject):
        raise space.type_error("super() argument 1 must be a type, not %s"
                               % space.type(w_type).name)
    return W_SuperObject(w_type, args_w[1])


@constructors.function("Random")
def new_random(space, w_seed=None):
    from languages.python.objects.randomobject import W_Random, seed_from_object
    w_random = W_Random()
    seed_from_object(space, w_random, w_seed)
    return w_random


def exactly_one(space, name, args_w):
    if len(args_w) != 1:
        raise space.type_error("%s expected 1 argument, got %d" % (name, len(args_w)))
    return args_w[0]
