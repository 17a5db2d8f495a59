"""Modules shared by every language: finding a module's source file along search paths,
and the per-interpreter cache of loaded modules (which also knows which modules are still
running their top-level code, so a circular import can be told apart from a missing name).

What a module object is stays the language's own; the cache stores them, so each language
stamps its own `ModuleCache` (framework/stamping.py).
"""
from framework.entry import read_file


class ModuleSource(object):
    """A module's file as found: where it is and what it says."""
    def __init__(self, path, source):
        self.path = path
        self.source = source


def relative_path(name, extension):
    """The file of a dotted module name: `a.b` gives `a/b` plus the extension."""
    return name.replace(".", "/") + extension


def find_source(name, search_paths, extension):
    """The first `<path>/<relative_path>` that can be read, or None.  An empty search
    path means the current directory."""
    relative = relative_path(name, extension)
    for folder in search_paths:
        path = folder + "/" + relative if folder else relative
        try:
            source = read_file(path)
        except OSError:
            continue
        return ModuleSource(path, source)
    return None


class ModuleCache(object):
    """Loaded modules by name, each loaded once.  A module is added before its top-level
    code runs (so an import cycle finds it instead of loading it again) and marked
    initialising until that code finishes; a module whose code fails is forgotten."""

    def __init__(self):
        self.modules = {}
        self.initialising = {}

    def get(self, name):
        """The cached module, complete or still initialising, or None."""
        return self.modules.get(name, None)

    def add(self, name, module):
        self.modules[name] = module

    def mark_initialising(self, name):
        assert name in self.modules
        self.initialising[name] = None

    def mark_initialised(self, name):
        if name in self.initialising:
            del self.initialising[name]

    def is_initialising(self, name):
        """Is the module's top-level code still running (a partially initialised module)?"""
        return name in self.initialising

    def forget(self, name):
        if name in self.modules:
            del self.modules[name]
        self.mark_initialised(name)
