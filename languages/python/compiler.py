"""Python AST -> PyCode, one CodeCompiler per function-like scope.

The compiler leans on framework.bytecode's Assembler for labels, stack depth and line
numbers; this file only says how each construct maps to the instructions in opcodes.py.
`try` blocks become entries of the code's handler table (start, end, target, depth) rather
than setup instructions, so a body without exceptions runs no extra instruction.
"""
from framework.bytecode import Label
from languages.python.kit import Assembler
from framework.errors import SourceError
from framework import integers
from languages.python import ast, opcodes as op
from languages.python import symtable
from languages.python.code import PyCode, W_CodeObject


class Block(object):
    """What a break/continue/return must clean up when it leaves this block."""
    LOOP = 0
    FOR_LOOP = 1
    FINALLY = 2
    HANDLER = 3
    WITH = 4

    def __init__(self, kind, break_label, continue_label, finalbody):
        self.kind = kind
        self.break_label = break_label
        self.continue_label = continue_label
        self.finalbody = finalbody


class CodeCompiler(object):
    def __init__(self, space, scope, name, qualname, filename, firstlineno):
        self.space = space
        self.scope = scope
        self.name = name
        self.qualname = qualname
        self.filename = filename
        self.firstlineno = firstlineno
        self.asm = Assembler(op.table)
        self.asm.set_line(firstlineno)
        self.blocks = []
        self.handlers = []
        self.handler_fixups = []
        self.const_ints = {}
        self.const_strs = {}
        self.w_none_index = -1

    # -- helpers --------------------------------------------------------------------------
    def error(self, message, node):
        raise SourceError(message, node.line, node.column)

    def emit(self, opcode, arg=0):
        if self.asm.reachable:          # dead code (after return/raise/break) is dropped
            self.asm.emit(opcode, arg)

    def jump(self, opcode, label):
        if self.asm.reachable:
            self.asm.emit_jump(opcode, label)

    def mark(self, label):
        """Place `label`; code after it stays dead when nothing can reach it."""
        reachable = self.asm.reachable
        self.asm.mark(label)
        if not reachable and label.depth < 0:
            self.asm.reachable = False

    def set_depth(self, depth):
        """Entry of code reached through the handler table."""
        self.asm.set_depth(depth)
        self.asm.reachable = True

    def adjust_depth(self, delta):
        if self.asm.reachable:
            self.asm.adjust_depth(delta)

    def set_line(self, node):
        if node.line > 0:
            self.asm.set_line(node.line)

    def load_const(self, w_value):
        self.emit(op.LOAD_CONST, self.asm.add_const(w_value))

    def load_none(self):
        if self.w_none_index < 0:
            self.w_none_index = self.asm.add_const(self.space.w_None)
        self.emit(op.LOAD_CONST, self.w_none_index)

    def load_str(self, text):
        index = self.const_strs.get(text, -1)
        if index < 0:
            index = self.asm.add_const(self.space.newstr(text))
            self.const_strs[text] = index
        self.emit(op.LOAD_CONST, index)

    def mangle(self, name):
        """Private names (__x, not __x__) inside a class become _Class__x."""
        if not name.startswith("__") or name.endswith("__") or "." in name:
            return name
        scope = self.scope
        while scope is not None and scope.kind != symtable.CLASS:
            scope = scope.parent
        if scope is None:
            return name
        start = 0
        while start < len(scope.name) and scope.name[start] == "_":
            start += 1
        if start == len(scope.name):
            return name
        return "_" + scope.name[start:] + name

    def qualify(self, name):
        if self.scope.kind == symtable.MODULE:
            return name
        if self.scope.kind == symtable.FUNCTION:
            return self.qualname + ".<locals>." + name
        return self.qualname + "." + name

    # -- entry points ---------------------------------------------------------------------
    def compile_module(self, module):
        body = module.body
        w_doc = docstring(self.space, body)
        if w_doc is not None:
            self.load_const(w_doc)
        else:
            self.load_none()
        self.emit(op.STORE_NAME, self.asm.add_name("__doc__"))
        if has_annotations(body):
            self.emit(op.BUILD_MAP, 0)
            self.emit(op.STORE_NAME, self.asm.add_name("__annotations__"))
        for i in range(len(body)):
            self.compile_stmt(body[i])
        self.load_none()
        self.emit(op.RETURN_VALUE)
        return self.finish(0, 0, op.CO_MODULE, None)

    def finish(self, argcount, kwonly, flags, w_doc, posonly=0):
        for index, label in self.handler_fixups:
            self.handlers[index + 2] = label.position
        scope = self.scope
        if scope.has_vararg:
            flags |= op.CO_VARARGS
        if scope.has_kwarg:
            flags |= op.CO_VARKEYWORDS
        if scope.is_coroutine:
            flags |= op.CO_ASYNC_GENERATOR if scope.is_generator else op.CO_COROUTINE
        elif scope.is_generator:
            flags |= op.CO_GENERATOR
        return PyCode(self.name, self.qualname, self.filename, self.asm, argcount, kwonly, flags,
                      scope.varnames, scope.cellvars, scope.freevars, self.handlers,
                      self.firstlineno, w_doc, posonly)

    # -- statements -----------------------------------------------------------------------
    def compile_body(self, body):
        for stmt in body:
            self.compile_stmt(stmt)

    def compile_stmt(self, stmt):
        self.set_line(stmt)
        if isinstance(stmt, ast.ExprStmt):
            self.compile_expr(stmt.value)
            self.emit(op.POP_TOP)
        elif isinstance(stmt, ast.Assign):
            self.compile_expr(stmt.value)
            targets = stmt.targets
            for i in range(len(targets)):
                if i < len(targets) - 1:
                    self.emit(op.DUP_TOP)
                self.compile_store(targets[i])
        elif isinstance(stmt, ast.AugAssign):
            self.compile_augassign(stmt)
        elif isinstance(stmt, ast.AnnAssign):
            if stmt.value is not None:
                self.compile_expr(stmt.value)
                self.compile_store(stmt.target)
            target = stmt.target
            if isinstance(target, ast.Name) and self.scope.kind != symtable.FUNCTION:
                # a module's or class's annotations are kept (dataclasses reads them)
                self.compile_expr(stmt.annotation)
                self.compile_load_name("__annotations__", stmt)
                self.load_str(target.id)
                self.emit(op.STORE_SUBSCR)
        elif isinstance(stmt, ast.Pass):
            pass
        elif isinstance(stmt, ast.Break):
            self.compile_break(stmt)
        elif isinstance(stmt, ast.Continue):
            self.compile_continue(stmt)
        elif isinstance(stmt, ast.Return):
            self.compile_return(stmt)
        elif isinstance(stmt, ast.Raise):
            count = 0
            if stmt.exc is not None:
                self.compile_expr(stmt.exc)
                count = 1
                if stmt.cause is not None:
                    self.compile_expr(stmt.cause)
                    count = 2
            self.emit(op.RAISE_VARARGS, count)
            self.asm.terminate()
        elif isinstance(stmt, ast.Global) or isinstance(stmt, ast.Nonlocal):
            pass
        elif isinstance(stmt, ast.Delete):
            for target in stmt.targets:
                self.compile_delete(target)
        elif isinstance(stmt, ast.Assert):
            done = Label()
            self.compile_expr(stmt.test)
            self.jump(op.POP_JUMP_IF_TRUE, done)
            if stmt.msg is not None:
                self.compile_expr(stmt.msg)
            else:
                self.load_none()
            self.emit(op.ASSERT_FAIL)
            self.asm.terminate()
            self.mark(done)
        elif isinstance(stmt, ast.Import):
            self.compile_import(stmt)
        elif isinstance(stmt, ast.ImportFrom):
            self.compile_import_from(stmt)
        elif isinstance(stmt, ast.If):
            self.compile_if(stmt)
        elif isinstance(stmt, ast.While):
            self.compile_while(stmt)
        elif (isinstance(stmt, ast.For) or isinstance(stmt, ast.With)) and stmt.is_async:
            self.compile_unsupported_async(stmt)
        elif isinstance(stmt, ast.For):
            self.compile_for(stmt)
        elif isinstance(stmt, ast.FunctionDef):
            self.compile_functiondef(stmt)
        elif isinstance(stmt, ast.ClassDef):
            self.compile_classdef(stmt)
        elif isinstance(stmt, ast.Try):
            self.compile_try(stmt)
        elif isinstance(stmt, ast.With):
            self.compile_with(stmt, 0)
        elif isinstance(stmt, ast.Match):
            self.compile_match(stmt)
        else:
            self.error("unsupported statement", stmt)

    def compile_match(self, stmt):
        """Each case: the subject's copy, the pattern's values as a tuple and the pattern
        go to MATCH_CASE, which jumps to the next case or pushes the captured values."""
        end = Label()
        self.compile_expr(stmt.subject)
        for case in stmt.cases:
            assert isinstance(case, ast.MatchCase)
            next_case = Label()
            self.emit(op.DUP_TOP)
            for value in case.value_exprs:
                self.compile_expr(value)
            self.emit(op.BUILD_TUPLE, len(case.value_exprs))
            self.load_const(case.w_pattern)
            self.jump(op.MATCH_CASE, next_case)
            names = case.w_pattern.names
            if names:
                self.emit(op.UNPACK_SEQUENCE, len(names))
                for name in names:
                    self.compile_store_name(name, case)
            else:
                self.emit(op.POP_TOP)
            if case.guard is not None:
                self.compile_condition(case.guard, next_case, False)
            self.emit(op.POP_TOP)
            self.compile_body(case.body)
            self.jump(op.JUMP, end)
            self.asm.terminate()
            self.mark(next_case)
        self.emit(op.POP_TOP)
        self.mark(end)

    def compile_unsupported_async(self, stmt):
        """`async for` and `async with` compile (so modules that define them import) and
        raise NotImplementedError when they run."""
        kind = "async for" if isinstance(stmt, ast.For) else "async with"
        if self.scope.kind != symtable.FUNCTION or not self.scope.is_coroutine:
            self.error("'%s' outside async function" % kind, stmt)
        error = ast.Call(ast.Name("NotImplementedError"),
                         [ast.Constant("str", "'%s' is not supported yet" % kind)],
                         [])
        for node in [error, error.func, error.args[0]]:
            node.line = stmt.line
            node.column = stmt.column
        self.compile_stmt(ast.Raise(error, None))

    def compile_augassign(self, stmt):
        target = stmt.target
        opnum = binary_op_index(stmt.op + "=")
        if isinstance(target, ast.Name):
            self.compile_load_name(target.id, target)
            self.compile_expr(stmt.value)
            self.emit(op.BINARY_OP, opnum)
            self.compile_store(target)
        elif isinstance(target, ast.Attribute):
            self.compile_expr(target.value)
            self.emit(op.DUP_TOP)
            self.emit(op.LOAD_ATTR, self.asm.add_name(self.mangle(target.attr)))
            self.compile_expr(stmt.value)
            self.emit(op.BINARY_OP, opnum)
            self.emit(op.ROT_TWO)
            self.emit(op.STORE_ATTR, self.asm.add_name(self.mangle(target.attr)))
        elif isinstance(target, ast.Subscript):
            self.compile_expr(target.value)
            self.compile_expr(target.slice)
            self.emit(op.DUP_TOP_TWO)
            self.emit(op.BINARY_SUBSCR)
            self.compile_expr(stmt.value)
            self.emit(op.BINARY_OP, opnum)
            self.emit(op.ROT_THREE)
            self.emit(op.STORE_SUBSCR)
        else:
            self.error("'%s' is an illegal expression for augmented assignment"
                       % describe_target(target), target)

    def compile_if(self, stmt):
        end = Label()
        orelse = Label()
        self.compile_condition(stmt.test, orelse, False)
        self.compile_body(stmt.body)
        if stmt.orelse:
            self.jump(op.JUMP, end)
            self.asm.terminate()
            self.mark(orelse)
            self.compile_body(stmt.orelse)
        else:
            self.mark(orelse)
        self.mark(end)

    def compile_condition(self, test, target, jump_if):
        """Jump to `target` when `test` is `jump_if`; and/or/not short-circuit."""
        if isinstance(test, ast.UnaryOp) and test.op == "not":
            self.compile_condition(test.operand, target, not jump_if)
            return
        if isinstance(test, ast.BoolOp):
            is_and = test.op == "and"
            if is_and != jump_if:
                # all must pass (and, jump if false) / any passes (or, jump if true)
                for value in test.values:
                    self.compile_condition(value, target, jump_if)
            else:
                skip = Label()
                values = test.values
                for i in range(len(values) - 1):
                    self.compile_condition(values[i], skip, not jump_if)
                self.compile_condition(values[len(values) - 1], target, jump_if)
                self.mark(skip)
            return
        self.compile_expr(test)
        self.jump(op.POP_JUMP_IF_TRUE if jump_if else op.POP_JUMP_IF_FALSE, target)

    def compile_while(self, stmt):
        top = Label()
        end = Label()
        orelse = Label()
        self.mark(top)
        self.set_line(stmt)
        self.compile_condition(stmt.test, orelse, False)
        self.blocks.append(Block(Block.LOOP, end, top, None))
        self.compile_body(stmt.body)
        self.blocks.pop()
        self.jump(op.JUMP, top)
        self.asm.terminate()
        self.mark(orelse)
        self.compile_body(stmt.orelse)
        self.mark(end)

    def compile_for(self, stmt):
        top = Label()
        end = Label()
        orelse = Label()
        self.compile_expr(stmt.iter)
        self.emit(op.GET_ITER)
        self.mark(top)
        self.set_line(stmt)
        self.jump(op.FOR_ITER, orelse)
        self.compile_store(stmt.target)
        self.blocks.append(Block(Block.FOR_LOOP, end, top, None))
        self.compile_body(stmt.body)
        self.blocks.pop()
        self.jump(op.JUMP, top)
        self.asm.terminate()
        self.mark(orelse)
        self.compile_body(stmt.orelse)
        self.mark(end)

    def unwind_to(self, stop_at_loop, node):
        """Emit the cleanups of the blocks a jump leaves; returns the loop block or None."""
        for i in range(len(self.blocks) - 1, -1, -1):
            block = self.blocks[i]
            if block.kind == Block.LOOP or block.kind == Block.FOR_LOOP:
                if stop_at_loop:
                    return block
            elif block.kind == Block.FINALLY:
                saved = self.blocks
                self.blocks = self.blocks[:i]
                self.compile_body(block.finalbody)
                self.blocks = saved
            elif block.kind == Block.HANDLER:
                if not stop_at_loop:
                    self.emit(op.ROT_TWO)
                self.emit(op.POP_EXCEPT)
            elif block.kind == Block.WITH:
                if not stop_at_loop:
                    self.emit(op.ROT_TWO)
                self.load_none()
                self.emit(op.WITH_EXIT)
        return None

    def compile_break(self, stmt):
        loop = self.unwind_to(True, stmt)
        if loop is None:
            self.error("'break' outside loop", stmt)
        if loop.kind == Block.FOR_LOOP:
            self.emit(op.POP_TOP)
        self.jump(op.JUMP, loop.break_label)
        self.asm.terminate()

    def compile_continue(self, stmt):
        loop = self.unwind_to(True, stmt)
        if loop is None:
            self.error("'continue' not properly in loop", stmt)
        self.jump(op.JUMP, loop.continue_label)
        self.asm.terminate()

    def compile_return(self, stmt):
        if self.scope.kind != symtable.FUNCTION:
            self.error("'return' outside function", stmt)
        if stmt.value is not None:
            self.compile_expr(stmt.value)
        else:
            self.load_none()
        self.unwind_to(False, stmt)
        self.emit(op.RETURN_VALUE)
        self.asm.terminate()

    def compile_try(self, stmt):
        if stmt.finalbody:
            self.compile_try_finally(stmt)
        else:
            self.compile_try_except(stmt)

    def compile_try_finally(self, stmt):
        handler = Label()
        end = Label()
        start = self.asm.position()
        base = self.asm.depth
        self.blocks.append(Block(Block.FINALLY, None, None, stmt.finalbody))
        if stmt.handlers:
            self.compile_try_except(stmt)
        else:
            self.compile_body(stmt.body)
        self.blocks.pop()
        self.protect(start, handler, base)
        self.compile_body(stmt.finalbody)
        self.jump(op.JUMP, end)
        self.asm.terminate()
        self.mark(handler)
        self.set_depth(base + 1)              # exc
        self.emit(op.PUSH_EXC_INFO)               # prev, exc
        cleanup_start = self.asm.position()
        self.blocks.append(Block(Block.HANDLER, None, None, None))
        self.compile_body(stmt.finalbody)
        self.blocks.pop()
        cleanup_end = self.asm.position()
        self.emit(op.ROT_TWO)
        self.emit(op.POP_EXCEPT)
        self.emit(op.RERAISE)
        self.asm.terminate()
        self.protect_cleanup(cleanup_start, base, cleanup_end)
        self.mark(end)

    def protect(self, start, handler_label, depth):
        """Record a handler for [start, here) entered at `handler_label` with the stack cut
        to `depth`, the depth at `start` (not here: a protected body that ends in `break`
        has popped its loop's iterator on a path that never reaches here)."""
        self.handler_fixups.append((len(self.handlers), handler_label))
        self.handlers.extend([start, self.asm.position(), -1, depth])

    def protect_cleanup(self, start, base, end):
        """An exception inside a handler body [start, end) restores the handled exception
        and re-raises.  (The final re-raise of an unmatched exception lies past `end`: it
        has already restored the handled exception itself.)

        Called right after code that never falls through; `base` is the try's entry depth.
        """
        cleanup = Label()
        self.handler_fixups.append((len(self.handlers), cleanup))
        self.handlers.extend([start, end, -1, base + 1])
        self.mark(cleanup)
        self.set_depth(base + 2)              # prev, new exc
        self.emit(op.POP_EXCEPT_AND_RERAISE)
        self.asm.terminate()

    def compile_try_except(self, stmt):
        handler = Label()
        orelse = Label()
        end = Label()
        start = self.asm.position()
        base = self.asm.depth
        self.compile_body(stmt.body)
        self.protect(start, handler, base)
        self.jump(op.JUMP, orelse)
        self.asm.terminate()
        self.mark(handler)
        self.set_depth(base + 1)              # exc
        self.emit(op.PUSH_EXC_INFO)               # prev, exc
        cleanup_start = self.asm.position()
        for h in stmt.handlers:
            self.set_line(h)
            next_handler = Label()
            if h.type is not None:
                self.compile_expr(h.type)
                self.emit(op.CHECK_EXC_MATCH)
                self.jump(op.POP_JUMP_IF_FALSE, next_handler)
            if h.name:
                self.compile_store_name(h.name, h)
            else:
                self.emit(op.POP_TOP)
            self.blocks.append(Block(Block.HANDLER, None, None, None))
            self.compile_body(h.body)
            self.blocks.pop()
            if h.name:
                self.load_none()
                self.compile_store_name(h.name, h)
                self.compile_delete_name(h.name, h)      # `except E as e` unbinds e
            self.emit(op.POP_EXCEPT)
            self.jump(op.JUMP, end)
            self.asm.terminate()
            self.mark(next_handler)
            self.set_depth(base + 2)
        cleanup_end = self.asm.position()
        self.emit(op.ROT_TWO)
        self.emit(op.POP_EXCEPT)
        self.emit(op.RERAISE)
        self.asm.terminate()
        self.protect_cleanup(cleanup_start, base, cleanup_end)
        self.mark(orelse)
        self.compile_body(stmt.orelse)
        self.mark(end)

    def compile_with(self, stmt, index):
        item = stmt.items[index]
        handler = Label()
        end = Label()
        self.compile_expr(item.context)
        base = self.asm.depth - 1
        self.emit(op.BEFORE_WITH)
        if item.target is not None:
            self.compile_store(item.target)
        else:
            self.emit(op.POP_TOP)
        start = self.asm.position()
        start_depth = self.asm.depth
        self.blocks.append(Block(Block.WITH, None, None, None))
        if index + 1 < len(stmt.items):
            self.compile_with(stmt, index + 1)
        else:
            self.compile_body(stmt.body)
        self.blocks.pop()
        self.protect(start, handler, start_depth)
        self.load_none()
        self.emit(op.WITH_EXIT)
        self.jump(op.JUMP, end)
        self.asm.terminate()
        self.mark(handler)
        self.set_depth(base + 2)              # exit, exc
        self.emit(op.WITH_EXCEPT)                 # exit, exc, suppress
        reraise = Label()
        self.jump(op.POP_JUMP_IF_FALSE, reraise)
        self.emit(op.POP_TOP)
        self.emit(op.POP_TOP)
        self.jump(op.JUMP, end)
        self.asm.terminate()
        self.mark(reraise)
        self.emit(op.RERAISE)
        self.asm.terminate()
        self.mark(end)

    def compile_import(self, stmt):
        for alias in stmt.names:
            self.load_const(self.space.newint(0))
            self.load_none()
            self.emit(op.IMPORT_NAME, self.asm.add_name(alias.name))
            if alias.asname:
                parts = alias.name.split(".")
                for part in parts[1:]:
                    self.emit(op.IMPORT_FROM, self.asm.add_name(part))
                    self.emit(op.ROT_TWO)
                    self.emit(op.POP_TOP)
                self.compile_store_name(alias.asname, stmt)
            else:
                self.compile_store_name(alias.name.split(".")[0], stmt)

    def compile_import_from(self, stmt):
        names_w = [self.space.newstr(alias.name) for alias in stmt.names]
        if not stmt.names:
            names_w = [self.space.newstr("*")]
        self.load_const(self.space.newint(stmt.level))
        self.load_const(self.space.newtuple(names_w))
        self.emit(op.IMPORT_NAME, self.asm.add_name(stmt.module or ""))
        if not stmt.names:
            self.emit(op.IMPORT_STAR)
            return
        for alias in stmt.names:
            self.emit(op.IMPORT_FROM, self.asm.add_name(alias.name))
            self.compile_store_name(alias.asname or alias.name, stmt)
        self.emit(op.POP_TOP)

    # -- functions and classes ------------------------------------------------------------
    def compile_functiondef(self, stmt):
        for decorator in stmt.decorators:
            self.compile_expr(decorator)
        w_doc = docstring(self.space, stmt.body)
        self.make_function(stmt, stmt.name, stmt.args, stmt.body, None, w_doc)
        for i in range(len(stmt.decorators)):
            self.emit(op.CALL_FUNCTION, 1)
        self.compile_store_name(stmt.name, stmt)

    def make_function(self, node, name, args, body, expr_body, w_doc):
        """Push a new function object for a def, lambda or comprehension body."""
        scope = node.scope
        flags = 0
        defaults = [arg.default for arg in args.args if arg.default is not None]
        if defaults:
            for default in defaults:
                self.compile_expr(default)
            self.emit(op.BUILD_TUPLE, len(defaults))
            flags |= op.MF_DEFAULTS
        kwdefaults = [arg for arg in args.kwonly if arg.default is not None]
        if kwdefaults:
            for arg in kwdefaults:
                self.load_str(arg.name)
                self.compile_expr(arg.default)
            self.emit(op.BUILD_MAP, len(kwdefaults))
            flags |= op.MF_KWDEFAULTS
        child = CodeCompiler(self.space, scope, name, self.qualify(name), self.filename, node.line)
        if scope.freevars:
            for free in scope.freevars:
                self.emit(op.LOAD_CLOSURE, self.scope.cell_index(free))
            self.emit(op.BUILD_TUPLE, len(scope.freevars))
            flags |= op.MF_CLOSURE
        code = child.compile_function_body(args, body, expr_body, w_doc)
        self.load_const(W_CodeObject(code))
        self.emit(op.MAKE_FUNCTION, flags)
        popped = 0
        for bit in [op.MF_DEFAULTS, op.MF_KWDEFAULTS, op.MF_CLOSURE]:
            if flags & bit:
                popped += 1
        self.adjust_depth(-popped)

    def compile_function_body(self, args, body, expr_body, w_doc):
        self.emit_cell_setup()
        if expr_body is not None:
            self.compile_expr(expr_body)
            self.emit(op.RETURN_VALUE)
        else:
            if self.scope.is_generator:
                self.emit(op.GEN_START)
            for stmt in body:
                self.compile_stmt(stmt)
            self.load_none()
            self.emit(op.RETURN_VALUE)
        return self.finish(len(args.args), len(args.kwonly), 0, w_doc, args.posonly)

    def emit_cell_setup(self):
        """Cells are made by the frame at entry (see PyFrame); nothing to emit."""

    def compile_classdef(self, stmt):
        for decorator in stmt.decorators:
            self.compile_expr(decorator)
        scope = stmt.scope
        child = CodeCompiler(self.space, scope, stmt.name, self.qualify(stmt.name),
                             self.filename, stmt.line)
        child.set_line(stmt)
        child.compile_load_name("__name__", stmt)
        child.compile_store_name("__module__", stmt)
        child.load_str(child.qualname)
        child.compile_store_name("__qualname__", stmt)
        w_doc = docstring(self.space, stmt.body)
        if w_doc is not None:
            child.load_const(w_doc)
            child.compile_store_name("__doc__", stmt)
        if has_annotations(stmt.body):
            child.emit(op.BUILD_MAP, 0)
            child.compile_store_name("__annotations__", stmt)
        for inner in stmt.body:
            child.compile_stmt(inner)
        if "__class__" in scope.cells:
            # The methods' __class__ cell: type() fills it once the class exists.
            child.emit(op.LOAD_CLOSURE, scope.cell_index("__class__"))
            child.compile_store_name("__classcell__", stmt)
        child.load_none()
        child.emit(op.RETURN_VALUE)
        code = child.finish(0, 0, op.CO_CLASS_BODY, None)
        flags = 0
        if scope.freevars:
            for free in scope.freevars:
                self.emit(op.LOAD_CLOSURE, self.scope.cell_index(free))
            self.emit(op.BUILD_TUPLE, len(scope.freevars))
            flags = op.MF_CLOSURE
        self.load_const(W_CodeObject(code))
        self.emit(op.MAKE_FUNCTION, flags)
        if flags:
            self.adjust_depth(-1)
        self.load_str(stmt.name)
        for base in stmt.bases:
            self.compile_expr(base)
        self.emit(op.BUILD_TUPLE, len(stmt.bases))
        for keyword in stmt.keywords:
            self.load_str(keyword.arg)
            self.compile_expr(keyword.value)
        self.emit(op.BUILD_MAP, len(stmt.keywords))
        self.emit(op.BUILD_CLASS)
        for i in range(len(stmt.decorators)):
            self.emit(op.CALL_FUNCTION, 1)
        self.compile_store_name(stmt.name, stmt)

    # -- names ----------------------------------------------------------------------------
    def compile_load_name(self, name, node):
        kind = self.scope.kind_of(name)
        if kind == symtable.FAST:
            self.emit(op.LOAD_FAST, self.scope.local_index(name))
        elif kind == symtable.CELL or kind == symtable.FREE:
            self.emit(op.LOAD_DEREF, self.scope.cell_index(name))
        elif kind == symtable.CLASSDEREF:
            self.emit(op.LOAD_CLASSDEREF, self.scope.cell_index(name))
        elif kind == symtable.GLOBAL:
            self.emit(op.LOAD_GLOBAL, self.asm.add_name(name))
        else:
            self.emit(op.LOAD_NAME, self.asm.add_name(self.mangle(name)))

    def compile_store_name(self, name, node):
        kind = self.scope.kind_of(name)
        if kind == symtable.FAST:
            self.emit(op.STORE_FAST, self.scope.local_index(name))
        elif kind == symtable.CELL or kind == symtable.FREE:
            self.emit(op.STORE_DEREF, self.scope.cell_index(name))
        elif kind == symtable.GLOBAL:
            self.emit(op.STORE_GLOBAL, self.asm.add_name(name))
        else:
            self.emit(op.STORE_NAME, self.asm.add_name(self.mangle(name)))

    def compile_delete_name(self, name, node):
        kind = self.scope.kind_of(name)
        if kind == symtable.FAST:
            self.emit(op.DELETE_FAST, self.scope.local_index(name))
        elif kind == symtable.CELL or kind == symtable.FREE:
            self.emit(op.DELETE_DEREF, self.scope.cell_index(name))
        elif kind == symtable.GLOBAL:
            self.emit(op.DELETE_GLOBAL, self.asm.add_name(name))
        else:
            self.emit(op.DELETE_NAME, self.asm.add_name(self.mangle(name)))

    def compile_store(self, target):
        if isinstance(target, ast.Name):
            self.compile_store_name(target.id, target)
        elif isinstance(target, ast.Attribute):
            self.compile_expr(target.value)
            self.emit(op.STORE_ATTR, self.asm.add_name(self.mangle(target.attr)))
        elif isinstance(target, ast.Subscript):
            self.compile_expr(target.value)
            self.compile_expr(target.slice)
            self.emit(op.STORE_SUBSCR)
        elif isinstance(target, ast.TupleExpr):
            self.compile_unpack(target.elts, target)
        elif isinstance(target, ast.ListExpr):
            self.compile_unpack(target.elts, target)
        elif isinstance(target, ast.Starred):
            self.error("starred assignment target must be in a list or tuple", target)
        else:
            self.error("cannot assign to %s" % describe_target(target), target)

    def compile_unpack(self, elts, node):
        star = -1
        for i in range(len(elts)):
            if isinstance(elts[i], ast.Starred):
                if star >= 0:
                    self.error("multiple starred expressions in assignment", node)
                star = i
        if star < 0:
            self.emit(op.UNPACK_SEQUENCE, len(elts))
        else:
            after = len(elts) - star - 1
            self.emit(op.UNPACK_EX, star | (after << 8))
            self.adjust_depth(len(elts) - 1)
        for elt in elts:
            if isinstance(elt, ast.Starred):
                self.compile_store(elt.value)
            else:
                self.compile_store(elt)

    def compile_delete(self, target):
        if isinstance(target, ast.Name):
            self.compile_delete_name(target.id, target)
        elif isinstance(target, ast.Attribute):
            self.compile_expr(target.value)
            self.emit(op.DELETE_ATTR, self.asm.add_name(self.mangle(target.attr)))
        elif isinstance(target, ast.Subscript):
            self.compile_expr(target.value)
            self.compile_expr(target.slice)
            self.emit(op.DELETE_SUBSCR)
        elif isinstance(target, ast.TupleExpr):
            for elt in target.elts:
                self.compile_delete(elt)
        elif isinstance(target, ast.ListExpr):
            for elt in target.elts:
                self.compile_delete(elt)
        else:
            self.error("cannot delete %s" % describe_target(target), target)

    # -- expressions ----------------------------------------------------------------------
    def compile_exprs(self, exprs):
        for expr in exprs:
            self.compile_expr(expr)

    def compile_expr(self, expr):
        if expr.line > 0:
            self.asm.set_line(expr.line)
        if isinstance(expr, ast.Name):
            self.compile_load_name(expr.id, expr)
        elif isinstance(expr, ast.Constant):
            self.compile_constant(expr)
        elif isinstance(expr, ast.BinOp):
            self.compile_expr(expr.left)
            self.compile_expr(expr.right)
            self.asm.set_line(expr.line)
            self.emit(op.BINARY_OP, binary_op_index(expr.op))
        elif isinstance(expr, ast.UnaryOp):
            self.compile_unary(expr)
        elif isinstance(expr, ast.BoolOp):
            end = Label()
            values = expr.values
            jump = op.JUMP_IF_FALSE_OR_POP if expr.op == "and" else op.JUMP_IF_TRUE_OR_POP
            for i in range(len(values) - 1):
                self.compile_expr(values[i])
                self.jump(jump, end)
            self.compile_expr(values[len(values) - 1])
            self.mark(end)
        elif isinstance(expr, ast.Compare):
            self.compile_compare(expr)
        elif isinstance(expr, ast.IfExp):
            orelse = Label()
            end = Label()
            self.compile_condition(expr.test, orelse, False)
            self.compile_expr(expr.body)
            self.jump(op.JUMP, end)
            self.asm.terminate()
            self.mark(orelse)
            self.compile_expr(expr.orelse)
            self.mark(end)
        elif isinstance(expr, ast.Lambda):
            self.make_function(expr, "<lambda>", expr.args, [], expr.body, None)
        elif isinstance(expr, ast.Call):
            self.compile_call(expr)
        elif isinstance(expr, ast.Attribute):
            self.compile_expr(expr.value)
            self.asm.set_line(expr.line)
            self.emit(op.LOAD_ATTR, self.asm.add_name(self.mangle(expr.attr)))
        elif isinstance(expr, ast.Subscript):
            self.compile_expr(expr.value)
            self.compile_expr(expr.slice)
            self.asm.set_line(expr.line)
            self.emit(op.BINARY_SUBSCR)
        elif isinstance(expr, ast.Slice):
            for part in [expr.lower, expr.upper, expr.step]:
                if part is None:
                    self.load_none()
                else:
                    self.compile_expr(part)
            self.emit(op.BUILD_SLICE)
        elif isinstance(expr, ast.TupleExpr):
            self.compile_sequence(expr.elts, op.BUILD_TUPLE)
        elif isinstance(expr, ast.ListExpr):
            self.compile_sequence(expr.elts, op.BUILD_LIST)
        elif isinstance(expr, ast.SetExpr):
            self.compile_sequence(expr.elts, op.BUILD_SET)
        elif isinstance(expr, ast.DictExpr):
            self.compile_dict(expr)
        elif isinstance(expr, ast.ListComp):
            self.compile_comprehension(expr, "<listcomp>", expr.generators, op.BUILD_LIST)
        elif isinstance(expr, ast.SetComp):
            self.compile_comprehension(expr, "<setcomp>", expr.generators, op.BUILD_SET)
        elif isinstance(expr, ast.DictComp):
            self.compile_comprehension(expr, "<dictcomp>", expr.generators, op.BUILD_MAP)
        elif isinstance(expr, ast.GeneratorExp):
            self.compile_comprehension(expr, "<genexpr>", expr.generators, -1)
        elif isinstance(expr, ast.JoinedStr):
            for value in expr.values:
                self.compile_expr(value)
            self.emit(op.BUILD_STRING, len(expr.values))
        elif isinstance(expr, ast.FormattedValue):
            self.compile_expr(expr.value)
            conversion = 0
            if expr.conversion == "r":
                conversion = 1
            elif expr.conversion == "a":
                conversion = 2
            elif expr.conversion == "s":
                conversion = 3
            if expr.format_spec is not None:
                self.compile_expr(expr.format_spec)
                self.emit(op.FORMAT_WITH_SPEC, conversion)
            else:
                self.emit(op.FORMAT_VALUE, conversion)
        elif isinstance(expr, ast.Starred):
            self.error("can't use starred expression here", expr)
        elif isinstance(expr, ast.Yield):
            if self.scope.kind != symtable.FUNCTION:
                self.error("'yield' outside function", expr)
            if expr.value is not None:
                self.compile_expr(expr.value)
            else:
                self.load_none()
            self.emit(op.YIELD_VALUE)
        elif isinstance(expr, ast.YieldFrom):
            if self.scope.kind != symtable.FUNCTION:
                self.error("'yield' outside function", expr)
            self.compile_expr(expr.value)
            self.emit(op.GET_ITER)
            self.load_none()
            self.emit(op.YIELD_FROM)
        elif isinstance(expr, ast.Await):
            if self.scope.kind != symtable.FUNCTION or not self.scope.is_coroutine:
                self.error("'await' outside async function", expr)
            self.compile_expr(expr.value)
            self.emit(op.GET_AWAITABLE)
            self.load_none()
            self.emit(op.YIELD_FROM)
        elif isinstance(expr, ast.NamedExpr):
            self.compile_expr(expr.value)
            self.emit(op.DUP_TOP)
            target = expr.target
            assert isinstance(target, ast.Name)
            self.compile_store_name_walrus(target.id, target)
        else:
            self.error("unsupported expression", expr)

    def compile_store_name_walrus(self, name, node):
        self.compile_store_name(name, node)

    def compile_constant(self, expr):
        space = self.space
        kind = expr.kind
        if kind == "int":
            self.load_const(parse_int_literal(space, expr.value, expr))
        elif kind == "float":
            self.load_const(space.newfloat(parse_float_literal(expr.value, expr)))
        elif kind == "str":
            self.load_str(expr.value)
        elif kind == "None":
            self.load_none()
        elif kind == "True":
            self.load_const(space.w_True)
        elif kind == "False":
            self.load_const(space.w_False)
        elif kind == "Ellipsis":
            self.load_const(space.w_Ellipsis)
        elif kind == "bytes":
            self.load_const(space.newbytes(expr.value))
        else:
            from languages.python.objects.complexobject import W_ComplexObject
            text = expr.value
            end = len(text) - 1             # drop the j
            assert end >= 0
            self.load_const(W_ComplexObject(0.0, parse_float_literal(text[:end], expr)))

    def compile_unary(self, expr):
        operand = expr.operand
        if (expr.op == "-" and isinstance(operand, ast.Constant) and
                (operand.kind == "int" or operand.kind == "float")):
            folded = ast.Constant(operand.kind, "-" + operand.value)
            folded.line = expr.line
            self.compile_constant(folded)
            return
        self.compile_expr(operand)
        if expr.op == "-":
            self.emit(op.UNARY_NEGATIVE)
        elif expr.op == "+":
            self.emit(op.UNARY_POSITIVE)
        elif expr.op == "~":
            self.emit(op.UNARY_INVERT)
        else:
            self.emit(op.UNARY_NOT)

    def compile_compare(self, expr):
        self.compile_expr(expr.left)
        count = len(expr.ops)
        if count == 1:
            self.compile_expr(expr.comparators[0])
            self.asm.set_line(expr.line)
            self.emit(op.COMPARE_OP, comparison_index(expr.ops[0]))
            return
        cleanup = Label()
        end = Label()
        for i in range(count - 1):
            self.compile_expr(expr.comparators[i])
            self.emit(op.DUP_TOP)
            self.emit(op.ROT_THREE)
            self.emit(op.COMPARE_OP, comparison_index(expr.ops[i]))
            self.jump(op.JUMP_IF_FALSE_OR_POP, cleanup)
        self.compile_expr(expr.comparators[count - 1])
        self.emit(op.COMPARE_OP, comparison_index(expr.ops[count - 1]))
        self.jump(op.JUMP, end)
        self.asm.terminate()
        self.mark(cleanup)
        self.emit(op.ROT_TWO)
        self.emit(op.POP_TOP)
        self.mark(end)

    def has_star(self, elts):
        for elt in elts:
            if isinstance(elt, ast.Starred):
                return True
        return False

    def compile_sequence(self, elts, build, in_call=False):
        if not self.has_star(elts):
            self.compile_exprs(elts)
            self.emit(build, len(elts))
            return
        # With *items: build a list piece by piece, then convert.
        self.emit(op.BUILD_LIST if build != op.BUILD_SET else op.BUILD_SET, 0)
        for elt in elts:
            if isinstance(elt, ast.Starred):
                self.compile_expr(elt.value)
                if build == op.BUILD_SET:
                    self.emit(op.SET_UPDATE, 1)
                else:
                    self.emit(op.LIST_EXTEND, 1 | (op.IN_CALL if in_call else 0))
            else:
                self.compile_expr(elt)
                self.emit(op.LIST_APPEND if build != op.BUILD_SET else op.SET_ADD, 1)
        if build == op.BUILD_TUPLE:
            self.emit(op.LIST_TO_TUPLE)

    def compile_dict(self, expr):
        has_unpack = False
        for key in expr.keys:
            if key is None:
                has_unpack = True
        if not has_unpack:
            for i in range(len(expr.keys)):
                key = expr.keys[i]
                assert key is not None
                self.compile_expr(key)
                self.compile_expr(expr.values[i])
            self.emit(op.BUILD_MAP, len(expr.keys))
            return
        self.emit(op.BUILD_MAP, 0)
        for i in range(len(expr.keys)):
            key = expr.keys[i]
            if key is None:
                self.compile_expr(expr.values[i])
                self.emit(op.DICT_UPDATE, 1)
            else:
                self.compile_expr(key)
                self.compile_expr(expr.values[i])
                self.emit(op.MAP_ADD, 1)

    def compile_call(self, expr):
        args = expr.args
        keywords = expr.keywords
        simple = not self.has_star(args)
        for keyword in keywords:
            if not keyword.arg:
                simple = False
        func = expr.func
        if (isinstance(func, ast.Name) and func.id == "super" and not args and not keywords
                and self.scope.kind == symtable.FUNCTION and self.scope.params
                and self.scope.kind_of("__class__") == symtable.FREE
                and self.scope.kind_of("super") == symtable.GLOBAL):
            # Zero-argument super(): super(__class__, <first argument>).
            self.compile_expr(func)
            self.compile_load_name("__class__", expr)
            self.compile_load_name(self.scope.params[0], expr)
            self.asm.set_line(expr.line)
            self.emit(op.CALL_FUNCTION, 2)
            return
        if simple and not keywords and isinstance(func, ast.Attribute):
            self.compile_expr(func.value)
            self.asm.set_line(func.line)
            self.emit(op.LOAD_METHOD, self.asm.add_name(self.mangle(func.attr)))
            self.compile_exprs(args)
            self.asm.set_line(expr.line)
            self.emit(op.CALL_METHOD, len(args))
            return
        self.compile_expr(func)
        if simple:
            self.compile_exprs(args)
            if keywords:
                names_w = []
                for keyword in keywords:
                    self.compile_expr(keyword.value)
                    names_w.append(self.space.newstr(keyword.arg))
                self.load_const(self.space.newtuple(names_w))
                self.asm.set_line(expr.line)
                self.emit(op.CALL_FUNCTION_KW, len(args) + len(keywords))
            else:
                self.asm.set_line(expr.line)
                self.emit(op.CALL_FUNCTION, len(args))
            return
        self.compile_sequence(args, op.BUILD_TUPLE, True)
        if keywords:
            self.emit(op.BUILD_MAP, 0)
            for keyword in keywords:
                if keyword.arg:
                    self.load_str(keyword.arg)
                    self.compile_expr(keyword.value)
                    self.emit(op.MAP_ADD, 1 | op.IN_CALL)
                else:
                    self.compile_expr(keyword.value)
                    self.emit(op.DICT_UPDATE, 1 | op.IN_CALL)
        else:
            self.load_none()
        self.asm.set_line(expr.line)
        self.emit(op.CALL_FUNCTION_EX)

    def compile_comprehension(self, expr, name, generators, build):
        """A comprehension is a nested function called at once with the first iterable."""
        scope = expr.scope
        child = CodeCompiler(self.space, scope, name, self.qualify(name), self.filename,
                             expr.line)
        child.set_line(expr)
        if build >= 0:
            child.emit(build, 0)
        child.compile_generators(expr, generators, 0, build)
        if build < 0:
            child.load_none()
        child.emit(op.RETURN_VALUE)
        code = child.finish(1, 0, 0, None)
        flags = 0
        if scope.freevars:
            for free in scope.freevars:
                self.emit(op.LOAD_CLOSURE, self.scope.cell_index(free))
            self.emit(op.BUILD_TUPLE, len(scope.freevars))
            flags = op.MF_CLOSURE
        self.load_const(W_CodeObject(code))
        self.emit(op.MAKE_FUNCTION, flags)
        if flags:
            self.adjust_depth(-1)
        self.compile_expr(generators[0].iter)
        self.emit(op.GET_ITER)
        self.emit(op.CALL_FUNCTION, 1)

    def compile_generators(self, expr, generators, index, build):
        generator = generators[index]
        top = Label()
        end = Label()
        if index == 0:
            self.emit(op.LOAD_FAST, 0)
        else:
            self.compile_expr(generator.iter)
            self.emit(op.GET_ITER)
        self.mark(top)
        self.jump(op.FOR_ITER, end)
        self.compile_store(generator.target)
        for condition in generator.ifs:
            self.compile_condition(condition, top, False)
        if index + 1 < len(generators):
            self.compile_generators(expr, generators, index + 1, build)
        else:
            depth = index + 2
            if isinstance(expr, ast.ListComp):
                self.compile_expr(expr.elt)
                self.emit(op.LIST_APPEND, depth)
            elif isinstance(expr, ast.SetComp):
                self.compile_expr(expr.elt)
                self.emit(op.SET_ADD, depth)
            elif isinstance(expr, ast.DictComp):
                self.compile_expr(expr.key)
                self.compile_expr(expr.value)
                self.emit(op.MAP_ADD, depth)
            elif isinstance(expr, ast.GeneratorExp):
                self.compile_expr(expr.elt)
                self.emit(op.YIELD_VALUE)
                self.emit(op.POP_TOP)
        self.jump(op.JUMP, top)
        self.asm.terminate()
        self.mark(end)


def binary_op_index(symbol):
    for i in range(len(op.BINARY_OPERATORS)):
        if op.BINARY_OPERATORS[i] == symbol:
            return i
    raise AssertionError("unknown operator " + symbol)


def comparison_index(symbol):
    for i in range(len(op.COMPARISONS)):
        if op.COMPARISONS[i] == symbol:
            return i
    raise AssertionError("unknown comparison " + symbol)


def describe_target(node):
    if isinstance(node, ast.Constant):
        return "literal"
    if isinstance(node, ast.Call):
        return "function call"
    if isinstance(node, ast.BinOp) or isinstance(node, ast.UnaryOp):
        return "expression"
    if isinstance(node, ast.Compare):
        return "comparison"
    if isinstance(node, ast.Lambda):
        return "lambda"
    return "expression"


def docstring(space, body):
    if body:
        first = body[0]
        if isinstance(first, ast.ExprStmt):
            value = first.value
            if isinstance(value, ast.Constant) and value.kind == "str":
                return space.newstr(value.value)
    return None


def parse_int_literal(space, text, node):
    """An int literal's value: decimal, 0x, 0o, 0b, with underscores, any size (the
    lexer has checked its form; a folded negative one starts with '-')."""
    try:
        try:
            return space.newint(integers.parse_int(text, 0))
        except OverflowError:
            return space.newbigint(integers.parse_big(text, 0))
    except integers.InvalidLiteral:
        raise SourceError("invalid decimal literal", node.line, node.column)


def parse_float_literal(text, node):
    try:
        return integers.parse_float(text)
    except integers.InvalidLiteral:
        raise SourceError("invalid decimal literal", node.line, node.column)


def has_annotations(body):
    """Does this module or class body annotate a name (outside nested functions)?"""
    for stmt in body:
        if isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name):
            return True
        if isinstance(stmt, ast.If) or isinstance(stmt, ast.While) or \
                isinstance(stmt, ast.For):
            if has_annotations(stmt.body) or has_annotations(stmt.orelse):
                return True
        elif isinstance(stmt, ast.With):
            if has_annotations(stmt.body):
                return True
        elif isinstance(stmt, ast.Try):
            if has_annotations(stmt.body) or has_annotations(stmt.orelse) or \
                    has_annotations(stmt.finalbody):
                return True
            for handler in stmt.handlers:
                if has_annotations(handler.body):
                    return True
    return False


def compile_module(space, module, filename):
    scope = symtable.SymbolVisitor().build(module)
    compiler = CodeCompiler(space, scope, "<module>", "<module>", filename, 1)
    return compiler.compile_module(module)
