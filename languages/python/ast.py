"""Python's abstract syntax tree: what the parser builds and the compiler walks.

Every node is a `framework.parsing.Node` (rply needs one result type) with `line` and
`column` of its first token.  Lists of nodes are plain RPython lists inside nodes; only
while parsing do they travel in a `ListBox`.  Field names follow CPython's `ast` module
where the meaning is the same, so the compiler reads like CPython's.
"""
from framework.parsing import Node


class Expr(Node):
    """Base of expressions."""


class Stmt(Node):
    """Base of statements."""


def at(node, line, column):
    node.line = line
    node.column = column
    return node


# -- module and statements ----------------------------------------------------------------

class Module(Node):
    def __init__(self, body):
        self.body = body


class ExprStmt(Stmt):
    def __init__(self, value):
        self.value = value


class Assign(Stmt):
    """targets[0] = targets[1] = ... = value"""
    def __init__(self, targets, value):
        self.targets = targets
        self.value = value


class AugAssign(Stmt):
    """target op= value; op is the operator text without '=' ('+', '//', ...)."""
    def __init__(self, target, op, value):
        self.target = target
        self.op = op
        self.value = value


class AnnAssign(Stmt):
    """target: annotation [= value]; value may be None."""
    def __init__(self, target, annotation, value):
        self.target = target
        self.annotation = annotation
        self.value = value


class Pass(Stmt):
    pass


class Break(Stmt):
    pass


class Continue(Stmt):
    pass


class Return(Stmt):
    def __init__(self, value):
        self.value = value          # may be None


class Raise(Stmt):
    def __init__(self, exc, cause):
        self.exc = exc              # may be None (bare raise)
        self.cause = cause          # may be None


class Global(Stmt):
    def __init__(self, names):
        self.names = names          # list of str


class Nonlocal(Stmt):
    def __init__(self, names):
        self.names = names


class Delete(Stmt):
    def __init__(self, targets):
        self.targets = targets


class Assert(Stmt):
    def __init__(self, test, msg):
        self.test = test
        self.msg = msg              # may be None


class Alias(Node):
    """`name as asname` in an import; asname is '' when absent."""
    def __init__(self, name, asname):
        self.name = name            # dotted name for `import a.b`
        self.asname = asname


class Import(Stmt):
    def __init__(self, names):
        self.names = names          # list of Alias


class ImportFrom(Stmt):
    """from module import names; names == [] means `import *`. level counts leading dots."""
    def __init__(self, module, names, level):
        self.module = module
        self.names = names
        self.level = level


class If(Stmt):
    """elif chains are nested Ifs in orelse."""
    def __init__(self, test, body, orelse):
        self.test = test
        self.body = body
        self.orelse = orelse


class While(Stmt):
    def __init__(self, test, body, orelse):
        self.test = test
        self.body = body
        self.orelse = orelse


class For(Stmt):
    def __init__(self, target, iter, body, orelse):
        self.target = target
        self.iter = iter
        self.body = body
        self.orelse = orelse
        self.is_async = False


class Arg(Node):
    """One parameter; default is None when it has none.  annotation is ignored."""
    def __init__(self, name, default):
        self.name = name
        self.default = default


class Arguments(Node):
    """A parameter list: positional (incl. defaults), *vararg, keyword-only, **kwarg.

    vararg/kwarg are '' when absent; a bare `*` gives vararg '' and kwonly params.
    """
    def __init__(self, args, vararg, kwonly, kwarg):
        self.args = args            # list of Arg
        self.vararg = vararg
        self.kwonly = kwonly        # list of Arg
        self.kwarg = kwarg
        self.posonly = 0            # how many of `args` are positional-only (before `/`)


class FunctionDef(Stmt):
    def __init__(self, name, args, body, decorators):
        self.name = name
        self.args = args
        self.body = body
        self.decorators = decorators
        self.is_async = False


class ClassDef(Stmt):
    def __init__(self, name, bases, keywords, body, decorators):
        self.name = name
        self.bases = bases          # list of Expr
        self.keywords = keywords    # list of Keyword (metaclass=...)
        self.body = body
        self.decorators = decorators


class ExceptHandler(Node):
    def __init__(self, type, name, body):
        self.type = type            # may be None (bare except)
        self.name = name            # '' when no `as`
        self.body = body


class Try(Stmt):
    def __init__(self, body, handlers, orelse, finalbody):
        self.body = body
        self.handlers = handlers
        self.orelse = orelse
        self.finalbody = finalbody


class WithItem(Node):
    def __init__(self, context, target):
        self.context = context
        self.target = target        # may be None


class Match(Stmt):
    def __init__(self, subject, cases):
        self.subject = subject
        self.cases = cases          # list of MatchCase


class MatchCase(Node):
    """`case pattern [as capture] [if guard]:` - the pattern as an expression."""
    def __init__(self, pattern, capture, guard, body):
        self.pattern = pattern
        self.capture = capture
        self.guard = guard
        self.body = body
        self.w_pattern = None       # the W_MatchPattern symtable.py builds
        self.value_exprs = []       # what the pattern compares with, computed first


class With(Stmt):
    def __init__(self, items, body):
        self.items = items
        self.body = body
        self.is_async = False


# -- expressions ----------------------------------------------------------------------------

class Name(Expr):
    def __init__(self, id):
        self.id = id


class Constant(Expr):
    """A literal.  kind is 'int', 'float', 'complex', 'str', 'bytes', 'None', 'True',
    'False' or 'Ellipsis'; value is the source text of numbers and the decoded text
    (UTF-8) of strings."""
    def __init__(self, kind, value):
        self.kind = kind
        self.value = value


class JoinedStr(Expr):
    """An f-string: values are Constant('str') pieces and FormattedValue nodes."""
    def __init__(self, values):
        self.values = values


class FormattedValue(Expr):
    """{value!conversion:format_spec}; conversion is '' 's' 'r' or 'a'; format_spec is a
    JoinedStr or None."""
    def __init__(self, value, conversion, format_spec):
        self.value = value
        self.conversion = conversion
        self.format_spec = format_spec


class BinOp(Expr):
    """op is the operator text: + - * / // % ** << >> & | ^ @"""
    def __init__(self, left, op, right):
        self.left = left
        self.op = op
        self.right = right


class UnaryOp(Expr):
    """op is '-', '+', '~' or 'not'."""
    def __init__(self, op, operand):
        self.op = op
        self.operand = operand


class BoolOp(Expr):
    """op is 'and' or 'or'; values has two or more items."""
    def __init__(self, op, values):
        self.op = op
        self.values = values


class Compare(Expr):
    """left ops[0] comparators[0] ops[1] comparators[1] ...; ops are '<' '<=' '==' '!='
    '>' '>=' 'is' 'is not' 'in' 'not in'."""
    def __init__(self, left, ops, comparators):
        self.left = left
        self.ops = ops
        self.comparators = comparators


class IfExp(Expr):
    def __init__(self, test, body, orelse):
        self.test = test
        self.body = body
        self.orelse = orelse


class Lambda(Expr):
    def __init__(self, args, body):
        self.args = args
        self.body = body            # an Expr


class Call(Expr):
    """func(args..., keywords...); a Starred in args is *x, a Keyword with arg '' is **x."""
    def __init__(self, func, args, keywords):
        self.func = func
        self.args = args
        self.keywords = keywords


class Keyword(Node):
    def __init__(self, arg, value):
        self.arg = arg              # '' for **value
        self.value = value


class Attribute(Expr):
    def __init__(self, value, attr):
        self.value = value
        self.attr = attr


class Subscript(Expr):
    def __init__(self, value, slice):
        self.value = value
        self.slice = slice          # an Expr, a Slice, or a Tuple containing Slices


class Slice(Expr):
    def __init__(self, lower, upper, step):
        self.lower = lower          # each may be None
        self.upper = upper
        self.step = step


class Starred(Expr):
    def __init__(self, value):
        self.value = value


class ListExpr(Expr):
    def __init__(self, elts):
        self.elts = elts


class TupleExpr(Expr):
    def __init__(self, elts):
        self.elts = elts


class SetExpr(Expr):
    def __init__(self, elts):
        self.elts = elts


class DictExpr(Expr):
    """keys[i] is None for a `**mapping` entry in values[i]."""
    def __init__(self, keys, values):
        self.keys = keys
        self.values = values


class Comprehension(Node):
    """for target in iter if ifs..."""
    def __init__(self, target, iter, ifs):
        self.target = target
        self.iter = iter
        self.ifs = ifs


class ListComp(Expr):
    def __init__(self, elt, generators):
        self.elt = elt
        self.generators = generators


class SetComp(Expr):
    def __init__(self, elt, generators):
        self.elt = elt
        self.generators = generators


class DictComp(Expr):
    def __init__(self, key, value, generators):
        self.key = key
        self.value = value
        self.generators = generators


class GeneratorExp(Expr):
    def __init__(self, elt, generators):
        self.elt = elt
        self.generators = generators


class Yield(Expr):
    def __init__(self, value):
        self.value = value          # may be None


class YieldFrom(Expr):
    def __init__(self, value):
        self.value = value


class Await(Expr):
    def __init__(self, value):
        self.value = value


class NamedExpr(Expr):
    """target := value"""
    def __init__(self, target, value):
        self.target = target
        self.value = value
