"""Ruby code objects: the kit's CodeBase plus what binding arguments needs (the parameter
layout and the entry points after optional parameters), the nested code objects, and the
exception handler table."""
from framework.lists import fixed_copy
from languages.ruby.kit import CodeBase
from languages.ruby import opcodes as op

KIND_TOP, KIND_METHOD, KIND_BLOCK, KIND_CLASS = range(4)


class RubyCode(CodeBase):
    _immutable_fields_ = ['kind', 'nlocals', 'child_codes[*]', 'required', 'optional', 'post',
                          'rest', 'kwrest', 'block_param', 'param_locals[*]',
                          'kw_names[*]', 'kw_locals[*]', 'kw_required[*]', 'opt_entries[*]',
                          'handlers[*]', 'local_names[*]', 'method_name', 'auto_splat',
                          'accepts_keywords', 'label']

    def __init__(self, name, filename, assembler, kind, local_names, children, params,
                 handlers, label):
        CodeBase.__init__(self, name, filename, assembler)
        self.kind = kind
        self.local_names = fixed_copy(local_names)
        self.nlocals = len(local_names)
        self.child_codes = fixed_copy(children)
        self.required = params.required
        self.optional = params.optional
        self.post = params.post
        self.rest = params.rest
        self.kwrest = params.kwrest
        self.block_param = params.block_param
        self.param_locals = fixed_copy(params.param_locals)
        self.kw_names = fixed_copy(params.kw_names)
        self.kw_locals = fixed_copy(params.kw_locals)
        self.kw_required = fixed_copy(params.kw_required)
        self.opt_entries = fixed_copy(params.opt_entries)
        self.auto_splat = params.auto_splat
        self.accepts_keywords = len(params.kw_names) > 0 or params.kwrest >= 0
        self.handlers = fixed_copy(handlers)
        self.method_name = name
        self.label = label            # what backtraces show: foo, block in foo, <main>
        self.def_line = 0             # the line of its `def` (argument errors point there)

    def arity(self):
        """Method and lambda arity: required keywords count as one more required
        argument; optional arguments (or only optional keywords) make it negative."""
        fixed = self.required + self.post
        if self.kw_required_count() > 0:
            fixed += 1
        elif len(self.kw_names) > 0 or self.kwrest >= 0:
            if self.optional == 0 and self.rest < 0:
                return -fixed - 1
        if self.optional > 0 or self.rest >= 0:
            return -fixed - 1
        return fixed

    def proc_arity(self):
        fixed = self.required + self.post
        if self.rest >= 0 or (self.optional > 0 and fixed > 0 and False):
            return -fixed - 1
        return fixed

    def kw_required_count(self):
        count = 0
        for required in self.kw_required:
            if required:
                count += 1
        return count

    def children(self):
        return self.child_codes

    def describe_arg(self, opcode, arg):
        if opcode == op.LOAD_CONST:
            return self.consts_w[arg].__class__.__name__
        if opcode == op.SEND or opcode == op.SUPER:
            return "%s, %d args" % (self.names[op.call_name(arg)], op.call_argc(arg))
        if opcode in NAME_OPS:
            return self.names[arg]
        return ""


NAME_OPS = [op.GET_IVAR, op.SET_IVAR, op.GET_GVAR, op.SET_GVAR, op.GET_CONST, op.SET_CONST,
            op.GET_CONST_FROM, op.GET_CONST_TOP, op.SET_CONST_FROM, op.GET_CVAR, op.SET_CVAR]


class ParamLayout(object):
    """How a call's arguments land in the frame's locals (built by the compiler)."""

    def __init__(self):
        self.required = 0
        self.optional = 0
        self.post = 0
        self.rest = -1                 # local index of *rest, or -1
        self.kwrest = -1
        self.block_param = -1
        self.param_locals = []         # required, optional, post: their local indices
        self.kw_names = []
        self.kw_locals = []
        self.kw_required = []
        self.opt_entries = [0]
        self.auto_splat = False


class Handler(object):
    """A protected range [start, end) of pcs: an exception there jumps to `target` with the
    stack cut to `depth`; `ensure` handlers catch every unwinding, rescue ones only Ruby
    exceptions."""
    _immutable_fields_ = ['start', 'end', 'target', 'depth', 'ensure']

    def __init__(self, start, end, target, depth, ensure):
        self.start = start
        self.end = end
        self.target = target
        self.depth = depth
        self.ensure = ensure
