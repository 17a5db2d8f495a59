"""Python code objects: the framework's CodeBase plus what Python's calls and scopes need."""
from languages.python.kit import CodeBase
from framework.lists import fixed_copy
from languages.python import opcodes
from languages.python.objects.base import W_Object


class PyCode(CodeBase):
    _immutable_fields_ = ['argcount', 'posonlyargcount', 'kwonlyargcount', 'flags', 'varnames[*]', 'nlocals',
                          'cellvars[*]', 'freevars[*]', 'cell_of_arg[*]', 'handlers[*]',
                          'qualname', 'firstlineno', 'w_doc']

    def __init__(self, name, qualname, filename, assembler, argcount, kwonlyargcount, flags,
                 varnames, cellvars, freevars, handlers, firstlineno, w_doc, posonlyargcount=0):
        CodeBase.__init__(self, name, filename, assembler)
        self.qualname = qualname
        self.posonlyargcount = posonlyargcount
        self.argcount = argcount
        self.kwonlyargcount = kwonlyargcount
        self.flags = flags
        self.varnames = fixed_copy(varnames)
        self.nlocals = len(varnames)
        self.cellvars = fixed_copy(cellvars)
        self.freevars = fixed_copy(freevars)
        # For each cell, the argument it starts from (-1: starts empty).
        self.cell_of_arg = fixed_copy([index_of(varnames, name) for name in cellvars])
        self.handlers = fixed_copy(handlers)          # flat (start, end, target, depth) quadruples
        self.firstlineno = firstlineno
        self.w_doc = w_doc

    def find_handler(self, pc):
        """Index into `handlers` of the innermost handler covering `pc`, or -1."""
        handlers = self.handlers
        i = 0
        while i < len(handlers):
            if handlers[i] <= pc < handlers[i + 1]:
                return i
            i += 4
        return -1

    def describe_arg(self, op, arg):
        if op == opcodes.LOAD_CONST:
            w_const = self.consts_w[arg]
            if isinstance(w_const, W_CodeObject):
                return "<code %s>" % w_const.code.name
            return describe_const(w_const)
        if op in NAME_OPS:
            return self.names[arg]
        if op in LOCAL_OPS:
            return self.varnames[arg]
        if op in CELL_OPS:
            if arg < len(self.cellvars):
                return self.cellvars[arg]
            return self.freevars[arg - len(self.cellvars)]
        if op == opcodes.BINARY_OP:
            return opcodes.BINARY_OPERATORS[arg]
        if op == opcodes.COMPARE_OP:
            return opcodes.COMPARISONS[arg]
        return ""

    def children(self):
        return [w.code for w in self.consts_w if isinstance(w, W_CodeObject)]


def index_of(names, name):
    for i in range(len(names)):
        if names[i] == name:
            return i
    return -1


NAME_OPS = [opcodes.LOAD_GLOBAL, opcodes.STORE_GLOBAL, opcodes.DELETE_GLOBAL, opcodes.LOAD_NAME,
            opcodes.STORE_NAME, opcodes.DELETE_NAME, opcodes.LOAD_ATTR, opcodes.STORE_ATTR,
            opcodes.DELETE_ATTR, opcodes.LOAD_METHOD, opcodes.IMPORT_NAME, opcodes.IMPORT_FROM]
LOCAL_OPS = [opcodes.LOAD_FAST, opcodes.STORE_FAST, opcodes.DELETE_FAST]
CELL_OPS = [opcodes.LOAD_DEREF, opcodes.STORE_DEREF, opcodes.DELETE_DEREF, opcodes.LOAD_CLOSURE,
            opcodes.LOAD_CLASSDEREF]


def describe_const(w_const):
    """Constants are shown by the disassembler without a space: ints, floats, strs, None."""
    from languages.python.objects.intobject import W_IntObject
    from languages.python.objects.strobject import W_StrObject, repr_text
    from languages.python.objects.floatobject import W_FloatObject
    from framework.floatformat import repr_float
    if isinstance(w_const, W_IntObject):
        return str(w_const.intval)
    if isinstance(w_const, W_StrObject):
        return repr_text(w_const.utf8)
    if isinstance(w_const, W_FloatObject):
        return repr_float(w_const.floatval)
    return ""


class W_CodeObject(W_Object):
    """A code object as a constant of its parent (MAKE_FUNCTION's operand)."""
    _immutable_fields_ = ['code']

    def __init__(self, code):
        self.code = code

    def getclass(self, space):
        return space.w_code


from languages.python.kit import ClassDef  # noqa: E402
classdef = ClassDef("code")


@classdef.getter("co_name")
def code_name(self, space):
    return space.newstr(self.code.name)


@classdef.getter("co_filename")
def code_filename(self, space):
    return space.newstr(self.code.filename)


@classdef.getter("co_firstlineno")
def code_firstlineno(self, space):
    return space.newint(self.code.firstlineno)


@classdef.getter("co_argcount")
def code_argcount(self, space):
    return space.newint(self.code.argcount)


@classdef.getter("co_kwonlyargcount")
def code_kwonlyargcount(self, space):
    return space.newint(self.code.kwonlyargcount)


@classdef.getter("co_posonlyargcount")
def code_posonlyargcount(self, space):
    return space.newint(self.code.posonlyargcount)


@classdef.getter("co_varnames")
def code_varnames(self, space):
    """In CPython's order: the keyword-only parameters before the `*args` name (polyvm's
    frame keeps `*args` right after the positional ones)."""
    names = [name for name in self.code.varnames]
    positional = self.code.argcount
    kwonly = self.code.kwonlyargcount
    if self.code.flags & 4 and kwonly > 0 and positional + kwonly < len(names):
        star = names.pop(positional)
        names.insert(positional + kwonly, star)
    return space.newtuple([space.newstr(name) for name in names])


@classdef.getter("co_cellvars")
def code_cellvars(self, space):
    return space.newtuple([space.newstr(name) for name in self.code.cellvars])


@classdef.getter("co_freevars")
def code_freevars(self, space):
    return space.newtuple([space.newstr(name) for name in self.code.freevars])


@classdef.getter("co_nlocals")
def code_nlocals(self, space):
    return space.newint(self.code.nlocals)


@classdef.getter("co_qualname")
def code_qualname(self, space):
    return space.newstr(self.code.qualname)


# The code flags CPython gives the same meaning (VARARGS, VARKEYWORDS, GENERATOR, COROUTINE,
# ASYNC_GENERATOR); polyvm's others are its own.
CPYTHON_FLAGS = 4 | 8 | 32 | 128 | 512


@classdef.getter("co_flags")
def code_flags(self, space):
    return space.newint(self.code.flags & CPYTHON_FLAGS)


classdef.exposes(W_CodeObject)
