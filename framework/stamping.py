"""Stamping: one copy of a kit class per language, so one binary never merges their types.

RPython's annotator keeps one type per attribute of a class and one item type per list
creation site.  A kit class used by two languages would see both languages' values and
type them all as the shared `W_Root`, and a call through one of its attributes would put
both languages' functions in one call family.  So every kit class that stores guest values
or calls back into a language is written as a plain class (a "mixin") and each language
takes its own copy:

    Assembler = stamp(framework.bytecode.Assembler, "python")

A copy has fresh function objects (so fresh flow graphs: PyPy's `import_from_mixin` does
the same inside a class body) and class attributes of its own.  Kit classes that refer to
each other do so through class attributes, which `stamp(..., spec_class=...)` sets, never
through module globals, which the copies would still share.  Each language collects its
copies in `languages/<lang>/kit.py` (see framework/kit.py).
"""
import inspect
import types

from rpython.rlib.objectmodel import not_rpython
from rpython.tool.sourcetools import func_with_new_name

SKIPPED = ("__dict__", "__weakref__", "__module__", "__doc__")


@not_rpython
def stamp(mixin, language, bases=(object,), **class_attrs):
    """A new class `<Mixin>_<language>` with its own copy of everything `mixin` (and its
    bases, object aside) defines; `class_attrs` are added or override."""
    body = {}
    for klass in reversed(inspect.getmro(mixin)):          # bases first, subclasses win
        if klass is object:
            continue
        for key, value in klass.__dict__.items():
            if key in SKIPPED:
                continue
            body[key] = copy_member(value)
    body.update(class_attrs)
    body["_language_"] = language
    body["__module__"] = mixin.__module__
    body["__doc__"] = mixin.__doc__
    cls = type("%s_%s" % (mixin.__name__, language), bases, body)
    cls.stamped = cls          # for mixin code that makes instances of its own copy
    return cls


@not_rpython
def copy_member(value):
    if isinstance(value, types.FunctionType):
        return func_with_new_name(value, value.__name__)
    if isinstance(value, staticmethod):
        return staticmethod(copy_member(value.__func__))
    if isinstance(value, classmethod):
        return classmethod(copy_member(value.__func__))
    return value


@not_rpython
def stamp_function(func, language):
    """A module-level kit function copied for one language (its own graph)."""
    return func_with_new_name(func, "%s_%s" % (func.__name__, language))


def language_of(thing):
    """The language a class or function belongs to: its stamp, else its `languages.<name>`
    module; None for the kit's own."""
    language = getattr(thing, "_language_", None)
    if language:
        return language
    module = getattr(thing, "__module__", "") or ""
    if module.startswith("languages."):
        return module.split(".")[1]
    return None
