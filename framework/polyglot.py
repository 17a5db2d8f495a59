"""Polyglot: how a program of one language reaches another language of the same binary.

The interop protocol (framework/interop.py) says how a value answers once a program holds it.
This module says how a program gets its first value of another language: by the language's
name.  Each `Language` (framework/entry.py) answers three hooks, all in protocol terms
(`W_Root` in and out, failures as protocol errors, which the caller turns into its own
exceptions through its Boundary):

- `polyglot_eval(source, w_scope)`: run `source`, which defines a function, and answer that
  function.  `w_scope` is None or a HASH of names to values the function sees as its globals
  (PyHyp's `compile_py_func` gives the calling PHP scope's variables this way).
- `polyglot_import(name)`: a module of the language (`math`), as a value with members.
- `polyglot_globals()`: the language's global namespace, as a value with members: its
  functions, classes (calling one instantiates it) and constants.

A language that cannot answer keeps `Language`'s defaults, which raise `UnsupportedMessage`
naming the language and the hook.

The registry is the entry point's list of language slots (framework/registry.py): a program
can reach exactly the languages linked into its binary, and none in a binary of one language.
Untranslated, a slot loads its language on first use, so a PHP program that calls Python
imports Python only then.
"""
from rpython.rlib.objectmodel import not_rpython

from framework import interop
from framework.interop import InteropError, UnsupportedMessage


class LanguageNotLinked(InteropError):
    """The program named a language this binary does not have."""


class Registry(object):
    def __init__(self):
        self.slots = []


registry = Registry()


@not_rpython
def register_slots(slots):
    """The entry point's slots become the languages programs can reach."""
    registry.slots = slots


@not_rpython
def prepare_for_translation(slots):
    """Before the languages load: a binary of one language has no adapters, nor any code
    that reads one (framework/interop.py, SEVERAL_LANGUAGES)."""
    interop.link([slot.name for slot in slots])


def linked_names():
    return ", ".join([slot.name for slot in registry.slots])


def language(name):
    """The linked Language called `name` (raises LanguageNotLinked).  A binary of one
    language reaches none: its hooks, which deal in adapters, are never annotated."""
    if not interop.SEVERAL_LANGUAGES:
        raise LanguageNotLinked("language '%s': this binary links only %s"
                                % (name, linked_names()))
    for slot in registry.slots:
        if slot.name == name:
            language = slot.get()
            if language is None:
                raise LanguageNotLinked("language '%s' failed to load" % name)
            return language
    raise LanguageNotLinked("language '%s' is not in this binary (linked: %s)"
                            % (name, linked_names()))


def eval_function(name, source, w_scope):
    """`source` run by language `name`; the function it defines (see the module docstring)."""
    return language(name).polyglot_eval(source, w_scope)


def import_module(name, module_name):
    return language(name).polyglot_import(module_name)


def global_namespace(name):
    return language(name).polyglot_globals()


class DefaultHooks(object):
    """The hooks of a language that answers none of them (copied onto `Language`)."""

    def polyglot_eval(self, source, w_scope):
        raise UnsupportedMessage("%s: eval of a function" % self.name)

    def polyglot_import(self, module_name):
        raise UnsupportedMessage("%s: import of a module" % self.name)

    def polyglot_globals(self):
        raise UnsupportedMessage("%s: global namespace" % self.name)


@not_rpython
def implement(language_class, hooks):
    """Put the `polyglot_*` methods of the class `hooks` on `language_class` (a language's
    interop module does this at import, so its language.py needs no more than the import)."""
    for name, value in hooks.__dict__.items():
        if name.startswith("polyglot_"):
            setattr(language_class, name, value)


def function_name(source, keyword):
    """The name of the first function `source` defines with `keyword` (`def`, `function`)
    at the start of a line (not indented), or "".  PyHyp's compile functions take the text
    of one function."""
    start = 0
    length = len(source)
    while start < length:
        end = source.find("\n", start)
        if end < 0:
            end = length
        line = source[start:end]
        if line.startswith(keyword + " "):
            paren = line.find("(")
            if paren > 0:
                return without_spaces(line[len(keyword) + 1:paren])
        start = end + 1
    return ""


def without_spaces(text):
    return "".join([c for c in text if c != " " and c != "\t"])
