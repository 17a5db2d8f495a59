"""The PHP syntax tree: plain nodes that the parser builds and the compiler walks.

Every node carries the line it starts on (the compiler stamps it on its code) and lists
its child nodes (`children`, for the compiler's whole-tree scans).  Generated in the
shape of a table; a field marked in the comment after the class is a node or node list.
"""
from framework.parsing import Node


class PhpNode(Node):
    def children(self):
        return []


class Literal(PhpNode):
    def __init__(self, line, w_value):
        self.line = line
        self.w_value = w_value


class Template(PhpNode):
    def __init__(self, line, parts):
        self.line = line
        self.parts = parts

    def children(self):
        result = []
        if self.parts is not None:
            for item in self.parts:
                result.append(item)
        return result


class Variable(PhpNode):
    def __init__(self, line, name):
        self.line = line
        self.name = name


class VarVar(PhpNode):
    def __init__(self, line, expr):
        self.line = line
        self.expr = expr

    def children(self):
        result = []
        if self.expr is not None:
            result.append(self.expr)
        return result


class ArrayItem(PhpNode):
    def __init__(self, line, key, value, byref, spread):
        self.line = line
        self.key = key
        self.value = value
        self.byref = byref
        self.spread = spread

    def children(self):
        result = []
        if self.key is not None:
            result.append(self.key)
        if self.value is not None:
            result.append(self.value)
        return result


class ArrayLit(PhpNode):
    def __init__(self, line, items, is_list):
        self.line = line
        self.items = items
        self.is_list = is_list

    def children(self):
        result = []
        if self.items is not None:
            for item in self.items:
                result.append(item)
        return result


class Index(PhpNode):
    def __init__(self, line, base, index):
        self.line = line
        self.base = base
        self.index = index

    def children(self):
        result = []
        if self.base is not None:
            result.append(self.base)
        if self.index is not None:
            result.append(self.index)
        return result


class Prop(PhpNode):
    def __init__(self, line, obj, member, nullsafe):
        self.line = line
        self.obj = obj
        self.member = member
        self.nullsafe = nullsafe

    def children(self):
        result = []
        if self.obj is not None:
            result.append(self.obj)
        if self.member is not None:
            result.append(self.member)
        return result


class StaticProp(PhpNode):
    def __init__(self, line, cls, name):
        self.line = line
        self.cls = cls
        self.name = name

    def children(self):
        result = []
        if self.cls is not None:
            result.append(self.cls)
        return result


class ClassConst(PhpNode):
    def __init__(self, line, cls, name):
        self.line = line
        self.cls = cls
        self.name = name

    def children(self):
        result = []
        if self.cls is not None:
            result.append(self.cls)
        return result


class Const(PhpNode):
    def __init__(self, line, name):
        self.line = line
        self.name = name


class Arg(PhpNode):
    def __init__(self, line, expr, spread, name):
        self.line = line
        self.expr = expr
        self.spread = spread
        self.name = name

    def children(self):
        result = []
        if self.expr is not None:
            result.append(self.expr)
        return result


class Call(PhpNode):
    def __init__(self, line, func, name, args):
        self.line = line
        self.func = func
        self.name = name
        self.args = args

    def children(self):
        result = []
        if self.func is not None:
            result.append(self.func)
        if self.args is not None:
            for item in self.args:
                result.append(item)
        return result


class MethodCall(PhpNode):
    def __init__(self, line, obj, member, args, nullsafe):
        self.line = line
        self.obj = obj
        self.member = member
        self.args = args
        self.nullsafe = nullsafe

    def children(self):
        result = []
        if self.obj is not None:
            result.append(self.obj)
        if self.member is not None:
            result.append(self.member)
        if self.args is not None:
            for item in self.args:
                result.append(item)
        return result


class StaticCall(PhpNode):
    def __init__(self, line, cls, member, args):
        self.line = line
        self.cls = cls
        self.member = member
        self.args = args

    def children(self):
        result = []
        if self.cls is not None:
            result.append(self.cls)
        if self.member is not None:
            result.append(self.member)
        if self.args is not None:
            for item in self.args:
                result.append(item)
        return result


class New(PhpNode):
    def __init__(self, line, cls, args, decl):
        self.line = line
        self.cls = cls
        self.args = args
        self.decl = decl

    def children(self):
        result = []
        if self.cls is not None:
            result.append(self.cls)
        if self.args is not None:
            for item in self.args:
                result.append(item)
        if self.decl is not None:
            result.append(self.decl)
        return result


class Binary(PhpNode):
    def __init__(self, line, op, left, right):
        self.line = line
        self.op = op
        self.left = left
        self.right = right

    def children(self):
        result = []
        if self.left is not None:
            result.append(self.left)
        if self.right is not None:
            result.append(self.right)
        return result


class Logical(PhpNode):
    def __init__(self, line, op, left, right):
        self.line = line
        self.op = op
        self.left = left
        self.right = right

    def children(self):
        result = []
        if self.left is not None:
            result.append(self.left)
        if self.right is not None:
            result.append(self.right)
        return result


class Unary(PhpNode):
    def __init__(self, line, op, expr):
        self.line = line
        self.op = op
        self.expr = expr

    def children(self):
        result = []
        if self.expr is not None:
            result.append(self.expr)
        return result


class Cast(PhpNode):
    def __init__(self, line, kind, expr):
        self.line = line
        self.kind = kind
        self.expr = expr

    def children(self):
        result = []
        if self.expr is not None:
            result.append(self.expr)
        return result


class Assign(PhpNode):
    def __init__(self, line, target, value):
        self.line = line
        self.target = target
        self.value = value

    def children(self):
        result = []
        if self.target is not None:
            result.append(self.target)
        if self.value is not None:
            result.append(self.value)
        return result


class AssignRef(PhpNode):
    def __init__(self, line, target, source):
        self.line = line
        self.target = target
        self.source = source

    def children(self):
        result = []
        if self.target is not None:
            result.append(self.target)
        if self.source is not None:
            result.append(self.source)
        return result


class CompoundAssign(PhpNode):
    def __init__(self, line, op, target, value):
        self.line = line
        self.op = op
        self.target = target
        self.value = value

    def children(self):
        result = []
        if self.target is not None:
            result.append(self.target)
        if self.value is not None:
            result.append(self.value)
        return result


class IncDec(PhpNode):
    def __init__(self, line, prefix, inc, target):
        self.line = line
        self.prefix = prefix
        self.inc = inc
        self.target = target

    def children(self):
        result = []
        if self.target is not None:
            result.append(self.target)
        return result


class Ternary(PhpNode):
    def __init__(self, line, cond, then, else_):
        self.line = line
        self.cond = cond
        self.then = then
        self.else_ = else_

    def children(self):
        result = []
        if self.cond is not None:
            result.append(self.cond)
        if self.then is not None:
            result.append(self.then)
        if self.else_ is not None:
            result.append(self.else_)
        return result


class Isset(PhpNode):
    def __init__(self, line, exprs):
        self.line = line
        self.exprs = exprs

    def children(self):
        result = []
        if self.exprs is not None:
            for item in self.exprs:
                result.append(item)
        return result


class Empty(PhpNode):
    def __init__(self, line, expr):
        self.line = line
        self.expr = expr

    def children(self):
        result = []
        if self.expr is not None:
            result.append(self.expr)
        return result


class Closure(PhpNode):
    def __init__(self, line, decl, uses, is_static, is_arrow):
        self.line = line
        self.decl = decl
        self.uses = uses
        self.is_static = is_static
        self.is_arrow = is_arrow

    def children(self):
        result = []
        if self.decl is not None:
            result.append(self.decl)
        if self.uses is not None:
            for item in self.uses:
                result.append(item)
        return result


class ClosureUse(PhpNode):
    def __init__(self, line, name, byref):
        self.line = line
        self.name = name
        self.byref = byref


class MatchArm(PhpNode):
    def __init__(self, line, conds, body):
        self.line = line
        self.conds = conds
        self.body = body

    def children(self):
        result = []
        if self.conds is not None:
            for item in self.conds:
                result.append(item)
        if self.body is not None:
            result.append(self.body)
        return result


class Match(PhpNode):
    def __init__(self, line, subject, arms):
        self.line = line
        self.subject = subject
        self.arms = arms

    def children(self):
        result = []
        if self.subject is not None:
            result.append(self.subject)
        if self.arms is not None:
            for item in self.arms:
                result.append(item)
        return result


class Instanceof(PhpNode):
    def __init__(self, line, expr, cls):
        self.line = line
        self.expr = expr
        self.cls = cls

    def children(self):
        result = []
        if self.expr is not None:
            result.append(self.expr)
        if self.cls is not None:
            result.append(self.cls)
        return result


class Clone(PhpNode):
    def __init__(self, line, expr):
        self.line = line
        self.expr = expr

    def children(self):
        result = []
        if self.expr is not None:
            result.append(self.expr)
        return result


class Print(PhpNode):
    def __init__(self, line, expr):
        self.line = line
        self.expr = expr

    def children(self):
        result = []
        if self.expr is not None:
            result.append(self.expr)
        return result


class Exit(PhpNode):
    def __init__(self, line, expr):
        self.line = line
        self.expr = expr

    def children(self):
        result = []
        if self.expr is not None:
            result.append(self.expr)
        return result


class Throw(PhpNode):
    def __init__(self, line, expr):
        self.line = line
        self.expr = expr

    def children(self):
        result = []
        if self.expr is not None:
            result.append(self.expr)
        return result


class Yield(PhpNode):
    def __init__(self, line, key, value):
        self.line = line
        self.key = key
        self.value = value

    def children(self):
        result = []
        if self.key is not None:
            result.append(self.key)
        if self.value is not None:
            result.append(self.value)
        return result


class YieldFrom(PhpNode):
    def __init__(self, line, expr):
        self.line = line
        self.expr = expr

    def children(self):
        result = []
        if self.expr is not None:
            result.append(self.expr)
        return result


class Include(PhpNode):
    def __init__(self, line, kind, expr):
        self.line = line
        self.kind = kind
        self.expr = expr

    def children(self):
        result = []
        if self.expr is not None:
            result.append(self.expr)
        return result


class Silence(PhpNode):
    def __init__(self, line, expr):
        self.line = line
        self.expr = expr

    def children(self):
        result = []
        if self.expr is not None:
            result.append(self.expr)
        return result


class Name(PhpNode):
    def __init__(self, line, name):
        self.line = line
        self.name = name


class FirstClassCallable(PhpNode):
    def __init__(self, line, call):
        self.line = line
        self.call = call

    def children(self):
        result = []
        if self.call is not None:
            result.append(self.call)
        return result


class Echo(PhpNode):
    def __init__(self, line, exprs):
        self.line = line
        self.exprs = exprs

    def children(self):
        result = []
        if self.exprs is not None:
            for item in self.exprs:
                result.append(item)
        return result


class InlineHtml(PhpNode):
    def __init__(self, line, text):
        self.line = line
        self.text = text


class ExprStmt(PhpNode):
    def __init__(self, line, expr):
        self.line = line
        self.expr = expr

    def children(self):
        result = []
        if self.expr is not None:
            result.append(self.expr)
        return result


class If(PhpNode):
    def __init__(self, line, cond, body, elifs, else_):
        self.line = line
        self.cond = cond
        self.body = body
        self.elifs = elifs
        self.else_ = else_

    def children(self):
        result = []
        if self.cond is not None:
            result.append(self.cond)
        if self.body is not None:
            result.append(self.body)
        if self.elifs is not None:
            for item in self.elifs:
                result.append(item)
        if self.else_ is not None:
            result.append(self.else_)
        return result


class While(PhpNode):
    def __init__(self, line, cond, body):
        self.line = line
        self.cond = cond
        self.body = body

    def children(self):
        result = []
        if self.cond is not None:
            result.append(self.cond)
        if self.body is not None:
            result.append(self.body)
        return result


class DoWhile(PhpNode):
    def __init__(self, line, body, cond):
        self.line = line
        self.body = body
        self.cond = cond

    def children(self):
        result = []
        if self.body is not None:
            result.append(self.body)
        if self.cond is not None:
            result.append(self.cond)
        return result


class For(PhpNode):
    def __init__(self, line, init, cond, step, body):
        self.line = line
        self.init = init
        self.cond = cond
        self.step = step
        self.body = body

    def children(self):
        result = []
        if self.init is not None:
            for item in self.init:
                result.append(item)
        if self.cond is not None:
            for item in self.cond:
                result.append(item)
        if self.step is not None:
            for item in self.step:
                result.append(item)
        if self.body is not None:
            result.append(self.body)
        return result


class Foreach(PhpNode):
    def __init__(self, line, expr, key, value, byref, body):
        self.line = line
        self.expr = expr
        self.key = key
        self.value = value
        self.byref = byref
        self.body = body

    def children(self):
        result = []
        if self.expr is not None:
            result.append(self.expr)
        if self.key is not None:
            result.append(self.key)
        if self.value is not None:
            result.append(self.value)
        if self.body is not None:
            result.append(self.body)
        return result


class Case(PhpNode):
    def __init__(self, line, expr, body):
        self.line = line
        self.expr = expr
        self.body = body

    def children(self):
        result = []
        if self.expr is not None:
            result.append(self.expr)
        if self.body is not None:
            result.append(self.body)
        return result


class Switch(PhpNode):
    def __init__(self, line, subject, cases):
        self.line = line
        self.subject = subject
        self.cases = cases

    def children(self):
        result = []
        if self.subject is not None:
            result.append(self.subject)
        if self.cases is not None:
            for item in self.cases:
                result.append(item)
        return result


class Break(PhpNode):
    def __init__(self, line, depth):
        self.line = line
        self.depth = depth


class Continue(PhpNode):
    def __init__(self, line, depth):
        self.line = line
        self.depth = depth


class Return(PhpNode):
    def __init__(self, line, expr):
        self.line = line
        self.expr = expr

    def children(self):
        result = []
        if self.expr is not None:
            result.append(self.expr)
        return result


class Global(PhpNode):
    def __init__(self, line, names):
        self.line = line
        self.names = names


class StaticVar(PhpNode):
    def __init__(self, line, name, default):
        self.line = line
        self.name = name
        self.default = default

    def children(self):
        result = []
        if self.default is not None:
            result.append(self.default)
        return result


class Unset(PhpNode):
    def __init__(self, line, exprs):
        self.line = line
        self.exprs = exprs

    def children(self):
        result = []
        if self.exprs is not None:
            for item in self.exprs:
                result.append(item)
        return result


class Block(PhpNode):
    def __init__(self, line, stmts):
        self.line = line
        self.stmts = stmts

    def children(self):
        result = []
        if self.stmts is not None:
            for item in self.stmts:
                result.append(item)
        return result


class Catch(PhpNode):
    def __init__(self, line, types, var, body):
        self.line = line
        self.types = types
        self.var = var
        self.body = body

    def children(self):
        result = []
        if self.body is not None:
            result.append(self.body)
        return result


class Try(PhpNode):
    def __init__(self, line, body, catches, finally_):
        self.line = line
        self.body = body
        self.catches = catches
        self.finally_ = finally_

    def children(self):
        result = []
        if self.body is not None:
            result.append(self.body)
        if self.catches is not None:
            for item in self.catches:
                result.append(item)
        if self.finally_ is not None:
            result.append(self.finally_)
        return result


class Param(PhpNode):
    def __init__(self, line, name, default, type, byref, variadic, promote):
        self.line = line
        self.name = name
        self.default = default
        self.type = type
        self.byref = byref
        self.variadic = variadic
        self.promote = promote

    def children(self):
        result = []
        if self.default is not None:
            result.append(self.default)
        return result


class FunctionDecl(PhpNode):
    def __init__(self, line, name, params, body, byref, uses, is_static, return_type, is_generator):
        self.line = line
        self.name = name
        self.params = params
        self.body = body
        self.byref = byref
        self.uses = uses
        self.is_static = is_static
        self.return_type = return_type
        self.is_generator = is_generator

    def children(self):
        result = []
        if self.params is not None:
            for item in self.params:
                result.append(item)
        if self.body is not None:
            result.append(self.body)
        if self.uses is not None:
            for item in self.uses:
                result.append(item)
        return result


class PropDecl(PhpNode):
    def __init__(self, line, name, default, visibility, is_static, type, readonly):
        self.line = line
        self.name = name
        self.default = default
        self.visibility = visibility
        self.is_static = is_static
        self.type = type
        self.readonly = readonly

    def children(self):
        result = []
        if self.default is not None:
            result.append(self.default)
        return result


class ConstDecl(PhpNode):
    def __init__(self, line, name, value, visibility):
        self.line = line
        self.name = name
        self.value = value
        self.visibility = visibility

    def children(self):
        result = []
        if self.value is not None:
            result.append(self.value)
        return result


class MethodDecl(PhpNode):
    def __init__(self, line, func, visibility, is_static, is_abstract, is_final):
        self.line = line
        self.func = func
        self.visibility = visibility
        self.is_static = is_static
        self.is_abstract = is_abstract
        self.is_final = is_final

    def children(self):
        result = []
        if self.func is not None:
            result.append(self.func)
        return result


class TraitRule(PhpNode):
    def __init__(self, line, trait, method, insteadof, alias, visibility):
        self.line = line
        self.trait = trait
        self.method = method
        self.insteadof = insteadof
        self.alias = alias
        self.visibility = visibility


class ClassDecl(PhpNode):
    def __init__(self, line, name, kind, parent, interfaces, consts, props, methods, traits, rules, flags, cases, enum_type):
        self.line = line
        self.name = name
        self.kind = kind
        self.parent = parent
        self.interfaces = interfaces
        self.consts = consts
        self.props = props
        self.methods = methods
        self.traits = traits
        self.rules = rules
        self.flags = flags
        self.cases = cases
        self.enum_type = enum_type
        self.template = None

    def children(self):
        result = []
        if self.consts is not None:
            for item in self.consts:
                result.append(item)
        if self.props is not None:
            for item in self.props:
                result.append(item)
        if self.methods is not None:
            for item in self.methods:
                result.append(item)
        if self.rules is not None:
            for item in self.rules:
                result.append(item)
        if self.cases is not None:
            for item in self.cases:
                result.append(item)
        return result


class EnumCase(PhpNode):
    def __init__(self, line, name, value):
        self.line = line
        self.name = name
        self.value = value

    def children(self):
        result = []
        if self.value is not None:
            result.append(self.value)
        return result


class GlobalConst(PhpNode):
    def __init__(self, line, names, values):
        self.line = line
        self.names = names
        self.values = values

    def children(self):
        result = []
        if self.values is not None:
            for item in self.values:
                result.append(item)
        return result


class Declare(PhpNode):
    def __init__(self, line, name, value):
        self.line = line
        self.name = name
        self.value = value

    def children(self):
        result = []
        if self.value is not None:
            result.append(self.value)
        return result


class Label(PhpNode):
    def __init__(self, line, name):
        self.line = line
        self.name = name


class Goto(PhpNode):
    def __init__(self, line, name):
        self.line = line
        self.name = name


class Nop(PhpNode):
    def __init__(self, line):
        self.line = line
