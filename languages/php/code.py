"""PHP code objects and the compile-time descriptions of functions and classes.

A `PhpCode` is the kit's CodeBase plus the variable slots (`varnames`: the compiler knows
every `$name` a function body mentions; `$$name` finds the others by name at run time),
the exception handler table and what a call needs to bind its arguments (`params`).
Function and class declarations are constants of the code that declares them
(`FunctionTemplate`, `ClassTemplate`); the interpreter turns them into functions and
classes when the declaration runs.
"""
from framework.lists import fixed_copy
from languages.php.kit import CodeBase
from languages.php.objects import W_Value
from languages.php import opcodes as op


class Handler(object):
    """A try block: instructions in [start, end) jump to `target` on an exception, with
    the stack cut back to `depth` and the exception pushed."""
    _immutable_fields_ = ['start', 'end', 'target', 'depth']

    def __init__(self, start, end, target, depth):
        self.start = start
        self.end = end
        self.target = target
        self.depth = depth


# A declared type that a single class check accepts as it is (the common case, which then
# folds to one guard in a trace); anything else goes through Calls.coerce_to_type.
TYPE_OTHER = 0
TYPE_INT = 1
TYPE_FLOAT = 2
TYPE_STRING = 3
TYPE_BOOL = 4
TYPE_ARRAY = 5
TYPE_ANY = 6            # no check at all: mixed, void, never, and untyped
SIMPLE_TYPES = {"int": TYPE_INT, "float": TYPE_FLOAT, "string": TYPE_STRING,
                "bool": TYPE_BOOL, "array": TYPE_ARRAY, "mixed": TYPE_ANY, "void": TYPE_ANY,
                "": TYPE_ANY}


def simple_type(text):
    return SIMPLE_TYPES.get(text.lower(), TYPE_OTHER)


class ParamInfo(object):
    _immutable_fields_ = ['name', 'byref', 'variadic', 'has_default', 'type', 'promote',
                          'default_null', 'type_kind']

    def __init__(self, name, byref, variadic, has_default, type_, promote, default_null):
        self.name = name
        self.byref = byref
        self.variadic = variadic
        self.has_default = has_default
        self.type = type_
        self.promote = promote
        self.default_null = default_null
        self.type_kind = simple_type(type_)


class PhpCode(CodeBase):
    _immutable_fields_ = ['varnames[*]', 'handlers[*]', 'params[*]', 'is_generator',
                          'required', 'strict_types', 'returns_ref', 'return_type',
                          'nslots', 'is_variadic', 'uses[*]', 'uses_byref[*]',
                          'class_name', 'first_line', 'uses_this', 'return_kind']

    def __init__(self, name, filename, assembler, varnames, handlers, params, flags):
        CodeBase.__init__(self, name, filename, assembler)
        self.varnames = fixed_copy(varnames)
        self.nslots = len(varnames)
        self.handlers = fixed_copy(handlers)
        self.params = fixed_copy(params)
        self.is_generator = flags.is_generator
        self.strict_types = flags.strict_types
        self.returns_ref = flags.returns_ref
        self.return_type = flags.return_type
        self.return_kind = simple_type(flags.return_type)
        self.class_name = flags.class_name
        self.first_line = flags.first_line
        self.uses = fixed_copy(flags.uses)
        self.uses_byref = fixed_copy(flags.uses_byref)
        self.uses_this = flags.uses_this
        self.deprecations = []         # compile-time (message, line), main code only
        required = 0
        is_variadic = False
        for i in range(len(params)):
            if params[i].variadic:
                is_variadic = True
            elif not params[i].has_default:
                required = i + 1
        self.required = required
        self.is_variadic = is_variadic

    def slot_of(self, name):
        for i in range(len(self.varnames)):
            if self.varnames[i] == name:
                return i
        return -1

    def find_handler(self, pc):
        """The innermost handler covering `pc` (handlers are listed innermost first)."""
        for handler in self.handlers:
            if handler.start <= pc < handler.end:
                return handler
        return None

    def describe_arg(self, opcode, arg):
        if opcode == op.CONST:
            return self.consts_w[arg].tname()
        if opcode in SLOT_OPS and 0 <= arg < len(self.varnames):
            return "$" + self.varnames[arg]
        if opcode in NAME_OPS and 0 <= arg < len(self.names):
            return self.names[arg]
        return ""

    def children(self):
        result = []
        for w_const in self.consts_w:
            if isinstance(w_const, FunctionTemplate):
                result.append(w_const.code)
            elif isinstance(w_const, ClassTemplate):
                for method in w_const.methods:
                    if method.code is not None:
                        result.append(method.code)
        return result


class CodeFlags(object):
    """What the compiler knows about a function besides its instructions."""

    def __init__(self):
        self.is_generator = False
        self.strict_types = False
        self.returns_ref = False
        self.return_type = ""
        self.class_name = ""
        self.first_line = 0
        self.uses = []
        self.uses_byref = []
        self.uses_this = False


class FunctionTemplate(W_Value):
    """A function, method or closure body as compiled (a constant of its declaring code)."""
    _immutable_fields_ = ['name', 'code']

    def __init__(self, name, code):
        self.name = name
        self.code = code
        self.use_slots = []
        self.is_static = False
        self.is_arrow = False

    def tname(self):
        return "function"


class MethodTemplate(object):
    _immutable_fields_ = ['name', 'code', 'visibility', 'is_static', 'is_abstract',
                          'is_final']

    def __init__(self, name, code, visibility, is_static, is_abstract, is_final):
        self.name = name
        self.code = code
        self.visibility = visibility
        self.is_static = is_static
        self.is_abstract = is_abstract
        self.is_final = is_final


class PropTemplate(object):
    """`default`: the code computing the default (None: no default)."""

    def __init__(self, name, default, visibility, is_static, type_, readonly):
        self.name = name
        self.default = default
        self.visibility = visibility
        self.is_static = is_static
        self.type = type_
        self.readonly = readonly


class ConstTemplate(object):
    def __init__(self, name, code, visibility):
        self.name = name
        self.code = code
        self.visibility = visibility


class TraitRuleTemplate(object):
    def __init__(self, trait, method, insteadof, alias, visibility):
        self.trait = trait
        self.method = method
        self.insteadof = insteadof
        self.alias = alias
        self.visibility = visibility


class ClassTemplate(W_Value):
    def __init__(self, name, kind, parent, interfaces, flags, line):
        self.name = name
        self.kind = kind               # class, interface, trait, enum
        self.parent = parent
        self.interfaces = interfaces
        self.flags = flags
        self.line = line
        self.consts = []
        self.props = []
        self.methods = []
        self.traits = []
        self.rules = []
        self.cases = []                # ConstTemplates of the enum's cases
        self.enum_type = ""

    def tname(self):
        return "class"


SLOT_OPS = [op.LOAD_VAR, op.LOAD_VAR_QUIET, op.STORE_VAR, op.FETCH_VAR_W, op.ASSIGN_VAR_DIM,
            op.ISSET_VAR, op.UNSET_VAR, op.REF_VAR, op.BIND_VAR, op.FOREACH_INIT,
            op.FOREACH_INIT_REF, op.FOREACH_SLOT, op.STATIC_SLOT, op.ARG_SLOT]
NAME_OPS = [op.FETCH_PROP_W, op.FETCH_STATIC_PROP_W, op.FETCH_PROP, op.FETCH_PROP_QUIET,
            op.ASSIGN_PROP, op.FETCH_STATIC_PROP, op.ASSIGN_STATIC_PROP, op.CLASS_CONST,
            op.LOAD_CLASS, op.LOAD_CONST, op.LOAD_FUNC, op.LOAD_METHOD,
            op.LOAD_STATIC_METHOD, op.CATCH_MATCH, op.ISSET_PROP, op.UNSET_PROP,
            op.REF_PROP, op.REF_STATIC_PROP, op.BIND_PROP, op.BIND_STATIC_PROP,
            op.BIND_GLOBAL, op.ARGS_ADD_NAMED, op.DECLARE_CONST]
