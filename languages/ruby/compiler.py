"""The compiler: Ruby's syntax tree to code objects on the kit's Assembler.

A `CodeState` is one code object being built (the program, a method, a block, a class
body).  Local variables are frame slots; a block reaches the variables of the code around it
through GET_OUTER/SET_OUTER (depth and slot), the way its frame reaches the enclosing frame
at run time.  Exception handlers are ranges of the code (`Handler`), searched by the
interpreter when an exception passes.
"""
from rpython.rlib.rbigint import rbigint

from framework.bytecode import Label
from framework.errors import SourceError
from framework.integers import parse_int, parse_big, parse_float, InvalidLiteral
from languages.ruby import ast
from languages.ruby import opcodes as op
from languages.ruby.code import (RubyCode, ParamLayout, Handler, KIND_TOP, KIND_METHOD,
                                 KIND_BLOCK, KIND_CLASS)
from languages.ruby.kit import Assembler
from languages.ruby.parser import Parser, StrPiece, PatAnd
from languages.ruby.constants import W_StrConst, symbol, W_Integer, W_BigInt, W_Float
from languages.ruby.objects import nonneg


class Loop(object):
    def __init__(self, break_label, next_label, depth):
        self.break_label = break_label
        self.next_label = next_label
        self.depth = depth


class CodeState(object):
    def __init__(self, parent, kind, name, label):
        self.parent = parent
        self.kind = kind
        self.name = name
        self.label = label
        self.asm = Assembler(op.table)
        self.locals = []
        self.children = []
        self.handlers = []
        self.loops = []
        self.retry_labels = []
        self.ensure_depth = 0
        self.temp_count = 0
        self.method_params = None
        self.block_level = 0
        if parent is not None and kind == KIND_BLOCK:
            self.method_params = parent.method_params
            self.block_level = parent.block_level + 1

    def local_index(self, name):
        for i in range(len(self.locals)):
            if self.locals[i] == name:
                return i
        return -1

    def declare(self, name):
        index = self.local_index(name)
        if index < 0:
            self.locals.append(name)
            index = len(self.locals) - 1
        return index

    def temp(self):
        self.temp_count += 1
        return self.declare("%%tmp%d" % self.temp_count)


class Compiler(object):
    def __init__(self, filename):
        self.filename = filename
        self.state = None

    # -- emitting -------------------------------------------------------------------------
    def emit(self, opcode, arg=0):
        self.state.asm.emit(opcode, arg)

    def emit_call(self, name, argc, flags=0):
        asm = self.state.asm
        asm.emit(op.SEND, op.pack_call(asm.add_name(name), flags, argc))
        popped = argc
        if flags & op.FLAG_BLOCK:
            popped += 1
        asm.adjust_depth(-popped)

    def jump(self, opcode, label=None):
        return self.state.asm.jump(opcode, label)

    def mark(self, label):
        self.state.asm.mark(label)

    def name(self, name):
        return self.state.asm.add_name(name)

    def const(self, w_value):
        return self.state.asm.add_const(w_value)

    def set_line(self, node):
        if node.line > 0:
            self.state.asm.set_line(node.line)

    def error(self, message, node):
        raise SourceError(message, node.line, 0)

    # -- code objects ---------------------------------------------------------------------
    def compile_program(self, tree):
        self.state = CodeState(None, KIND_TOP, "<main>", "<main>")
        self.compile_node(tree)
        self.emit(op.RETURN)
        return self.finish(ParamLayout())

    def finish(self, layout):
        state = self.state
        return RubyCode(state.name, self.filename, state.asm, state.kind, state.locals,
                        state.children, layout, state.handlers, state.label)

    def compile_child(self, kind, name, label, params, body, numbered=0):
        """Compile a method, block or class body into a child code object; its index."""
        outer = self.state
        self.state = CodeState(outer, kind, name, label)
        if kind == KIND_METHOD:
            self.state.method_params = params
        layout = ParamLayout()
        if params is not None:
            self.compile_params(params, layout, kind)
        self.compile_node(body)
        self.emit(op.RETURN)
        code = self.finish(layout)
        self.state = outer
        outer.children.append(code)
        return len(outer.children) - 1

    def compile_params(self, params, layout, kind):
        state = self.state
        destructure = []
        for target in params.required:
            layout.param_locals.append(self.param_local(target, destructure))
        for target in params.optional:
            assert isinstance(target, ast.LocalAsgn)
            layout.param_locals.append(state.declare(target.name))
        if params.rest:
            layout.rest = state.declare(params.rest)
        for target in params.post:
            layout.param_locals.append(self.param_local(target, destructure))
        for target in params.kwargs:
            assert isinstance(target, ast.LocalAsgn)
            layout.kw_names.append(target.name)
            layout.kw_locals.append(state.declare(target.name))
            layout.kw_required.append(target.value is None)
        if params.kwrest:
            layout.kwrest = state.declare(params.kwrest)
        if params.block:
            layout.block_param = state.declare(params.block)
        for name in params.block_locals:
            state.declare(name)
        layout.required = len(params.required)
        layout.optional = len(params.optional)
        layout.post = len(params.post)
        if kind == KIND_BLOCK:
            total = layout.required + layout.optional + layout.post
            layout.auto_splat = total > 1 or (layout.rest >= 0 and total > 0)
        layout.opt_entries = [state.asm.position()]
        for target in params.optional:
            assert isinstance(target, ast.LocalAsgn)
            self.set_line(target)
            self.compile_node(target.value)
            self.store_local(target.name)
            self.emit(op.POP)
            layout.opt_entries.append(state.asm.position())
        for i in range(len(params.kwargs)):
            target = params.kwargs[i]
            assert isinstance(target, ast.LocalAsgn)
            if target.value is not None:
                self.emit(op.LOCAL_IS_SET, layout.kw_locals[i])
                skip = self.jump(op.JUMP_IF_TRUE)
                self.compile_node(target.value)
                self.store_local(target.name)
                self.emit(op.POP)
                self.mark(skip)
        for i in range(len(destructure)):
            index, target = destructure[i]
            self.emit(op.GET_LOCAL, index)
            self.compile_store(target)
            self.emit(op.POP)

    def param_local(self, target, destructure):
        if isinstance(target, ast.LocalAsgn):
            return self.state.declare(target.name)
        index = self.state.temp()
        destructure.append((index, target))
        return index

    # -- dispatch -------------------------------------------------------------------------
    def compile_node(self, node):
        if node is None:
            self.emit(op.LOAD_NIL)
            return
        self.set_line(node)
        node.compile(self)

    def compile_Seq(self, node):
        if not node.stmts:
            self.emit(op.LOAD_NIL)
            return
        for i in range(len(node.stmts)):
            if i > 0:
                self.emit(op.POP)
            self.compile_node(node.stmts[i])

    def compile_Nil(self, node):
        self.emit(op.LOAD_NIL)

    def compile_TrueLit(self, node):
        self.emit(op.LOAD_TRUE)

    def compile_FalseLit(self, node):
        self.emit(op.LOAD_FALSE)

    def compile_SelfNode(self, node):
        self.emit(op.LOAD_SELF)

    def compile_IntLit(self, node):
        text = node.text
        if text.startswith("0d") or text.startswith("0D"):
            text = text[2:]
        elif text.startswith("-0d") or text.startswith("-0D"):
            text = "-" + text[3:]
        elif len(text) > 1 and text[0] == "0" and "0" <= text[1] <= "9":
            text = "0o" + text[1:]          # a leading 0 means octal
        try:
            w_value = W_Integer(parse_int(text, 0 if text.startswith("0") or
                                          text.startswith("-0") else 10))
        except OverflowError:
            w_value = W_BigInt(parse_big(text, 10 if not (text.startswith("0") or
                                                          text.startswith("-0")) else 0))
        except InvalidLiteral:
            if len(text) > 1 and text[0] == "0" and "0" <= text[1] <= "7":
                w_value = W_Integer(parse_int("0o" + text[1:], 0))
            elif len(text) > 2 and text[0] == "-" and text[1] == "0":
                w_value = W_Integer(-parse_int("0o" + text[2:], 0))
            else:
                self.error("numeric literal without digits", node)
                return
        self.emit(op.LOAD_CONST, self.const(w_value))

    def compile_FloatLit(self, node):
        try:
            value = parse_float(node.text)
        except InvalidLiteral:
            self.error("invalid float literal", node)
            return
        self.emit(op.LOAD_CONST, self.const(W_Float(value)))

    def compile_StrPiece(self, node):
        self.emit(op.LOAD_CONST, self.const(W_StrConst(node.text)))

    def compile_string_parts(self, parts):
        if len(parts) == 0:
            self.emit(op.PUT_STRING, self.const(W_StrConst("")))
            return
        if len(parts) == 1 and isinstance(parts[0], StrPiece):
            piece = parts[0]
            assert isinstance(piece, StrPiece)
            self.emit(op.PUT_STRING, self.const(W_StrConst(piece.text)))
            return
        for part in parts:
            if isinstance(part, StrPiece):
                self.compile_StrPiece(part)
            else:
                self.compile_node(part)
                self.emit(op.TO_S)
        self.emit(op.BUILD_STRING, len(parts))

    def compile_Str(self, node):
        self.compile_string_parts(node.parts)

    def compile_XStr(self, node):
        self.compile_string_parts(node.parts)

    def compile_StrConcat(self, node):
        self.compile_string_parts(node.parts)

    def compile_Sym(self, node):
        self.emit(op.LOAD_CONST, self.const(symbol(node.name)))

    def compile_DSym(self, node):
        self.compile_string_parts(node.parts)
        self.emit(op.BUILD_SYMBOL)

    def compile_Regexp(self, node):
        self.compile_string_parts(node.parts)
        flags = 0
        for ch in node.flags:
            if ch == "i":
                flags |= 1
            elif ch == "x":
                flags |= 2
            elif ch == "m":
                flags |= 4
        self.emit(op.BUILD_REGEXP, flags)

    def compile_ArrayLit(self, node):
        self.compile_values_array(node.elements)

    def has_splat(self, nodes):
        for element in nodes:
            if isinstance(element, ast.Splat):
                return True
        return False

    def compile_values_array(self, nodes):
        if not self.has_splat(nodes):
            for element in nodes:
                self.compile_node(element)
            self.emit(op.BUILD_ARRAY, len(nodes))
            return
        self.emit(op.BUILD_ARRAY, 0)
        for element in nodes:
            if isinstance(element, ast.Splat):
                self.compile_node(element.value)
                self.emit(op.SPLAT_ARRAY)
                self.emit(op.ARRAY_CONCAT)
            else:
                self.compile_node(element)
                self.emit(op.ARRAY_PUSH)

    def compile_HashLit(self, node):
        pairs = node.pairs
        has_double = False
        for pair in pairs:
            if isinstance(pair, ast.DoubleSplat):
                has_double = True
        if not has_double:
            for pair in pairs:
                self.compile_node(pair)
            self.emit(op.BUILD_HASH, len(pairs) // 2)
            return
        self.emit(op.BUILD_HASH, 0)
        i = 0
        while i < len(pairs):
            pair = pairs[i]
            if isinstance(pair, ast.DoubleSplat):
                self.compile_node(pair.value)
                self.emit(op.HASH_MERGE)
                i += 1
            else:
                self.compile_node(pair)
                self.compile_node(pairs[i + 1])
                self.emit(op.BUILD_HASH, 1)
                self.emit(op.HASH_MERGE)
                i += 2

    def compile_RangeLit(self, node):
        self.compile_node(node.low)
        self.compile_node(node.high)
        self.emit(op.BUILD_RANGE, 1 if node.exclusive else 0)

    def compile_Splat(self, node):
        self.compile_node(node.value)
        self.emit(op.SPLAT_ARRAY)

    def compile_DoubleSplat(self, node):
        self.compile_node(node.value)

    def compile_BlockPass(self, node):
        self.compile_node(node.value)

    # -- variables ------------------------------------------------------------------------
    def resolve(self, name):
        """(depth, index) of a local variable, or (0, -1)."""
        state = self.state
        depth = 0
        while state is not None:
            index = state.local_index(name)
            if index >= 0:
                return depth, index
            if state.kind != KIND_BLOCK:
                break
            state = state.parent
            depth += 1
        return 0, -1

    def load_local(self, name):
        depth, index = self.resolve(name)
        if index < 0:
            index = self.state.declare(name)
        if depth == 0:
            self.emit(op.GET_LOCAL, index)
        else:
            self.emit(op.GET_OUTER, (depth << 16) | index)

    def store_local(self, name):
        depth, index = self.resolve(name)
        if index < 0:
            depth = 0
            index = self.state.declare(name)
        if depth == 0:
            self.emit(op.SET_LOCAL, index)
        else:
            self.emit(op.SET_OUTER, (depth << 16) | index)

    def compile_LocalVar(self, node):
        self.load_local(node.name)

    def compile_LocalAsgn(self, node):
        if self.resolve(node.name)[1] < 0:
            self.state.declare(node.name)       # a lambda in the value may refer to it
        self.compile_node(node.value)
        self.store_local(node.name)

    def compile_IVar(self, node):
        self.emit(op.GET_IVAR, self.name(node.name))

    def compile_IVarAsgn(self, node):
        self.compile_node(node.value)
        self.emit(op.SET_IVAR, self.name(node.name))

    def compile_GVar(self, node):
        self.emit(op.GET_GVAR, self.name(node.name))

    def compile_GVarAsgn(self, node):
        self.compile_node(node.value)
        self.emit(op.SET_GVAR, self.name(node.name))

    def compile_CVar(self, node):
        self.emit(op.GET_CVAR, self.name(node.name))

    def compile_CVarAsgn(self, node):
        self.compile_node(node.value)
        self.emit(op.SET_CVAR, self.name(node.name))

    def compile_Const(self, node):
        if node.top:
            self.emit(op.GET_CONST_TOP, self.name(node.name))
        elif node.scope is None:
            self.emit(op.GET_CONST, self.name(node.name))
        else:
            self.compile_node(node.scope)
            self.emit(op.GET_CONST_FROM, self.name(node.name))

    def compile_ConstAsgn(self, node):
        if node.scope is not None:
            self.compile_node(node.scope)
            self.compile_node(node.value)
            self.emit(op.SET_CONST_FROM, self.name(node.name))
        else:
            self.compile_node(node.value)
            self.emit(op.SET_CONST, self.name(node.name))

    def compile_store(self, target):
        """Assign the value on top of the stack to `target`, leaving it there."""
        if isinstance(target, ast.LocalAsgn):
            if target.name:
                self.store_local(target.name)
        elif isinstance(target, ast.IVarAsgn):
            self.emit(op.SET_IVAR, self.name(target.name))
        elif isinstance(target, ast.GVarAsgn):
            self.emit(op.SET_GVAR, self.name(target.name))
        elif isinstance(target, ast.CVarAsgn):
            self.emit(op.SET_CVAR, self.name(target.name))
        elif isinstance(target, ast.ConstAsgn):
            self.emit(op.SET_CONST, self.name(target.name))
        elif isinstance(target, ast.MultiAsgn):
            self.emit(op.DUP)
            self.compile_expand(target)
        elif isinstance(target, ast.IndexAsgn):
            tmp = self.state.temp()
            self.emit(op.SET_LOCAL, tmp)
            self.emit(op.POP)
            self.compile_node(target.receiver)
            for arg in target.args:
                self.compile_node(arg)
            self.emit(op.GET_LOCAL, tmp)
            self.emit_call("[]=", len(target.args) + 1,
                           op.FLAG_ASSIGN | self_call(target.receiver))
        elif isinstance(target, ast.AttrAsgn):
            tmp = self.state.temp()
            self.emit(op.SET_LOCAL, tmp)
            self.emit(op.POP)
            self.compile_node(target.receiver)
            self.emit(op.GET_LOCAL, tmp)
            self.emit_call(target.name, 1, op.FLAG_ASSIGN | self_call(target.receiver))
        elif isinstance(target, ast.Splat):
            self.compile_store(target.value)
        else:
            self.error("cannot assign", target)

    def compile_expand(self, node):
        """The array on top of the stack spread over the targets of `node` (consumed)."""
        targets = node.targets
        splat = node.splat_index
        if splat >= 0:
            pre = splat
            post = len(targets) - splat - 1
        else:
            pre = len(targets)
            post = 0
        self.emit(op.EXPAND_ARRAY, (pre << 16) | ((1 if splat >= 0 else 0) << 15) | post)
        self.state.asm.adjust_depth(len(targets))
        for target in targets:
            self.compile_store(target)
            self.emit(op.POP)

    def compile_MultiAsgn(self, node):
        self.compile_node(node.value)
        self.emit(op.DUP)
        self.compile_expand(node)

    def compile_IndexAsgn(self, node):
        self.compile_node(node.receiver)
        flags = self.compile_args(node.args + [node.value], None)
        argc = len(node.args) + 1
        if flags & op.FLAG_SPLAT:
            argc = 1
        self.emit_call("[]=", argc, flags | op.FLAG_ASSIGN | self_call(node.receiver))

    def compile_AttrAsgn(self, node):
        self.compile_node(node.receiver)
        done = None
        if node.safe_nav:
            done = self.jump(op.JUMP_IF_NIL)
        self.compile_node(node.value)
        self.emit_call(node.name, 1, op.FLAG_ASSIGN | self_call(node.receiver))
        if done is not None:
            self.mark(done)

    def compile_OpAsgn(self, node):
        target = node.target
        if isinstance(target, ast.IndexAsgn):
            recv = self.state.temp()
            self.compile_node(target.receiver)
            self.emit(op.SET_LOCAL, recv)
            self.emit(op.POP)
            arg_temps = []
            for arg in target.args:
                tmp = self.state.temp()
                self.compile_node(arg)
                self.emit(op.SET_LOCAL, tmp)
                self.emit(op.POP)
                arg_temps.append(tmp)
            self.emit(op.GET_LOCAL, recv)
            for tmp in arg_temps:
                self.emit(op.GET_LOCAL, tmp)
            self.emit_call("[]", len(arg_temps))
            self.compile_op_value(node)
            value = self.state.temp()
            self.emit(op.SET_LOCAL, value)
            self.emit(op.POP)
            self.emit(op.GET_LOCAL, recv)
            for tmp in arg_temps:
                self.emit(op.GET_LOCAL, tmp)
            self.emit(op.GET_LOCAL, value)
            self.emit_call("[]=", len(arg_temps) + 1,
                           op.FLAG_ASSIGN | self_call(target.receiver))
            return
        if isinstance(target, ast.AttrAsgn):
            recv = self.state.temp()
            self.compile_node(target.receiver)
            self.emit(op.SET_LOCAL, recv)
            self.emit(op.POP)
            self.emit(op.GET_LOCAL, recv)
            self.emit_call(drop_last(target.name, 1) if target.name.endswith("=") else target.name,
                           0, self_call(target.receiver))
            self.compile_op_value(node)
            value = self.state.temp()
            self.emit(op.SET_LOCAL, value)
            self.emit(op.POP)
            self.emit(op.GET_LOCAL, recv)
            self.emit(op.GET_LOCAL, value)
            self.emit_call(target.name, 1, op.FLAG_ASSIGN | self_call(target.receiver))
            return
        # plain variables
        if isinstance(target, ast.LocalAsgn):
            self.load_local(target.name)
        elif isinstance(target, ast.IVarAsgn):
            self.emit(op.GET_IVAR, self.name(target.name))
        elif isinstance(target, ast.GVarAsgn):
            self.emit(op.GET_GVAR, self.name(target.name))
        elif isinstance(target, ast.CVarAsgn):
            if node.op == "||":
                self.emit(op.DEFINED, (op.DEFINED_CVAR << 16) | self.name(target.name))
                has = self.jump(op.JUMP_IF_TRUE)
                self.emit(op.LOAD_NIL)
                done = self.jump(op.JUMP)
                self.mark(has)
                self.emit(op.GET_CVAR, self.name(target.name))
                self.mark(done)
            else:
                self.emit(op.GET_CVAR, self.name(target.name))
        elif isinstance(target, ast.ConstAsgn):
            if node.op == "||":
                self.emit(op.LOAD_NIL)
                self.emit(op.DEFINED, (op.DEFINED_CONST << 16) | self.name(target.name))
                has = self.jump(op.JUMP_IF_TRUE)
                self.emit(op.LOAD_NIL)
                done = self.jump(op.JUMP)
                self.mark(has)
                self.emit(op.GET_CONST, self.name(target.name))
                self.mark(done)
            else:
                self.emit(op.GET_CONST, self.name(target.name))
        else:
            self.error("cannot assign", node)
        self.compile_op_value(node)
        self.compile_store(target)

    def compile_op_value(self, node):
        """Current value on the stack -> the new value (`||=` and `&&=` short-circuit)."""
        if node.op == "||" or node.op == "&&":
            self.emit(op.DUP)
            done = self.jump(op.JUMP_IF_TRUE if node.op == "||" else op.JUMP_IF_FALSE)
            self.emit(op.POP)
            self.compile_node(node.value)
            self.mark(done)
        else:
            self.compile_node(node.value)
            self.emit_binop(node.op)

    def emit_binop(self, name):
        opid = op.binop_id(name)
        if opid >= 0:
            self.emit(op.BINOP, (self.name(name) << 8) | opid)
        else:
            self.emit_call(name, 1)

    # -- calls ----------------------------------------------------------------------------
    def compile_args(self, args, block_arg):
        """Push the arguments; the SEND flags for them (a splat makes them one array)."""
        flags = 0
        kwargs = None
        if args and isinstance(args[-1], ast.HashLit) and args[-1].is_kwargs:
            kwargs = args[-1]
            args = args[:nonneg(len(args) - 1)]
        if self.has_splat(args):
            self.compile_values_array(args)
            flags |= op.FLAG_SPLAT
        else:
            for arg in args:
                self.compile_node(arg)
        if kwargs is not None:
            self.compile_node(kwargs)
            flags |= op.FLAG_KWARGS
        return flags

    def count_args(self, args, flags):
        argc = 1 if flags & op.FLAG_SPLAT else len(args)
        if flags & op.FLAG_SPLAT and flags & op.FLAG_KWARGS:
            argc = 2
        return argc

    def compile_block(self, block, block_arg, flags):
        if block is not None:
            index = self.compile_child(KIND_BLOCK, self.state.name, self.block_label(),
                                       block.params, block.body, block.numbered)
            self.emit(op.MAKE_BLOCK, index)
            return flags | op.FLAG_BLOCK | op.FLAG_BLOCK_LITERAL
        if block_arg is not None:
            if isinstance(block_arg, ast.LocalVar) and block_arg.name == "&" and \
                    self.resolve("&")[1] < 0:
                self.emit(op.GET_BLOCK)
            else:
                self.compile_node(block_arg)
            return flags | op.FLAG_BLOCK
        return flags

    def block_label(self):
        state = self.state
        level = state.block_level + 1
        base = state
        while base.kind == KIND_BLOCK and base.parent is not None:
            base = base.parent
        name = base.label
        if level == 1:
            return "block in " + name
        return "block (%d levels) in %s" % (level, name)

    def compile_Call(self, node):
        name = node.name
        if node.receiver is None and not node.args and node.block is None and \
                node.block_arg is None:
            if name == "block_given?":
                self.emit(op.BLOCK_GIVEN)
                return
            if name == "private" or name == "public" or name == "protected" or \
                    name == "module_function":
                self.emit(op.SET_VISIBILITY, visibility_code(name))
                return
        if node.receiver is not None and len(node.args) == 1 and node.block is None and \
                node.block_arg is None and not node.safe_nav and \
                op.binop_id(name) >= 0 and not isinstance(node.args[0], ast.Splat) and \
                not (isinstance(node.args[0], ast.HashLit) and node.args[0].is_kwargs):
            self.compile_node(node.receiver)
            self.compile_node(node.args[0])
            self.set_line(node)
            self.emit_binop(name)
            return
        if node.receiver is None:
            self.emit(op.LOAD_SELF)
            flags = op.FLAG_FCALL
            if node.is_vcall:
                flags |= op.FLAG_VCALL
        else:
            self.compile_node(node.receiver)
            flags = 0
            flags = self_call(node.receiver)
        done = None
        if node.safe_nav:
            done = self.jump(op.JUMP_IF_NIL)
        flags |= self.compile_args(node.args, node.block_arg)
        argc = self.count_args(node.args, flags)
        flags = self.compile_block(node.block, node.block_arg, flags)
        self.set_line(node)
        self.emit_call(name, argc, flags)
        if done is not None:
            self.mark(done)

    def compile_Super(self, node):
        self.emit(op.LOAD_SELF)
        if node.has_args:
            flags = self.compile_args(node.args, node.block_arg)
            argc = self.count_args(node.args, flags)
        else:
            flags = self.compile_zsuper_args()
            argc = 1
            if flags & op.FLAG_KWARGS:
                argc = 2
        if node.block is None and node.block_arg is None:
            self.emit(op.GET_BLOCK)
            flags |= op.FLAG_BLOCK
        else:
            flags = self.compile_block(node.block, node.block_arg, flags)
        asm = self.state.asm
        self.set_line(node)
        asm.emit(op.SUPER, op.pack_call(0, flags, argc))
        popped = argc + (1 if flags & op.FLAG_BLOCK else 0)
        asm.adjust_depth(-popped)

    def compile_zsuper_args(self):
        params = self.state.method_params
        self.emit(op.BUILD_ARRAY, 0)
        if params is None:
            return op.FLAG_SPLAT
        for target in params.required + params.optional:
            if isinstance(target, ast.LocalAsgn):
                self.load_local(target.name)
                self.emit(op.ARRAY_PUSH)
        if params.rest and params.rest != "*":
            self.load_local(params.rest)
            self.emit(op.SPLAT_ARRAY)
            self.emit(op.ARRAY_CONCAT)
        elif params.rest == "*" and self.resolve("*")[1] >= 0:
            self.load_local("*")
            self.emit(op.SPLAT_ARRAY)
            self.emit(op.ARRAY_CONCAT)
        for target in params.post:
            if isinstance(target, ast.LocalAsgn):
                self.load_local(target.name)
                self.emit(op.ARRAY_PUSH)
        if params.kwargs or params.kwrest:
            count = 0
            for target in params.kwargs:
                assert isinstance(target, ast.LocalAsgn)
                self.emit(op.LOAD_CONST, self.const(symbol(target.name)))
                self.load_local(target.name)
                count += 1
            self.emit(op.BUILD_HASH, count)
            if params.kwrest:
                self.load_local(params.kwrest)
                self.emit(op.HASH_MERGE)
            return op.FLAG_SPLAT | op.FLAG_KWARGS
        return op.FLAG_SPLAT

    def compile_Yield(self, node):
        flags = self.compile_args(node.args, None)
        argc = self.count_args(node.args, flags)
        asm = self.state.asm
        asm.emit(op.YIELD, (flags << 8) | argc)
        asm.adjust_depth(1 - argc)

    def compile_Lambda(self, node):
        block = node.block
        index = self.compile_child(KIND_BLOCK, self.state.name, self.block_label(),
                                   block.params, block.body, block.numbered)
        self.emit(op.MAKE_LAMBDA, index)

    def compile_BlockNode(self, node):
        index = self.compile_child(KIND_BLOCK, self.state.name, self.block_label(),
                                   node.params, node.body, node.numbered)
        self.emit(op.MAKE_BLOCK, index)

    # -- control flow ---------------------------------------------------------------------
    def compile_And(self, node):
        self.compile_node(node.left)
        self.emit(op.DUP)
        done = self.jump(op.JUMP_IF_FALSE)
        self.emit(op.POP)
        self.compile_node(node.right)
        self.mark(done)

    def compile_Or(self, node):
        self.compile_node(node.left)
        self.emit(op.DUP)
        done = self.jump(op.JUMP_IF_TRUE)
        self.emit(op.POP)
        self.compile_node(node.right)
        self.mark(done)

    def compile_Not(self, node):
        self.compile_node(node.value)
        self.emit(op.NOT)

    def compile_If(self, node):
        self.compile_node(node.cond)
        otherwise = self.jump(op.JUMP_IF_FALSE)
        self.compile_node(node.then_body)
        done = self.jump(op.JUMP)
        self.mark(otherwise)
        self.compile_node(node.else_body)
        self.mark(done)

    def compile_Ternary(self, node):
        self.compile_If(ast.If(node.line, node.cond, node.then_body, node.else_body))

    def compile_While(self, node):
        state = self.state
        depth = state.asm.depth
        break_label = Label()
        next_label = Label()
        if node.do_while:
            top = self.state.asm.here()
            state.loops.append(Loop(break_label, next_label, depth))
            self.compile_node(node.body)
            self.emit(op.POP)
            state.loops.pop()
            self.mark(next_label)
            self.compile_node(node.cond)
            self.jump(op.JUMP_IF_FALSE if node.until else op.JUMP_IF_TRUE, top)
        else:
            top = self.state.asm.here()
            self.mark(next_label)
            self.compile_node(node.cond)
            exit_label = self.jump(op.JUMP_IF_TRUE if node.until else op.JUMP_IF_FALSE)
            state.loops.append(Loop(break_label, next_label, depth))
            self.compile_node(node.body)
            self.emit(op.POP)
            state.loops.pop()
            self.jump(op.JUMP, top)
            self.mark(exit_label)
        self.emit(op.LOAD_NIL)
        self.mark(break_label)

    def compile_For(self, node):
        # for x in e: walks e.to_a by index, assigning the variable in this scope
        array = self.state.temp()
        index = self.state.temp()
        self.compile_node(node.iterable)
        self.emit(op.DUP)
        self.emit_call("to_a", 0)
        self.emit(op.SET_LOCAL, array)
        self.emit(op.POP)
        self.emit(op.LOAD_CONST, self.const(W_Integer(0)))
        self.emit(op.SET_LOCAL, index)
        self.emit(op.POP)
        state = self.state
        depth = state.asm.depth
        break_label = Label()
        next_label = Label()
        top = state.asm.here()
        self.emit(op.GET_LOCAL, index)
        self.emit(op.GET_LOCAL, array)
        self.emit_call("size", 0)
        self.emit(op.BINOP, (self.name("<") << 8) | op.OP_LT)
        exit_label = self.jump(op.JUMP_IF_FALSE)
        self.emit(op.GET_LOCAL, array)
        self.emit(op.GET_LOCAL, index)
        self.emit_call("[]", 1)
        self.compile_store(node.target)
        self.emit(op.POP)
        state.loops.append(Loop(break_label, next_label, depth))
        self.compile_node(node.body)
        self.emit(op.POP)
        state.loops.pop()
        self.mark(next_label)
        self.emit(op.GET_LOCAL, index)
        self.emit(op.LOAD_CONST, self.const(W_Integer(1)))
        self.emit(op.BINOP, (self.name("+") << 8) | op.OP_ADD)
        self.emit(op.SET_LOCAL, index)
        self.emit(op.POP)
        self.jump(op.JUMP, top)
        self.mark(exit_label)
        # the value of a for loop is its receiver
        self.mark(break_label)

    def compile_Break(self, node):
        state = self.state
        if state.loops:
            loop = state.loops[-1]
            self.compile_node(node.value)
            self.jump(op.JUMP, loop.break_label)
            return
        if state.kind == KIND_BLOCK:
            self.compile_node(node.value)
            self.emit(op.BREAK)
            state.asm.terminate()
            self.emit(op.LOAD_NIL)
            return
        self.error("Invalid break", node)

    def compile_Next(self, node):
        state = self.state
        if state.loops:
            loop = state.loops[-1]
            self.jump(op.JUMP, loop.next_label)
            self.emit(op.LOAD_NIL)
            return
        if state.kind == KIND_BLOCK:
            self.compile_node(node.value)
            self.emit(op.NEXT_UNWIND if state.ensure_depth > 0 else op.RETURN)
            state.asm.terminate()
            self.emit(op.LOAD_NIL)
            return
        self.error("Invalid next", node)

    def compile_Redo(self, node):
        self.compile_Next(ast.Next(node.line, None))

    def compile_Retry(self, node):
        state = self.state
        if not state.retry_labels:
            self.error("Invalid retry", node)
        self.jump(op.JUMP, state.retry_labels[-1])
        self.emit(op.LOAD_NIL)

    def compile_Return(self, node):
        state = self.state
        self.compile_node(node.value)
        if state.kind == KIND_BLOCK or state.ensure_depth > 0:
            self.emit(op.RETURN_NONLOCAL)
        else:
            self.emit(op.RETURN)
        state.asm.terminate()
        self.emit(op.LOAD_NIL)

    def compile_Case(self, node):
        subject = -1
        if node.subject is not None:
            subject = self.state.temp()
            self.compile_node(node.subject)
            self.emit(op.SET_LOCAL, subject)
            self.emit(op.POP)
        done = Label()
        for when in node.whens:
            body_label = Label()
            for cond in when.conds:
                self.set_line(cond)
                if subject < 0:
                    self.compile_node(cond)
                    self.jump(op.JUMP_IF_TRUE, body_label)
                elif isinstance(cond, ast.Splat):
                    self.emit(op.GET_LOCAL, subject)
                    self.compile_node(cond.value)
                    self.emit(op.RESCUE_MATCH)
                    self.jump(op.JUMP_IF_TRUE, body_label)
                else:
                    self.compile_node(cond)
                    self.emit(op.GET_LOCAL, subject)
                    self.emit(op.CHECK_MATCH)
                    self.jump(op.JUMP_IF_TRUE, body_label)
            skip = self.jump(op.JUMP)
            self.mark(body_label)
            self.compile_node(when.body)
            self.jump(op.JUMP, done)
            self.mark(skip)
        self.compile_node(node.else_body)
        self.mark(done)

    # -- pattern matching -----------------------------------------------------------------
    def compile_CaseIn(self, node):
        subject = self.state.temp()
        self.compile_node(node.subject)
        self.emit(op.SET_LOCAL, subject)
        self.emit(op.POP)
        done = Label()
        for clause in node.clauses:
            fail = Label()
            self.compile_pattern(clause.pattern, subject, fail)
            if clause.guard is not None:
                self.compile_node(clause.guard)
                self.jump(op.JUMP_IF_FALSE, fail)
            self.compile_node(clause.body)
            self.jump(op.JUMP, done)
            self.mark(fail)
        if node.else_body is not None:
            self.compile_node(node.else_body)
        else:
            self.emit(op.LOAD_SELF)
            self.emit(op.GET_CONST, self.name("NoMatchingPatternError"))
            self.emit(op.GET_LOCAL, subject)
            self.emit_call("inspect", 0)
            self.emit_call("raise", 2, op.FLAG_FCALL)
        self.mark(done)

    def compile_pattern(self, pattern, value, fail):
        """Jump to `fail` unless the local `value` matches; binds variables on success."""
        self.set_line(pattern)
        if isinstance(pattern, ast.PatValue):
            self.compile_node(pattern.value)
            self.emit(op.GET_LOCAL, value)
            self.emit(op.CHECK_MATCH)
            self.jump(op.JUMP_IF_FALSE, fail)
        elif isinstance(pattern, ast.PatPin):
            self.compile_node(pattern.value)
            self.emit(op.GET_LOCAL, value)
            self.emit(op.CHECK_MATCH)
            self.jump(op.JUMP_IF_FALSE, fail)
        elif isinstance(pattern, ast.PatBind):
            if pattern.pattern is not None:
                self.compile_pattern(pattern.pattern, value, fail)
            self.emit(op.GET_LOCAL, value)
            self.store_local(pattern.name)
            self.emit(op.POP)
        elif isinstance(pattern, PatAnd):
            self.compile_pattern(pattern.left, value, fail)
            self.compile_pattern(pattern.right, value, fail)
        elif isinstance(pattern, ast.PatAlt):
            success = Label()
            for i in range(len(pattern.alternatives)):
                next_alt = Label()
                self.compile_pattern(pattern.alternatives[i], value, next_alt)
                self.jump(op.JUMP, success)
                self.mark(next_alt)
            self.jump(op.JUMP, fail)
            self.mark(success)
        elif isinstance(pattern, ast.PatArray):
            pre = pattern.pre if pattern.pre is not None else []
            post = pattern.post if pattern.post is not None else []
            has_rest = pattern.rest is not None
            array = self.state.temp()
            self.emit(op.GET_LOCAL, value)
            self.emit(op.MATCH_PATTERN_ARRAY,
                      (len(pre) << 16) | ((1 if has_rest else 0) << 15) | len(post))
            self.emit(op.SET_LOCAL, array)
            self.jump(op.JUMP_IF_FALSE, fail)
            for i in range(len(pre)):
                self.match_element(array, W_Integer(i), pre[i], fail)
            for i in range(len(post)):
                self.match_element(array, W_Integer(i - len(post)), post[i], fail)
            if has_rest and pattern.rest:
                self.emit(op.GET_LOCAL, array)
                self.emit(op.LOAD_CONST, self.const(W_Integer(len(pre))))
                self.emit(op.GET_LOCAL, array)
                self.emit_call("size", 0)
                self.emit(op.LOAD_CONST, self.const(W_Integer(len(pre) + len(post))))
                self.emit(op.BINOP, (self.name("-") << 8) | op.OP_SUB)
                self.emit_call("[]", 2)
                self.store_local(pattern.rest)
                self.emit(op.POP)
        elif isinstance(pattern, ast.PatFind):
            array = self.state.temp()
            self.emit(op.GET_LOCAL, value)
            self.emit(op.MATCH_PATTERN_ARRAY, (0 << 16) | (1 << 15) | 0)
            self.emit(op.SET_LOCAL, array)
            self.jump(op.JUMP_IF_FALSE, fail)
            # try each start position
            index = self.state.temp()
            self.emit(op.LOAD_CONST, self.const(W_Integer(0)))
            self.emit(op.SET_LOCAL, index)
            self.emit(op.POP)
            top = self.state.asm.here()
            n = len(pattern.mid)
            self.emit(op.GET_LOCAL, index)
            self.emit(op.LOAD_CONST, self.const(W_Integer(n)))
            self.emit(op.BINOP, (self.name("+") << 8) | op.OP_ADD)
            self.emit(op.GET_LOCAL, array)
            self.emit_call("size", 0)
            self.emit(op.BINOP, (self.name("<=") << 8) | op.OP_LE)
            self.jump(op.JUMP_IF_FALSE, fail)
            retry_label = Label()
            for i in range(n):
                elem = self.state.temp()
                self.emit(op.GET_LOCAL, array)
                self.emit(op.GET_LOCAL, index)
                self.emit(op.LOAD_CONST, self.const(W_Integer(i)))
                self.emit(op.BINOP, (self.name("+") << 8) | op.OP_ADD)
                self.emit_call("[]", 1)
                self.emit(op.SET_LOCAL, elem)
                self.emit(op.POP)
                self.compile_pattern(pattern.mid[i], elem, retry_label)
            found = self.jump(op.JUMP)
            self.mark(retry_label)
            self.emit(op.GET_LOCAL, index)
            self.emit(op.LOAD_CONST, self.const(W_Integer(1)))
            self.emit(op.BINOP, (self.name("+") << 8) | op.OP_ADD)
            self.emit(op.SET_LOCAL, index)
            self.emit(op.POP)
            self.jump(op.JUMP, top)
            self.mark(found)
            if pattern.pre:
                self.emit(op.GET_LOCAL, array)
                self.emit(op.LOAD_CONST, self.const(W_Integer(0)))
                self.emit(op.GET_LOCAL, index)
                self.emit_call("[]", 2)
                self.store_local(pattern.pre)
                self.emit(op.POP)
            if pattern.post:
                self.emit(op.GET_LOCAL, array)
                self.emit(op.GET_LOCAL, index)
                self.emit(op.LOAD_CONST, self.const(W_Integer(n)))
                self.emit(op.BINOP, (self.name("+") << 8) | op.OP_ADD)
                self.emit(op.GET_LOCAL, array)
                self.emit_call("size", 0)
                self.emit_call("[]", 2)
                self.store_local(pattern.post)
                self.emit(op.POP)
        elif isinstance(pattern, ast.PatHash):
            self.emit(op.GET_CONST, self.name("Hash"))
            self.emit(op.GET_LOCAL, value)
            self.emit(op.CHECK_MATCH)
            self.jump(op.JUMP_IF_FALSE, fail)
            pairs = pattern.pairs
            keys = []
            i = 0
            while i < len(pairs):
                key = pairs[i]
                assert isinstance(key, ast.Sym)
                keys.append(key)
                self.emit(op.GET_LOCAL, value)
                self.compile_node(key)
                self.emit_call("key?", 1)
                self.jump(op.JUMP_IF_FALSE, fail)
                elem = self.state.temp()
                self.emit(op.GET_LOCAL, value)
                self.compile_node(key)
                self.emit_call("[]", 1)
                self.emit(op.SET_LOCAL, elem)
                self.emit(op.POP)
                self.compile_pattern(pairs[i + 1], elem, fail)
                i += 2
            if pattern.rest == "nil":
                self.emit(op.GET_LOCAL, value)
                self.emit_call("size", 0)
                self.emit(op.LOAD_CONST, self.const(W_Integer(len(keys))))
                self.emit(op.BINOP, (self.name("==") << 8) | op.OP_EQ)
                self.jump(op.JUMP_IF_FALSE, fail)
            elif pattern.rest:
                self.emit(op.GET_LOCAL, value)
                for key in keys:
                    self.compile_node(key)
                self.emit_call("except", len(keys))
                self.store_local(pattern.rest)
                self.emit(op.POP)
        else:
            self.error("unsupported pattern", pattern)

    def match_element(self, array, w_index, pattern, fail):
        elem = self.state.temp()
        self.emit(op.GET_LOCAL, array)
        self.emit(op.LOAD_CONST, self.const(w_index))
        self.emit_call("[]", 1)
        self.emit(op.SET_LOCAL, elem)
        self.emit(op.POP)
        self.compile_pattern(pattern, elem, fail)

    # -- exceptions -----------------------------------------------------------------------
    def compile_Begin(self, node):
        state = self.state
        asm = state.asm
        depth = asm.depth
        has_ensure = node.ensure_body is not None
        ensure_start = asm.position()
        if has_ensure:
            state.ensure_depth += 1
        if node.rescues:
            saved = state.temp()               # $! before: back once a rescue clause ends
            self.emit(op.CURRENT_EXCEPTION)
            self.emit(op.SET_LOCAL, saved)
            self.emit(op.POP)
            retry_label = asm.here()
            body_start = asm.position()
            state.retry_labels.append(retry_label)
            state.retry_labels.pop()
            self.compile_node(node.body)
            body_end = asm.position()
            if node.else_body is not None:
                self.emit(op.POP)
                self.compile_node(node.else_body)
            after = self.jump(op.JUMP)
            handler_pc = asm.position()
            asm.set_depth(depth + 1)
            asm.reachable = True
            exc = state.temp()
            self.emit(op.SET_LOCAL, exc)
            self.emit(op.POP)
            state.handlers.append(Handler(body_start, body_end, handler_pc, depth, False))
            bodies = []
            for rescue in node.rescues:
                label = Label()
                if not rescue.classes:
                    self.emit(op.GET_LOCAL, exc)
                    self.emit(op.GET_CONST_TOP, self.name("StandardError"))
                    self.emit(op.RESCUE_MATCH)
                    self.jump(op.JUMP_IF_TRUE, label)
                for cls in rescue.classes:
                    self.emit(op.GET_LOCAL, exc)
                    if isinstance(cls, ast.Splat):
                        self.compile_node(cls.value)
                    else:
                        self.compile_node(cls)
                    self.emit(op.RESCUE_MATCH)
                    self.jump(op.JUMP_IF_TRUE, label)
                bodies.append(label)
            self.emit(op.GET_LOCAL, exc)
            self.emit(op.RERAISE)
            asm.terminate()
            state.retry_labels.append(retry_label)
            for i in range(len(node.rescues)):
                rescue = node.rescues[i]
                self.mark(bodies[i])
                if rescue.var:
                    self.emit(op.GET_LOCAL, exc)
                    if rescue.var[0] == "@":
                        self.emit(op.SET_IVAR, self.name(rescue.var))
                    else:
                        self.store_local(rescue.var)
                    self.emit(op.POP)
                self.compile_node(rescue.body)
                self.emit(op.GET_LOCAL, saved)
                self.emit(op.RESTORE_EXCEPTION)
                self.jump(op.JUMP, after)
            state.retry_labels.pop()
            self.mark(after)
        else:
            self.compile_node(node.body)
            if node.else_body is not None:
                self.emit(op.POP)
                self.compile_node(node.else_body)
        if has_ensure:
            state.ensure_depth -= 1
            ensure_end = asm.position()
            self.compile_node(node.ensure_body)
            self.emit(op.POP)
            done = self.jump(op.JUMP)
            handler_pc = asm.position()
            asm.set_depth(depth + 1)
            asm.reachable = True
            pending = state.temp()
            self.emit(op.SET_LOCAL, pending)
            self.emit(op.POP)
            self.compile_node(node.ensure_body)
            self.emit(op.POP)
            self.emit(op.GET_LOCAL, pending)
            self.emit(op.RERAISE)
            asm.terminate()
            state.handlers.append(Handler(ensure_start, ensure_end, handler_pc, depth, True))
            self.mark(done)

    def compile_Rescue(self, node):
        self.error("rescue outside begin", node)

    # -- definitions ----------------------------------------------------------------------
    def compile_Def(self, node):
        index = self.compile_child(KIND_METHOD, node.name, node.name, node.params, node.body)
        self.state.children[index].def_line = node.line
        if node.singleton is not None:
            self.compile_node(node.singleton)
            self.emit(op.DEFINE_SINGLETON_METHOD, index)
        else:
            self.emit(op.DEFINE_METHOD, index)

    def compile_ClassNode(self, node):
        if node.scope is not None:
            self.compile_node(node.scope)
        else:
            self.emit(op.LOAD_NIL)
        if node.superclass is not None:
            self.compile_node(node.superclass)
        else:
            self.emit(op.LOAD_NIL)
        self.emit(op.OPEN_CLASS, self.name(node.name))
        index = self.compile_child(KIND_CLASS, "<class:%s>" % node.name,
                                   "<class:%s>" % node.name, None, node.body)
        self.emit(op.EXEC_BODY, index)

    def compile_ModuleNode(self, node):
        if node.scope is not None:
            self.compile_node(node.scope)
        else:
            self.emit(op.LOAD_NIL)
        self.emit(op.OPEN_MODULE, self.name(node.name))
        index = self.compile_child(KIND_CLASS, "<module:%s>" % node.name,
                                   "<module:%s>" % node.name, None, node.body)
        self.emit(op.EXEC_BODY, index)

    def compile_SClass(self, node):
        self.compile_node(node.target)
        self.emit(op.OPEN_SCLASS)
        index = self.compile_child(KIND_CLASS, "singleton class", "singleton class", None,
                                   node.body)
        self.emit(op.EXEC_BODY, index)

    def compile_Alias(self, node):
        self.emit(op.ALIAS, (self.name(node.new_name) << 16) | self.name(node.old_name))

    def compile_Undef(self, node):
        for name in node.names:
            self.emit(op.UNDEF, self.name(name))
            self.emit(op.POP)
        self.emit(op.LOAD_NIL)

    def compile_MethodName(self, node):
        self.emit(op.METHOD_NAME)

    def compile_Defined(self, node):
        value = node.value
        if isinstance(value, ast.LocalVar):
            self.defined_text("local-variable")
        elif isinstance(value, ast.IVar):
            self.emit(op.LOAD_NIL)
            self.emit(op.DEFINED, (op.DEFINED_IVAR << 16) | self.name(value.name))
        elif isinstance(value, ast.GVar):
            self.emit(op.LOAD_NIL)
            self.emit(op.DEFINED, (op.DEFINED_GVAR << 16) | self.name(value.name))
        elif isinstance(value, ast.CVar):
            self.emit(op.LOAD_NIL)
            self.emit(op.DEFINED, (op.DEFINED_CVAR << 16) | self.name(value.name))
        elif isinstance(value, ast.Const) and value.scope is None:
            self.emit(op.LOAD_NIL)
            self.emit(op.DEFINED, (op.DEFINED_CONST << 16) | self.name(value.name))
        elif isinstance(value, ast.Const) and value.scope is not None:
            self.compile_node(value.scope)
            self.emit(op.DEFINED, (op.DEFINED_CONST_FROM << 16) | self.name(value.name))
        elif isinstance(value, ast.Call):
            if value.receiver is None:
                self.emit(op.LOAD_SELF)
            else:
                self.compile_node(value.receiver)
            flags = 1 if value.receiver is None else 0
            self.emit(op.DEFINED, (op.DEFINED_METHOD << 16) | (flags << 15) |
                      self.name(value.name))
        elif isinstance(value, ast.Yield):
            self.emit(op.LOAD_NIL)
            self.emit(op.DEFINED, (op.DEFINED_YIELD << 16))
        elif isinstance(value, ast.Super):
            self.emit(op.LOAD_NIL)
            self.emit(op.DEFINED, (op.DEFINED_SUPER << 16))
        elif isinstance(value, ast.SelfNode):
            self.defined_text("self")
        elif isinstance(value, ast.Nil):
            self.defined_text("nil")
        elif isinstance(value, ast.TrueLit):
            self.defined_text("true")
        elif isinstance(value, ast.FalseLit):
            self.defined_text("false")
        elif isinstance(value, ast.LocalAsgn) or isinstance(value, ast.IVarAsgn) or \
                isinstance(value, ast.OpAsgn) or isinstance(value, ast.MultiAsgn):
            self.defined_text("assignment")
        else:
            self.defined_text("expression")

    def defined_text(self, text):
        self.emit(op.PUT_STRING, self.const(W_StrConst(text)))

    def compile_When(self, node):
        self.error("when outside case", node)

    def compile_InClause(self, node):
        self.error("in outside case", node)

    def compile_Params(self, node):
        self.error("unexpected parameters", node)

    def compile_PatValue(self, node):
        self.error("pattern outside case", node)

    compile_PatArray = compile_PatFind = compile_PatHash = compile_PatBind = \
        compile_PatAlt = compile_PatPin = compile_PatAnd = compile_PatValue

    def compile_FlipFlop(self, node):
        self.error("flip-flop is not supported", node)

    def compile_BeginBlock(self, node):
        self.compile_node(node.body)


def self_call(receiver):
    """`self.x`, `self.x = v`, `self[i]`: private methods allowed (ruby 2.7+)."""
    if isinstance(receiver, ast.SelfNode):
        return op.FLAG_FCALL
    return 0


def visibility_code(name):
    if name == "public":
        return 0
    if name == "private":
        return 1
    if name == "protected":
        return 2
    return 3


def compile_ruby(source, filename):
    tree = Parser(source, filename).parse_program()
    return Compiler(filename).compile_program(tree)


def drop_last(text, count):
    """text without its last `count` characters (RPython slices take no negative stop)."""
    end = len(text) - count
    if end < 0:
        end = 0
    return text[:nonneg(end)]
