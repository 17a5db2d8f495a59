"""PHP's side of the interop protocol (framework/interop.py), and its polyglot hooks
(framework/polyglot.py).

PHP's values answer messages as PHP code would ask them.  null, booleans, ints, floats and
strings are primitives (objects.py).  An array is an ARRAY when its keys are 0..n-1 in order
(a list), else a HASH, read and written by index or key, iterated by value (ARRAY) or by key
(HASH, as a Python dict is).  A write goes into the array itself, so the other language sees
PHP's array and PHP sees the change; PHP's own copy-on-assignment still holds between PHP
variables.  Functions, closures, built-ins and classes (a call instantiates) are callable;
a Throwable object is an exception; any other object is an object, its members its public
properties and its methods (read as closures).

Another language's value inside PHP is a `W_PhpForeign`, an object of the final class
ForeignObject (interop.php, declared in a PHP interpreter the first time one is needed).  Its
magic methods answer PHP's operations, `$f(...)`, `$f->name`, `$f->m(...)`, `$f[k]`,
`isset`, `count()`, `foreach` and string conversion, by calling the `__interop_*` built-ins
here, each of which sends one message.  A protocol error becomes the PHP exception PHP code
would expect (Error, TypeError, ArgumentCountError, OutOfBoundsException).  Another language's
exception becomes a ForeignException (PyException for Python's) whose `foreign` property is
the original; a PHP exception coming home is itself.

One PHP interpreter serves the process: the running program's (the PHP built-ins here attach
it), or one made on first use when another language is the main program.
"""
import os

from framework import interop, polyglot
from framework.errors import SourceError
from framework.interop import (InteropError, UnsupportedMessage, ArityError, InteropTypeError,
                               UnknownMember, InvalidIndex, UnknownKey, GuestException)
from languages.php.arrays import W_Array, new_list
from languages.php.builtins import functions
from languages.php.compiler import compile_php
from languages.php.errors import PhpThrow, PhpFatal
from languages.php.functions import W_Callable, W_Function, W_Builtin, W_Class, W_Closure
from languages.php.objects import (W_Value, W_Null, W_Bool, W_Int, W_Float, W_String, W_Object,
                                   W_Reference, w_null, newbool, newint)
from languages.php.runtime import PhpInterpreter, PRELUDE_CODE, install_constants

INTEROP_PATH = os.path.join(os.path.dirname(__file__), "interop.php")
with open(INTEROP_PATH) as f:
    INTEROP_CODE = compile_php(f.read(), "prelude:interop")
# The exception class another language's exception becomes in PHP (PyHyp's names).
FOREIGN_EXCEPTION_CLASSES = {"python": "PyException"}


class Context(object):
    """`methods_w`: the other languages' functions made PHP methods (compile_py_meth), by
    the number their PHP stub calls them with."""
    _crosses_languages_ = ['methods_w']

    def __init__(self):
        self.space = None
        self.w_foreign_class = None
        self.methods_w = []


context = Context()


def attach(space):
    """Make `space` the PHP interpreter other languages reach (with ForeignObject declared)."""
    if context.space is not space or context.w_foreign_class is None:
        context.space = space
        if space.find_class("ForeignObject") is None:
            space.run_code(INTEROP_CODE, space.new_frame(INTEROP_CODE, None, None, None))
        context.w_foreign_class = space.find_class("ForeignObject")
    return space


def php_space():
    """The process's PHP interpreter, started (constants, prelude) when first needed."""
    space = context.space
    if space is None:
        space = PhpInterpreter()
        space.filename = "<polyglot>"
        install_constants(space)
        frame = space.new_frame(PRELUDE_CODE, None, None, None)
        space.main_frame = frame
        space.run_code(PRELUDE_CODE, frame)
        attach(space)
    return space


def running_frame(space):
    """The PHP frame a crossing acts from: the running one, or the prelude's when another
    language calls in with no PHP code running."""
    frame = space.top_frame()
    if frame is None:
        return space.main_frame
    return frame


# -- foreign values inside PHP ----------------------------------------------------------------
class W_PhpForeign(interop.adapter_base("php", W_Object)):
    """Another language's value inside PHP: an object of class ForeignObject."""

    def __init__(self, w_foreign):
        space = php_space()
        W_Object.__init__(self, context.w_foreign_class, space.new_handle())
        self.w_foreign = w_foreign


def php_error(error):
    """The PhpThrow a protocol error is in PHP."""
    space = php_space()
    if not interop.SEVERAL_LANGUAGES:      # only LanguageNotLinked (framework/polyglot.py)
        return space.error("Error", error.message)
    if isinstance(error, GuestException):
        w_exception = error.w_exception
        if isinstance(w_exception, W_Object):
            return PhpThrow(w_exception)            # a PHP exception coming home
        class_name = FOREIGN_EXCEPTION_CLASSES.get(error.language, "ForeignException")
        throw = space.error(class_name, error.located_message())
        if w_exception is not None:
            throw.w_exception.write_attr("foreign", boundary.import_value(w_exception))
        return throw
    if isinstance(error, ArityError):
        return space.error("ArgumentCountError", error.message)
    if isinstance(error, InvalidIndex) or isinstance(error, UnknownKey):
        return space.error("OutOfBoundsException", error.message)
    if isinstance(error, UnsupportedMessage) or isinstance(error, InteropTypeError):
        return space.error("TypeError", error.message)
    return space.error("Error", error.message)      # unknown member, language not linked


class PhpBoundary(interop.boundary_class("php", W_Value, W_PhpForeign)):
    def new_null(self):
        return w_null

    def new_bool(self, value):
        return newbool(value)

    def new_int(self, value):
        return newint(value)

    def new_float(self, value):
        return W_Float(value)

    def new_str(self, value):
        return W_String(value)

    def language_error(self, error):
        return php_error(error)


boundary = PhpBoundary()


def export(w_value):
    """A PHP value (maybe a reference cell) as other languages receive it."""
    return boundary.export_value(w_value.deref())


# -- PHP values answering ---------------------------------------------------------------------
def is_throwable(w_obj):
    """By name, so a value made by another PHP interpreter of the process answers too."""
    for w_interface in w_obj.getclass().interfaces:
        if w_interface.lower_name == "throwable":
            return True
    return False


def kind_of(w_value):
    if isinstance(w_value, W_Array):
        return interop.ARRAY if w_value.is_list() else interop.HASH
    if isinstance(w_value, W_Callable) or isinstance(w_value, W_Class) or \
            isinstance(w_value, W_Closure):
        return interop.CALLABLE
    if isinstance(w_value, W_Object) and is_throwable(w_value):
        return interop.EXCEPTION
    return interop.OBJECT


def guest_exception(w_exception):
    """A PHP exception leaving PHP through the protocol."""
    text = w_exception.getclass().name
    w_message = w_exception.read_attr("message")
    if w_message is not None:
        message = php_space().str(w_message.deref())
        if message:
            text += ": " + message
    w_original = w_exception.read_attr("foreign")
    if w_original is not None:
        w_foreign = boundary.foreign_of(w_original.deref())
        if w_foreign is not None and w_foreign.interop_kind() == interop.EXCEPTION:
            return GuestException(text, w_foreign)              # PyException: going home
    space = php_space()
    w_file = w_exception.read_attr("file")
    w_line = w_exception.read_attr("line")
    location = ""
    if w_file is not None and w_line is not None:
        line = space.str(w_line.deref())
        if line != "0":                     # 0: raised by PHP's binding, not PHP code
            location = "%s on line %s" % (space.str(w_file.deref()), line)
    return GuestException(text, w_exception, "php", location)


def fatal(error, location):
    """A PHP fatal error as the protocol's error: `location` says where (a PhpFatal has
    no line of its own)."""
    return GuestException("PHP Fatal error: " + error.message, None, "php", location)


def describe(w_callee):
    """A PHP callable and where it is defined, for an error seen from another language."""
    w_func = w_callee
    if isinstance(w_callee, W_Closure):
        w_func = w_callee.w_func
    if isinstance(w_func, W_Function) and w_func.code is not None:
        return "%s() (PHP, %s on line %d)" % (w_func.name, w_func.code.filename,
                                               w_func.code.first_line)
    if isinstance(w_func, W_Callable):
        return w_func.display_name()
    return "PHP callable"


def check_arity(w_callee, argc):
    """A user function's arity, checked before the call: PHP drops extra arguments, the
    protocol reports them (so a wrong count is an ArityError, not a PHP error inside)."""
    w_func = w_callee
    if isinstance(w_callee, W_Closure):
        w_func = w_callee.w_func
    if not isinstance(w_func, W_Function) or w_func.code is None:
        return
    code = w_func.code
    max_args = -1 if code.is_variadic else len(code.params)
    if argc < code.required or (max_args >= 0 and argc > max_args):
        raise ArityError(code.required, max_args, argc, describe(w_func))


def is_reference(w_value):
    """A cell of another language (Python's PHPRef) answers the member `__reference__`."""
    try:
        w_value.interop_read_member("__reference__")
    except InteropError:
        return False
    return True


def import_argument(w_value):
    """An argument of a call into PHP.  A reference cell (PHPRef) arrives as a PHP reference
    to its value, written back after the call.  A foreign list or hash arrives as a PHP array
    of its elements: a PHP parameter holds an array by value, and PHP's array functions take
    arrays only.  Anything else is imported as usual."""
    kind = w_value.interop_kind()
    if isinstance(w_value, W_Value):
        return w_value
    if kind == interop.OBJECT and is_reference(w_value):
        return W_Reference(php_space().stored(
            import_argument(w_value.interop_invoke("deref", []))))
    if kind != interop.ARRAY and kind != interop.HASH:
        return boundary.import_value(w_value)
    w_array = W_Array()
    if kind == interop.ARRAY:
        for i in range(w_value.interop_size()):
            w_array.append(php_space().stored(import_argument(w_value.interop_read_index(i))))
        return w_array
    w_keys = w_value.interop_iterate()
    w_key = w_keys.interop_next()
    while w_key is not None:
        w_array.set(array_key(w_key),
                    php_space().stored(import_argument(w_value.interop_read_key(w_key))))
        w_key = w_keys.interop_next()
    return w_array


def call_php(w_callee, args_w, w_named):
    """Call a PHP callable with PHP arguments (`w_named`: the named ones, or None); PHP's
    errors leave as protocol errors."""
    space = php_space()
    try:
        if isinstance(w_callee, W_Class):
            return space.instantiate(running_frame(space), w_callee, args_w, w_named)
        return space.call_value(running_frame(space), w_callee, args_w, w_named)
    except PhpThrow as e:
        raise guest_exception(e.w_exception)
    except PhpFatal as e:
        raise fatal(e, "the call of " + describe(w_callee))


def call_with(w_callee, args_w, w_named):
    """The call of a PHP callable from outside: a reference cell among the positional
    arguments gets PHP's write back."""
    php_args_w = [import_argument(w_arg) for w_arg in args_w]
    w_result = call_php(w_callee, php_args_w, w_named)
    for i in range(len(args_w)):
        w_arg = php_args_w[i]
        if isinstance(w_arg, W_Reference):
            args_w[i].interop_invoke("store", [export(w_arg.w_value)])
    return export(w_result)


def not_callable(w_value):
    what = "value"
    if isinstance(w_value, W_Array):
        what = "array"
    elif isinstance(w_value, W_Object):
        what = "object of class " + w_value.getclass().name
    return UnsupportedMessage("call", "%s is not callable (a PHP value)" % what)


def is_callable(w_value):
    if kind_of(w_value) == interop.CALLABLE:
        return True
    return isinstance(w_value, W_Object) and \
        w_value.getclass().find_method("__invoke") is not None


def expect_array(w_value, selector):
    if not isinstance(w_value, W_Array):
        raise UnsupportedMessage(selector)
    return w_value


def array_key(w_key):
    """A key from another language as PHP normalises it."""
    space = php_space()
    try:
        return space.array_key(boundary.import_value(w_key))
    except PhpThrow:
        raise InteropTypeError("illegal array key")


class Answers(object):
    """Installed on W_Array, W_Object, W_Callable and W_Class."""

    def interop_kind(self):
        return kind_of(self)

    def interop_call(self, args_w):
        if not is_callable(self):
            raise not_callable(self)
        check_arity(self, len(args_w))
        return call_with(self, args_w, None)

    def interop_call_named(self, args_w, names, named_w):
        if not names:
            return self.interop_call(args_w)
        if not is_callable(self):
            raise not_callable(self)
        w_named = W_Array()                             # PHP words a wrong name itself
        for i in range(len(names)):
            w_named.set_str(names[i], php_space().stored(import_argument(named_w[i])))
        return call_with(self, args_w, w_named)

    def interop_invoke(self, name, args_w):
        if not isinstance(self, W_Object):
            raise UnsupportedMessage("invoke")
        space = php_space()
        w_class = self.getclass()
        if w_class.find_method(name.lower()) is None and w_class.find_method("__call") is None:
            raise UnknownMember(name)
        try:
            w_method = space.find_method_for_call(running_frame(space), self, name)
            w_result = space.call_method_value(running_frame(space), w_method, self,
                                               boundary.import_list(args_w), None)
        except PhpThrow as e:
            raise guest_exception(e.w_exception)
        except PhpFatal as e:
            raise fatal(e, "the call of method %s" % name)
        return export(w_result)

    def interop_read_member(self, name):
        if not isinstance(self, W_Object):
            raise UnsupportedMessage("read_member")
        space = php_space()
        w_class = self.getclass()
        w_value = self.read_attr(name)
        info = w_class.find_prop(name)
        if w_value is not None and (info is None or info.visibility == "public"):
            return export(w_value)
        w_method = w_class.find_method(name.lower())
        if w_method is not None:
            return space.method_closure(w_method, self)
        if w_class.find_method("__get") is not None:
            try:
                return export(space.get_prop(self, name, True))
            except PhpThrow as e:
                raise guest_exception(e.w_exception)
        raise UnknownMember(name)

    def interop_write_member(self, name, w_value):
        if not isinstance(self, W_Object):
            raise UnsupportedMessage("write_member")
        try:
            php_space().set_prop(self, name, boundary.import_value(w_value))
        except PhpThrow as e:
            raise guest_exception(e.w_exception)

    def interop_read_index(self, index):
        w_array = expect_array(self, "read_index")
        w_value = w_array.get_int(index)
        if w_value is None:
            raise InvalidIndex(index)
        return export(w_value)

    def interop_write_index(self, index, w_value):
        w_array = expect_array(self, "write_index")
        if index < 0 or index >= w_array.length():
            raise InvalidIndex(index)
        w_array.set(newint(index), php_space().stored(boundary.import_value(w_value)))

    def interop_read_key(self, w_key):
        w_array = expect_array(self, "read_key")
        w_value = w_array.get(array_key(w_key))
        if w_value is None:
            raise UnknownKey(w_key, php_space().str(boundary.import_value(w_key)))
        return export(w_value)

    def interop_write_key(self, w_key, w_value):
        w_array = expect_array(self, "write_key")
        w_array.set(array_key(w_key), php_space().stored(boundary.import_value(w_value)))

    def interop_size(self):
        return expect_array(self, "size").length()

    def interop_iterate(self):
        w_array = expect_array(self, "iterate")
        return W_PhpArrayIterator(w_array, not w_array.is_list())

    def interop_display(self):
        if isinstance(self, W_Array):
            return "Array"
        if isinstance(self, W_Callable):
            return self.display_name()
        if isinstance(self, W_Class):
            return self.name
        if isinstance(self, W_Closure):
            return "Closure"
        if isinstance(self, W_Object):
            if is_throwable(self):
                return guest_exception(self).message
            if self.getclass().find_method("__tostring") is not None:
                try:
                    return php_space().str(self)
                except PhpThrow as e:
                    raise guest_exception(e.w_exception)
            return self.getclass().name + " Object"
        return "?"


class W_PhpArrayIterator(W_Value):
    """Iteration over a PHP array from outside: its values (a list) or its keys (a hash)."""

    def __init__(self, w_array, by_key):
        self.w_array = w_array
        self.by_key = by_key
        self.position = w_array.first_position()

    def tname(self):
        return "iterator"

    def interop_next(self):
        position = self.position
        if position < 0:
            return None
        self.position = self.w_array.next_position(position)
        if self.by_key:
            return export(self.w_array.key_at(position))
        return export(self.w_array.value_at(position))


class PrimitiveAnswers(object):
    """Installed on PHP's primitives: their display string is what `echo` prints."""

    def interop_display(self):
        return php_space().str(self)


class IntAnswers(object):
    """Installed on W_Int: an int is a number, so it unboxes as a float too."""

    def interop_as_float(self):
        return float(self.intval)


interop.install([W_Array, W_Object, W_Callable, W_Class], Answers)
interop.install([W_Int], IntAnswers)
interop.install([W_Null, W_Bool, W_Int, W_Float, W_String], PrimitiveAnswers)


# -- the built-ins behind ForeignObject's methods ---------------------------------------------
def foreign_of(w_value):
    w_foreign = boundary.foreign_of(w_value)
    if w_foreign is None:
        raise php_space().error("TypeError", "not a foreign value")
    return w_foreign


def export_args(space, w_args):
    if not isinstance(w_args, W_Array):
        raise space.error("TypeError", "arguments must be an array")
    return [export(w_arg) for w_arg in w_args.values_w()]


def export_named(space, w_named):
    """PHP's named arguments (an array name => value) as the protocol's names and values."""
    names = []
    named_w = []
    position = w_named.first_position()
    while position >= 0:
        names.append(space.str(w_named.key_at(position)))
        named_w.append(export(w_named.value_at(position)))
        position = w_named.next_position(position)
    return names, named_w


def send_call(space, w_foreign, method, w_args):
    """Send `call` (`invoke` of `method` unless it is "") with a PHP argument array: its
    int keys positional, its string keys named (as `...$args` collects them)."""
    if not isinstance(w_args, W_Array):
        raise space.error("TypeError", "arguments must be an array")
    args_w, w_named = space.split_args(w_args)
    exported_w = [export(w_arg) for w_arg in args_w]
    if w_named is None:
        if method:
            return w_foreign.interop_invoke(method, exported_w)
        return w_foreign.interop_call(exported_w)
    if method:
        w_foreign = w_foreign.interop_read_member(method)
    names, named_w = export_named(space, w_named)
    return w_foreign.interop_call_named(exported_w, names, named_w)


def is_index(w_foreign, w_key):
    return w_foreign.interop_kind() == interop.ARRAY and isinstance(w_key, W_Int)


@functions.function("__interop_call")
def interop_call(space, w_self, w_args):
    attach(space)
    w_foreign = foreign_of(w_self)
    try:
        w_result = send_call(space, w_foreign, "", w_args)
    except InteropError as e:
        raise php_error(e)
    return boundary.import_value(w_result)


@functions.function("__interop_invoke")
def interop_invoke(space, w_self, w_name, w_args):
    attach(space)
    w_foreign = foreign_of(w_self)
    try:
        w_result = send_call(space, w_foreign, space.str(w_name), w_args)
    except InteropError as e:
        raise php_error(e)
    return boundary.import_value(w_result)


@functions.function("__interop_read_member")
def interop_read_member(space, w_self, w_name):
    try:
        return boundary.import_value(foreign_of(w_self).interop_read_member(space.str(w_name)))
    except InteropError as e:
        raise php_error(e)


@functions.function("__interop_write_member")
def interop_write_member(space, w_self, w_name, w_value):
    try:
        foreign_of(w_self).interop_write_member(space.str(w_name), export(w_value))
    except InteropError as e:
        raise php_error(e)
    return w_null


@functions.function("__interop_has_member")
def interop_has_member(space, w_self, w_name):
    try:
        w_value = foreign_of(w_self).interop_read_member(space.str(w_name))
    except InteropError:
        return newbool(False)
    return newbool(w_value.interop_kind() != interop.NULL)


def read_element(w_foreign, w_key):
    if is_index(w_foreign, w_key):
        assert isinstance(w_key, W_Int)
        return w_foreign.interop_read_index(w_key.intval)
    return w_foreign.interop_read_key(export(w_key))


@functions.function("__interop_read_element")
def interop_read_element(space, w_self, w_key):
    try:
        return boundary.import_value(read_element(foreign_of(w_self), w_key))
    except InteropError as e:
        raise php_error(e)


@functions.function("__interop_write_element")
def interop_write_element(space, w_self, w_key, w_value):
    w_foreign = foreign_of(w_self)
    try:
        if is_index(w_foreign, w_key):
            assert isinstance(w_key, W_Int)
            w_foreign.interop_write_index(w_key.intval, export(w_value))
        else:
            w_foreign.interop_write_key(export(w_key), export(w_value))
    except InteropError as e:
        raise php_error(e)
    return w_null


@functions.function("__interop_has_element")
def interop_has_element(space, w_self, w_key):
    try:
        w_value = read_element(foreign_of(w_self), w_key)
    except InvalidIndex:
        return newbool(False)
    except UnknownKey:
        return newbool(False)
    except InteropError as e:
        raise php_error(e)
    return newbool(w_value.interop_kind() != interop.NULL)


@functions.function("__interop_size")
def interop_size(space, w_self):
    try:
        return newint(foreign_of(w_self).interop_size())
    except InteropError as e:
        raise php_error(e)


@functions.function("__interop_iterate")
def interop_iterate(space, w_self):
    try:
        return boundary.import_value(foreign_of(w_self).interop_iterate())
    except InteropError as e:
        raise php_error(e)


@functions.function("__interop_next")
def interop_next(space, w_iterator):
    """The next item in a one-element array, or null at the end (an item may be null)."""
    try:
        w_item = foreign_of(w_iterator).interop_next()
    except InteropError as e:
        raise php_error(e)
    if w_item is None:
        return w_null
    return new_list([boundary.import_value(w_item)])


@functions.function("__interop_is_hash")
def interop_is_hash(space, w_self):
    return newbool(foreign_of(w_self).interop_kind() == interop.HASH)


@functions.function("__interop_display")
def interop_display(space, w_self):
    try:
        return W_String(foreign_of(w_self).interop_display())
    except InteropError as e:
        raise php_error(e)


# -- another language's function as a method of a PHP class ---------------------------------
def add_method(space, w_class, name, w_function):
    """Make `w_function` (another language's, taking the object first) the method `name` of
    `w_class`: a PHP stub method, compiled here, calls it with `$this` and the arguments."""
    number = len(context.methods_w)
    context.methods_w.append(w_function)
    stub = "__interop_method_%d" % number
    source = ("<?php class %s { function %s(...$args) { return __interop_call_method(%d, "
              "$this, $args); } }" % (stub, name, number))
    code = compile_php(source, "prelude:interop")
    space.run_code(code, space.new_frame(code, None, None, None))
    w_stub = space.lookup_class(stub).find_method(name.lower())
    assert isinstance(w_stub, W_Function)
    w_class.methods[name.lower()] = W_Function(name, w_stub.code, w_class)


@functions.function("__interop_call_method")
def interop_call_method(space, w_number, w_this, w_args):
    if not interop.SEVERAL_LANGUAGES:           # no method was added (SEVERAL_LANGUAGES)
        raise space.error("Error", "no other language is linked")
    w_function = context.methods_w[space.to_int(w_number)]
    args_w = [export(w_this)] + export_args(space, w_args)
    try:
        w_result = w_function.interop_call(args_w)
    except InteropError as e:
        raise php_error(e)
    return boundary.import_value(w_result)


# -- PHP's polyglot hooks: what other languages reach by the name "php" -----------------------
class W_PhpGlobals(W_Value):
    """PHP's global namespace as a value: its functions, classes and constants by name."""

    def tname(self):
        return "namespace"

    def interop_kind(self):
        return interop.OBJECT

    def interop_read_member(self, name):
        space = php_space()
        w_func = space.functions.get(name.lower(), None)
        if w_func is not None:
            return w_func
        w_class = space.find_class(name)
        if w_class is not None:
            return w_class
        w_constant = space.constants.get(name, None)
        if w_constant is not None:
            return export(w_constant)
        raise UnknownMember(name)

    def interop_invoke(self, name, args_w):
        return self.interop_read_member(name).interop_call(args_w)

    def interop_display(self):
        return "<PHP global namespace>"


w_php_globals = W_PhpGlobals()


class Hooks(object):
    def polyglot_eval(self, source, w_scope):
        space = php_space()
        name = polyglot.function_name(source, "function")
        if not name:
            raise InteropTypeError("compile_php_func: the source defines no function")
        try:
            code = compile_php("<?php " + source, "<compile_php_func>")
            space.run_code(code, space.new_frame(code, None, None, None))
        except SourceError as e:
            raise GuestException("PHP Parse error: %s in <compile_php_func> on line %d"
                                 % (e.message, e.line), None, "php")
        except PhpThrow as e:
            raise guest_exception(e.w_exception)
        except PhpFatal as e:
            raise fatal(e, "<compile_php_func>")
        w_function = space.functions.get(name.lower(), None)
        if w_function is None:
            raise InteropTypeError("compile_php_func: %s() was not declared" % name)
        return w_function

    def polyglot_import(self, module_name):
        raise UnsupportedMessage("php: PHP has no modules (asked for '%s')" % module_name)

    def polyglot_globals(self):
        php_space()
        return w_php_globals

