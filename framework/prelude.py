"""Preludes: library code a language writes in itself, compiled before translation.

Part of a language's library is best written in the language (Python's collections and
itertools, later Ruby's Enumerable).  Reading, parsing and compiling that text at every start
would be start-up time spent on the same work each run, so the translation target asks every
prelude to compile all of its modules on the host (`compile_all`, called from `target()`), and
the binary carries the finished code objects as prebuilt constants.  Untranslated runs compile
a module the first time a program asks for it, so tests and development start fast.

The compiler is the language's own: the same code compiles user programs at run time.
"""
import os

from rpython.rlib.objectmodel import not_rpython


class Prelude(object):
    """The modules of one language's library folder, by module name."""

    @not_rpython
    def __init__(self, directory, extension, display_prefix):
        self.sources = {}
        self.codes = {}
        self.display_prefix = display_prefix
        for entry in sorted(os.listdir(directory)):
            if entry.endswith(extension):
                with open(os.path.join(directory, entry)) as f:
                    self.sources[entry[:-len(extension)]] = f.read()
        self.extension = extension

    def has(self, name):
        return name in self.sources

    def source(self, name):
        return self.sources[name]

    def path(self, name):
        """The file name tracebacks show for a prelude module (never a host path)."""
        return self.display_prefix + name + self.extension

    def code(self, name, compiler):
        """The compiled module; `compiler.compile(path, source)` runs only when not prepared."""
        code = self.codes.get(name, None)
        if code is None:
            code = compiler.compile(self.path(name), self.sources[name])
            self.codes[name] = code
        return code

    @not_rpython
    def compile_all(self, compiler):
        """Before translation: compile every module so the binary never parses them."""
        for name in sorted(self.sources):
            self.code(name, compiler)
