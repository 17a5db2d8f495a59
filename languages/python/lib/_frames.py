"""What a traceback's tb_frame gives: a stand-in for a frame that has finished (its code's
name and file, its line, its module's globals), enough for traceback and unittest."""
import sys


class code:
    def __init__(self, filename, name):
        self.co_filename = filename
        self.co_name = name
        self.co_qualname = name
        self.co_firstlineno = 0
        self.co_flags = 0
        self.co_varnames = ()
        self.co_argcount = 0

    def co_positions(self):
        return iter(())


class frame:
    def __init__(self, filename, name, lineno):
        self.f_code = code(filename, name)
        self.f_lineno = lineno
        self.f_lasti = -1
        self.f_back = None
        self.f_locals = {}
        self.f_globals = _globals_of(filename)
        self.f_builtins = sys.modules["builtins"].__dict__ if "builtins" in sys.modules \
            else {}

    def clear(self):
        pass

    def __repr__(self):
        return "<frame at %#x, file %r, line %d, code %s>" % (
            id(self), self.f_code.co_filename, self.f_lineno, self.f_code.co_name)


def _globals_of(filename):
    for module in list(sys.modules.values()):
        if getattr(module, "__file__", None) == filename:
            return module.__dict__
    return {}
