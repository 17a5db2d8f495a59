"""Python's side of the interop protocol (framework/interop.py).

Python values answer messages through the space, as Python code would ask: a member read is
`getattr`, a call is `space.call_function`, an element read is `__getitem__`, iteration is
`iter()`/`next()`, the display string is `str()`.  The kind comes from one isinstance
dispatch.  None, bool, int, float and str are primitives.  list and tuple are arrays, dict is a
hash, exception instances are exceptions.  Functions, methods, built-ins and classes are
callable.  Anything else is an object.  The answers are installed on W_Object (they need the
space, which imports the object modules).

A foreign value inside Python is a `W_ForeignObject` of type `foreign`.  Its attributes, calls,
`len`, iteration, indexing, `in` and repr send messages, and a foreign hash or array answers
a dict's `keys()`, `values()`, `items()` and `get()`.  A protocol error becomes the Python
exception a Python object would raise: AttributeError, TypeError, IndexError or KeyError.  A
foreign language's own error becomes a RuntimeError with its message, unless it is a Python
exception coming home.

`attach(space)` makes the space the one interop uses (one Python space per process).
"""
from rpython.rlib.objectmodel import not_rpython

from framework import interop
from framework.interop import (InteropError, UnsupportedMessage, ArityError, InteropTypeError,
                               UnknownMember, InvalidIndex, UnknownKey, GuestException)
from languages.python.kit import ClassDef
from languages.python.error import OperationError
from languages.python.objects.base import W_Object
from languages.python.objects.boolobject import W_BoolObject
from languages.python.objects.intobject import W_IntObject, W_AbstractIntObject
from languages.python.objects.floatobject import W_FloatObject
from languages.python.objects.strobject import W_StrObject
from languages.python.objects.noneobject import W_NoneObject
from languages.python.objects.listobject import W_ListObject
from languages.python.objects.tupleobject import W_TupleObject
from languages.python.objects.dictobject import W_DictObject
from languages.python.objects.rangeobject import W_IteratorObject
from languages.python.objects.typeobject import W_TypeObject
from languages.python.objects.instanceobject import W_ExceptionObject
from languages.python.objects.functionobject import (W_FunctionObject, W_BuiltinFunction,
                                                     W_MethodObject)
from languages.python import opcodes


class Context(object):
    def __init__(self):
        self.space = None
        self.w_foreign_type = None
        self.foreign_exceptions = {}     # language name -> its exception type (polyglot.py)


context = Context()


@not_rpython
def attach(space):
    """Use `space` for interop; makes the `foreign` type (in a binary of several languages:
    see framework/interop.py). Call once, before translation."""
    context.space = space
    if interop.SEVERAL_LANGUAGES:
        context.w_foreign_type = space.make_type(foreign_classdef, space.w_object)


# -- foreign values inside Python ---------------------------------------------------------
foreign_classdef = ClassDef("foreign")


class W_ForeignObject(interop.adapter_base("python", W_Object)):
    """Another language's value inside Python (one per value: see Boundary)."""

    def getclass(self, space):
        return context.w_foreign_type

    def can_have_attrs(self):
        return True

    def read_attr(self, name):
        try:
            return boundary.import_value(self.w_foreign.interop_read_member(name))
        except UnknownMember:
            return None
        except UnsupportedMessage:
            return None
        except InteropError as e:
            raise python_error(e)

    def write_attr(self, name, w_value):
        try:
            self.w_foreign.interop_write_member(name, boundary.export_value(w_value))
        except InteropError as e:
            raise python_error(e)


class W_ForeignIterator(W_IteratorObject):
    """A Python iterator over a foreign iterator (a value answering `next`)."""
    type_name = "foreign_iterator"
    _crosses_languages_ = ['w_foreign']

    def __init__(self, w_foreign):
        self.w_foreign = w_foreign

    def next_w(self, space):
        try:
            w_item = self.w_foreign.interop_next()
        except InteropError as e:
            raise python_error(e)
        return None if w_item is None else boundary.import_value(w_item)


@foreign_classdef.method("__call__")
def foreign_call(self, space, args_w, kwnames=None, kwvalues_w=None):
    return boundary.call(self.w_foreign, args_w, kwnames, kwvalues_w)


@foreign_classdef.method("__len__")
def foreign_len(self, space):
    try:
        return space.newint(self.w_foreign.interop_size())
    except InteropError as e:
        raise python_error(e)


@foreign_classdef.method("__iter__")
def foreign_iter(self, space):
    try:
        return W_ForeignIterator(self.w_foreign.interop_iterate())
    except InteropError as e:
        raise python_error(e)


@foreign_classdef.method("__getitem__", w_key=None)
def foreign_getitem(self, space, w_key):
    try:
        if self.w_foreign.interop_kind() == interop.ARRAY and space.is_int(w_key):
            w_item = self.w_foreign.interop_read_index(space.int_w(w_key))
        else:
            w_item = self.w_foreign.interop_read_key(boundary.export_value(w_key))
        return boundary.import_value(w_item)
    except InteropError as e:
        raise python_error(e)


@foreign_classdef.method("__setitem__", w_key=None, w_value=None)
def foreign_setitem(self, space, w_key, w_value):
    try:
        if self.w_foreign.interop_kind() == interop.ARRAY and space.is_int(w_key):
            self.w_foreign.interop_write_index(space.int_w(w_key), boundary.export_value(w_value))
        else:
            self.w_foreign.interop_write_key(boundary.export_value(w_key),
                                             boundary.export_value(w_value))
    except InteropError as e:
        raise python_error(e)
    return space.w_None


@foreign_classdef.method("__contains__", w_item=None)
def foreign_contains(self, space, w_item):
    """A key of a hash (looked up, not searched), an item of anything else iterable."""
    w_foreign = self.w_foreign
    try:
        if w_foreign.interop_kind() == interop.HASH:
            try:
                w_foreign.interop_read_key(boundary.export_value(w_item))
            except UnknownKey:
                return space.w_False
            return space.w_True
        w_iterator = w_foreign.interop_iterate()
        w_next = w_iterator.interop_next()
        while w_next is not None:
            if space.eq_w(boundary.import_value(w_next), w_item):
                return space.w_True
            w_next = w_iterator.interop_next()
    except InteropError as e:
        raise python_error(e)
    return space.w_False


KEYS, VALUES, ITEMS = 0, 1, 2
ENTRY_METHODS = ["keys", "values", "items"]


def entries(space, w_foreign, which, args_w):
    """The keys, values or (key, value) items of a foreign hash or array (an array's keys
    are its indexes, as in PHP), as a list.  Another value's own member of that name is
    called instead."""
    try:
        kind = w_foreign.interop_kind()
        if kind != interop.HASH and kind != interop.ARRAY:
            return boundary.import_value(w_foreign.interop_invoke(
                ENTRY_METHODS[which], [boundary.export_value(w_arg) for w_arg in args_w]))
        if args_w:
            raise space.type_error("%s() takes no arguments (%d given)"
                                   % (ENTRY_METHODS[which], len(args_w)))
        result_w = []
        if kind == interop.ARRAY:
            for index in range(w_foreign.interop_size()):
                w_key = space.newint(index)
                w_value = boundary.import_value(w_foreign.interop_read_index(index))
                result_w.append(entry(space, which, w_key, w_value))
            return space.newlist(result_w)
        w_keys = w_foreign.interop_iterate()
        w_next = w_keys.interop_next()
        while w_next is not None:
            w_value = None
            if which != KEYS:
                w_value = boundary.import_value(w_foreign.interop_read_key(w_next))
            result_w.append(entry(space, which, boundary.import_value(w_next), w_value))
            w_next = w_keys.interop_next()
        return space.newlist(result_w)
    except InteropError as e:
        raise python_error(e)


def entry(space, which, w_key, w_value):
    if which == KEYS:
        return w_key
    if which == VALUES:
        return w_value
    return space.newtuple([w_key, w_value])


@foreign_classdef.method("keys")
def foreign_keys(self, space, args_w):
    return entries(space, self.w_foreign, KEYS, args_w)


@foreign_classdef.method("values")
def foreign_values(self, space, args_w):
    return entries(space, self.w_foreign, VALUES, args_w)


@foreign_classdef.method("items")
def foreign_items(self, space, args_w):
    return entries(space, self.w_foreign, ITEMS, args_w)


@foreign_classdef.method("get", w_key=None, w_default=None)
def foreign_get(self, space, w_key, w_default=None):
    """A hash's `get`, as a dict's; another value's own member `get` is called instead."""
    w_foreign = self.w_foreign
    try:
        if w_foreign.interop_kind() != interop.HASH:
            args_w = [boundary.export_value(w_key)]
            if w_default is not None:
                args_w.append(boundary.export_value(w_default))
            return boundary.import_value(w_foreign.interop_invoke("get", args_w))
        try:
            return boundary.import_value(w_foreign.interop_read_key(boundary.export_value(w_key)))
        except UnknownKey:
            return space.w_None if w_default is None else w_default
    except InteropError as e:
        raise python_error(e)


@foreign_classdef.method("__repr__")
def foreign_repr(self, space):
    try:
        return space.newstr(self.w_foreign.interop_display())
    except InteropError as e:
        raise python_error(e)


foreign_classdef.exposes(W_ForeignObject)


def python_error(error):
    """The OperationError a protocol error is in Python."""
    space = context.space
    if not interop.SEVERAL_LANGUAGES:      # only LanguageNotLinked (framework/polyglot.py)
        return space.error(space.w_RuntimeError, error.message)
    if isinstance(error, GuestException):
        w_exception = error.w_exception
        if isinstance(w_exception, W_ExceptionObject):
            return OperationError(w_exception)          # a Python exception coming home
        w_type = context.foreign_exceptions.get(error.language, None)
        if w_type is not None:                          # PHPException and the like
            w_exc = space.new_exception(w_type, [space.newstr(error.located_message())])
            if w_exception is not None:
                space.setattr(w_exc, "foreign", boundary.import_value(w_exception))
            return OperationError(w_exc)
        return space.error(space.w_RuntimeError, error.message)
    if isinstance(error, UnknownMember):
        return space.error(space.w_AttributeError, error.message)
    if isinstance(error, InvalidIndex):
        return space.error(space.w_IndexError, error.message)
    if isinstance(error, UnknownKey):
        return space.key_error(boundary.import_value(error.w_key))
    return space.type_error(error.message)       # unsupported message, arity, type


class PythonBoundary(interop.boundary_class("python", W_Object, W_ForeignObject)):
    def new_null(self):
        return context.space.w_None

    def new_bool(self, value):
        return context.space.newbool(value)

    def new_int(self, value):
        return context.space.newint(value)

    def new_float(self, value):
        return context.space.newfloat(value)

    def new_str(self, value):
        return context.space.newstr(value)

    def language_error(self, error):
        return python_error(error)


boundary = PythonBoundary()


# -- Python values answering ----------------------------------------------------------------
def kind_of(w_obj):
    if isinstance(w_obj, W_NoneObject):
        return interop.NULL
    if isinstance(w_obj, W_BoolObject):
        return interop.BOOLEAN
    if isinstance(w_obj, W_AbstractIntObject) or isinstance(w_obj, W_FloatObject):
        return interop.NUMBER
    if isinstance(w_obj, W_StrObject):
        return interop.STRING
    if isinstance(w_obj, W_ListObject) or isinstance(w_obj, W_TupleObject):
        return interop.ARRAY
    if isinstance(w_obj, W_DictObject):
        return interop.HASH
    if isinstance(w_obj, W_ExceptionObject):
        return interop.EXCEPTION
    if (isinstance(w_obj, W_FunctionObject) or isinstance(w_obj, W_BuiltinFunction) or
            isinstance(w_obj, W_MethodObject) or isinstance(w_obj, W_TypeObject)):
        return interop.CALLABLE
    return interop.OBJECT


def expect(w_obj, kind, selector):
    if kind_of(w_obj) != kind:
        raise UnsupportedMessage(selector)


def expect_members(w_obj, selector):
    """Primitives have no members through the protocol (their methods stay Python's)."""
    if kind_of(w_obj) in interop.PRIMITIVE_KINDS:
        raise UnsupportedMessage(selector)


def guest_exception(error):
    """A Python exception leaving Python through the protocol."""
    space = context.space
    w_exc = error.w_value
    text = space.type(w_exc).name
    message = space.str_text(w_exc)
    if message:
        text += ": " + message
    w_original = boundary.foreign_of(space.findattr_quiet(w_exc, "foreign"))
    if w_original is not None and w_original.interop_kind() == interop.EXCEPTION:
        return GuestException(text, w_original)             # PHPException: going home
    location = ""
    if isinstance(w_exc, W_ExceptionObject) and w_exc.traceback:
        record = w_exc.traceback[0]                         # the innermost frame
        location = "%s, line %d, in %s" % (record.filename, record.line, record.name)
    return GuestException(text, w_exc, "python", location)


def not_callable(w_obj):
    return UnsupportedMessage("call", "'%s' object is not callable (a Python value)"
                              % context.space.type(w_obj).name)


def check_arity(w_func, argc):
    """A Python function's positional arity, checked before the call (so a wrong count is
    the protocol's ArityError, not a TypeError from inside)."""
    bound = 0
    if isinstance(w_func, W_MethodObject):
        w_func = w_func.w_function
        bound = 1
    if not isinstance(w_func, W_FunctionObject):
        return
    code = w_func.code
    if code.kwonlyargcount > 0:
        return                                      # keywords: let Python word any error
    max_args = code.argcount - bound
    min_args = max_args - len(w_func.defaults_w)
    if code.flags & opcodes.CO_VARARGS:
        max_args = -1
    if argc < min_args or (max_args >= 0 and argc > max_args):
        raise ArityError(min_args, max_args, argc, "%s() (Python, %s, line %d)"
                         % (code.qualname, code.filename, code.firstlineno))


class Answers(object):
    """Installed on W_Object."""

    def interop_kind(self):
        return kind_of(self)

    def interop_as_bool(self):
        expect(self, interop.BOOLEAN, "as_bool")
        return context.space.is_true(self)

    def interop_fits_int(self):
        return isinstance(self, W_IntObject) and not isinstance(self, W_BoolObject)

    def interop_as_int(self):
        if not self.interop_fits_int():
            raise InteropTypeError("not an int of machine size")
        return context.space.int_w(self)

    def interop_as_float(self):
        expect(self, interop.NUMBER, "as_float")
        try:
            return context.space.float_w(self)
        except OperationError as e:
            raise guest_exception(e)

    def interop_as_str(self):
        expect(self, interop.STRING, "as_str")
        return context.space.str_w(self)

    def interop_call(self, args_w):
        space = context.space
        if kind_of(self) != interop.CALLABLE and space.lookup(self, "__call__") is None:
            raise not_callable(self)
        check_arity(self, len(args_w))
        try:
            return boundary.export_value(space.call_function(self, boundary.import_list(args_w)))
        except OperationError as e:
            raise guest_exception(e)

    def interop_call_named(self, args_w, names, named_w):
        if not names:
            return self.interop_call(args_w)
        space = context.space
        if kind_of(self) != interop.CALLABLE and space.lookup(self, "__call__") is None:
            raise not_callable(self)
        try:                                    # Python words a wrong argument itself
            return boundary.export_value(space.call(self, boundary.import_list(args_w),
                                                    [name for name in names],
                                                    boundary.import_list(named_w)))
        except OperationError as e:
            raise guest_exception(e)

    def interop_invoke(self, name, args_w):
        space = context.space
        try:
            w_method = space.findattr(self, name)
        except OperationError as e:
            raise guest_exception(e)
        if w_method is None:
            raise UnknownMember(name)
        return boundary.export_value(w_method).interop_call(args_w)

    def interop_read_member(self, name):
        expect_members(self, "read_member")
        try:
            w_value = context.space.findattr(self, name)
        except OperationError as e:
            raise guest_exception(e)
        if w_value is None:
            raise UnknownMember(name)
        return boundary.export_value(w_value)

    def interop_write_member(self, name, w_value):
        expect_members(self, "write_member")
        space = context.space
        try:
            space.setattr(self, name, boundary.import_value(w_value))
        except OperationError as e:
            if e.match(space, space.w_AttributeError):
                raise UnknownMember(name)
            raise guest_exception(e)

    def interop_read_index(self, index):
        expect(self, interop.ARRAY, "read_index")
        if index < 0 or index >= self.interop_size():
            raise InvalidIndex(index)
        space = context.space
        return boundary.export_value(space.getitem(self, space.newint(index)))

    def interop_write_index(self, index, w_value):
        if not isinstance(self, W_ListObject):
            raise UnsupportedMessage("write_index")
        if index < 0 or index >= self.interop_size():
            raise InvalidIndex(index)
        space = context.space
        space.setitem(self, space.newint(index), boundary.import_value(w_value))

    def interop_read_key(self, w_key):
        expect(self, interop.HASH, "read_key")
        space = context.space
        try:
            return boundary.export_value(space.getitem(self, boundary.import_value(w_key)))
        except OperationError as e:
            if e.match(space, space.w_KeyError):
                raise UnknownKey(w_key, space.repr_w(boundary.import_value(w_key)))
            raise guest_exception(e)

    def interop_write_key(self, w_key, w_value):
        expect(self, interop.HASH, "write_key")
        space = context.space
        try:
            space.setitem(self, boundary.import_value(w_key), boundary.import_value(w_value))
        except OperationError as e:
            raise guest_exception(e)

    def interop_size(self):
        kind = kind_of(self)
        if kind != interop.ARRAY and kind != interop.HASH:
            raise UnsupportedMessage("size")
        return context.space.len_w(self)

    def interop_iterate(self):
        space = context.space
        try:
            return space.iter(self)
        except OperationError as e:
            if e.match(space, space.w_TypeError):
                raise UnsupportedMessage("iterate")
            raise guest_exception(e)

    def interop_next(self):
        try:
            w_item = context.space.next(self)
        except OperationError as e:
            raise guest_exception(e)
        return None if w_item is None else boundary.export_value(w_item)

    def interop_display(self):
        try:
            return context.space.str_text(self)
        except OperationError as e:
            raise guest_exception(e)


interop.install([W_Object], Answers)
