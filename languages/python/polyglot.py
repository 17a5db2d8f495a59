"""Python's polyglot hooks (framework/polyglot.py) and the built-ins by which a Python program
reaches the other languages of its binary.

Other languages reach Python by the name "python": `polyglot_eval` runs a `def` in a fresh
module whose globals are the caller's scope (a HASH of names) and answers the function;
`polyglot_import` is `import name`; `polyglot_globals` is `__main__` (or builtins when Python
is not the main program).

PyHyp's API on this side: `compile_php_func(src)` returns the PHP function `src` declares,
`php_global_ns()` PHP's functions, classes and constants as attributes
(`php_global_ns().strlen("abc")`), `PHPRef(x)` a cell with `.deref()` and `.store(v)` that a
PHP function taking `&$arg` writes through.  A PHP exception reaching Python is a `PHPException`
(another language's, `<Name>Exception`), a subclass of RuntimeError whose `foreign` attribute
is the original.  The same for any linked language: `polyglot_eval(lang, src)`,
`polyglot_import(lang, name)`, `polyglot_globals(lang)`.
"""
from rpython.rlib.objectmodel import not_rpython

from framework import interop, polyglot
from framework.errors import SourceError
from framework.interop import InteropError, InteropTypeError, GuestException
from framework.registry import discover
from languages.python import interop as python_interop
from languages.python.builtins import functions
from languages.python.error import OperationError
from languages.python.importing import import_dotted, cached_module
from languages.python.kit import ClassDef
from languages.python.language import PythonLanguage
from languages.python.objects.base import W_Object
from languages.python.objects.moduleobject import W_ModuleObject
from languages.python.objects.typeobject import W_TypeObject, LAYOUT_EXCEPTION

boundary = python_interop.boundary


class Types(object):
    def __init__(self):
        self.w_phpref = None


types = Types()
phpref_classdef = ClassDef("PHPRef")


class W_PHPRef(W_Object):
    """PyHyp's PHPRef: a cell another language may bind a by-reference parameter to (it
    answers the member `__reference__`, and `deref` and `store`)."""

    def __init__(self, w_value):
        self.w_value = w_value

    def getclass(self, space):
        return types.w_phpref


@phpref_classdef.method("deref")
def phpref_deref(self, space):
    return self.w_value


@phpref_classdef.method("store")
def phpref_store(self, space, w_value):
    self.w_value = w_value
    return space.w_None


@phpref_classdef.method("__reference__")
def phpref_reference(self, space):
    return space.w_True


phpref_classdef.exposes(W_PHPRef)


@functions.function("PHPRef")
def builtin_phpref(space, w_value=None):
    return W_PHPRef(space.w_None if w_value is None else w_value)


def exception_name(language):
    """PyHyp's PHPException for php; `<Name>Exception` for the others."""
    if len(language) <= 3:
        return language.upper() + "Exception"
    return language[0].upper() + language[1:] + "Exception"


@not_rpython
def attach(language):
    """Make `language`'s space the one interop uses, with an exception type (in builtins)
    for every other language's exceptions."""
    space = language.space
    python_interop.attach(space)
    types.w_phpref = space.make_type(phpref_classdef, space.w_object)
    if not interop.SEVERAL_LANGUAGES:
        return
    for slot in discover():
        if slot.name != "python":
            name = exception_name(slot.name)
            w_type = W_TypeObject(name, [space.w_RuntimeError], LAYOUT_EXCEPTION, True)
            python_interop.context.foreign_exceptions[slot.name] = w_type
            space.builtins.w_dict.set(name, w_type)


class Hooks(object):
    def polyglot_eval(self, source, w_scope):
        space = self.space
        name = polyglot.function_name(source, "def")
        if not name:
            raise InteropTypeError("compile_py_func: the source defines no function")
        w_module = W_ModuleObject("__polyglot__")
        if w_scope is not None and w_scope.interop_kind() == interop.HASH:
            w_names = w_scope.interop_iterate()
            w_key = w_names.interop_next()
            while w_key is not None:
                if w_key.interop_kind() == interop.STRING:
                    w_module.w_dict.set(w_key.interop_as_str(),
                                        boundary.import_value(w_scope.interop_read_key(w_key)))
                w_key = w_names.interop_next()
        try:
            self.execute_module("<compile_py_func>", source, w_module)
        except SourceError as e:
            raise GuestException("SyntaxError: %s (<compile_py_func>, line %d)"
                                 % (e.message, e.line), None, "python")
        except OperationError as e:
            raise python_interop.guest_exception(e)
        w_function = w_module.w_dict.get(name)
        if w_function is None:
            raise InteropTypeError("compile_py_func: %s was not defined" % name)
        return boundary.export_value(w_function)

    def polyglot_import(self, module_name):
        try:
            return boundary.export_value(import_dotted(self.space, module_name))
        except OperationError as e:
            raise python_interop.guest_exception(e)

    def polyglot_globals(self):
        space = self.space
        w_main = cached_module(space, "__main__")
        if w_main is None:
            return space.builtins
        return w_main


polyglot.implement(PythonLanguage, Hooks)


@functions.function("compile_php_func")
def compile_php_func(space, w_source):
    try:
        return boundary.import_value(polyglot.eval_function("php", space.str_w(w_source),
                                                            None))
    except InteropError as e:
        raise python_interop.python_error(e)


@functions.function("php_global_ns")
def php_global_ns(space):
    try:
        return boundary.import_value(polyglot.global_namespace("php"))
    except InteropError as e:
        raise python_interop.python_error(e)


@functions.function("polyglot_eval")
def builtin_polyglot_eval(space, w_language, w_source):
    try:
        return boundary.import_value(polyglot.eval_function(space.str_w(w_language),
                                                            space.str_w(w_source), None))
    except InteropError as e:
        raise python_interop.python_error(e)


@functions.function("polyglot_import")
def builtin_polyglot_import(space, w_language, w_name):
    try:
        return boundary.import_value(polyglot.import_module(space.str_w(w_language),
                                                            space.str_w(w_name)))
    except InteropError as e:
        raise python_interop.python_error(e)


@functions.function("polyglot_globals")
def builtin_polyglot_globals(space, w_language):
    try:
        return boundary.import_value(polyglot.global_namespace(space.str_w(w_language)))
    except InteropError as e:
        raise python_interop.python_error(e)
