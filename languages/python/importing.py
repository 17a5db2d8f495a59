"""The import system: dotted names, packages (`__init__.py` and `__path__`), relative
imports, and the search along `sys.path`.

`sys.path` starts as the main script's folder, the folders in PYTHONPATH, and CPython 3.11's
own `Lib/` (languages/python/stdlib.py finds it), which supplies the pure-Python standard
library as PyPy's does.  The modules CPython writes in C are built in (modules.py) or written
in Python in languages/python/lib/ (compiled before translation).  Where lib/ and `Lib/` both
have a module, PRELUDE_BEFORE_LIB says which wins (collections, functools ... from lib/,
contextlib from `Lib/`); lib/'s is the fallback on a machine without `Lib/`.  A lib/
module that shadows a `Lib/` package gets the package's folder as `__path__`, so
`collections.abc` still imports from `Lib/`.
"""
import os

from languages.python.error import OperationError
from languages.python.objects.moduleobject import W_ModuleObject
from languages.python.objects.strobject import W_StrObject
from languages.python import stdlib


def import_name(space, name, w_fromlist, level, w_globals):
    """What `IMPORT_NAME` pushes: the top package for `import a.b`, the module itself when
    there is a from-list (whose names that are submodules get imported too)."""
    if level > 0:
        name = resolve_relative(space, name, level, w_globals)
    elif not name:
        raise space.error(space.w_ValueError, "Empty module name")
    w_module = import_dotted(space, name)
    has_fromlist = w_fromlist is not None and space.is_true(w_fromlist)
    if has_fromlist:
        path_w = space.findattr_quiet(w_module, "__path__")
        if path_w is not None:
            for w_item in space.listview(w_fromlist):
                item = space.str_w(w_item)
                if item != "*" and space.findattr_quiet(w_module, item) is None:
                    import_submodule_quietly(space, name + "." + item)
        return w_module
    if level > 0:
        # `from . import x` has a from-list; a bare relative import is a syntax error.
        return w_module
    dot = name.find(".")
    if dot < 0:
        return w_module
    return import_dotted(space, name[:dot])


def import_submodule_quietly(space, name):
    """`from package import name` where name may be a submodule: a missing one is left
    for IMPORT_FROM to report."""
    try:
        import_dotted(space, name)
    except OperationError as e:
        if not e.match(space, space.w_ModuleNotFoundError):
            raise
        if space.str_w(space.str(e.w_value)) != "No module named '%s'" % name:
            raise           # the submodule exists but something it imports does not


def resolve_relative(space, name, level, w_globals):
    """The absolute name of `from ..name import x` in the module whose globals are given."""
    package = ""
    w_package = None
    if isinstance(w_globals, W_ModuleObject):
        w_package = w_globals.w_dict.get("__package__")
        if w_package is None or not isinstance(w_package, W_StrObject):
            w_name = w_globals.w_dict.get("__name__")
            if isinstance(w_name, W_StrObject):
                package = w_name.utf8
                if w_globals.w_dict.get("__path__") is None:
                    package = parent_name(package)
        else:
            package = w_package.utf8
    if not package:
        raise space.error(space.w_ImportError,
                          "attempted relative import with no known parent package")
    base = package
    for i in range(level - 1):
        dot = base.rfind(".")
        if dot < 0:
            raise space.error(space.w_ImportError,
                              "attempted relative import beyond top-level package")
        base = base[:dot]
    if name:
        return base + "." + name
    return base


def parent_name(name):
    dot = name.rfind(".")
    if dot < 0:
        return ""
    return name[:dot]


def import_dotted(space, name):
    """Import `a`, `a.b`, then `a.b.c`, each child bound on its parent; the last one."""
    w_module = cached_module(space, name)
    if w_module is not None:
        return w_module
    dot = name.rfind(".")
    if dot < 0:
        return import_top_level(space, name)
    parent = name[:dot]
    w_parent = import_dotted(space, parent)
    w_module = cached_module(space, name)     # the parent's code may have imported it
    if w_module is not None:
        return w_module
    if space.language.prelude.has(name):      # lib/importlib.machinery.py and the like
        w_module = W_ModuleObject(name)
        w_module.w_dict.set("__package__", space.newstr(parent))
        run_prelude(space, name, name, w_module)
        space.setattr(w_parent, name[dot + 1:], w_module)
        return w_module
    w_path = space.findattr_quiet(w_parent, "__path__")
    if w_path is None:
        raise space.error(space.w_ModuleNotFoundError,
                          "No module named '%s'; '%s' is not a package" % (name, parent))
    folders = [space.str_w(w_folder) for w_folder in space.listview(w_path)
               if isinstance(w_folder, W_StrObject)]
    w_module = load_from_folders(space, name, name[dot + 1:], folders)
    if w_module is None:
        raise space.error(space.w_ModuleNotFoundError, "No module named '%s'" % name)
    space.setattr(w_parent, name[dot + 1:], w_module)
    return w_module


def cached_module(space, name):
    """sys.modules[name], which programs may fill themselves, or None."""
    w_module = space.w_sys_modules.getitem(space.newstr(name))
    if w_module is None or space.is_none(w_module):
        return None
    return w_module


def import_top_level(space, name):
    from languages.python.modules import builtin_module
    w_module = builtin_module(space, name)
    if w_module is not None:
        return w_module
    lib = space.stdlib_dir()
    prelude = space.language.prelude
    in_prelude = prelude.has(name) and not name.startswith("_sys")
    for folder in space.sys_path_folders():
        if in_prelude and folder == lib and name in PRELUDE_BEFORE_LIB:
            return load_prelude(space, name, lib)
        w_module = load_from_folders(space, name, name, [folder])
        if w_module is not None:
            return w_module
    if in_prelude:
        return load_prelude(space, name, lib)
    raise space.error(space.w_ModuleNotFoundError, "No module named '%s'" % name)


# lib/ modules used even where Lib/ has its own: faster to import, and what the conformance
# cases were checked against (Lib's random would need a C-level _random).
PRELUDE_BEFORE_LIB = ["random", "collections", "functools", "heapq", "bisect", "operator",
                      "importlib"]


def load_prelude(space, name, lib):
    w_module = W_ModuleObject(name)
    if lib:
        package_dir = lib + "/" + name
        if is_file(package_dir + "/__init__.py"):
            w_module.w_dict.set("__path__", space.newlist([space.newstr(package_dir)]))
    run_prelude(space, name, name, w_module)
    return w_module


def load_from_folders(space, fullname, name, folders):
    """The module `fullname` from `<folder>/<name>/__init__.py` (a package) or
    `<folder>/<name>.py` in the first folder that has one, run; None if none has."""
    for folder in folders:
        base = folder + "/" + name if folder else name
        init = base + "/__init__.py"
        source = read_source(init)
        if source is not None:
            w_module = W_ModuleObject(fullname)
            w_module.w_dict.set("__path__", space.newlist([space.newstr(base)]))
            w_module.w_dict.set("__package__", space.newstr(fullname))
            run_module(space, fullname, init, source, None, w_module)
            return w_module
        path = base + ".py"
        source = read_source(path)
        if source is not None:
            w_module = W_ModuleObject(fullname)
            w_module.w_dict.set("__package__", space.newstr(parent_name(fullname)))
            run_module(space, fullname, path, source, None, w_module)
            return w_module
    return None


def find_main_module(space, name):
    """The file `-m name` runs, as CPython's runpy finds it (a package stands for its
    `__main__` submodule; parent packages get imported): (module name, path), or the
    message CPython prints when there is none, with an empty path."""
    path = locate_module(space, name)
    if path.endswith("/__init__.py"):
        package = name
        name += ".__main__"
        path = locate_module(space, name)
        if not path or path.endswith("/__init__.py"):
            return name, "", ("No module named %s; '%s' is a package and cannot be directly "
                              "executed" % (name, package))
    if not path:
        return name, "", "No module named %s" % name
    return name, path, ""


def locate_module(space, name):
    """The file module `name` would be loaded from (`.../__init__.py` for a package), or ""."""
    dot = name.rfind(".")
    if dot < 0:
        folders = space.sys_path_folders()
    else:
        w_path = space.findattr_quiet(import_dotted(space, name[:dot]), "__path__")
        if w_path is None:
            return ""
        folders = [space.str_w(w_folder) for w_folder in space.listview(w_path)
                   if isinstance(w_folder, W_StrObject)]
    start = dot + 1
    assert start >= 0
    for folder in folders:
        base = folder + "/" + name[start:] if folder else name[start:]
        if is_file(base + "/__init__.py"):
            return base + "/__init__.py"
        if is_file(base + ".py"):
            return base + ".py"
    return ""


def read_source(path):
    from framework.entry import read_file
    try:
        return read_file(path)
    except OSError:
        return None


def is_file(path):
    import stat
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return False


def run_prelude(space, name, prelude_name, w_module):
    """Run a prelude module, compiled before translation, as module `name`."""
    prelude = space.language.prelude
    code = prelude.code(prelude_name, space.language)
    run_module(space, name, prelude.path(prelude_name), prelude.source(prelude_name), code,
               w_module)


def run_module(space, name, path, source, code, w_module):
    """Execute a module (compiling `source` unless `code` is given); it is cached, marked
    initialising, while its code runs, and forgotten if that fails, as in CPython."""
    from framework.errors import SourceError
    language = space.language
    space.register_module(name, w_module)
    space.modules.mark_initialising(name)
    try:
        if code is None:
            if source.find("\x00") >= 0:        # compile()'s ValueError, as CPython words it
                raise space.error(space.w_SyntaxError,
                                  "source code string cannot contain null bytes")
            code = language.compile(path, source)
        language.run_code(code, path, w_module)
        space.modules.mark_initialised(name)
    except OperationError:
        space.forget_module(name)
        raise
    except SourceError as e:
        space.forget_module(name)
        raise language.syntax_exception(path, source, e)
