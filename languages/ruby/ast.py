"""Ruby's syntax tree: the parser builds it, the compiler walks it (compiler.py has a
`compile_X` method for each node class X, called through the node's `compile`).

Generated-looking but written out: RPython wants plain classes with fixed fields."""


class Node(object):
    line = 0

    def compile(self, c):
        raise NotImplementedError


class Nil(Node):
    def __init__(self, line):
        self.line = line

    def compile(self, c):
        c.compile_Nil(self)


class TrueLit(Node):
    def __init__(self, line):
        self.line = line

    def compile(self, c):
        c.compile_TrueLit(self)


class FalseLit(Node):
    def __init__(self, line):
        self.line = line

    def compile(self, c):
        c.compile_FalseLit(self)


class SelfNode(Node):
    def __init__(self, line):
        self.line = line

    def compile(self, c):
        c.compile_SelfNode(self)


class IntLit(Node):
    def __init__(self, line, text):
        self.line = line
        self.text = text

    def compile(self, c):
        c.compile_IntLit(self)


class FloatLit(Node):
    def __init__(self, line, text):
        self.line = line
        self.text = text

    def compile(self, c):
        c.compile_FloatLit(self)


class Str(Node):
    def __init__(self, line, parts):
        self.line = line
        self.parts = parts

    def compile(self, c):
        c.compile_Str(self)


class XStr(Node):
    def __init__(self, line, parts):
        self.line = line
        self.parts = parts

    def compile(self, c):
        c.compile_XStr(self)


class Sym(Node):
    def __init__(self, line, name):
        self.line = line
        self.name = name

    def compile(self, c):
        c.compile_Sym(self)


class DSym(Node):
    def __init__(self, line, parts):
        self.line = line
        self.parts = parts

    def compile(self, c):
        c.compile_DSym(self)


class Regexp(Node):
    def __init__(self, line, parts, flags):
        self.line = line
        self.parts = parts
        self.flags = flags

    def compile(self, c):
        c.compile_Regexp(self)


class ArrayLit(Node):
    def __init__(self, line, elements):
        self.line = line
        self.elements = elements

    def compile(self, c):
        c.compile_ArrayLit(self)


class HashLit(Node):
    def __init__(self, line, pairs):
        self.line = line
        self.pairs = pairs

    def compile(self, c):
        c.compile_HashLit(self)


class RangeLit(Node):
    def __init__(self, line, low, high, exclusive):
        self.line = line
        self.low = low
        self.high = high
        self.exclusive = exclusive

    def compile(self, c):
        c.compile_RangeLit(self)


class Splat(Node):
    def __init__(self, line, value):
        self.line = line
        self.value = value

    def compile(self, c):
        c.compile_Splat(self)


class DoubleSplat(Node):
    def __init__(self, line, value):
        self.line = line
        self.value = value

    def compile(self, c):
        c.compile_DoubleSplat(self)


class BlockPass(Node):
    def __init__(self, line, value):
        self.line = line
        self.value = value

    def compile(self, c):
        c.compile_BlockPass(self)


class LocalVar(Node):
    def __init__(self, line, name):
        self.line = line
        self.name = name

    def compile(self, c):
        c.compile_LocalVar(self)


class LocalAsgn(Node):
    def __init__(self, line, name, value):
        self.line = line
        self.name = name
        self.value = value

    def compile(self, c):
        c.compile_LocalAsgn(self)


class IVar(Node):
    def __init__(self, line, name):
        self.line = line
        self.name = name

    def compile(self, c):
        c.compile_IVar(self)


class IVarAsgn(Node):
    def __init__(self, line, name, value):
        self.line = line
        self.name = name
        self.value = value

    def compile(self, c):
        c.compile_IVarAsgn(self)


class GVar(Node):
    def __init__(self, line, name):
        self.line = line
        self.name = name

    def compile(self, c):
        c.compile_GVar(self)


class GVarAsgn(Node):
    def __init__(self, line, name, value):
        self.line = line
        self.name = name
        self.value = value

    def compile(self, c):
        c.compile_GVarAsgn(self)


class CVar(Node):
    def __init__(self, line, name):
        self.line = line
        self.name = name

    def compile(self, c):
        c.compile_CVar(self)


class CVarAsgn(Node):
    def __init__(self, line, name, value):
        self.line = line
        self.name = name
        self.value = value

    def compile(self, c):
        c.compile_CVarAsgn(self)


class Const(Node):
    def __init__(self, line, scope, name, top):
        self.line = line
        self.scope = scope
        self.name = name
        self.top = top

    def compile(self, c):
        c.compile_Const(self)


class ConstAsgn(Node):
    def __init__(self, line, scope, name, value):
        self.line = line
        self.scope = scope
        self.name = name
        self.value = value

    def compile(self, c):
        c.compile_ConstAsgn(self)


class Call(Node):
    def __init__(self, line, receiver, name, args, block_arg, block, safe_nav):
        self.line = line
        self.receiver = receiver
        self.name = name
        self.args = args
        self.block_arg = block_arg
        self.block = block
        self.safe_nav = safe_nav

    def compile(self, c):
        c.compile_Call(self)


class IndexAsgn(Node):
    def __init__(self, line, receiver, args, value):
        self.line = line
        self.receiver = receiver
        self.args = args
        self.value = value

    def compile(self, c):
        c.compile_IndexAsgn(self)


class AttrAsgn(Node):
    def __init__(self, line, receiver, name, value, safe_nav):
        self.line = line
        self.receiver = receiver
        self.name = name
        self.value = value
        self.safe_nav = safe_nav

    def compile(self, c):
        c.compile_AttrAsgn(self)


class Super(Node):
    def __init__(self, line, args, block_arg, block, has_args):
        self.line = line
        self.args = args
        self.block_arg = block_arg
        self.block = block
        self.has_args = has_args

    def compile(self, c):
        c.compile_Super(self)


class Yield(Node):
    def __init__(self, line, args):
        self.line = line
        self.args = args

    def compile(self, c):
        c.compile_Yield(self)


class And(Node):
    def __init__(self, line, left, right):
        self.line = line
        self.left = left
        self.right = right

    def compile(self, c):
        c.compile_And(self)


class Or(Node):
    def __init__(self, line, left, right):
        self.line = line
        self.left = left
        self.right = right

    def compile(self, c):
        c.compile_Or(self)


class Not(Node):
    def __init__(self, line, value):
        self.line = line
        self.value = value

    def compile(self, c):
        c.compile_Not(self)


class If(Node):
    def __init__(self, line, cond, then_body, else_body):
        self.line = line
        self.cond = cond
        self.then_body = then_body
        self.else_body = else_body

    def compile(self, c):
        c.compile_If(self)


class Ternary(Node):
    def __init__(self, line, cond, then_body, else_body):
        self.line = line
        self.cond = cond
        self.then_body = then_body
        self.else_body = else_body

    def compile(self, c):
        c.compile_Ternary(self)


class While(Node):
    def __init__(self, line, cond, body, until, do_while):
        self.line = line
        self.cond = cond
        self.body = body
        self.until = until
        self.do_while = do_while

    def compile(self, c):
        c.compile_While(self)


class For(Node):
    def __init__(self, line, target, iterable, body):
        self.line = line
        self.target = target
        self.iterable = iterable
        self.body = body

    def compile(self, c):
        c.compile_For(self)


class Case(Node):
    def __init__(self, line, subject, whens, else_body):
        self.line = line
        self.subject = subject
        self.whens = whens
        self.else_body = else_body

    def compile(self, c):
        c.compile_Case(self)


class When(Node):
    def __init__(self, line, conds, body):
        self.line = line
        self.conds = conds
        self.body = body

    def compile(self, c):
        c.compile_When(self)


class CaseIn(Node):
    def __init__(self, line, subject, clauses, else_body):
        self.line = line
        self.subject = subject
        self.clauses = clauses
        self.else_body = else_body

    def compile(self, c):
        c.compile_CaseIn(self)


class InClause(Node):
    def __init__(self, line, pattern, guard, body):
        self.line = line
        self.pattern = pattern
        self.guard = guard
        self.body = body

    def compile(self, c):
        c.compile_InClause(self)


class Def(Node):
    def __init__(self, line, singleton, name, params, body):
        self.line = line
        self.singleton = singleton
        self.name = name
        self.params = params
        self.body = body

    def compile(self, c):
        c.compile_Def(self)


class Params(Node):
    def __init__(self, line, required, optional, rest, post, kwargs, kwrest, block, forward):
        self.line = line
        self.required = required
        self.optional = optional
        self.rest = rest
        self.post = post
        self.kwargs = kwargs
        self.kwrest = kwrest
        self.block = block
        self.forward = forward

    def compile(self, c):
        c.compile_Params(self)


class BlockNode(Node):
    def __init__(self, line, params, body, numbered):
        self.line = line
        self.params = params
        self.body = body
        self.numbered = numbered

    def compile(self, c):
        c.compile_BlockNode(self)


class ClassNode(Node):
    def __init__(self, line, scope, name, superclass, body):
        self.line = line
        self.scope = scope
        self.name = name
        self.superclass = superclass
        self.body = body

    def compile(self, c):
        c.compile_ClassNode(self)


class SClass(Node):
    def __init__(self, line, target, body):
        self.line = line
        self.target = target
        self.body = body

    def compile(self, c):
        c.compile_SClass(self)


class ModuleNode(Node):
    def __init__(self, line, scope, name, body):
        self.line = line
        self.scope = scope
        self.name = name
        self.body = body

    def compile(self, c):
        c.compile_ModuleNode(self)


class Begin(Node):
    def __init__(self, line, body, rescues, else_body, ensure_body):
        self.line = line
        self.body = body
        self.rescues = rescues
        self.else_body = else_body
        self.ensure_body = ensure_body

    def compile(self, c):
        c.compile_Begin(self)


class Rescue(Node):
    def __init__(self, line, classes, var, body):
        self.line = line
        self.classes = classes
        self.var = var
        self.body = body

    def compile(self, c):
        c.compile_Rescue(self)


class Return(Node):
    def __init__(self, line, value):
        self.line = line
        self.value = value

    def compile(self, c):
        c.compile_Return(self)


class Break(Node):
    def __init__(self, line, value):
        self.line = line
        self.value = value

    def compile(self, c):
        c.compile_Break(self)


class Next(Node):
    def __init__(self, line, value):
        self.line = line
        self.value = value

    def compile(self, c):
        c.compile_Next(self)


class Redo(Node):
    def __init__(self, line):
        self.line = line

    def compile(self, c):
        c.compile_Redo(self)


class Retry(Node):
    def __init__(self, line):
        self.line = line

    def compile(self, c):
        c.compile_Retry(self)


class Seq(Node):
    def __init__(self, line, stmts):
        self.line = line
        self.stmts = stmts

    def compile(self, c):
        c.compile_Seq(self)


class MultiAsgn(Node):
    def __init__(self, line, targets, splat_index, value):
        self.line = line
        self.targets = targets
        self.splat_index = splat_index
        self.value = value

    def compile(self, c):
        c.compile_MultiAsgn(self)


class OpAsgn(Node):
    def __init__(self, line, target, op, value):
        self.line = line
        self.target = target
        self.op = op
        self.value = value

    def compile(self, c):
        c.compile_OpAsgn(self)


class Lambda(Node):
    def __init__(self, line, block):
        self.line = line
        self.block = block

    def compile(self, c):
        c.compile_Lambda(self)


class Defined(Node):
    def __init__(self, line, value):
        self.line = line
        self.value = value

    def compile(self, c):
        c.compile_Defined(self)


class Alias(Node):
    def __init__(self, line, new_name, old_name):
        self.line = line
        self.new_name = new_name
        self.old_name = old_name

    def compile(self, c):
        c.compile_Alias(self)


class Undef(Node):
    def __init__(self, line, names):
        self.line = line
        self.names = names

    def compile(self, c):
        c.compile_Undef(self)


class MethodName(Node):
    def __init__(self, line):
        self.line = line

    def compile(self, c):
        c.compile_MethodName(self)


class StrConcat(Node):
    def __init__(self, line, parts):
        self.line = line
        self.parts = parts

    def compile(self, c):
        c.compile_StrConcat(self)


class PatValue(Node):
    def __init__(self, line, value):
        self.line = line
        self.value = value

    def compile(self, c):
        c.compile_PatValue(self)


class PatArray(Node):
    def __init__(self, line, pre, rest, post):
        self.line = line
        self.pre = pre
        self.rest = rest
        self.post = post

    def compile(self, c):
        c.compile_PatArray(self)


class PatFind(Node):
    def __init__(self, line, pre, mid, post):
        self.line = line
        self.pre = pre
        self.mid = mid
        self.post = post

    def compile(self, c):
        c.compile_PatFind(self)


class PatHash(Node):
    def __init__(self, line, pairs, rest):
        self.line = line
        self.pairs = pairs
        self.rest = rest

    def compile(self, c):
        c.compile_PatHash(self)


class PatBind(Node):
    def __init__(self, line, pattern, name):
        self.line = line
        self.pattern = pattern
        self.name = name

    def compile(self, c):
        c.compile_PatBind(self)


class PatAlt(Node):
    def __init__(self, line, alternatives):
        self.line = line
        self.alternatives = alternatives

    def compile(self, c):
        c.compile_PatAlt(self)


class PatPin(Node):
    def __init__(self, line, value):
        self.line = line
        self.value = value

    def compile(self, c):
        c.compile_PatPin(self)


class FlipFlop(Node):
    def __init__(self, line):
        self.line = line

    def compile(self, c):
        c.compile_FlipFlop(self)


class BeginBlock(Node):
    def __init__(self, line, body):
        self.line = line
        self.body = body

    def compile(self, c):
        c.compile_BeginBlock(self)
