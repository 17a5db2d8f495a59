"""Finding the languages: the one declared place is each language's own package.

Every `languages/<name>/__init__.py` that sets `NAME`, `EXTENSIONS` and `LANGUAGE` (the
dotted path of its `Language` subclass), and optionally `OPTIONS` (its own command-line
options that take a value, as swipl's `-g GOAL`), is a language; nothing else lists them.  A slot
knows a language's name and extensions without importing it, so an untranslated run imports
only the language it runs (one broken language cannot break the others), while a translation
loads every slot it links before annotation.  Host-side discovery; `LanguageSlot.get` is
RPython.
"""
import importlib
import os
import traceback

from rpython.rlib.objectmodel import not_rpython, we_are_translated

from framework import output

LANGUAGES_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                             "languages")


class LanguageSlot(object):
    """A language the entry point can pick: loaded when first needed (untranslated) or
    before translation (translated: `language` is then a prebuilt constant)."""

    def __init__(self, name, extensions, path, options):
        self.name = name
        self.extensions = extensions
        self.path = path
        self.options = options        # the language's own options that take a value
        self.language = None

    def get(self):
        """The Language, or None when it failed to load (already reported)."""
        if not we_are_translated() and self.language is None:
            self.load()
        return self.language

    @not_rpython
    def load(self):
        module_name, class_name = self.path.rsplit(".", 1)
        try:
            self.language = getattr(importlib.import_module(module_name), class_name)()
        except Exception:
            output.write_err("polyvm: language '%s' failed to load:\n%s"
                             % (self.name, traceback.format_exc()))
        return self.language


@not_rpython
def discover(names=None):
    """Slots for the languages under languages/ (all, or those named, in that order)."""
    found = {}
    for entry in sorted(os.listdir(LANGUAGES_DIR)):
        init = os.path.join(LANGUAGES_DIR, entry, "__init__.py")
        if os.path.isfile(init):
            package = importlib.import_module("languages." + entry)
            if getattr(package, "NAME", None):
                found[package.NAME] = LanguageSlot(package.NAME, list(package.EXTENSIONS),
                                                   package.LANGUAGE,
                                                   list(getattr(package, "OPTIONS", [])))
    if names is None:
        return [found[name] for name in sorted(found)]
    unknown = [name for name in names if name not in found]
    if unknown:
        raise ValueError("unknown language %s (known: %s)"
                         % (", ".join(unknown), ", ".join(sorted(found))))
    return [found[name] for name in names]
