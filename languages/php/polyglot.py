"""PHP's built-ins that reach other languages of the binary (framework/polyglot.py).

PyHyp's API (Barrett et al., ECOOP 2016), so PyHyp-style programs run unchanged:
`compile_py_func($src)` returns the Python function `$src` defines, as a PHP callable; the
function sees the calling PHP scope's variables by name (as they are at the call of
compile_py_func: a snapshot, where PyHyp looks them up live).  `compile_py_func_global($src)`
sees the global scope's instead.  `compile_py_meth('Class', $src)` makes the Python function
a method of the PHP class (its first parameter is the object).  `import_py_mod('math')`
returns a Python module whose attributes are callable (`$m->floor(7.9)`).
`call_py_func($f, $args, $kwargs)` calls with an array of arguments and one of keyword
arguments (name => value); named arguments (`$f(1, c: 2)`) are Python's keywords too.
The same for any linked language: `polyglot_eval('lang', $src)`, `polyglot_import('lang',
'name')` and `polyglot_globals('lang')`.
"""
from framework import polyglot
from framework.interop import InteropError
from languages.php.arrays import W_Array
from languages.php.builtins import functions
from languages.php.interop import (Hooks, add_method, attach, boundary, export, export_named,
                                   php_error, running_frame)
from languages.php.language import PhpLanguage
from languages.php.objects import W_Null, w_null

polyglot.implement(PhpLanguage, Hooks)


def frame_variables(space, frame):
    """The variables of a PHP frame, as an array (name => value)."""
    w_array = W_Array()
    if frame is None:
        return w_array
    code = frame.code
    for i in range(code.nslots):
        w_value = frame.getlocal(i)
        name = code.varnames[i]
        if w_value is not None and not name.startswith("\0"):
            w_array.set_str(name, space.stored(w_value.deref()))
    if frame.extra_vars is not None:
        for name, w_ref in frame.extra_vars.items():
            w_array.set_str(name, space.stored(w_ref.deref()))
    return w_array


def eval_in(space, language, source, w_scope):
    attach(space)
    try:
        return boundary.import_value(polyglot.eval_function(language, source, w_scope))
    except InteropError as e:
        raise php_error(e)


@functions.function("compile_py_func")
def compile_py_func(space, w_source):
    return eval_in(space, "python", space.str(w_source),
                   frame_variables(space, running_frame(space)))


@functions.function("compile_py_func_global")
def compile_py_func_global(space, w_source):
    return eval_in(space, "python", space.str(w_source),
                   frame_variables(space, space.main_frame))


@functions.function("compile_py_meth")
def compile_py_meth(space, w_class_name, w_source):
    w_class = space.lookup_class(space.str(w_class_name))
    source = space.str(w_source)
    name = polyglot.function_name(source, "def")
    w_function = eval_in(space, "python", source, frame_variables(space, running_frame(space)))
    add_method(space, w_class, name, export(w_function))
    return w_null


@functions.function("import_py_mod")
def import_py_mod(space, w_name):
    attach(space)
    try:
        return boundary.import_value(polyglot.import_module("python", space.str(w_name)))
    except InteropError as e:
        raise php_error(e)


@functions.function("call_py_func")
def call_py_func(space, w_func, w_args=None, w_kwargs=None):
    attach(space)
    args_w = []
    if isinstance(w_args, W_Array):
        args_w = [export(w_arg) for w_arg in w_args.values_w()]
    names = None
    named_w = None
    if isinstance(w_kwargs, W_Array):
        names, named_w = export_named(space, w_kwargs)
    elif w_kwargs is not None and not isinstance(w_kwargs, W_Null):
        raise space.error("TypeError", "call_py_func(): keyword arguments must be an array")
    try:
        if names is None:
            w_result = export(w_func).interop_call(args_w)
        else:
            w_result = export(w_func).interop_call_named(args_w, names, named_w)
        return boundary.import_value(w_result)
    except InteropError as e:
        raise php_error(e)


@functions.function("polyglot_eval")
def polyglot_eval(space, w_language, w_source):
    return eval_in(space, space.str(w_language), space.str(w_source),
                   frame_variables(space, running_frame(space)))


@functions.function("polyglot_import")
def polyglot_import(space, w_language, w_name):
    attach(space)
    try:
        return boundary.import_value(polyglot.import_module(space.str(w_language),
                                                            space.str(w_name)))
    except InteropError as e:
        raise php_error(e)


@functions.function("polyglot_globals")
def polyglot_globals(space, w_language):
    attach(space)
    try:
        return boundary.import_value(polyglot.global_namespace(space.str(w_language)))
    except InteropError as e:
        raise php_error(e)
