"""Scope analysis: which names are fast locals, cells, free variables, globals or dict names.

Python decides a name's scope statically: assigned in a function means local unless declared
`global`/`nonlocal`; used in a nested function and local in an enclosing one means a cell.
Class bodies are skipped when inner functions look outwards, and comprehensions are
functions of their own.  The compiler asks `scope.kind_of(name)`.
"""
from framework.errors import SourceError
from framework.text import sort_strings
from languages.python import ast

MODULE = 0
FUNCTION = 1
CLASS = 2

FAST = 0
CELL = 1          # local of this function, captured by an inner one
FREE = 2          # captured from an enclosing function
GLOBAL = 3        # module dict, then builtins
NAME = 4          # class body or module: the namespace dict, then globals
CLASSDEREF = 5    # class body reading an enclosing function's cell


class Scope(object):
    def __init__(self, kind, name, parent):
        self.kind = kind
        self.name = name
        self.parent = parent
        self.params = []
        self.assigned = {}
        self.order = []               # assigned names in first-seen order
        self.globals = {}
        self.nonlocals = {}
        self.uses = {}
        self.children = []
        self.cells = {}
        self.frees = {}
        self.cellvars = []
        self.freevars = []
        self.varnames = []
        self.is_generator = False
        self.is_coroutine = False
        self.has_vararg = False
        self.has_kwarg = False
        if parent is not None:
            parent.children.append(self)

    def note_assign(self, name):
        if name not in self.assigned:
            self.assigned[name] = None
            self.order.append(name)

    def note_use(self, name):
        self.uses[name] = None

    def is_local(self, name):
        return (self.kind == FUNCTION and name in self.assigned and name not in self.globals
                and name not in self.nonlocals)

    def kind_of(self, name):
        if name in self.globals:
            return GLOBAL
        if self.kind == FUNCTION:
            if name in self.cells:
                return CELL
            if name in self.frees:
                return FREE
            if self.is_local(name):
                return FAST
            return GLOBAL
        if self.kind == CLASS and name in self.frees and name not in self.assigned:
            return CLASSDEREF
        if self.kind == CLASS and name in self.frees:
            return FREE
        return NAME

    def cell_index(self, name):
        """Index among cellvars + freevars (the frame's cell array)."""
        for i in range(len(self.cellvars)):
            if self.cellvars[i] == name:
                return i
        for i in range(len(self.freevars)):
            if self.freevars[i] == name:
                return len(self.cellvars) + i
        raise AssertionError("not a cell: " + name)

    def local_index(self, name):
        for i in range(len(self.varnames)):
            if self.varnames[i] == name:
                return i
        raise AssertionError("not a local: " + name)


def find_enclosing(scope, name):
    """The nearest enclosing function scope where `name` is local or free, or None."""
    parent = scope.parent
    while parent is not None:
        if parent.kind == CLASS and name == "__class__":
            return parent                   # the implicit cell of methods using super()
        if parent.kind == FUNCTION:
            if parent.is_local(name) or name in parent.nonlocals or name in parent.frees:
                return parent
        if parent.kind == MODULE:
            return None
        parent = parent.parent
    return None


def resolve(scope):
    """After collection: decide cells and frees for `scope` and its children (post-order
    on uses, so a deep capture threads cells through every scope in between)."""
    for child in scope.children:
        resolve(child)
    if scope.kind == FUNCTION:
        for name in scope.nonlocals:
            if find_enclosing(scope, name) is None:
                raise SourceError("no binding for nonlocal '%s' found" % name, 0, 0)
    names = scope.uses.keys() + scope.nonlocals.keys()
    for name in names:
        if scope.kind == FUNCTION and scope.is_local(name):
            continue
        if name in scope.globals:
            continue
        if scope.kind == CLASS and name in scope.assigned and name not in scope.nonlocals:
            continue
        owner = find_enclosing(scope, name)
        if owner is not None:
            mark_free(scope, owner, name)


def mark_free(scope, owner, name):
    """`name` lives in `owner`; every scope from `scope` up to owner passes the cell."""
    current = scope
    while current is not owner:
        current.frees[name] = None
        current = current.parent
    if owner.is_local(name) or (owner.kind == CLASS and name == "__class__"):
        owner.cells[name] = None


def finish(scope):
    """Fix the layouts: varnames (params first), cellvars, freevars."""
    scope.varnames = scope.params[:]
    if scope.kind == FUNCTION:
        for name in scope.order:
            if scope.is_local(name) and name not in scope.varnames:
                scope.varnames.append(name)
    scope.cellvars = [n for n in scope.varnames if n in scope.cells]
    if scope.kind == CLASS and "__class__" in scope.cells:
        scope.cellvars.append("__class__")
    scope.freevars = [n for n in scope.frees.keys() if n not in scope.cells]
    sort_strings(scope.freevars)
    for child in scope.children:
        finish(child)


class SymbolVisitor(object):
    """Collects assignments, uses and declarations for every scope of a module."""

    def __init__(self):
        self.scopes = {}          # id of the defining node -> Scope, via node attribute
        self.current = None

    def build(self, module):
        top = Scope(MODULE, "<module>", None)
        self.current = top
        self.visit_body(module.body)
        resolve(top)
        finish(top)
        return top

    def push(self, kind, name, node):
        scope = Scope(kind, name, self.current)
        node.scope = scope
        self.current = scope
        return scope

    def pop(self):
        self.current = self.current.parent

    def visit_body(self, body):
        for stmt in body:
            self.visit_stmt(stmt)

    def visit_exprs(self, exprs):
        for expr in exprs:
            self.visit_expr(expr)

    def visit_optional(self, expr):
        if expr is not None:
            self.visit_expr(expr)

    def declare(self, stmt, names, globals_):
        scope = self.current
        for name in names:
            if name in scope.assigned or name in scope.uses:
                kind = "global" if globals_ else "nonlocal"
                what = "assigned to" if name in scope.assigned else "used"
                raise SourceError("name '%s' is %s before %s declaration" % (name, what, kind),
                                  stmt.line, stmt.column)
            if globals_:
                scope.globals[name] = None
            else:
                if scope.kind == MODULE:
                    raise SourceError("nonlocal declaration not allowed at module level",
                                      stmt.line, stmt.column)
                scope.nonlocals[name] = None

    def visit_args(self, args):
        for arg in args.args:
            self.visit_optional(arg.default)
        for arg in args.kwonly:
            self.visit_optional(arg.default)

    def bind_params(self, scope, args):
        for arg in args.args:
            scope.params.append(arg.name)
        if args.vararg:
            scope.params.append(args.vararg)
            scope.has_vararg = True
        for arg in args.kwonly:
            scope.params.append(arg.name)
        if args.kwarg:
            scope.params.append(args.kwarg)
            scope.has_kwarg = True
        for name in scope.params:
            scope.note_assign(name)

    def visit_stmt(self, stmt):
        if isinstance(stmt, ast.ExprStmt):
            self.visit_expr(stmt.value)
        elif isinstance(stmt, ast.Assign):
            self.visit_expr(stmt.value)
            for target in stmt.targets:
                self.visit_target(target)
        elif isinstance(stmt, ast.AugAssign):
            self.visit_expr(stmt.value)
            self.visit_expr(stmt.target)
            self.visit_target(stmt.target)
        elif isinstance(stmt, ast.AnnAssign):
            self.visit_optional(stmt.value)
            if stmt.value is not None:
                self.visit_target(stmt.target)
        elif isinstance(stmt, ast.Return):
            self.visit_optional(stmt.value)
        elif isinstance(stmt, ast.Raise):
            self.visit_optional(stmt.exc)
            self.visit_optional(stmt.cause)
        elif isinstance(stmt, ast.Global):
            self.declare(stmt, stmt.names, True)
        elif isinstance(stmt, ast.Nonlocal):
            self.declare(stmt, stmt.names, False)
        elif isinstance(stmt, ast.Delete):
            for target in stmt.targets:
                self.visit_target(target)
        elif isinstance(stmt, ast.Assert):
            self.visit_expr(stmt.test)
            self.visit_optional(stmt.msg)
        elif isinstance(stmt, ast.Import):
            for alias in stmt.names:
                if alias.asname:
                    self.current.note_assign(alias.asname)
                else:
                    self.current.note_assign(alias.name.split(".")[0])
        elif isinstance(stmt, ast.ImportFrom):
            for alias in stmt.names:
                self.current.note_assign(alias.asname or alias.name)
        elif isinstance(stmt, ast.If):
            self.visit_expr(stmt.test)
            self.visit_body(stmt.body)
            self.visit_body(stmt.orelse)
        elif isinstance(stmt, ast.While):
            self.visit_expr(stmt.test)
            self.visit_body(stmt.body)
            self.visit_body(stmt.orelse)
        elif isinstance(stmt, ast.For):
            self.visit_expr(stmt.iter)
            self.visit_target(stmt.target)
            self.visit_body(stmt.body)
            self.visit_body(stmt.orelse)
        elif isinstance(stmt, ast.FunctionDef):
            self.visit_exprs(stmt.decorators)
            self.visit_args(stmt.args)
            self.current.note_assign(stmt.name)
            scope = self.push(FUNCTION, stmt.name, stmt)
            scope.is_coroutine = stmt.is_async
            self.bind_params(scope, stmt.args)
            self.visit_body(stmt.body)
            self.pop()
        elif isinstance(stmt, ast.ClassDef):
            self.visit_exprs(stmt.decorators)
            self.visit_exprs(stmt.bases)
            for keyword in stmt.keywords:
                self.visit_expr(keyword.value)
            self.current.note_assign(stmt.name)
            self.push(CLASS, stmt.name, stmt)
            self.visit_body(stmt.body)
            self.pop()
        elif isinstance(stmt, ast.Try):
            self.visit_body(stmt.body)
            for handler in stmt.handlers:
                self.visit_optional(handler.type)
                if handler.name:
                    self.current.note_assign(handler.name)
                self.visit_body(handler.body)
            self.visit_body(stmt.orelse)
            self.visit_body(stmt.finalbody)
        elif isinstance(stmt, ast.Match):
            self.visit_expr(stmt.subject)
            for case in stmt.cases:
                self.visit_case(case)
        elif isinstance(stmt, ast.With):
            for item in stmt.items:
                self.visit_expr(item.context)
                if item.target is not None:
                    self.visit_target(item.target)
            self.visit_body(stmt.body)

    def visit_case(self, case):
        """Build the case's pattern (patterns.py) now: its names are assignments."""
        from languages.python.patterns import (PatternBuilder, PatternError, AsPattern,
                                               W_MatchPattern)
        assert isinstance(case, ast.MatchCase)
        builder = PatternBuilder()
        try:
            pattern = builder.build(case.pattern)
            if case.capture:
                builder.bind(case.capture, case)
                pattern = AsPattern(pattern, case.capture)
        except PatternError as e:
            raise SourceError(e.message, e.node.line, e.node.column)
        case.w_pattern = W_MatchPattern(pattern, builder.names)
        case.value_exprs = builder.value_exprs
        self.visit_exprs(case.value_exprs)
        for name in builder.names:
            self.current.note_assign(name)
        self.visit_optional(case.guard)
        self.visit_body(case.body)

    def visit_target(self, target):
        if isinstance(target, ast.Name):
            self.current.note_assign(target.id)
        elif isinstance(target, ast.TupleExpr):
            for elt in target.elts:
                self.visit_target(elt)
        elif isinstance(target, ast.ListExpr):
            for elt in target.elts:
                self.visit_target(elt)
        elif isinstance(target, ast.Starred):
            self.visit_target(target.value)
        else:
            self.visit_expr(target)

    def visit_comprehension(self, node, generators):
        # The first iterable is evaluated outside; the rest live in the new function scope.
        self.visit_expr(generators[0].iter)
        scope = self.push(FUNCTION, "<comp>", node)
        scope.params.append(".0")
        scope.note_assign(".0")
        for i in range(len(generators)):
            generator = generators[i]
            if i > 0:
                self.visit_expr(generator.iter)
            self.visit_target(generator.target)
            self.visit_exprs(generator.ifs)
        return scope

    def visit_expr(self, expr):
        if isinstance(expr, ast.Name):
            self.current.note_use(expr.id)
            if expr.id == "super" and self.current.kind == FUNCTION:
                self.current.note_use("__class__")
        elif isinstance(expr, ast.Constant):
            pass
        elif isinstance(expr, ast.JoinedStr):
            self.visit_exprs(expr.values)
        elif isinstance(expr, ast.FormattedValue):
            self.visit_expr(expr.value)
            self.visit_optional(expr.format_spec)
        elif isinstance(expr, ast.BinOp):
            self.visit_expr(expr.left)
            self.visit_expr(expr.right)
        elif isinstance(expr, ast.UnaryOp):
            self.visit_expr(expr.operand)
        elif isinstance(expr, ast.BoolOp):
            self.visit_exprs(expr.values)
        elif isinstance(expr, ast.Compare):
            self.visit_expr(expr.left)
            self.visit_exprs(expr.comparators)
        elif isinstance(expr, ast.IfExp):
            self.visit_expr(expr.test)
            self.visit_expr(expr.body)
            self.visit_expr(expr.orelse)
        elif isinstance(expr, ast.Lambda):
            self.visit_args(expr.args)
            scope = self.push(FUNCTION, "<lambda>", expr)
            self.bind_params(scope, expr.args)
            self.visit_expr(expr.body)
            self.pop()
        elif isinstance(expr, ast.Call):
            self.visit_expr(expr.func)
            self.visit_exprs(expr.args)
            for keyword in expr.keywords:
                self.visit_expr(keyword.value)
        elif isinstance(expr, ast.Attribute):
            self.visit_expr(expr.value)
        elif isinstance(expr, ast.Subscript):
            self.visit_expr(expr.value)
            self.visit_expr(expr.slice)
        elif isinstance(expr, ast.Slice):
            self.visit_optional(expr.lower)
            self.visit_optional(expr.upper)
            self.visit_optional(expr.step)
        elif isinstance(expr, ast.Starred):
            self.visit_expr(expr.value)
        elif isinstance(expr, ast.ListExpr):
            self.visit_exprs(expr.elts)
        elif isinstance(expr, ast.TupleExpr):
            self.visit_exprs(expr.elts)
        elif isinstance(expr, ast.SetExpr):
            self.visit_exprs(expr.elts)
        elif isinstance(expr, ast.DictExpr):
            for key in expr.keys:
                self.visit_optional(key)
            self.visit_exprs(expr.values)
        elif isinstance(expr, ast.ListComp):
            self.visit_comprehension(expr, expr.generators)
            self.visit_expr(expr.elt)
            self.pop()
        elif isinstance(expr, ast.SetComp):
            self.visit_comprehension(expr, expr.generators)
            self.visit_expr(expr.elt)
            self.pop()
        elif isinstance(expr, ast.GeneratorExp):
            scope = self.visit_comprehension(expr, expr.generators)
            scope.is_generator = True
            self.visit_expr(expr.elt)
            self.pop()
        elif isinstance(expr, ast.DictComp):
            self.visit_comprehension(expr, expr.generators)
            self.visit_expr(expr.key)
            self.visit_expr(expr.value)
            self.pop()
        elif isinstance(expr, ast.Yield):
            self.current.is_generator = True
            self.visit_optional(expr.value)
        elif isinstance(expr, ast.YieldFrom):
            self.current.is_generator = True
            self.visit_expr(expr.value)
        elif isinstance(expr, ast.Await):
            self.visit_expr(expr.value)
        elif isinstance(expr, ast.NamedExpr):
            self.visit_expr(expr.value)
            scope = self.current
            while scope.name == "<comp>" and scope.parent is not None:
                scope = scope.parent
            target = expr.target
            assert isinstance(target, ast.Name)
            scope.note_assign(target.id)
            self.current.note_use(target.id)
