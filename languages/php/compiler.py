"""The PHP compiler: a syntax tree (parser.py) in, PhpCode (code.py) out.

Each function gets a `FunctionState`: the kit's Assembler, the variable slots (every
`$name` the body mentions, plus hidden temporaries for foreach iterators, switch subjects
and pending return values), its try handlers, and the stacks of enclosing loops and
`finally` blocks.  `finally` is compiled inline at every exit of its try (the fall-through
end, each return, break and continue that leaves it), plus once as a handler that runs it
and rethrows.  Whether a call passes an argument by reference is decided here, from the
by-reference parameters of every function and method the file declares and of the
built-ins (BYREF_BUILTINS): arguments that can be referenced are passed as references to
such callees, and the callee binds or reads through them.
"""
from framework.bytecode import Label
from framework.errors import SourceError
from languages.php import ast
from languages.php import opcodes as op
from languages.php.code import (PhpCode, CodeFlags, Handler, ParamInfo, FunctionTemplate,
                                MethodTemplate, PropTemplate, ConstTemplate, ClassTemplate,
                                TraitRuleTemplate)
from languages.php.kit import Assembler
from languages.php.objects import W_String, W_Int, w_null
from languages.php.parser import parse

BYREF_BUILTINS = {
    "sort": [0], "rsort": [0], "usort": [0], "uasort": [0], "uksort": [0], "ksort": [0],
    "krsort": [0], "asort": [0], "arsort": [0], "shuffle": [0], "natsort": [0],
    "natcasesort": [0], "array_multisort": [0],
    "array_push": [0], "array_pop": [0], "array_shift": [0], "array_unshift": [0],
    "array_splice": [0], "array_walk": [0], "array_walk_recursive": [0],
    "preg_match": [2], "preg_match_all": [2], "preg_replace": [4],
    "preg_replace_callback": [4], "str_replace": [3], "str_ireplace": [3],
    "end": [0], "reset": [0], "next": [0], "prev": [0], "current": [0], "key": [0],
    "each": [0], "settype": [0], "similar_text": [2], "extract": [0], "parse_str": [1],
    "sscanf": [2],
}

ASSIGN_OPCODES = {"+": op.ADD, "-": op.SUB, "*": op.MUL, "/": op.DIV, "%": op.MOD,
                  "**": op.POW, ".": op.CONCAT, "<<": op.SHL, ">>": op.SHR, "&": op.BAND,
                  "|": op.BOR, "^": op.BXOR}
BINARY_OPCODES = {"+": op.ADD, "-": op.SUB, "*": op.MUL, "/": op.DIV, "%": op.MOD,
                  "**": op.POW, ".": op.CONCAT, "<<": op.SHL, ">>": op.SHR, "&": op.BAND,
                  "|": op.BOR, "^": op.BXOR, "==": op.EQ, "!=": op.NE,
                  "===": op.IDENTICAL, "!==": op.NOT_IDENTICAL, "<": op.LT, "<=": op.LE,
                  ">": op.GT, ">=": op.GE, "<=>": op.SPACESHIP}
CAST_KINDS = {"(int)": 0, "(float)": 1, "(string)": 2, "(bool)": 3, "(array)": 4,
              "(object)": 5, "(unset)": 6}
KEYLESS = 1 << 16      # FOREACH_SLOT's flag: the loop does not use the key
NAMED_CLASS = 1 << 16  # LOAD_STATIC_METHOD's flag: a class name, not self/parent/static
INCLUDE_KINDS = {"include": 0, "include_once": 1, "require": 2, "require_once": 3}


class SlotValue(ast.PhpNode):
    """An already computed value in a hidden slot, used where the tree needs a node."""

    def __init__(self, line, slot):
        self.line = line
        self.slot = slot


class ListElement(ast.PhpNode):
    """An element a list()/[...] destructuring reads: like `$tmp[key]`, but null without a
    warning when the value is not an array."""

    def __init__(self, line, slot, key):
        self.line = line
        self.slot = slot
        self.key = key


class Loop(object):
    def __init__(self, break_label, continue_label, finally_depth):
        self.break_label = break_label
        self.continue_label = continue_label
        self.finally_depth = finally_depth


class FunctionState(object):
    def __init__(self, name, enclosing):
        self.name = name
        self.enclosing = enclosing
        self.asm = Assembler(op.table)
        self.varnames = []
        self.handlers = []
        self.loops = []
        self.finallies = []
        self.flags = CodeFlags()
        self.temps = 0
        self.labels = {}

    def slot(self, name):
        for i in range(len(self.varnames)):
            if self.varnames[i] == name:
                return i
        self.varnames.append(name)
        return len(self.varnames) - 1

    def temp(self):
        self.temps += 1
        return self.slot("\0tmp%d" % self.temps)


class Compiler(object):
    def __init__(self, filename, strict_types):
        self.filename = filename
        self.strict_types = strict_types
        self.fn = None
        self.byref_functions = {}
        self.byref_methods = {}
        self.class_name = ""
        self.class_kind = ""
        self.top_level = []
        self.dollar_brace_lines = []
        self.deprecations = []
        self.chain_inner = False
        self.chain_skips = []

    # -- emitting -----------------------------------------------------------------------
    def emit(self, opcode, arg=0):
        self.fn.asm.emit(opcode, arg)

    def set_line(self, line):
        self.fn.asm.set_line(line)

    def jump(self, opcode, label=None):
        return self.fn.asm.jump(opcode, label)

    def mark(self, label):
        self.fn.asm.mark(label)

    def const(self, w_value):
        self.emit(op.CONST, self.fn.asm.add_const(w_value))

    def name(self, text):
        return self.fn.asm.add_name(text)

    def error(self, message, line):
        raise SourceError(message, line, 0, kind="Fatal")

    # -- functions ----------------------------------------------------------------------
    def begin_function(self, name, line):
        self.fn = FunctionState(name, self.fn)
        self.fn.flags.strict_types = self.strict_types
        self.fn.flags.first_line = line
        self.fn.flags.class_name = self.class_name
        self.set_line(line)

    def end_function(self, params):
        fn = self.fn
        if fn.asm.reachable:
            self.emit(op.NULL)
            self.emit(op.RETURN)
        code = PhpCode(fn.name, self.filename, fn.asm, fn.varnames, fn.handlers, params,
                       fn.flags)
        self.fn = fn.enclosing
        return code

    def compile_function(self, decl, display_name, extra=None):
        """A FunctionDecl's code.  Parameters take the first slots."""
        self.begin_function(display_name, decl.line)
        self.fn.flags.returns_ref = decl.byref
        self.fn.flags.return_type = decl.return_type
        params = []
        for p in decl.params:
            self.fn.slot(p.name)
            default = p.default
            default_null = isinstance(default, ast.Const) and default.name.lower() == "null"
            params.append(ParamInfo(p.name, p.byref, p.variadic, p.default is not None,
                                    p.type, p.promote, default_null))
        self.check_param_order(decl)
        for use in decl.uses:
            self.fn.slot(use.name)
            self.fn.flags.uses.append(use.name)
            self.fn.flags.uses_byref.append(use.byref)
        for i in range(len(decl.params)):
            p = decl.params[i]
            if p.default is not None:
                self.set_line(p.line)
                self.emit(op.ARG_SLOT, i)
                done = self.jump(op.ARG_PASSED)
                self.expr(p.default)
                self.emit(op.STORE_VAR, i)
                self.emit(op.POP)
                self.mark(done)
        for p in decl.params:
            if p.type:
                self.emit(op.VERIFY_PARAMS)
                break
        for p in decl.params:
            if p.promote and p.byref:          # `private array &$x`: the property aliases
                self.set_line(p.line)
                self.expr(ast.AssignRef(p.line, ast.Prop(p.line, ast.Variable(p.line, "this"),
                                                         ast.Literal(p.line, W_String(p.name)),
                                                         False),
                                        ast.Variable(p.line, p.name)))
                self.emit(op.POP)
            elif p.promote:
                self.set_line(p.line)
                self.emit(op.LOAD_THIS)
                self.emit(op.LOAD_VAR, self.fn.slot(p.name))
                self.emit(op.ASSIGN_PROP, self.name(p.name))
                self.emit(op.POP)
        if extra is not None:
            self.stmt(extra)
        if decl.body is not None:
            self.block(decl.body)
        return self.end_function(params)

    def check_param_order(self, decl):
        """php's deprecation of an optional parameter before a required one (a default
        of null on a typed parameter only makes it nullable)."""
        last_required = -1
        for i in range(len(decl.params)):
            p = decl.params[i]
            if p.default is None and not p.variadic:
                last_required = i
        for i in range(last_required):
            p = decl.params[i]
            if p.default is None or p.variadic:
                continue
            if p.type and isinstance(p.default, ast.Const) and \
                    p.default.name.lower() == "null":
                continue
            required = decl.params[last_required].name
            for j in range(i + 1, last_required + 1):
                if decl.params[j].default is None:
                    required = decl.params[j].name
                    break
            self.deprecations.append(
                ("Optional parameter $%s declared before required parameter $%s is "
                 "implicitly treated as a required parameter" % (p.name, required), decl.line))

    # -- program ------------------------------------------------------------------------
    def compile_program(self, stmts, included=False):
        self.collect_byrefs(stmts)
        self.begin_function("{main}", 1)
        self.fn.flags.strict_types = self.strict_types
        for s in stmts:
            if isinstance(s, ast.FunctionDecl):
                self.declare_function(s)
        for s in stmts:
            if isinstance(s, ast.ClassDecl):
                self.declare_class(s, True)
        for s in stmts:
            self.stmt(s)
        if included and self.fn.asm.reachable:
            self.const(W_Int(1))          # an included file without `return` gives 1
            self.emit(op.RETURN)
        return self.end_function([])

    def collect_byrefs(self, stmts):
        collector = ByrefCollector(self)
        for s in stmts:
            collector.visit(s)

    def byref_positions(self, call_name, is_method):
        table = self.byref_methods if is_method else self.byref_functions
        positions = table.get(call_name.lower(), None)
        if positions is None and not is_method:
            positions = BYREF_BUILTINS.get(call_name.lower(), None)
        return positions

    # -- statements ---------------------------------------------------------------------
    def block(self, node):
        if isinstance(node, ast.Block):
            for s in node.stmts:
                self.stmt(s)
        else:
            self.stmt(node)

    def stmt(self, node):
        self.set_line(node.line)
        if isinstance(node, ast.ExprStmt):
            expr = node.expr
            slot = self.appended_slot(expr)
            if slot >= 0:
                assert isinstance(expr, ast.CompoundAssign)
                self.expr(expr.value)
                self.set_line(node.line)
                self.emit(op.APPEND_VAR, slot)
                return
            self.expr(node.expr)
            self.emit(op.POP)
        elif isinstance(node, ast.Echo):
            for e in node.exprs:
                self.expr(e)
                self.set_line(node.line)
                self.emit(op.ECHO)
        elif isinstance(node, ast.InlineHtml):
            self.const(W_String(node.text))
            self.emit(op.ECHO)
        elif isinstance(node, ast.Block):
            self.block(node)
        elif isinstance(node, ast.If):
            self.if_stmt(node)
        elif isinstance(node, ast.While):
            start = self.fn.asm.here()
            end = Label()
            self.expr(node.cond)
            self.jump(op.JUMP_IF_FALSE, end)
            self.loop_body(node.body, end, start)
            self.jump(op.JUMP, start)
            self.mark(end)
        elif isinstance(node, ast.DoWhile):
            start = self.fn.asm.here()
            end = Label()
            cont = Label()
            self.loop_body(node.body, end, cont)
            self.mark(cont)
            self.expr(node.cond)
            self.jump(op.JUMP_IF_TRUE, start)
            self.mark(end)
        elif isinstance(node, ast.For):
            self.for_stmt(node)
        elif isinstance(node, ast.Foreach):
            self.foreach_stmt(node)
        elif isinstance(node, ast.Switch):
            self.switch_stmt(node)
        elif isinstance(node, ast.Break) or isinstance(node, ast.Continue):
            self.break_stmt(node)
        elif isinstance(node, ast.Return):
            self.return_stmt(node)
        elif isinstance(node, ast.FunctionDecl):
            if self.fn.enclosing is not None or not self.is_top_level(node):
                self.declare_function(node)
        elif isinstance(node, ast.ClassDecl):
            self.declare_class(node, False)
        elif isinstance(node, ast.Try):
            self.try_stmt(node)
        elif isinstance(node, ast.Global):
            for name in node.names:
                self.fn.slot(name)
                self.emit(op.BIND_GLOBAL, self.name(name))
        elif isinstance(node, ast.StaticVar):
            slot = self.fn.slot(node.name)
            self.emit(op.STATIC_SLOT, slot)
            done = self.jump(op.STATIC_INIT)
            if node.default is not None:
                self.expr(node.default)
            else:
                self.emit(op.NULL)
            self.emit(op.STATIC_SLOT, slot)
            self.emit(op.STATIC_SET)
            self.mark(done)
        elif isinstance(node, ast.Unset):
            for e in node.exprs:
                self.unset(e)
        elif isinstance(node, ast.GlobalConst):
            for i in range(len(node.names)):
                self.expr(node.values[i])
                self.emit(op.DECLARE_CONST, self.name(node.names[i]))
        elif isinstance(node, ast.Nop) or isinstance(node, ast.Declare):
            pass
        elif isinstance(node, ast.Label):
            label = self.goto_label(node.name)
            self.mark(label)
        elif isinstance(node, ast.Goto):
            self.jump(op.JUMP, self.goto_label(node.name))
        else:
            self.error("cannot compile statement", node.line)

    def goto_label(self, name):
        label = self.fn.labels.get(name, None)
        if label is None:
            label = Label()
            self.fn.labels[name] = label
        return label

    def is_top_level(self, node):
        return self.fn.enclosing is None and node in self.top_level

    def declare_function(self, decl):
        code = self.compile_function(decl, decl.name)
        self.set_line(decl.line)
        self.emit(op.DECLARE_FUNC, self.fn.asm.add_const(FunctionTemplate(decl.name, code)))

    def if_stmt(self, node):
        end = Label()
        branches = [node] + node.elifs
        for branch in branches:
            self.set_line(branch.line)
            self.expr(branch.cond)
            next_branch = self.jump(op.JUMP_IF_FALSE)
            self.block(branch.body)
            self.jump(op.JUMP, end)
            self.mark(next_branch)
        if node.else_ is not None:
            self.block(node.else_)
        self.mark(end)

    def loop_body(self, body, break_label, continue_label):
        self.fn.loops.append(Loop(break_label, continue_label, len(self.fn.finallies)))
        self.block(body)
        self.fn.loops.pop()

    def for_stmt(self, node):
        for e in node.init:
            self.expr(e)
            self.emit(op.POP)
        start = self.fn.asm.here()
        end = Label()
        cont = Label()
        if node.cond:
            for i in range(len(node.cond)):
                self.expr(node.cond[i])
                if i < len(node.cond) - 1:
                    self.emit(op.POP)
            self.jump(op.JUMP_IF_FALSE, end)
        self.loop_body(node.body, end, cont)
        self.mark(cont)
        for e in node.step:
            self.expr(e)
            self.emit(op.POP)
        self.jump(op.JUMP, start)
        self.mark(end)

    def foreach_stmt(self, node):
        iterator = self.fn.temp()
        if node.byref:
            self.ref(node.expr)
            self.emit(op.FOREACH_INIT_REF, iterator)
        else:
            self.expr(node.expr)
            self.emit(op.FOREACH_INIT, iterator)
        start = self.fn.asm.here()
        end = Label()
        # an iterator's key() is called only when the loop names the key
        self.emit(op.FOREACH_SLOT, iterator | (KEYLESS if node.key is None else 0))
        self.jump(op.FOREACH_NEXT, end)
        # stack: value, key
        if node.key is not None:
            self.store_top(node.key)
        self.emit(op.POP)
        if node.byref:
            self.bind_top(node.value)
        else:
            self.store_top(node.value)
            self.emit(op.POP)
        self.loop_body(node.body, end, start)
        self.jump(op.JUMP, start)
        self.mark(end)
        self.emit(op.UNSET_VAR, iterator)

    def switch_stmt(self, node):
        subject = self.fn.temp()
        self.expr(node.subject)
        self.emit(op.STORE_VAR, subject)
        self.emit(op.POP)
        labels = []
        default = None
        for case in node.cases:
            label = Label()
            labels.append(label)
            if case.expr is None:
                default = label
                continue
            self.set_line(case.line)
            self.emit(op.LOAD_VAR, subject)
            self.expr(case.expr)
            self.emit(op.EQ)
            self.jump(op.JUMP_IF_TRUE, label)
        end = Label()
        self.jump(op.JUMP, default or end)
        self.fn.loops.append(Loop(end, end, len(self.fn.finallies)))
        for i in range(len(node.cases)):
            self.mark(labels[i])
            self.block(node.cases[i].body)
        self.fn.loops.pop()
        self.mark(end)

    def break_stmt(self, node):
        depth = node.depth
        if depth < 1 or depth > len(self.fn.loops):
            what = "break" if isinstance(node, ast.Break) else "continue"
            if not self.fn.loops:
                self.error("'%s' not in the 'loop' or 'switch' context" % what, node.line)
            self.error("Cannot '%s' %d levels" % (what, depth), node.line)
        loop = self.fn.loops[len(self.fn.loops) - depth]
        self.inline_finallies(loop.finally_depth)
        if isinstance(node, ast.Break):
            self.jump(op.JUMP, loop.break_label)
        else:
            self.jump(op.JUMP, loop.continue_label)

    def inline_finallies(self, down_to):
        saved = self.fn.finallies
        i = len(saved)
        while i > down_to:
            i -= 1
            body = saved[i]
            assert i >= 0
            self.fn.finallies = saved[:i]
            self.block(body)
        self.fn.finallies = saved

    def return_stmt(self, node):
        if node.expr is not None:
            if self.fn.flags.returns_ref and is_referencable(node.expr):
                self.ref(node.expr)
            else:
                self.expr(node.expr)
        else:
            self.emit(op.NULL)
        if self.fn.finallies:
            tmp = self.fn.temp()
            self.emit(op.STORE_VAR, tmp)
            self.emit(op.POP)
            self.inline_finallies(0)
            self.emit(op.LOAD_VAR_QUIET, tmp)
        if self.fn.flags.return_type:
            self.emit(op.VERIFY_RETURN)
        self.emit(op.RETURN)
        self.fn.asm.terminate()

    def try_stmt(self, node):
        asm = self.fn.asm
        depth = asm.depth
        end = Label()
        start_pc = asm.position()
        if node.finally_ is not None:
            self.fn.finallies.append(node.finally_)
        self.block(node.body)
        end_pc = asm.position()
        if node.finally_ is not None:
            self.fn.finallies.pop()
            self.block(node.finally_)
        self.jump(op.JUMP, end)
        rethrow = Label()
        catch_start = asm.position()
        if node.catches:
            handler = Label()
            self.mark(handler)
            asm.set_depth(depth + 1)
            self.fn.handlers.append(Handler(start_pc, end_pc, handler.position, depth))
            if node.finally_ is not None:
                self.fn.finallies.append(node.finally_)
            for catch in node.catches:
                self.set_line(catch.line)
                next_catch = Label()
                matched = Label()
                for type_name in catch.types:
                    self.emit(op.CATCH_MATCH, self.name(type_name))
                    self.jump(op.JUMP_IF_TRUE, matched)
                self.jump(op.JUMP, next_catch)
                self.mark(matched)
                if catch.var:
                    self.emit(op.STORE_VAR, self.fn.slot(catch.var))
                self.emit(op.POP)
                self.block(catch.body)
                if node.finally_ is not None:
                    self.fn.finallies.pop()
                    self.block(node.finally_)
                    self.fn.finallies.append(node.finally_)
                self.jump(op.JUMP, end)
                self.mark(next_catch)
            if node.finally_ is not None:
                self.fn.finallies.pop()
            self.jump(op.JUMP, rethrow)
        catch_end = asm.position()
        self.mark(rethrow)
        if node.finally_ is not None:
            asm.set_depth(depth + 1)
            target = rethrow.position
            if node.catches:
                self.fn.handlers.append(Handler(catch_start, catch_end, target, depth))
            else:
                self.fn.handlers.append(Handler(start_pc, end_pc, target, depth))
            exc = self.fn.temp()
            self.emit(op.STORE_VAR, exc)
            self.emit(op.POP)
            finally_start = asm.position()
            self.block(node.finally_)
            finally_end = asm.position()
            self.emit(op.LOAD_VAR_QUIET, exc)
            self.emit(op.RETHROW)
            # an exception thrown by the finally block gets the pending one as previous
            chain = Label()
            self.mark(chain)
            asm.set_depth(depth + 1)
            self.fn.handlers.append(Handler(finally_start, finally_end, chain.position, depth))
            self.emit(op.CHAIN_PREVIOUS, exc)
            self.emit(op.RETHROW)
        else:
            asm.set_depth(depth + 1)
            self.emit(op.RETHROW)
        self.mark(end)

    def unset(self, node):
        if isinstance(node, ast.Variable):
            if node.name == "this":
                self.error("Cannot unset $this", node.line)
            self.emit(op.UNSET_VAR, self.fn.slot(node.name))
        elif isinstance(node, ast.Index) and node.index is not None:
            self.write_container(node.base, True)
            self.expr(node.index)
            self.emit(op.UNSET_DIM)
        elif isinstance(node, ast.Prop):
            self.expr(node.obj)
            if isinstance(node.member, ast.Literal):
                self.emit(op.UNSET_PROP, self.name(literal_text(node.member)))
            else:
                self.error("dynamic property unset is not supported", node.line)
        elif isinstance(node, ast.VarVar):
            self.expr(node.expr)
            self.emit(op.UNSET_VARVAR)
        else:
            self.error("Cannot use unset() on the result of an expression", node.line)

    # -- classes ------------------------------------------------------------------------
    def declare_class(self, decl, hoisting):
        if hoisting:
            template = self.class_template(decl)
            decl.template = template
            self.emit(op.DECLARE_CLASS, self.fn.asm.add_const(template))
            return
        template = decl.template
        if template is None:
            template = self.class_template(decl)
        self.set_line(decl.line)
        self.emit(op.DECLARE_CLASS, self.fn.asm.add_const(template))

    def class_template(self, decl):
        saved_class = self.class_name
        saved_kind = self.class_kind
        self.class_name = decl.name
        self.class_kind = decl.kind
        template = ClassTemplate(decl.name, decl.kind, decl.parent, decl.interfaces,
                                 decl.flags, decl.line)
        template.enum_type = decl.enum_type
        for c in decl.consts:
            template.consts.append(ConstTemplate(c.name, self.value_code(c.value, c.line),
                                                 c.visibility))
        for case in decl.cases:
            code = self.value_code(case.value, case.line) if case.value is not None else None
            template.cases.append(ConstTemplate(case.name, code, "public"))
        for p in decl.props:
            default = self.value_code(p.default, p.line) if p.default is not None else None
            template.props.append(PropTemplate(p.name, default, p.visibility, p.is_static,
                                               p.type, p.readonly))
        for m in decl.methods:
            func = m.func
            if func.name.lower() == "__construct":
                for p in func.params:
                    if p.promote:
                        words = p.promote.split(" ")
                        template.props.append(PropTemplate(p.name, None, words[0], False,
                                                           p.type or "mixed",
                                                           "readonly" in words))
            code = None
            if func.body is not None:
                code = self.compile_function(func, func.name)
            template.methods.append(MethodTemplate(func.name, code, m.visibility,
                                                   m.is_static, m.is_abstract, m.is_final))
        template.traits = decl.traits
        for r in decl.rules:
            template.rules.append(TraitRuleTemplate(r.trait, r.method, r.insteadof, r.alias,
                                                    r.visibility))
        self.class_name = saved_class
        self.class_kind = saved_kind
        return template

    def value_code(self, node, line):
        """A small code object computing a constant expression (defaults, constants)."""
        self.begin_function("{init}", line)
        self.expr(node)
        self.emit(op.RETURN)
        return self.end_function([])

    # -- expressions --------------------------------------------------------------------
    def expr(self, node):
        inner = self.chain_inner       # compiled as the object of a ->/?-> chain link
        self.chain_inner = False
        line = node.line
        if line:
            self.set_line(line)
        if isinstance(node, ast.Literal):
            self.const(node.w_value)
        elif isinstance(node, SlotValue):
            self.emit(op.LOAD_VAR_QUIET, node.slot)
        elif isinstance(node, ListElement):
            self.emit(op.LOAD_VAR_QUIET, node.slot)
            self.expr(node.key)
            self.emit(op.FETCH_DIM_LIST)
        elif isinstance(node, ast.Variable):
            if node.name == "this":
                self.emit(op.LOAD_THIS)
                self.fn.flags.uses_this = True
            elif node.name == "GLOBALS":
                self.emit(op.LOAD_GLOBALS)
            else:
                self.emit(op.LOAD_VAR, self.fn.slot(node.name))
        elif isinstance(node, ast.VarVar):
            self.expr(node.expr)
            self.emit(op.LOAD_VARVAR)
        elif isinstance(node, ast.Template):
            for part in node.parts:
                self.expr(part)
            self.emit(op.CONCAT_N, len(node.parts))
        elif isinstance(node, ast.ArrayLit):
            self.array_literal(node)
        elif isinstance(node, ast.Index):
            if node.index is None:
                self.error("Cannot use [] for reading", line)
            self.expr(node.base)
            self.expr(node.index)
            self.set_line(line)
            self.emit(op.FETCH_DIM)
        elif isinstance(node, ast.Prop):
            self.prop_read(node, False, inner)
        elif isinstance(node, ast.StaticProp):
            self.class_ref(node.cls)
            self.emit(op.FETCH_STATIC_PROP, self.name(node.name))
        elif isinstance(node, ast.ClassConst):
            self.class_ref(node.cls)
            self.emit(op.CLASS_CONST, self.name(node.name))
        elif isinstance(node, ast.Const):
            self.constant(node)
        elif isinstance(node, ast.Call):
            self.call(node)
        elif isinstance(node, ast.MethodCall):
            self.method_call(node, inner)
        elif isinstance(node, ast.StaticCall):
            self.static_call(node)
        elif isinstance(node, ast.New):
            self.new(node)
        elif isinstance(node, ast.Binary):
            self.expr(node.left)
            self.expr(node.right)
            self.set_line(line)
            self.emit(BINARY_OPCODES[node.op])
        elif isinstance(node, ast.Logical):
            self.logical(node)
        elif isinstance(node, ast.Unary):
            self.expr(node.expr)
            self.set_line(line)
            if node.op == "!":
                self.emit(op.NOT)
            elif node.op == "-":
                self.emit(op.NEG)
            elif node.op == "+":
                self.emit(op.PLUS)
            else:
                self.emit(op.BNOT)
        elif isinstance(node, ast.Cast):
            self.expr(node.expr)
            self.set_line(line)
            self.emit(op.CAST, CAST_KINDS[node.kind])
        elif isinstance(node, ast.Assign):
            self.assign(node.target, node.value)
        elif isinstance(node, ast.AssignRef):
            self.assign_ref(node)
        elif isinstance(node, ast.CompoundAssign):
            self.compound_assign(node)
        elif isinstance(node, ast.IncDec):
            self.incdec(node)
        elif isinstance(node, ast.Ternary):
            end = Label()
            if node.then is None:
                self.expr(node.cond)
                self.emit(op.DUP)
                self.jump(op.JUMP_IF_TRUE, end)
                self.emit(op.POP)
                self.expr(node.else_)
            else:
                self.expr(node.cond)
                other = self.jump(op.JUMP_IF_FALSE)
                self.expr(node.then)
                self.jump(op.JUMP, end)
                self.mark(other)
                self.expr(node.else_)
            self.mark(end)
        elif isinstance(node, ast.Isset):
            end = Label()
            for i in range(len(node.exprs)):
                self.isset(node.exprs[i])
                if i < len(node.exprs) - 1:
                    self.emit(op.DUP)
                    self.jump(op.JUMP_IF_FALSE, end)
                    self.emit(op.POP)
            self.mark(end)
        elif isinstance(node, ast.Empty):
            if isinstance(node.expr, ast.Index) and node.expr.index is not None:
                self.quiet(node.expr.base)
                self.expr(node.expr.index)
                self.emit(op.EMPTY_DIM)
            else:
                self.quiet(node.expr)
                self.emit(op.NOT)
        elif isinstance(node, ast.Closure):
            self.closure(node)
        elif isinstance(node, ast.Match):
            self.match_expr(node)
        elif isinstance(node, ast.Instanceof):
            self.expr(node.expr)
            self.class_ref(node.cls)
            self.emit(op.INSTANCEOF)
        elif isinstance(node, ast.Clone):
            self.expr(node.expr)
            self.emit(op.CLONE)
        elif isinstance(node, ast.Print):
            self.expr(node.expr)
            self.set_line(line)
            self.emit(op.PRINT)
        elif isinstance(node, ast.Exit):
            if node.expr is not None:
                self.expr(node.expr)
            else:
                self.emit(op.NULL)
            self.set_line(line)
            self.emit(op.EXIT)
            self.fn.asm.terminate()
            self.fn.asm.set_depth(self.fn.asm.depth + 1)
        elif isinstance(node, ast.Throw):
            self.expr(node.expr)
            self.set_line(line)
            self.emit(op.THROW)
            self.fn.asm.terminate()
            self.fn.asm.set_depth(self.fn.asm.depth + 1)
        elif isinstance(node, ast.Yield):
            self.fn.flags.is_generator = True
            if node.key is not None:
                self.expr(node.key)
            else:
                self.const(NO_KEY)
            if node.value is not None:
                self.expr(node.value)
            else:
                self.emit(op.NULL)
            self.set_line(line)
            self.emit(op.YIELD)
        elif isinstance(node, ast.YieldFrom):
            self.fn.flags.is_generator = True
            self.expr(node.expr)
            self.emit(op.YIELD_FROM)
        elif isinstance(node, ast.Include):
            self.expr(node.expr)
            self.emit(op.INCLUDE, INCLUDE_KINDS[node.kind])
        elif isinstance(node, ast.Silence):
            self.emit(op.SILENCE, 1)
            self.expr(node.expr)
            self.emit(op.SILENCE, 0)
        elif isinstance(node, ast.FirstClassCallable):
            self.first_class_callable(node)
        elif isinstance(node, ast.Name):
            self.const(W_String(node.name))
        else:
            self.error("cannot compile expression", line)

    def constant(self, node):
        name = node.name
        lower = name.lower()
        if lower == "true":
            self.emit(op.TRUE)
        elif lower == "false":
            self.emit(op.FALSE)
        elif lower == "null":
            self.emit(op.NULL)
        elif name == "__LINE__":
            self.const(W_Int(node.line))
        elif name == "__FILE__":
            self.const(W_String(self.filename))
        elif name == "__DIR__":
            self.const(W_String(dirname(self.filename)))
        elif name == "__FUNCTION__":
            fname = self.fn.name
            self.const(W_String("" if fname == "{main}" else fname))
        elif name == "__CLASS__" and self.class_kind == "trait":
            # in a trait, the class that uses it (known only when the method runs)
            self.expr(ast.ClassConst(node.line, ast.Name(node.line, "self"), "class"))
        elif name == "__CLASS__":
            self.const(W_String(self.class_name))
        elif name == "__METHOD__":
            fname = self.fn.name
            if fname == "{main}":
                fname = ""
            self.const(W_String(self.class_name + "::" + fname if self.class_name else fname))
        elif name == "__TRAIT__":
            self.const(W_String(self.class_name if self.class_kind == "trait" else ""))
        elif name == "__NAMESPACE__":
            self.const(W_String(""))
        else:
            self.emit(op.LOAD_CONST, self.name(name))

    def logical(self, node):
        end = Label()
        if node.op == "??":
            self.quiet(node.left)
            self.jump(op.JUMP_IF_NOT_NULL, end)
            self.expr(node.right)
            self.mark(end)
            return
        if node.op == "xor":
            self.expr(node.left)
            self.expr(node.right)
            self.emit(op.XOR)
            return
        short = Label()
        self.expr(node.left)
        if node.op == "&&":
            self.jump(op.JUMP_IF_FALSE, short)
            self.expr(node.right)
            self.emit(op.TO_BOOL)
            self.jump(op.JUMP, end)
            self.mark(short)
            self.emit(op.FALSE)
        else:
            self.jump(op.JUMP_IF_TRUE, short)
            self.expr(node.right)
            self.emit(op.TO_BOOL)
            self.jump(op.JUMP, end)
            self.mark(short)
            self.emit(op.TRUE)
        self.mark(end)

    def array_literal(self, node):
        self.emit(op.ARRAY_NEW)
        for item in node.items:
            if item.value is None:
                self.error("Cannot use empty array elements in arrays", node.line)
            if item.spread:
                self.expr(item.value)
                self.emit(op.ARRAY_SPREAD)
            elif item.byref:
                if item.key is not None:
                    self.expr(item.key)
                    self.ref(item.value)
                    self.emit(op.ARRAY_ADD_KEY_REF)
                else:
                    self.ref(item.value)
                    self.emit(op.ARRAY_ADD_REF)
            elif item.key is not None:
                self.expr(item.key)
                self.expr(item.value)
                self.emit(op.ARRAY_ADD_KEY)
            else:
                self.expr(item.value)
                self.emit(op.ARRAY_ADD)

    def prop_name(self, node):
        """Pushes nothing for a literal name (returned), else the name's value."""
        if isinstance(node.member, ast.Literal):
            return literal_text(node.member)
        self.expr(node.member)
        return ""

    def chain_object(self, node, quiet):
        """Push a chain link's object; returns where its ?-> skips start."""
        start = len(self.chain_skips)
        self.chain_inner = True
        if quiet:
            self.quiet(node)
        else:
            self.expr(node)
        self.chain_inner = False
        return start

    def chain_close(self, start, inner):
        """A ?-> short-circuits the whole chain: its jumps land after the outermost link."""
        if inner:
            return
        while len(self.chain_skips) > start:
            self.mark(self.chain_skips.pop())

    def prop_read(self, node, quiet, inner=False):
        start = self.chain_object(node.obj, quiet)
        if node.nullsafe:
            self.chain_skips.append(self.jump(op.JUMP_IF_NULL_KEEP))
        name = self.prop_name(node)
        self.set_line(node.line)
        if name:
            self.emit(op.FETCH_PROP_QUIET if quiet else op.FETCH_PROP, self.name(name))
        else:
            self.emit(op.FETCH_PROP_DYN)
        self.chain_close(start, inner)

    def class_ref(self, node):
        """Pushes a class: `self`, `parent`, `static`, a name, or an expression's class."""
        if isinstance(node, ast.Name):
            self.emit(op.LOAD_CLASS, self.name(node.name))
        else:
            self.expr(node)
            self.emit(op.CLASS_OF)

    # -- calls -------------------------------------------------------------------------------
    def arguments(self, args, positions):
        """Push the arguments; returns -1 for a plain call of len(args), or -2 when they
        went into one array (spread or named arguments)."""
        plain = True
        for a in args:
            if a.spread or a.name:
                plain = False
        if plain:
            for i in range(len(args)):
                a = args[i]
                if positions is not None and i in positions and is_referencable(a.expr):
                    self.ref(a.expr)
                else:
                    self.expr(a.expr)
            return -1
        self.emit(op.ARRAY_NEW)
        for i in range(len(args)):
            a = args[i]
            if a.spread:
                self.expr(a.expr)
                self.emit(op.ARRAY_SPREAD)
            elif a.name:
                self.expr(a.expr)
                self.emit(op.ARGS_ADD_NAMED, self.name(a.name))
            elif positions is not None and i in positions and is_referencable(a.expr):
                self.ref(a.expr)
                self.emit(op.ARRAY_ADD_REF)
            else:
                self.expr(a.expr)
                self.emit(op.ARRAY_ADD)
        return -2

    def call(self, node):
        if node.func is None:
            lower = node.name.lower()
            if lower == "compact" or lower == "extract" or lower == "get_defined_vars" or \
                    lower == "func_get_args" or lower == "func_num_args":
                self.fn.flags.uses_this = True
            if lower == "compact":
                for a in node.args:
                    if isinstance(a.expr, ast.Literal):
                        self.fn.slot(literal_text(a.expr))
            self.set_line(node.line)
            self.emit(op.LOAD_FUNC, self.name(node.name))
            positions = self.byref_positions(node.name, False)
        else:
            self.expr(node.func)
            positions = self.byref_functions.get("{closure}", None)
        kind = self.arguments(node.args, positions)
        self.set_line(node.line)
        if kind == -1:
            self.emit(op.CALL, len(node.args))
        else:
            self.emit(op.CALL_ARRAY)

    def method_name(self, name_node):
        if isinstance(name_node, ast.Literal):
            return literal_text(name_node)
        return ""

    def method_call(self, node, inner=False):
        start = self.chain_object(node.obj, False)
        if node.nullsafe:
            self.chain_skips.append(self.jump(op.JUMP_IF_NULL_KEEP))
        name = self.method_name(node.member)
        self.set_line(node.line)
        if name:
            self.emit(op.LOAD_METHOD, self.name(name))
            positions = self.byref_positions(name, True)
        else:
            self.expr(node.member)
            self.emit(op.LOAD_METHOD_DYN)
            positions = None
        self.finish_method_call(node.args, positions, node.line)
        self.chain_close(start, inner)

    def finish_method_call(self, args, positions, line):
        kind = self.arguments(args, positions)
        self.set_line(line)
        if kind == -1:
            self.emit(op.CALL_METHOD, len(args))
        else:
            self.emit(op.CALL_METHOD_ARRAY)

    def static_call(self, node):
        self.class_ref(node.cls)
        name = self.method_name(node.member)
        self.set_line(node.line)
        named = 0         # `Model::m()` names its class: the called class is Model
        if isinstance(node.cls, ast.Name) and \
                node.cls.name.lower() not in ("self", "parent", "static"):
            named = NAMED_CLASS
        if name:
            self.emit(op.LOAD_STATIC_METHOD, self.name(name) | named)
            positions = self.byref_positions(name, True)
        else:
            self.expr(node.member)
            self.emit(op.LOAD_STATIC_METHOD_DYN, named)
            positions = None
        self.finish_method_call(node.args, positions, node.line)

    def new(self, node):
        if node.decl is not None:
            template = self.class_template(node.decl)
            self.emit(op.DECLARE_CLASS, self.fn.asm.add_const(template))
            self.emit(op.LOAD_CLASS, self.name(node.decl.name))
        else:
            self.class_ref(node.cls)
        positions = self.byref_positions("__construct", True)
        kind = self.arguments(node.args, positions)
        self.set_line(node.line)
        if kind == -1:
            self.emit(op.NEW, len(node.args))
        else:
            self.emit(op.NEW_ARRAY)

    def first_class_callable(self, node):
        call = node.call
        if isinstance(call, ast.Call):
            if call.func is None:
                self.emit(op.LOAD_FUNC, self.name(call.name))
            else:
                self.expr(call.func)
            self.emit(op.MAKE_CALLABLE)
        elif isinstance(call, ast.MethodCall):
            self.expr(call.obj)
            self.emit(op.LOAD_METHOD, self.name(self.method_name(call.member)))
            self.emit(op.MAKE_METHOD_CALLABLE)
        elif isinstance(call, ast.StaticCall):
            self.class_ref(call.cls)
            self.emit(op.LOAD_STATIC_METHOD, self.name(self.method_name(call.member)))
            self.emit(op.MAKE_METHOD_CALLABLE)

    def closure(self, node):
        decl = node.decl
        saved = self.fn
        if node.is_arrow:
            names = []
            collect_variables(decl.body, names)
            params = [p.name for p in decl.params]
            for name in names:
                if name not in params and name != "this":
                    decl.uses.append(ast.ClosureUse(node.line, name, False))
        code = self.compile_function(decl, "{closure}")
        template = FunctionTemplate("{closure}", code)
        template.use_slots = [saved.slot(use.name) for use in decl.uses]
        template.is_static = node.is_static
        template.is_arrow = node.is_arrow
        self.emit(op.CLOSURE, self.fn.asm.add_const(template))

    def match_expr(self, node):
        subject = self.fn.temp()
        self.expr(node.subject)
        self.emit(op.STORE_VAR, subject)
        self.emit(op.POP)
        end = Label()
        arm_labels = []
        default = None
        for arm in node.arms:
            label = Label()
            arm_labels.append(label)
            if arm.conds is None:
                default = label
                continue
            for cond in arm.conds:
                self.emit(op.LOAD_VAR_QUIET, subject)
                self.expr(cond)
                self.emit(op.IDENTICAL)
                self.jump(op.JUMP_IF_TRUE, label)
        if default is not None:
            self.jump(op.JUMP, default)
        else:
            self.set_line(node.line)
            self.emit(op.LOAD_VAR_QUIET, subject)
            self.emit(op.MATCH_ERROR)
        for i in range(len(node.arms)):
            self.mark(arm_labels[i])
            self.expr(node.arms[i].body)
            self.jump(op.JUMP, end)
        self.mark(end)

    # -- places ------------------------------------------------------------------------------
    def quiet(self, node):
        """Push the value of `node` without undefined-variable/key/property warnings."""
        inner = self.chain_inner
        self.chain_inner = False
        if isinstance(node, ast.Variable) and node.name != "this" and node.name != "GLOBALS":
            self.emit(op.LOAD_VAR_QUIET, self.fn.slot(node.name))
        elif isinstance(node, ast.Variable) and node.name == "this":
            self.emit(op.LOAD_THIS_QUIET)
        elif isinstance(node, ast.Index) and node.index is not None:
            self.quiet(node.base)
            self.expr(node.index)
            self.emit(op.FETCH_DIM_QUIET)
        elif isinstance(node, ast.Prop):
            self.prop_read(node, True, inner)
        elif isinstance(node, ast.VarVar):
            self.expr(node.expr)
            self.emit(op.LOAD_VARVAR_QUIET)
        elif isinstance(node, ast.StaticProp):
            self.class_ref(node.cls)
            self.emit(op.FETCH_STATIC_PROP, self.name(node.name) | QUIET_FLAG)
        else:
            self.expr(node)

    def isset(self, node):
        if isinstance(node, ast.Variable) and node.name != "this" and node.name != "GLOBALS":
            self.emit(op.ISSET_VAR, self.fn.slot(node.name))
        elif isinstance(node, ast.Index) and node.index is not None:
            self.quiet(node.base)
            self.expr(node.index)
            self.emit(op.ISSET_DIM)
        elif isinstance(node, ast.Prop) and isinstance(node.member, ast.Literal):
            self.quiet(node.obj)
            skip = None
            if node.nullsafe:
                skip = self.jump(op.JUMP_IF_NULL_KEEP)
            self.emit(op.ISSET_PROP, self.name(literal_text(node.member)))
            if skip is not None:
                end = self.jump(op.JUMP)
                self.mark(skip)
                self.emit(op.POP)
                self.emit(op.FALSE)
                self.mark(end)
        else:
            self.quiet(node)
            self.emit(op.ISSET_VALUE)

    def write_container(self, node, for_unset=False):
        """Push the array (or object) `node` names, ready to be written into."""
        self.set_line(node.line)
        if isinstance(node, ast.Variable):
            if node.name == "this":
                self.emit(op.LOAD_THIS)
            elif node.name == "GLOBALS":
                self.emit(op.LOAD_GLOBALS)
            else:
                self.emit(op.FETCH_VAR_W, self.fn.slot(node.name))
        elif isinstance(node, ast.Index):
            self.write_container(node.base, for_unset)
            self.set_line(node.line)
            if node.index is None:
                self.emit(op.FETCH_APPEND_W)
            else:
                self.expr(node.index)
                self.emit(op.FETCH_DIM_W)
        elif isinstance(node, ast.Prop):
            self.expr(node.obj)
            name = self.prop_name(node)
            if not name:
                self.error("dynamic property containers are not supported", node.line)
            self.emit(op.FETCH_PROP_W, self.name(name))
        elif isinstance(node, ast.StaticProp):
            self.class_ref(node.cls)
            self.emit(op.FETCH_STATIC_PROP_W, self.name(node.name))
        elif isinstance(node, SlotVariable):
            self.emit(op.FETCH_VAR_W, node.slot)
        else:
            self.expr(node)

    def assign(self, target, value):
        """Compile `target = value`, leaving the value."""
        if isinstance(target, ast.Variable):
            if target.name == "this":
                self.error("Cannot re-assign $this", target.line)
            self.expr(value)
            self.set_line(target.line)
            self.emit(op.STORE_VAR, self.fn.slot(target.name))
        elif isinstance(target, ast.Index):
            if target.index is None:
                self.write_container(target.base)
                self.expr(value)
                self.set_line(target.line)
                self.emit(op.APPEND_DIM)
            elif isinstance(target.base, ast.Variable) and target.base.name != "this" and \
                    target.base.name != "GLOBALS":
                self.expr(target.index)
                self.expr(value)
                self.set_line(target.line)
                self.emit(op.ASSIGN_VAR_DIM, self.fn.slot(target.base.name))
            else:
                self.write_container(target.base)
                self.expr(target.index)
                self.expr(value)
                self.set_line(target.line)
                self.emit(op.ASSIGN_DIM)
        elif isinstance(target, ast.Prop):
            self.expr(target.obj)
            name = self.prop_name(target)
            self.expr(value)
            self.set_line(target.line)
            if name:
                self.emit(op.ASSIGN_PROP, self.name(name))
            else:
                self.emit(op.ASSIGN_PROP_DYN)
        elif isinstance(target, ast.StaticProp):
            self.class_ref(target.cls)
            self.expr(value)
            self.emit(op.ASSIGN_STATIC_PROP, self.name(target.name))
        elif isinstance(target, ast.VarVar):
            self.expr(target.expr)
            self.expr(value)
            self.emit(op.STORE_VARVAR)
        elif isinstance(target, ast.ArrayLit):
            self.destructure(target, value)
        else:
            self.error("Cannot assign to this expression", target.line)

    def store_top(self, target):
        """The value on top is stored into `target` (and stays)."""
        if isinstance(target, ast.Variable) and target.name != "this":
            self.emit(op.STORE_VAR, self.fn.slot(target.name))
            return
        tmp = self.fn.temp()
        self.emit(op.STORE_VAR, tmp)
        self.emit(op.POP)
        self.assign(target, SlotValue(target.line, tmp))

    def destructure(self, target, value):
        tmp = self.fn.temp()
        self.expr(value)
        self.emit(op.STORE_VAR, tmp)
        index = 0
        for item in target.items:
            if item.value is None:
                index += 1
                continue
            if item.key is not None:
                key_node = item.key
            else:
                key_node = ast.Literal(item.line, W_Int(index))
                index += 1
            if item.byref:
                # a reference binds into the source variable itself, not a copy of it
                if isinstance(value, ast.Variable) or isinstance(value, ast.Index) or \
                        isinstance(value, ast.Prop):
                    self.write_container(value)
                else:
                    self.write_container(SlotVariable(item.line, tmp))
                self.expr(key_node)
                self.emit(op.REF_DIM)
                self.bind_top(item.value)
                continue
            element = ListElement(item.line, tmp, key_node)
            if isinstance(item.value, ast.ArrayLit):
                self.destructure(item.value, element)
                self.emit(op.POP)
            else:
                self.assign(item.value, element)
                self.emit(op.POP)

    def ref(self, node):
        """Push a reference to the place `node` names (made a reference if it was not)."""
        self.set_line(node.line)
        if isinstance(node, ast.Variable) and node.name != "this":
            self.emit(op.REF_VAR, self.fn.slot(node.name))
        elif isinstance(node, SlotVariable):
            self.emit(op.REF_VAR, node.slot)
        elif isinstance(node, ast.Index):
            self.write_container(node.base)
            if node.index is None:
                self.emit(op.REF_APPEND)
            else:
                self.expr(node.index)
                self.emit(op.REF_DIM)
        elif isinstance(node, ast.Prop) and isinstance(node.member, ast.Literal):
            self.expr(node.obj)
            self.emit(op.REF_PROP, self.name(literal_text(node.member)))
        elif isinstance(node, ast.StaticProp):
            self.class_ref(node.cls)
            self.emit(op.REF_STATIC_PROP, self.name(node.name))
        elif isinstance(node, ast.VarVar):
            self.expr(node.expr)
            self.emit(op.REF_VARVAR)
        else:
            self.expr(node)
            self.emit(op.REF_VALUE)

    def bind_top(self, target):
        """The reference on top is bound to `target` (and popped)."""
        if isinstance(target, ast.Variable):
            self.emit(op.BIND_VAR, self.fn.slot(target.name))
        else:
            tmp = self.fn.temp()
            self.emit(op.BIND_VAR, tmp)
            self.bind(target, SlotVariable(target.line, tmp))

    def bind(self, target, source):
        if isinstance(target, ast.Variable):
            self.ref(source)
            self.emit(op.BIND_VAR, self.fn.slot(target.name))
        elif isinstance(target, ast.Index):
            self.write_container(target.base)
            if target.index is None:
                self.ref(source)
                self.emit(op.BIND_APPEND)
            else:
                self.expr(target.index)
                self.ref(source)
                self.emit(op.BIND_DIM)
        elif isinstance(target, ast.Prop) and isinstance(target.member, ast.Literal):
            self.expr(target.obj)
            self.ref(source)
            self.emit(op.BIND_PROP, self.name(literal_text(target.member)))
        elif isinstance(target, ast.StaticProp):
            self.class_ref(target.cls)
            self.ref(source)
            self.emit(op.BIND_STATIC_PROP, self.name(target.name))
        else:
            self.error("Cannot assign reference to this expression", target.line)

    def assign_ref(self, node):
        if isinstance(node.source, ast.New):
            self.error("Cannot assign reference to non referenceable value", node.line)
        self.bind(node.target, node.source)
        if isinstance(node.target, ast.Variable):
            self.emit(op.LOAD_VAR_QUIET, self.fn.slot(node.target.name))
        else:
            self.emit(op.NULL)

    def appended_slot(self, expr):
        """The slot of `$var` in the statement `$var .= value;`, or -1."""
        if not isinstance(expr, ast.CompoundAssign) or expr.op != ".":
            return -1
        target = expr.target
        if not isinstance(target, ast.Variable) or target.name == "this":
            return -1
        return self.fn.slot(target.name)

    def compound_assign(self, node):
        target = node.target
        if node.op == "??":
            end = Label()
            if isinstance(target, ast.Index) and target.index is not None and \
                    not isinstance(target.index, ast.Literal) and \
                    not isinstance(target.index, ast.Variable):
                tmp = self.fn.temp()          # the key is evaluated once
                self.expr(target.index)
                self.emit(op.STORE_VAR, tmp)
                self.emit(op.POP)
                target = ast.Index(target.line, target.base,
                                   ast.Variable(target.line, self.fn.varnames[tmp]))
            self.quiet(target)
            self.jump(op.JUMP_IF_NOT_NULL, end)
            self.assign(target, node.value)
            self.mark(end)
            return
        opcode = ASSIGN_OPCODES[node.op]
        if isinstance(target, ast.Variable) and target.name != "this":
            slot = self.fn.slot(target.name)
            self.emit(op.LOAD_VAR, slot)
            self.expr(node.value)
            self.set_line(node.line)
            self.emit(opcode)
            self.emit(op.STORE_VAR, slot)
        elif isinstance(target, ast.Index) and target.index is not None:
            self.write_container(target.base)
            self.expr(target.index)
            self.emit(op.DUP2)
            self.emit(op.FETCH_DIM)
            self.expr(node.value)
            self.set_line(node.line)
            self.emit(opcode)
            self.emit(op.ASSIGN_DIM)
        elif isinstance(target, ast.Prop) and isinstance(target.member, ast.Literal):
            name = self.name(literal_text(target.member))
            self.expr(target.obj)
            self.emit(op.DUP)
            self.emit(op.FETCH_PROP, name)
            self.expr(node.value)
            self.set_line(node.line)
            self.emit(opcode)
            self.emit(op.ASSIGN_PROP, name)
        elif isinstance(target, ast.StaticProp):
            name = self.name(target.name)
            self.class_ref(target.cls)
            self.emit(op.DUP)
            self.emit(op.FETCH_STATIC_PROP, name)
            self.expr(node.value)
            self.emit(opcode)
            self.emit(op.ASSIGN_STATIC_PROP, name)
        else:
            tmp = self.fn.temp()
            self.expr(target)
            self.expr(node.value)
            self.emit(opcode)
            self.emit(op.STORE_VAR, tmp)
            self.emit(op.POP)
            self.assign(target, SlotValue(node.line, tmp))

    def incdec(self, node):
        target = node.target
        step = op.INCR if node.inc else op.DECR
        if isinstance(target, ast.Variable) and target.name != "this":
            slot = self.fn.slot(target.name)
            self.emit(op.LOAD_VAR, slot)
            if node.prefix:
                self.emit(step)
                self.emit(op.STORE_VAR, slot)
            else:
                self.emit(op.DUP)
                self.emit(step)
                self.emit(op.STORE_VAR, slot)
                self.emit(op.POP)
            return
        old = self.fn.temp()
        if isinstance(target, ast.Index) and target.index is not None:
            self.write_container(target.base)
            self.expr(target.index)
            self.emit(op.DUP2)
            self.emit(op.FETCH_DIM)
            self.emit(op.STORE_VAR, old)
            self.emit(step)
            self.emit(op.ASSIGN_DIM)
        elif isinstance(target, ast.Prop) and isinstance(target.member, ast.Literal):
            name = self.name(literal_text(target.member))
            self.expr(target.obj)
            self.emit(op.DUP)
            self.emit(op.FETCH_PROP, name)
            self.emit(op.STORE_VAR, old)
            self.emit(step)
            self.emit(op.ASSIGN_PROP, name)
        elif isinstance(target, ast.StaticProp):
            name = self.name(target.name)
            self.class_ref(target.cls)
            self.emit(op.DUP)
            self.emit(op.FETCH_STATIC_PROP, name)
            self.emit(op.STORE_VAR, old)
            self.emit(step)
            self.emit(op.ASSIGN_STATIC_PROP, name)
        else:
            self.expr(target)
            self.emit(op.STORE_VAR, old)
            self.emit(step)
            new = self.fn.temp()
            self.emit(op.STORE_VAR, new)
            self.emit(op.POP)
            self.assign(target, SlotValue(node.line, new))
        if not node.prefix:
            self.emit(op.POP)
            self.emit(op.LOAD_VAR_QUIET, old)


class SlotVariable(ast.PhpNode):
    """A hidden slot used as a variable (a place, not only a value)."""

    def __init__(self, line, slot):
        self.line = line
        self.slot = slot


QUIET_FLAG = 1 << 20


class NoKey(W_String):
    """The key a `yield` without `=>` gives: the generator numbers it."""


NO_KEY = NoKey("")


def literal_text(node):
    assert isinstance(node, ast.Literal)
    w_value = node.w_value
    if isinstance(w_value, W_String):
        return w_value.strval
    assert isinstance(w_value, W_Int)
    return str(w_value.intval)


def is_referencable(node):
    return (isinstance(node, ast.Variable) or isinstance(node, ast.Index) or
            isinstance(node, ast.Prop) or isinstance(node, ast.StaticProp) or
            isinstance(node, ast.VarVar))


def dirname(path):
    i = path.rfind("/")
    if i < 0:
        return "."
    if i == 0:
        return "/"
    assert i > 0
    return path[:i]


def collect_variables(node, names):
    """Every `$name` under `node` (for arrow functions' automatic capture)."""
    if node is None:
        return
    if isinstance(node, ast.Variable):
        if node.name not in names:
            names.append(node.name)
        return
    if isinstance(node, ast.Closure) and not node.is_arrow:
        for use in node.uses:
            if use.name not in names:
                names.append(use.name)
        return
    for child in children_of(node):
        collect_variables(child, names)


def children_of(node):
    return node.children()


class ByrefCollector(object):
    """Finds the by-reference parameters of every function and method declared."""

    def __init__(self, compiler):
        self.compiler = compiler

    def visit(self, node):
        if isinstance(node, ast.FunctionDecl):
            self.record(self.compiler.byref_functions, node.name, node.params)
        elif isinstance(node, ast.MethodDecl):
            self.record(self.compiler.byref_methods, node.func.name, node.func.params)
        elif isinstance(node, ast.Closure):
            self.record(self.compiler.byref_functions, "{closure}", node.decl.params)
        for child in children_of(node):
            self.visit(child)

    def record(self, table, name, params):
        for i in range(len(params)):
            if params[i].byref:
                positions = table.get(name.lower(), None)
                if positions is None:
                    positions = []
                    table[name.lower()] = positions
                if params[i].variadic:
                    for j in range(i, i + 16):
                        positions.append(j)
                else:
                    positions.append(i)


def compile_php(source, filename, included=False):
    """The main code of a file; raises SourceError."""
    stmts, strict_types, dollar_brace_lines = parse(source, filename)
    compiler = Compiler(filename, strict_types)
    compiler.top_level = stmts
    compiler.dollar_brace_lines = dollar_brace_lines
    code = compiler.compile_program(stmts, included)
    notes = compiler.deprecations
    for line in dollar_brace_lines:
        if line < 0:
            notes.append(("Using ${expr} (variable variables) in strings is deprecated, use "
                          "{${expr}} instead", -line))
        else:
            notes.append(("Using ${var} in strings is deprecated, use {$var} instead", line))
    code.deprecations = sorted_by_line(notes)
    return code


def sorted_by_line(notes):
    result = []
    for note in notes:
        i = len(result)
        while i > 0 and result[i - 1][1] > note[1]:
            i -= 1
        assert i >= 0
        result.insert(i, note)
    return result
