"""Lox code objects: the framework's CodeBase plus a function's arity and upvalue recipe."""
from languages.lox.kit import CodeBase
from framework.lists import fixed_copy
from languages.lox import opcodes as op
from languages.lox.objects import W_Closure


SCRIPT = "<script>"          # the top level's name: no function can be called that


class LoxCode(CodeBase):
    """`upvalue_local[i]`/`upvalue_index[i]`: where CLOSURE finds the i-th captured variable
    (a slot of the enclosing frame, or one of the enclosing closure's own upvalues)."""
    _immutable_fields_ = ['arity', 'upvalue_local[*]', 'upvalue_index[*]']

    def __init__(self, name, filename, assembler, arity, upvalue_local, upvalue_index):
        CodeBase.__init__(self, name, filename, assembler)
        self.arity = arity
        self.upvalue_local = fixed_copy(upvalue_local)
        self.upvalue_index = fixed_copy(upvalue_index)

    def describe_arg(self, opcode, arg):
        if opcode == op.CONSTANT or opcode == op.CLOSURE:
            return self.consts_w[arg].text()
        if opcode == op.INVOKE or opcode == op.SUPER_INVOKE:
            name, argc = op.unpack_invoke(arg)
            return "%s, %d args" % (self.names[name], argc)
        if opcode in NAME_OPS:
            return self.names[arg]
        return ""

    def children(self):
        return [w.code for w in self.consts_w if isinstance(w, W_Closure)]


NAME_OPS = [op.GET_GLOBAL, op.DEFINE_GLOBAL, op.SET_GLOBAL, op.GET_PROPERTY, op.SET_PROPERTY,
            op.GET_SUPER, op.CLASS, op.METHOD]
