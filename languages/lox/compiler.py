"""The single-pass Lox compiler: clox's Pratt parser, emitting bytecode as it parses.

The grammar of expressions is the table `RULES` (prefix rule, infix rule and precedence of
each token kind, as in compiler.c); statements and declarations are methods.  A
`FunctionState` is clox's Compiler struct: the framework Assembler of the function being
compiled (which also counts the stack depth), its locals, which live in stack slots (slot 0
holds the callee or `this`), and its upvalues.
"""
from framework.bytecode import Label
from languages.lox.kit import Assembler
from framework.errors import SourceError
from languages.lox import opcodes as op
from languages.lox.code import LoxCode, SCRIPT
from languages.lox.lexer import scan
from languages.lox.objects import W_Number, W_String, W_Closure
from languages.lox.parser import Parser

(PREC_NONE, PREC_ASSIGNMENT, PREC_OR, PREC_AND, PREC_EQUALITY, PREC_COMPARISON, PREC_TERM,
 PREC_FACTOR, PREC_UNARY, PREC_CALL, PREC_PRIMARY) = range(11)
TYPE_FUNCTION, TYPE_INITIALIZER, TYPE_METHOD, TYPE_SCRIPT = range(4)


class Local(object):
    def __init__(self, name, depth):
        self.name = name
        self.depth = depth            # -1: declared, its initializer not compiled yet


class FunctionState(object):
    def __init__(self, enclosing, kind, name):
        self.enclosing = enclosing
        self.kind = kind
        self.name = name
        self.asm = Assembler(op.table)
        self.asm.set_depth(1)                                   # slot 0
        self.locals = [Local("" if kind == TYPE_FUNCTION else "this", 0)]
        self.upvalue_local = []
        self.upvalue_index = []
        self.scope_depth = 0
        self.arity = 0


class Compiler(Parser):
    def __init__(self, tokens, filename):
        Parser.__init__(self, tokens)
        self.filename = filename
        self.fn = FunctionState(None, TYPE_SCRIPT, SCRIPT)
        self.classes = []           # clox's ClassCompiler chain: has_superclass, innermost last

    # -- emitting: after an error the code is thrown away, and its stack may not balance --
    def emit(self, opcode, arg=0, popped=0):
        """`popped`: stack slots an INVOKE pops beyond what the opcode table says."""
        if not self.errors:
            self.fn.asm.set_line(self.line())
            self.fn.asm.emit(opcode, arg)
            self.fn.asm.adjust_depth(-popped)

    def emit_jump(self, opcode, label=None):
        """Jump to `label`, or to the new label returned, which `patch` marks later."""
        if self.errors:
            return label or Label()
        self.fn.asm.set_line(self.line())
        return self.fn.asm.jump(opcode, label)

    def patch(self, label):
        return self.fn.asm.mark(label)

    def here(self):
        """A label at the next instruction, for a LOOP back to it."""
        return self.fn.asm.here()

    def emit_return(self):
        self.emit(op.GET_LOCAL if self.fn.kind == TYPE_INITIALIZER else op.NIL)
        self.emit(op.RETURN)

    def identifier(self, name):
        return self.fn.asm.add_name(name)

    def end_function(self):
        self.emit_return()
        fn, self.fn = self.fn, self.fn.enclosing
        return LoxCode(fn.name, self.filename, fn.asm, fn.arity, fn.upvalue_local,
                       fn.upvalue_index)

    # -- scopes and variables ------------------------------------------------------------
    def begin_scope(self):
        self.fn.scope_depth += 1

    def end_scope(self):
        fn = self.fn
        fn.scope_depth -= 1
        while fn.locals and fn.locals[-1].depth > fn.scope_depth:
            self.emit(op.POP)
            fn.locals.pop()

    def resolve_local(self, fn, name):
        for i in range(len(fn.locals) - 1, -1, -1):
            if fn.locals[i].name == name:
                if fn.locals[i].depth == -1:
                    self.error("Can't read local variable in its own initializer.")
                return i
        return -1

    def resolve_upvalue(self, fn, name):
        """Index of `name` among `fn`'s upvalues (added on first use), or -1 for a global."""
        if fn.enclosing is None:
            return -1
        index = self.resolve_local(fn.enclosing, name)
        if index != -1:
            return self.add_upvalue(fn, index, True)
        index = self.resolve_upvalue(fn.enclosing, name)
        return self.add_upvalue(fn, index, False) if index != -1 else -1

    def add_upvalue(self, fn, index, is_local):
        for i in range(len(fn.upvalue_index)):
            if fn.upvalue_index[i] == index and fn.upvalue_local[i] == is_local:
                return i
        fn.upvalue_local.append(is_local)
        fn.upvalue_index.append(index)
        return len(fn.upvalue_index) - 1

    def declare_variable(self):
        fn = self.fn
        if fn.scope_depth > 0:
            for i in range(len(fn.locals) - 1, -1, -1):
                if fn.locals[i].depth != -1 and fn.locals[i].depth < fn.scope_depth:
                    break
                if fn.locals[i].name == self.previous.value:
                    self.error("Already a variable with this name in this scope.")
            fn.locals.append(Local(self.previous.value, -1))

    def parse_variable(self, message):
        self.consume("IDENTIFIER", message)
        self.declare_variable()
        return 0 if self.fn.scope_depth > 0 else self.identifier(self.previous.value)

    def mark_initialized(self):
        if self.fn.scope_depth > 0:
            self.fn.locals[-1].depth = self.fn.scope_depth

    def define_variable(self, name):
        if self.fn.scope_depth > 0:
            self.mark_initialized()
        else:
            self.emit(op.DEFINE_GLOBAL, name)

    def named_variable(self, name, can_assign):
        get_op, set_op = op.GET_LOCAL, op.SET_LOCAL
        arg = self.resolve_local(self.fn, name)
        if arg == -1:
            get_op, set_op = op.GET_UPVALUE, op.SET_UPVALUE
            arg = self.resolve_upvalue(self.fn, name)
        if arg == -1:
            get_op, set_op = op.GET_GLOBAL, op.SET_GLOBAL
            arg = self.identifier(name)
        if can_assign and self.match("="):
            self.expression()
            self.emit(set_op, arg)
        else:
            self.emit(get_op, arg)

    # -- expressions ---------------------------------------------------------------------
    def expression(self):
        self.parse_precedence(PREC_ASSIGNMENT)

    def argument_list(self):
        argc = 0
        if not self.check(")"):
            while True:
                self.expression()
                if argc == 255:
                    self.error("Can't have more than 255 arguments.")
                argc += 1
                if not self.match(","):
                    break
        self.consume(")", "Expect ')' after arguments.")
        return argc

    # -- declarations --------------------------------------------------------------------
    def declaration(self):
        if self.match("class"):
            self.class_declaration()
        elif self.match("fun"):
            name = self.parse_variable("Expect function name.")
            self.mark_initialized()                 # the function may call itself
            self.function(TYPE_FUNCTION)
            self.define_variable(name)
        elif self.match("var"):
            self.var_declaration()
        else:
            self.statement()
        if self.panic_mode:
            self.synchronize()

    def class_declaration(self):
        self.consume("IDENTIFIER", "Expect class name.")
        class_name = self.previous.value
        name = self.identifier(class_name)
        self.declare_variable()
        self.emit(op.CLASS, name)
        self.define_variable(name)
        self.classes.append(False)
        if self.match("<"):
            self.consume("IDENTIFIER", "Expect superclass name.")
            variable(self, False)
            if class_name == self.previous.value:
                self.error("A class can't inherit from itself.")
            self.begin_scope()                      # `super` is a local around the body
            self.fn.locals.append(Local("super", -1))
            self.define_variable(0)
            self.named_variable(class_name, False)
            self.emit(op.INHERIT)
            self.classes[-1] = True
        self.named_variable(class_name, False)
        self.consume("{", "Expect '{' before class body.")
        while not self.check("}") and not self.check("EOF"):
            self.consume("IDENTIFIER", "Expect method name.")
            method = self.identifier(self.previous.value)
            self.function(TYPE_INITIALIZER if self.previous.value == "init" else TYPE_METHOD)
            self.emit(op.METHOD, method)
        self.consume("}", "Expect '}' after class body.")
        self.emit(op.POP)
        if self.classes.pop():
            self.end_scope()

    def function(self, kind):
        self.fn = FunctionState(self.fn, kind, self.previous.value)
        self.begin_scope()
        self.consume("(", "Expect '(' after function name.")
        if not self.check(")"):
            while True:
                self.fn.arity += 1
                if self.fn.arity > 255:
                    self.error_at(self.current, "Can't have more than 255 parameters.")
                self.define_variable(self.parse_variable("Expect parameter name."))
                if not self.match(","):
                    break
        self.fn.asm.set_depth(1 + self.fn.arity)    # the arguments are on the stack already
        self.consume(")", "Expect ')' after parameters.")
        self.consume("{", "Expect '{' before function body.")
        self.block()
        code = self.end_function()
        self.emit(op.CLOSURE, self.fn.asm.add_const(W_Closure(code, [])))

    def var_declaration(self):
        name = self.parse_variable("Expect variable name.")
        if self.match("="):
            self.expression()
        else:
            self.emit(op.NIL)
        self.consume(";", "Expect ';' after variable declaration.")
        self.define_variable(name)

    # -- statements ----------------------------------------------------------------------
    def statement(self):
        if self.match("print"):
            self.expression()
            self.consume(";", "Expect ';' after value.")
            self.emit(op.PRINT)
        elif self.match("for"):
            self.for_statement()
        elif self.match("if"):
            self.if_statement()
        elif self.match("return"):
            self.return_statement()
        elif self.match("while"):
            loop_start = self.here()
            exit_jump = self.condition("while")
            self.statement()
            self.emit_jump(op.LOOP, loop_start)
            self.patch(exit_jump)
            self.emit(op.POP)
        elif self.match("{"):
            self.begin_scope()
            self.block()
            self.end_scope()
        else:
            self.expression_statement()

    def block(self):
        while not self.check("}") and not self.check("EOF"):
            self.declaration()
        self.consume("}", "Expect '}' after block.")

    def expression_statement(self):
        self.expression()
        self.consume(";", "Expect ';' after expression.")
        self.emit(op.POP)

    def condition(self, keyword):
        """`(expr)` then a jump taken when it is false; the body starts by popping it."""
        self.consume("(", "Expect '(' after '%s'." % keyword)
        self.expression()
        self.consume(")", "Expect ')' after condition.")
        exit_jump = self.emit_jump(op.JUMP_IF_FALSE)
        self.emit(op.POP)
        return exit_jump

    def if_statement(self):
        then_jump = self.condition("if")
        self.statement()
        else_jump = self.emit_jump(op.JUMP)
        self.patch(then_jump)
        self.emit(op.POP)
        if self.match("else"):
            self.statement()
        self.patch(else_jump)

    def for_statement(self):
        self.begin_scope()
        self.consume("(", "Expect '(' after 'for'.")
        if self.match("var"):
            self.var_declaration()
        elif not self.match(";"):
            self.expression_statement()
        loop_start = self.here()
        exit_jump = None
        if not self.match(";"):
            self.expression()
            self.consume(";", "Expect ';' after loop condition.")
            exit_jump = self.emit_jump(op.JUMP_IF_FALSE)
            self.emit(op.POP)
        if not self.match(")"):                     # the increment runs after the body
            body_jump = self.emit_jump(op.JUMP)
            increment_start = self.here()
            self.expression()
            self.emit(op.POP)
            self.consume(")", "Expect ')' after for clauses.")
            self.emit_jump(op.LOOP, loop_start)
            loop_start = increment_start
            self.patch(body_jump)
        self.statement()
        self.emit_jump(op.LOOP, loop_start)
        if exit_jump is not None:
            self.patch(exit_jump)
            self.emit(op.POP)
        self.end_scope()

    def return_statement(self):
        if self.fn.kind == TYPE_SCRIPT:
            self.error("Can't return from top-level code.")
        if self.match(";"):
            self.emit_return()
            return
        if self.fn.kind == TYPE_INITIALIZER:
            self.error("Can't return a value from an initializer.")
        self.expression()
        self.consume(";", "Expect ';' after return value.")
        self.emit(op.RETURN)


# -- the rules of the Pratt table ---------------------------------------------------------
def grouping(c, can_assign):
    c.expression()
    c.consume(")", "Expect ')' after expression.")


def call(c, can_assign):
    c.emit(op.CALL, c.argument_list())


def dot(c, can_assign):
    c.consume("IDENTIFIER", "Expect property name after '.'.")
    name = c.identifier(c.previous.value)
    if can_assign and c.match("="):
        c.expression()
        c.emit(op.SET_PROPERTY, name)
    elif c.match("("):
        argc = c.argument_list()
        c.emit(op.INVOKE, op.pack_invoke(name, argc), argc)
    else:
        c.emit(op.GET_PROPERTY, name)


def unary(c, can_assign):
    operator = c.previous.name
    c.parse_precedence(PREC_UNARY)
    c.emit(op.NOT if operator == "!" else op.NEGATE)


BINARY_OPS = {"+": [op.ADD], "-": [op.SUBTRACT], "*": [op.MULTIPLY], "/": [op.DIVIDE],
              "==": [op.EQUAL], "!=": [op.EQUAL, op.NOT], ">": [op.GREATER],
              ">=": [op.LESS, op.NOT], "<": [op.LESS], "<=": [op.GREATER, op.NOT]}


def binary(c, can_assign):
    operator = c.previous.name
    c.parse_precedence(c.rule(operator)[2] + 1)
    for opcode in BINARY_OPS[operator]:
        c.emit(opcode)


def and_(c, can_assign):
    end_jump = c.emit_jump(op.JUMP_IF_FALSE)
    c.emit(op.POP)
    c.parse_precedence(PREC_AND)
    c.patch(end_jump)


def or_(c, can_assign):
    else_jump = c.emit_jump(op.JUMP_IF_FALSE)
    end_jump = c.emit_jump(op.JUMP)
    c.patch(else_jump)
    c.emit(op.POP)
    c.parse_precedence(PREC_OR)
    c.patch(end_jump)


def literal(c, can_assign):
    kind, text = c.previous.name, c.previous.value
    if kind == "NUMBER":
        c.emit(op.CONSTANT, c.fn.asm.add_const(W_Number(float(text))))
    elif kind == "STRING":
        c.emit(op.CONSTANT, c.fn.asm.add_const(W_String(text[1:max(1, len(text) - 1)])))
    else:
        c.emit(op.FALSE if kind == "false" else op.TRUE if kind == "true" else op.NIL)


def variable(c, can_assign):
    c.named_variable(c.previous.value, can_assign)


def super_(c, can_assign):
    if not c.classes:
        c.error("Can't use 'super' outside of a class.")
    elif not c.classes[-1]:
        c.error("Can't use 'super' in a class with no superclass.")
    c.consume(".", "Expect '.' after 'super'.")
    c.consume("IDENTIFIER", "Expect superclass method name.")
    name = c.identifier(c.previous.value)
    c.named_variable("this", False)
    argc = c.argument_list() if c.match("(") else -1
    c.named_variable("super", False)
    if argc >= 0:
        c.emit(op.SUPER_INVOKE, op.pack_invoke(name, argc), argc)
    else:
        c.emit(op.GET_SUPER, name)


def this_(c, can_assign):
    if not c.classes:
        c.error("Can't use 'this' outside of a class.")
    else:
        variable(c, False)


RULES = {                                   # token kind: (prefix, infix, precedence)
    "(": (grouping, call, PREC_CALL), ".": (None, dot, PREC_CALL),
    "-": (unary, binary, PREC_TERM), "+": (None, binary, PREC_TERM),
    "/": (None, binary, PREC_FACTOR), "*": (None, binary, PREC_FACTOR),
    "!": (unary, None, PREC_NONE),
    "!=": (None, binary, PREC_EQUALITY), "==": (None, binary, PREC_EQUALITY),
    ">": (None, binary, PREC_COMPARISON), ">=": (None, binary, PREC_COMPARISON),
    "<": (None, binary, PREC_COMPARISON), "<=": (None, binary, PREC_COMPARISON),
    "and": (None, and_, PREC_AND), "or": (None, or_, PREC_OR),
    "IDENTIFIER": (variable, None, PREC_NONE), "STRING": (literal, None, PREC_NONE),
    "NUMBER": (literal, None, PREC_NONE), "false": (literal, None, PREC_NONE),
    "true": (literal, None, PREC_NONE), "nil": (literal, None, PREC_NONE),
    "super": (super_, None, PREC_NONE), "this": (this_, None, PREC_NONE),
}


Compiler.rules = RULES


def compile_lox(source, filename):
    """The script's code object; raises a SourceError carrying every error, one a line."""
    compiler = Compiler(scan(source), filename)
    compiler.advance()
    while not compiler.match("EOF"):
        compiler.declaration()
    code = compiler.end_function()
    if compiler.errors:
        raise SourceError("\n".join(compiler.errors), 0, 0)
    return code
