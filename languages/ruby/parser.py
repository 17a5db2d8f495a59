"""Ruby's parser: recursive descent over the lexer's tokens, with precedence climbing for
operators.  Ruby's grammar leans on what is known while parsing: an identifier already
assigned in the scope is a local variable (`x -1` subtracts), any other is a method call
(`puts -1` passes -1), so the parser keeps the scopes of local variables as it goes.
"""
from framework.errors import SourceError
from languages.ruby import ast
from languages.ruby.lexer import Lexer
from languages.ruby.objects import nonneg

BINARY = {
    "||": 5, "&&": 6,
    "<=>": 8, "==": 8, "===": 8, "!=": 8, "=~": 8, "!~": 8,
    "<": 9, "<=": 9, ">": 9, ">=": 9,
    "|": 10, "^": 10, "&": 11,
    "<<": 12, ">>": 12,
    "+": 13, "-": 13,
    "*": 14, "/": 14, "%": 14,
    "**": 16,
}
PREC_RANGE = 4
PREC_UNARY_MINUS = 15

OP_ASSIGN = ["+=", "-=", "*=", "/=", "%=", "**=", "||=", "&&=", "|=", "&=", "^=", "<<=",
             ">>="]

ARG_STARTS = ["INT", "FLOAT", "STRING", "SYMBOL", "DSYM", "IDENT", "CONST", "IVAR", "GVAR",
              "CVAR", "WORDS", "SYMBOLS", "REGEXP", "LABEL", "nil", "true", "false", "self",
              "not", "defined?", "->", "::", "!", "case", "begin", "def", "super",
              "yield", "__method__", "lambda", "proc", "[", "(", "__FILE__", "__LINE__"]

PATTERN_PREC = 11        # values in patterns bind tighter than `|`

STATEMENT_ENDS = ["end", "else", "elsif", "when", "in", "rescue", "ensure", "}", ")", "EOF",
                  "then", "do"]


class Scope(object):
    def __init__(self, parent, is_block):
        self.parent = parent
        self.is_block = is_block
        self.names = {}
        self.numbered = 0

    def declare(self, name):
        self.names[name] = True

    def has(self, name):
        scope = self
        while scope is not None:
            if name in scope.names:
                return True
            if not scope.is_block:
                return False
            scope = scope.parent
        return False


class Parser(object):
    def __init__(self, source, filename, line=1, scope=None):
        self.filename = filename
        self.tokens = Lexer(source, line).tokenize()
        self.pos = 0
        self.scope = scope or Scope(None, False)
        self.no_do = 0          # >0 while parsing a `while` condition or a command's args
        self.in_block_params = False    # `|` closes the parameters, it is no operator

    # -- tokens ---------------------------------------------------------------------------
    def peek(self, ahead=0):
        i = self.pos + ahead
        if i >= len(self.tokens):
            return self.tokens[-1]
        return self.tokens[i]

    def at(self, kind):
        return self.peek().kind == kind

    def advance(self):
        token = self.peek()
        if self.pos < len(self.tokens) - 1:
            self.pos += 1
        return token

    def accept(self, kind):
        if self.at(kind):
            self.advance()
            return True
        return False

    def expect(self, kind):
        if not self.at(kind):
            self.unexpected(kind)
        return self.advance()

    def unexpected(self, expected=""):
        token = self.peek()
        message = "syntax error, unexpected " + describe(token)
        if expected == "end" or (expected == "" and token.kind == "EOF"):
            message += ", expecting `end'"
        elif expected == ")" or expected == "]" or expected == "}":
            message += ", expecting '%s'" % expected
        raise SourceError(message, token.line, 0)

    def skip_newlines(self):
        while self.at("NEWLINE") or self.at(";"):
            self.advance()

    def skip_terms(self):
        self.skip_newlines()

    def line(self):
        return self.peek().line

    # -- statements -----------------------------------------------------------------------
    def parse_program(self):
        body = self.parse_statements()
        if not self.at("EOF"):
            self.unexpected()
        return body

    def at_statement_end(self):
        kind = self.peek().kind
        for end in STATEMENT_ENDS:
            if end == kind:
                return True
        return False

    def parse_statements(self):
        line = self.line()
        stmts = []
        self.skip_terms()
        while not self.at_statement_end():
            stmts.append(self.parse_statement())
            if not (self.at("NEWLINE") or self.at(";")) and not self.at_statement_end():
                self.unexpected()
            self.skip_terms()
        return ast.Seq(line, stmts)

    def parse_statement(self):
        node = self.parse_expression_statement()
        while True:
            line = self.line()
            if self.accept("if"):
                node = ast.If(line, self.parse_expression_statement(), node, None)
            elif self.accept("unless"):
                node = ast.If(line, self.parse_expression_statement(), None, node)
            elif self.accept("while"):
                cond = self.parse_expression_statement()
                node = ast.While(line, cond, node, False, isinstance(node, ast.Begin))
            elif self.accept("until"):
                cond = self.parse_expression_statement()
                node = ast.While(line, cond, node, True, isinstance(node, ast.Begin))
            elif self.accept("rescue"):
                rescue = ast.Rescue(line, [], "", self.parse_expression_statement())
                node = ast.Begin(line, node, [rescue], None, None)
            else:
                return node

    def parse_expression_statement(self):
        """`and`/`or`/`not`: the loosest operators."""
        left = self.parse_not()
        while True:
            line = self.line()
            if self.accept("and"):
                self.skip_newlines()
                left = ast.And(line, left, self.parse_not())
            elif self.accept("or"):
                self.skip_newlines()
                left = ast.Or(line, left, self.parse_not())
            else:
                return left

    def parse_not(self):
        line = self.line()
        if self.accept("not"):
            return ast.Not(line, self.parse_not())
        if self.is_multiple_assignment():
            return self.parse_multiple_assignment()
        return self.parse_arg_or_command()

    def parse_arg_or_command(self):
        node = self.parse_arg()
        return node

    # -- multiple assignment --------------------------------------------------------------
    def is_multiple_assignment(self):
        kind = self.peek().kind
        if kind == "*":
            return True
        if kind == "(" and self.peek(1).kind in ["IDENT", "IVAR", "*"]:
            # `(a, b), c = ...`
            depth = 0
            i = self.pos
            while i < len(self.tokens):
                k = self.tokens[i].kind
                if k == "(":
                    depth += 1
                elif k == ")":
                    depth -= 1
                    if depth == 0:
                        return self.tokens[i + 1].kind == "," if i + 1 < len(self.tokens) \
                            else False
                elif k == "NEWLINE" or k == "EOF":
                    return False
                i += 1
            return False
        if kind in ["IDENT", "IVAR", "GVAR", "CVAR", "CONST"]:
            i = self.pos + 1
            # a.b, x = / a[i], b =
            if self.peek(1).kind == "," :
                return self.scan_mlhs_has_assign()
            if self.peek(1).kind == "." and self.peek(2).kind == "IDENT" and \
                    self.peek(3).kind == ",":
                return self.scan_mlhs_has_assign()
            if self.peek(1).kind == "[":
                depth = 0
                while i < len(self.tokens):
                    k = self.tokens[i].kind
                    if k == "[":
                        depth += 1
                    elif k == "]":
                        depth -= 1
                        if depth == 0:
                            break
                    elif k == "NEWLINE":
                        return False
                    i += 1
                if i + 1 < len(self.tokens) and self.tokens[i + 1].kind == ",":
                    return self.scan_mlhs_has_assign()
        return False

    def scan_mlhs_has_assign(self):
        i = self.pos
        depth = 0
        while i < len(self.tokens):
            k = self.tokens[i].kind
            if k == "(" or k == "[" or k == "{":
                depth += 1
            elif k == ")" or k == "]" or k == "}":
                depth -= 1
            elif k == "=" and depth == 0:
                return True
            elif k == "NEWLINE" or k == "EOF" or k == "do" or k == ";":
                return False
            i += 1
        return False

    def parse_mlhs(self):
        """Targets of a multiple assignment: (targets, index of the splat or -1)."""
        targets = []
        splat = -1
        while True:
            line = self.line()
            if self.accept("*"):
                splat = len(targets)
                if self.at(",") or self.at("=") or self.at(")") or self.at("|"):
                    targets.append(ast.LocalAsgn(line, "", None))
                else:
                    targets.append(self.assignable(self.parse_primary_postfix(), line))
            elif self.at("(") :
                self.advance()
                inner, inner_splat = self.parse_mlhs()
                self.expect(")")
                targets.append(ast.MultiAsgn(line, inner, inner_splat, None))
            else:
                targets.append(self.assignable(self.parse_primary_postfix(), line))
            if not self.accept(","):
                break
            if self.at("=") or self.at(")"):
                break
        return targets, splat

    def parse_multiple_assignment(self):
        line = self.line()
        targets, splat = self.parse_mlhs()
        self.expect("=")
        self.skip_newlines()
        value = self.parse_rhs_list()
        return ast.MultiAsgn(line, targets, splat, value)

    def parse_rhs_list(self):
        """The right side of an assignment: one value, or several making an array."""
        line = self.line()
        first = self.parse_rhs_item()
        if not self.at(","):
            if isinstance(first, ast.Splat):
                return ast.ArrayLit(line, [first])
            return first
        elements = [first]
        while self.accept(","):
            self.skip_newlines()
            elements.append(self.parse_rhs_item())
        return ast.ArrayLit(line, elements)

    def parse_rhs_item(self):
        line = self.line()
        if self.accept("*"):
            return ast.Splat(line, self.parse_arg())
        return self.parse_arg()

    def assignable(self, target, line):
        """The assignment node for `target = value` (value filled in later)."""
        if isinstance(target, ast.LocalVar):
            self.scope.declare(target.name)
            return ast.LocalAsgn(line, target.name, None)
        if isinstance(target, ast.Call) and target.receiver is None and not target.args \
                and target.block is None and target.block_arg is None:
            self.scope.declare(target.name)
            return ast.LocalAsgn(line, target.name, None)
        if isinstance(target, ast.IVar):
            return ast.IVarAsgn(line, target.name, None)
        if isinstance(target, ast.GVar):
            return ast.GVarAsgn(line, target.name, None)
        if isinstance(target, ast.CVar):
            return ast.CVarAsgn(line, target.name, None)
        if isinstance(target, ast.Const):
            return ast.ConstAsgn(line, target.scope, target.name, None)
        if isinstance(target, ast.Call) and target.name == "[]" and target.receiver is not None:
            return ast.IndexAsgn(line, target.receiver, target.args, None)
        if isinstance(target, ast.Call) and target.receiver is not None and not target.args:
            return ast.AttrAsgn(line, target.receiver, target.name + "=", None,
                                target.safe_nav)
        raise SourceError("syntax error, unexpected '=', expecting end-of-input", line, 0)

    # -- assignment and operators ---------------------------------------------------------
    def parse_arg(self):
        line = self.line()
        left = self.parse_ternary()
        token = self.peek()
        if token.kind == "=" and is_assignable(left):
            self.advance()
            self.skip_newlines()
            target = self.assignable(left, line)
            value = self.parse_assignment_value()
            return set_value(target, value)
        for op in OP_ASSIGN:
            if token.kind == op and is_assignable(left):
                self.advance()
                self.skip_newlines()
                target = self.assignable(left, line)
                value = self.parse_assignment_value()
                return ast.OpAsgn(line, target, op[:nonneg(len(op) - 1)], value)
        return left

    def parse_assignment_value(self):
        line = self.line()
        if self.at("*"):
            return self.parse_rhs_list()
        value = self.parse_arg()
        if self.at("rescue") :
            self.advance()
            rescue = ast.Rescue(line, [], "", self.parse_arg())
            return ast.Begin(line, value, [rescue], None, None)
        if self.at(","):
            elements = [value]
            while self.accept(","):
                self.skip_newlines()
                elements.append(self.parse_rhs_item())
            return ast.ArrayLit(line, elements)
        return value

    def parse_ternary(self):
        line = self.line()
        cond = self.parse_range()
        if self.at("?"):
            self.advance()
            self.skip_newlines()
            then = self.parse_ternary_branch()
            self.skip_newlines()
            if self.at("LABEL"):
                # `a ? b : c` lexed `b:` as a label
                token = self.advance()
                then = self.name_node(token.value, token.line)
            else:
                self.expect(":")
            self.skip_newlines()
            other = self.parse_ternary_branch()
            return ast.If(line, cond, then, other)
        return cond

    def parse_ternary_branch(self):
        line = self.line()
        node = self.parse_ternary()
        if self.at("=") and is_assignable(node):
            self.advance()
            target = self.assignable(node, line)
            return set_value(target, self.parse_ternary_branch())
        return node

    def parse_range(self):
        line = self.line()
        if self.at("..") or self.at("..."):
            exclusive = self.advance().kind == "..."
            return ast.RangeLit(line, ast.Nil(line), self.parse_binary(5), exclusive)
        left = self.parse_binary(5)
        if self.at("..") or self.at("..."):
            exclusive = self.advance().kind == "..."
            if self.at_statement_end() or self.at("NEWLINE") or self.at("]") or \
                    self.at(")") or self.at(",") or self.at("then"):
                right = ast.Nil(line)
            else:
                right = self.parse_binary(5)
            return ast.RangeLit(line, left, right, exclusive)
        return left

    def parse_binary(self, min_prec):
        left = self.parse_unary()
        while True:
            token = self.peek()
            prec = BINARY.get(token.kind, -1)
            if token.kind == "|" and self.in_block_params:
                return left
            if prec < min_prec:
                return left
            if token.kind == "&&" or token.kind == "||":
                self.advance()
                self.skip_newlines()
                right = self.parse_binary(prec + 1)
                if token.kind == "&&":
                    left = ast.And(token.line, left, right)
                else:
                    left = ast.Or(token.line, left, right)
                continue
            self.advance()
            self.skip_newlines()
            if token.kind == "**":
                right = self.parse_binary(prec)          # right associative
            else:
                right = self.parse_binary(prec + 1)
            if token.kind == "!=":
                left = ast.Call(token.line, left, "!=", [right], None, None, False)
            elif token.kind == "!~":
                left = ast.Not(token.line, ast.Call(token.line, left, "=~", [right], None,
                                                    None, False))
            elif token.kind == "=~" and isinstance(left, ast.Regexp):
                left = self.named_captures(token.line, left, right)
            else:
                left = ast.Call(token.line, left, token.kind, [right], None, None, False)

    def named_captures(self, line, regexp, subject):
        """`/(?<name>..)/ =~ s` with a literal regexp assigns each named group to a local
        (nil when the match fails)."""
        match = ast.Call(line, regexp, "=~", [subject], None, None, False)
        names = []
        for part in regexp.parts:
            if not isinstance(part, StrPiece):
                return match
            names += group_names(part.text)
        if not names:
            return match
        stmts = [ast.LocalAsgn(line, " match", match)]
        self.scope.declare(" match")
        for name in names:
            self.scope.declare(name)
            w_group = ast.Call(line, ast.GVar(line, "$~"), "[]", [ast.Sym(line, name)],
                               None, None, False)
            stmts.append(ast.LocalAsgn(line, name, ast.And(line, ast.GVar(line, "$~"),
                                                           w_group)))
        stmts.append(ast.LocalVar(line, " match"))
        return ast.Seq(line, stmts)

    def parse_unary(self):
        token = self.peek()
        line = token.line
        if token.kind == "!":
            self.advance()
            return ast.Not(line, self.parse_unary())
        if token.kind == "-":
            self.advance()
            nxt = self.peek()
            if (nxt.kind == "INT" or nxt.kind == "FLOAT") and not nxt.spaced:
                self.advance()
                if nxt.kind == "INT":
                    literal = ast.IntLit(line, "-" + nxt.value)
                else:
                    literal = ast.FloatLit(line, "-" + nxt.value)
                literal = self.parse_postfix(literal)
                if self.at("**"):
                    self.advance()
                    right = self.parse_binary(16)
                    positive = ast.IntLit(line, nxt.value) if nxt.kind == "INT" else \
                        ast.FloatLit(line, nxt.value)
                    return ast.Call(line, ast.Call(line, positive, "**", [right], None, None,
                                                   False), "-@", [], None, None, False)
                return literal
            operand = self.parse_binary(PREC_UNARY_MINUS)
            return ast.Call(line, operand, "-@", [], None, None, False)
        if token.kind == "+":
            self.advance()
            return ast.Call(line, self.parse_binary(PREC_UNARY_MINUS), "+@", [], None, None,
                            False)
        if token.kind == "~":
            self.advance()
            return ast.Call(line, self.parse_unary(), "~", [], None, None, False)
        if token.kind == "&":
            self.unexpected()
        if token.kind == "defined?":
            self.advance()
            if self.accept("("):
                self.skip_newlines()
                value = self.parse_expression_statement()
                self.skip_newlines()
                self.expect(")")
            else:
                value = self.parse_unary()
            return ast.Defined(line, value)
        if token.kind == "not":
            self.advance()
            return ast.Not(line, self.parse_unary())
        return self.parse_primary_postfix()

    # -- primaries ------------------------------------------------------------------------
    def parse_primary_postfix(self):
        return self.parse_postfix(self.parse_primary())

    def parse_postfix(self, node):
        while True:
            token = self.peek()
            if token.kind == "." or token.kind == "&.":
                self.advance()
                self.skip_newlines()
                node = self.parse_method_call_after_dot(node, token.kind == "&.")
            elif token.kind == "::":
                nxt = self.peek(1)
                if nxt.kind == "CONST" and not (self.peek(2).kind == "(" and
                                                not self.peek(2).spaced):
                    self.advance()
                    self.advance()
                    node = ast.Const(nxt.line, node, nxt.value, False)
                else:
                    self.advance()
                    node = self.parse_method_call_after_dot(node, False)
            elif token.kind == "[" and not token.spaced:
                self.advance()
                self.skip_newlines()
                args, block_arg = self.parse_call_args("]")
                self.expect("]")
                node = ast.Call(token.line, node, "[]", args, None, None, False)
            elif token.kind == "(" and not token.spaced and isinstance(node, ast.Lambda):
                # ->(x) { }.()  is handled as .call; here `l.(1)` arrives through "."
                return node
            else:
                return node

    def parse_method_call_after_dot(self, receiver, safe_nav):
        token = self.advance()
        line = token.line
        if token.kind == "(":
            # recv.(args) is recv.call(args)
            args, block_arg = self.parse_call_args(")")
            self.expect(")")
            block = self.parse_block_if_any()
            return ast.Call(line, receiver, "call", args, block_arg, block, safe_nav)
        name = token.value
        if token.kind not in ["IDENT", "CONST"] and not is_word(token.kind) and \
                token.kind not in BINARY and token.kind not in ["!", "[", "~", "LABEL"]:
            self.unexpected()
        if token.kind == "LABEL":
            # `obj.meth key: value`: the lexer took `meth:` - not valid Ruby anyway
            self.unexpected()
        if token.kind == "[":
            self.expect("]")
            name = "[]"
            if self.at("=") and not self.peek().spaced:
                pass
        # attribute assignment `recv.name = value` is handled by parse_arg via assignable
        if self.at("(") and not self.peek().spaced:
            self.advance()
            self.skip_newlines()
            args, block_arg = self.parse_call_args(")")
            self.skip_newlines()
            self.expect(")")
            block = self.parse_block_if_any()
            return ast.Call(line, receiver, name, args, block_arg, block, safe_nav)
        if self.can_start_command_arg():
            args, block_arg = self.parse_command_args()
            block = self.parse_block_if_any()
            return ast.Call(line, receiver, name, args, block_arg, block, safe_nav)
        block = self.parse_block_if_any()
        return ast.Call(line, receiver, name, [], None, block, safe_nav)

    def can_start_command_arg(self):
        token = self.peek()
        if not token.spaced or token.newline_before:
            return False
        kind = token.kind
        if kind == "-" or kind == "*" or kind == "&" or kind == "**" or kind == ":" or \
                kind == "::":
            nxt = self.peek(1)
            return not nxt.spaced and kind != ":"
        if kind == "[":
            return True
        for start in ARG_STARTS:
            if start == kind:
                return True
        return False

    def parse_command_args(self):
        self.no_do += 1
        try:
            return self.parse_call_args("")
        finally:
            self.no_do -= 1

    def parse_call_args(self, closer):
        """Arguments up to `closer` (or a command call's end): positional nodes (splats
        included) with a trailing keyword hash, and the `&block` argument."""
        args = []
        pairs = []
        block_arg = None
        if closer and self.at(closer):
            return args, None
        while True:
            line = self.line()
            token = self.peek()
            if token.kind == "*" and not self.peek(1).spaced or token.kind == "*" and closer:
                self.advance()
                if self.at(",") or self.at(closer):
                    args.append(ast.Splat(line, ast.LocalVar(line, "*")))
                else:
                    args.append(ast.Splat(line, self.parse_arg()))
            elif token.kind == "**":
                self.advance()
                if self.at(",") or self.at(closer):
                    pairs.append(ast.DoubleSplat(line, ast.LocalVar(line, "**")))
                else:
                    pairs.append(ast.DoubleSplat(line, self.parse_arg()))
            elif token.kind == "&":
                self.advance()
                if self.at(",") or self.at(closer):
                    block_arg = ast.LocalVar(line, "&")
                else:
                    block_arg = self.parse_arg()
            elif token.kind == "..." and self.peek(1).kind in [")", ",", "]", "NEWLINE"]:
                self.advance()
                args.append(ast.Splat(line, ast.LocalVar(line, "*")))
                pairs.append(ast.DoubleSplat(line, ast.LocalVar(line, "**")))
                block_arg = ast.LocalVar(line, "&")
            elif token.kind == "LABEL":
                self.advance()
                self.skip_newlines()
                if self.at(",") or self.at(closer):
                    value = self.name_node(token.value, line)
                else:
                    value = self.parse_arg_no_hash_rocket()
                pairs.append(ast.Sym(line, token.value))
                pairs.append(value)
            elif token.kind == "STRING" and self.peek(1).kind == ":" and \
                    not self.peek(1).spaced:
                self.advance()
                self.advance()
                self.skip_newlines()
                pairs.append(ast.DSym(line, self.string_parts(token)))
                pairs.append(self.parse_arg_no_hash_rocket())
            else:
                value = self.parse_arg_no_hash_rocket()
                if self.accept("=>"):
                    self.skip_newlines()
                    pairs.append(value)
                    pairs.append(self.parse_arg_no_hash_rocket())
                else:
                    if pairs:
                        self.unexpected()
                    args.append(value)
            if not self.at(","):
                break
            self.advance()
            self.skip_newlines()
        if pairs:
            hash_node = ast.HashLit(self.line(), pairs)
            hash_node.is_kwargs = True
            args.append(hash_node)
        return args, block_arg

    def parse_arg_no_hash_rocket(self):
        line = self.line()
        node = self.parse_arg()
        if self.at("do") and self.no_do == 0:
            pass
        return node

    def parse_block_if_any(self):
        token = self.peek()
        if token.kind == "{":
            return self.parse_block("}")
        if token.kind == "do" and self.no_do == 0:
            return self.parse_block("end")
        return None

    def parse_block(self, closer):
        line = self.advance().line
        saved_no_do = self.no_do
        self.no_do = 0
        self.scope = Scope(self.scope, True)
        params = None
        self.skip_newlines()
        if self.at("||"):
            self.advance()
            params = empty_params(line)
        elif self.accept("|"):
            self.in_block_params = True
            params = self.parse_param_list("|")
            self.in_block_params = False
            self.expect("|")
        body = self.parse_body_with_rescue(closer)
        self.expect(closer)
        numbered = self.scope.numbered
        self.scope = self.scope.parent
        self.no_do = saved_no_do
        if params is None and numbered > 0:
            required = []
            for i in range(numbered):
                required.append(ast.LocalAsgn(line, "_%d" % (i + 1), None))
            params = ast.Params(line, required, [], "", [], [], "", "", False)
        return ast.BlockNode(line, params, body, numbered)

    def parse_body_with_rescue(self, closer):
        """Statements, with `rescue`/`else`/`ensure` clauses as in a def or do-block."""
        line = self.line()
        body = self.parse_statements()
        if self.at("rescue") or self.at("ensure"):
            return self.parse_rescue_clauses(line, body)
        return body

    def name_node(self, name, line):
        if self.scope.has(name):
            return ast.LocalVar(line, name)
        return ast.Call(line, None, name, [], None, None, False)

    def string_parts(self, token):
        parts = []
        for i in range(len(token.parts)):
            text = token.parts[i]
            if i % 2 == 0:
                if text:
                    parts.append(ast.Str(token.line, [], ))
                    parts[-1].parts = []
                    parts[-1] = StrPiece(token.line, text)
            else:
                parts.append(self.parse_interpolation(text, token.line))
        return parts

    def parse_interpolation(self, text, line):
        sub = Parser(text, self.filename, line, self.scope)
        body = sub.parse_statements()
        if not sub.at("EOF"):
            sub.unexpected()
        return body

    def parse_primary(self):
        token = self.peek()
        kind = token.kind
        line = token.line
        if kind == "INT":
            self.advance()
            return ast.IntLit(line, token.value)
        if kind == "FLOAT":
            self.advance()
            return ast.FloatLit(line, token.value)
        if kind == "STRING":
            self.advance()
            parts = self.string_parts(token)
            while self.at("STRING") and not self.peek().newline_before:
                parts.extend(self.string_parts(self.advance()))
            return ast.Str(line, parts)
        if kind == "SYMBOL":
            self.advance()
            return ast.Sym(line, token.value)
        if kind == "DSYM":
            self.advance()
            return ast.DSym(line, self.string_parts(token))
        if kind == "REGEXP":
            self.advance()
            return ast.Regexp(line, self.string_parts(token), token.value)
        if kind == "WORDS" or kind == "SYMBOLS":
            self.advance()
            elements = []
            if token.word_tokens is not None:
                for word_token in token.word_tokens:
                    parts = self.string_parts(word_token)
                    if kind == "WORDS":
                        elements.append(ast.Str(line, parts))
                    else:
                        elements.append(ast.DSym(line, parts))
                return ast.ArrayLit(line, elements)
            for word in token.words:
                if kind == "WORDS":
                    elements.append(ast.Str(line, [StrPiece(line, word)]))
                else:
                    elements.append(ast.Sym(line, word))
            return ast.ArrayLit(line, elements)
        if kind == "IVAR":
            self.advance()
            return ast.IVar(line, token.value)
        if kind == "GVAR":
            self.advance()
            return ast.GVar(line, token.value)
        if kind == "CVAR":
            self.advance()
            return ast.CVar(line, token.value)
        if kind == "nil":
            self.advance()
            return ast.Nil(line)
        if kind == "true":
            self.advance()
            return ast.TrueLit(line)
        if kind == "false":
            self.advance()
            return ast.FalseLit(line)
        if kind == "self":
            self.advance()
            return ast.SelfNode(line)
        if kind == "__method__":
            self.advance()
            return ast.MethodName(line)
        if kind == "__FILE__":
            self.advance()
            return ast.Str(line, [StrPiece(line, self.filename)])
        if kind == "__LINE__":
            self.advance()
            return ast.IntLit(line, str(line))
        if kind == "IDENT":
            return self.parse_identifier()
        if kind == "CONST":
            return self.parse_constant()
        if kind == "LABEL":
            self.unexpected()
        if kind == "::":
            self.advance()
            name = self.expect("CONST")
            return ast.Const(line, None, name.value, True)
        if kind == "(":
            self.advance()
            saved = self.no_do
            self.no_do = 0
            self.skip_newlines()
            if self.at(")"):
                self.advance()
                self.no_do = saved
                return ast.Nil(line)
            stmts = []
            while True:
                stmts.append(self.parse_statement())
                self.skip_newlines()
                if self.at(")"):
                    break
            self.expect(")")
            self.no_do = saved
            if len(stmts) == 1:
                return stmts[0]
            return ast.Seq(line, stmts)
        if kind == "[":
            self.advance()
            self.skip_newlines()
            saved = self.no_do
            self.no_do = 0
            args, block_arg = self.parse_call_args("]")
            self.skip_newlines()
            self.expect("]")
            self.no_do = saved
            for arg in args:
                if isinstance(arg, ast.HashLit) and arg.is_kwargs:
                    arg.is_kwargs = False
            return ast.ArrayLit(line, args)
        if kind == "{":
            return self.parse_hash()
        if kind == "->":
            return self.parse_lambda()
        if kind == ".." or (kind == "..." and self.peek(1).kind not in [")", ",", "NEWLINE"]):
            return self.parse_range()           # beginless: a[..2], (...5)
        if kind == "if" or kind == "unless":
            return self.parse_if()
        if kind == "while" or kind == "until":
            return self.parse_while()
        if kind == "case":
            return self.parse_case()
        if kind == "def":
            return self.parse_def()
        if kind == "class":
            return self.parse_class()
        if kind == "module":
            return self.parse_module()
        if kind == "begin":
            return self.parse_begin()
        if kind == "for":
            return self.parse_for()
        if kind == "yield":
            self.advance()
            args = self.parse_optional_call_args()
            return ast.Yield(line, args)
        if kind == "super":
            self.advance()
            if self.at("(") and not self.peek().spaced:
                self.advance()
                self.skip_newlines()
                args, block_arg = self.parse_call_args(")")
                self.skip_newlines()
                self.expect(")")
                block = self.parse_block_if_any()
                return ast.Super(line, args, block_arg, block, True)
            if self.can_start_command_arg():
                args, block_arg = self.parse_command_args()
                block = self.parse_block_if_any()
                return ast.Super(line, args, block_arg, block, True)
            block = self.parse_block_if_any()
            return ast.Super(line, [], None, block, False)
        if kind == "return" or kind == "break" or kind == "next":
            self.advance()
            value = None
            if not self.at_value_end():
                value = self.parse_rhs_list()
            if kind == "return":
                return ast.Return(line, value)
            if kind == "break":
                return ast.Break(line, value)
            return ast.Next(line, value)
        if kind == "redo":
            self.advance()
            return ast.Redo(line)
        if kind == "retry":
            self.advance()
            return ast.Retry(line)
        if kind == "alias":
            self.advance()
            new_name = self.parse_method_name_token()
            old_name = self.parse_method_name_token()
            return ast.Alias(line, new_name, old_name)
        if kind == "undef":
            self.advance()
            names = [self.parse_method_name_token()]
            while self.accept(","):
                names.append(self.parse_method_name_token())
            return ast.Undef(line, names)
        if kind == "not":
            self.advance()
            return ast.Not(line, self.parse_unary())
        if kind == "defined?" or kind == "!" or kind == "-":
            return self.parse_unary()
        if kind == "..." or kind == "..":
            return self.parse_range()
        self.unexpected()
        return None

    def at_value_end(self):
        token = self.peek()
        if token.kind in ["NEWLINE", ";", "EOF", "}", ")", "]", "end", "if", "unless", "while",
                          "until", ":", "and", "or", "then"]:
            return True
        return False

    def parse_method_name_token(self):
        token = self.advance()
        if token.kind == "SYMBOL":
            return token.value
        if token.kind == "GVAR" or token.kind == "IDENT" or token.kind == "CONST":
            if self.at("=") and not self.peek().spaced and token.kind == "IDENT":
                self.advance()
                return token.value + "="
            return token.value
        if token.kind == "[":
            self.expect("]")
            if self.at("=") and not self.peek().spaced:
                self.advance()
                return "[]="
            return "[]"
        if is_word(token.kind) or token.kind in BINARY or token.kind in ["!", "~"]:
            return token.value
        self.unexpected()
        return ""

    def parse_optional_call_args(self):
        if self.at("(") and not self.peek().spaced:
            self.advance()
            self.skip_newlines()
            args, block_arg = self.parse_call_args(")")
            self.skip_newlines()
            self.expect(")")
            return args
        if self.can_start_command_arg() or (self.peek().spaced and self.at("[")):
            args, block_arg = self.parse_command_args()
            return args
        return []

    def parse_identifier(self):
        token = self.advance()
        name = token.value
        line = token.line
        nxt = self.peek()
        if self.scope.has(name) and not (nxt.kind == "(" and not nxt.spaced):
            return ast.LocalVar(line, name)
        if len(name) == 2 and name[0] == "_" and "1" <= name[1] <= "9" and \
                self.scope.is_block:
            number = ord(name[1]) - ord("0")
            if number > self.scope.numbered:
                self.scope.numbered = number
            for i in range(1, number + 1):
                self.scope.declare("_%d" % i)
            return ast.LocalVar(line, name)
        if name == "lambda" or name == "proc":
            block = self.parse_block_if_any()
            if block is not None:
                if name == "lambda":
                    return ast.Lambda(line, block)
                return ast.Call(line, None, "proc", [], None, block, False)
        if nxt.kind == "(" and not nxt.spaced:
            self.advance()
            self.skip_newlines()
            saved = self.no_do
            self.no_do = 0
            args, block_arg = self.parse_call_args(")")
            self.skip_newlines()
            self.expect(")")
            self.no_do = saved
            block = self.parse_block_if_any()
            return ast.Call(line, None, name, args, block_arg, block, False)
        if self.can_start_command_arg() and not (nxt.kind == "[" and False):
            args, block_arg = self.parse_command_args()
            block = self.parse_block_if_any()
            return ast.Call(line, None, name, args, block_arg, block, False)
        block = self.parse_block_if_any()
        call = ast.Call(line, None, name, [], None, block, False)
        call.is_vcall = block is None
        return call

    def parse_constant(self):
        token = self.advance()
        line = token.line
        nxt = self.peek()
        if nxt.kind == "(" and not nxt.spaced:
            self.advance()
            self.skip_newlines()
            args, block_arg = self.parse_call_args(")")
            self.skip_newlines()
            self.expect(")")
            block = self.parse_block_if_any()
            return ast.Call(line, None, token.value, args, block_arg, block, False)
        if nxt.kind == "STRING" and nxt.spaced:
            args, block_arg = self.parse_command_args()
            return ast.Call(line, None, token.value, args, block_arg, None, False)
        return ast.Const(line, None, token.value, False)

    def parse_hash(self):
        line = self.advance().line
        saved = self.no_do
        self.no_do = 0
        self.skip_newlines()
        pairs = []
        while not self.at("}"):
            token = self.peek()
            if token.kind == "LABEL":
                self.advance()
                self.skip_newlines()
                pairs.append(ast.Sym(token.line, token.value))
                if self.at(",") or self.at("}"):
                    pairs.append(self.name_node(token.value, token.line))
                else:
                    pairs.append(self.parse_arg())
            elif token.kind == "**":
                self.advance()
                pairs.append(ast.DoubleSplat(token.line, self.parse_arg()))
            elif token.kind == "STRING" and self.peek(1).kind == ":" and \
                    not self.peek(1).spaced:
                self.advance()
                self.advance()
                self.skip_newlines()
                pairs.append(ast.DSym(token.line, self.string_parts(token)))
                pairs.append(self.parse_arg())
            else:
                key = self.parse_arg()
                self.skip_newlines()
                self.expect("=>")
                self.skip_newlines()
                pairs.append(key)
                pairs.append(self.parse_arg())
            self.skip_newlines()
            if not self.accept(","):
                break
            self.skip_newlines()
        self.skip_newlines()
        self.expect("}")
        self.no_do = saved
        return ast.HashLit(line, pairs)

    def parse_lambda(self):
        line = self.advance().line
        self.scope = Scope(self.scope, True)
        params = empty_params(line)
        if self.accept("("):
            params = self.parse_param_list(")")
            self.expect(")")
        elif self.at("IDENT"):
            params = self.parse_param_list("{")
        if self.at("{"):
            self.advance()
            body = self.parse_statements()
            self.expect("}")
        else:
            self.expect("do")
            body = self.parse_body_with_rescue("end")
            self.expect("end")
        numbered = self.scope.numbered
        self.scope = self.scope.parent
        return ast.Lambda(line, ast.BlockNode(line, params, body, numbered))

    # -- compound expressions -------------------------------------------------------------
    def parse_then(self):
        self.skip_newlines()
        self.accept("then")
        self.skip_newlines()

    def parse_condition(self):
        self.no_do += 1
        try:
            return self.parse_expression_statement()
        finally:
            self.no_do -= 1

    def parse_if(self):
        token = self.advance()
        line = token.line
        cond = self.parse_condition()
        self.parse_then()
        then = self.parse_statements()
        other = None
        if self.at("elsif"):
            other = self.parse_if()
            if token.kind == "unless":
                self.unexpected()
            return ast.If(line, cond, then, other)
        if self.accept("else"):
            other = self.parse_statements()
        self.expect("end")
        if token.kind == "unless":
            return ast.If(line, cond, other, then)
        return ast.If(line, cond, then, other)

    def parse_while(self):
        token = self.advance()
        line = token.line
        cond = self.parse_condition()
        self.skip_newlines()
        self.accept("do")
        body = self.parse_statements()
        self.expect("end")
        return ast.While(line, cond, body, token.kind == "until", False)

    def parse_for(self):
        line = self.advance().line
        targets, splat = self.parse_mlhs()
        self.expect("in")
        iterable = self.parse_condition()
        self.skip_newlines()
        self.accept("do")
        body = self.parse_statements()
        self.expect("end")
        if len(targets) == 1 and splat < 0:
            target = targets[0]
        else:
            target = ast.MultiAsgn(line, targets, splat, None)
        return ast.For(line, target, iterable, body)

    def parse_case(self):
        line = self.advance().line
        subject = None
        if not self.at("NEWLINE"):
            subject = self.parse_expression_statement()
        self.skip_newlines()
        if self.at("in"):
            return self.parse_case_in(line, subject)
        whens = []
        while self.accept("when"):
            wline = self.line()
            conds = []
            while True:
                self.skip_newlines()
                if self.accept("*"):
                    conds.append(ast.Splat(wline, self.parse_arg()))
                else:
                    conds.append(self.parse_arg())
                if not self.accept(","):
                    break
            self.parse_then()
            whens.append(ast.When(wline, conds, self.parse_statements()))
        other = None
        if self.accept("else"):
            other = self.parse_statements()
        self.expect("end")
        return ast.Case(line, subject, whens, other)

    def parse_case_in(self, line, subject):
        clauses = []
        while self.accept("in"):
            cline = self.line()
            pattern = self.parse_pattern_top()
            guard = None
            if self.accept("if"):
                guard = self.parse_expression_statement()
            elif self.accept("unless"):
                guard = ast.Not(cline, self.parse_expression_statement())
            self.parse_then()
            clauses.append(ast.InClause(cline, pattern, guard, self.parse_statements()))
        other = None
        if self.accept("else"):
            other = self.parse_statements()
        self.expect("end")
        return ast.CaseIn(line, subject, clauses, other)

    def parse_pattern_top(self):
        line = self.line()
        first = self.parse_pattern()
        if self.at(","):
            pre = [first]
            rest = None
            post = []
            while self.accept(","):
                if self.at("then") or self.at("NEWLINE"):
                    break
                p = self.parse_pattern()
                if isinstance(p, ast.PatArray) and p.pre is None:
                    rest = p
                elif rest is None:
                    pre.append(p)
                else:
                    post.append(p)
            return ast.PatArray(line, pre, rest_name(rest), post)
        if isinstance(first, ast.PatArray) and first.pre is None:
            return ast.PatArray(line, [], rest_name(first), [])
        if self.at("LABEL"):
            return self.parse_hash_pattern_body(line, "")
        return first

    def parse_pattern(self):
        line = self.line()
        node = self.parse_pattern_primary()
        while self.at("|"):
            alternatives = [node]
            while self.accept("|"):
                alternatives.append(self.parse_pattern_primary())
            node = ast.PatAlt(line, alternatives)
        if self.accept("=>"):
            name = self.expect("IDENT").value
            self.scope.declare(name)
            node = ast.PatBind(line, node, name)
        return node

    def parse_pattern_primary(self):
        token = self.peek()
        line = token.line
        if token.kind == "[":
            self.advance()
            self.skip_newlines()
            node = self.parse_array_pattern_body(line, "]")
            self.expect("]")
            return node
        if token.kind == "{":
            self.advance()
            self.skip_newlines()
            node = self.parse_hash_pattern_body(line, "}")
            self.skip_newlines()
            self.expect("}")
            return node
        if token.kind == "*":
            self.advance()
            name = ""
            if self.at("IDENT"):
                name = self.advance().value
                self.scope.declare(name)
            return ast.PatArray(line, None, name, None)
        if token.kind == "^":
            self.advance()
            if self.accept("("):
                value = self.parse_expression_statement()
                self.expect(")")
                return ast.PatPin(line, value)
            ident = self.advance()
            return ast.PatPin(line, self.name_node(ident.value, line) if ident.kind == "IDENT"
                              else ast.IVar(line, ident.value))
        if token.kind == "IDENT" and not (self.peek(1).kind == "." or self.peek(1).kind == "("):
            self.advance()
            self.scope.declare(token.value)
            return ast.PatBind(line, None, token.value)
        if token.kind == "nil":
            self.advance()
            return ast.PatValue(line, ast.Nil(line))
        if token.kind == "CONST":
            const = self.parse_const_path()
            if self.at("(") and not self.peek().spaced:
                self.advance()
                if self.at("LABEL"):
                    inner = self.parse_hash_pattern_body(line, ")")
                else:
                    inner = self.parse_array_pattern_body(line, ")")
                self.expect(")")
                return PatAnd(line, ast.PatValue(line, const), inner)
            if self.at("[") and not self.peek().spaced:
                self.advance()
                inner = self.parse_array_pattern_body(line, "]")
                self.expect("]")
                return PatAnd(line, ast.PatValue(line, const), inner)
            if self.at("..") or self.at("..."):
                exclusive = self.advance().kind == "..."
                high = self.parse_binary(5)
                return ast.PatValue(line, ast.RangeLit(line, const, high, exclusive))
            return ast.PatValue(line, const)
        return ast.PatValue(line, self.parse_pattern_range(line))

    def parse_pattern_range(self, line):
        """A value in a pattern: an expression that binds tighter than `|` (which separates
        alternatives), or a range of two."""
        if self.at("..") or self.at("..."):
            exclusive = self.advance().kind == "..."
            return ast.RangeLit(line, ast.Nil(line), self.parse_binary(PATTERN_PREC), exclusive)
        left = self.parse_binary(PATTERN_PREC)
        if self.at("..") or self.at("..."):
            exclusive = self.advance().kind == "..."
            if self.at_statement_end() or self.at("NEWLINE") or self.at("]") or \
                    self.at(")") or self.at(",") or self.at("then") or self.at("|") or \
                    self.at("=>") or self.at("}"):
                right = ast.Nil(line)
            else:
                right = self.parse_binary(PATTERN_PREC)
            return ast.RangeLit(line, left, right, exclusive)
        return left

    def parse_const_path(self):
        token = self.advance()
        node = ast.Const(token.line, None, token.value, False)
        while self.at("::"):
            self.advance()
            name = self.expect("CONST")
            node = ast.Const(name.line, node, name.value, False)
        return node

    def parse_array_pattern_body(self, line, closer):
        pre = []
        rest = None
        post = []
        post_rest = None
        find = False
        while not self.at(closer):
            p = self.parse_pattern()
            if isinstance(p, ast.PatArray) and p.pre is None:
                if rest is not None:
                    find = True
                    post_rest = p
                else:
                    rest = p
            elif rest is None:
                pre.append(p)
            else:
                post.append(p)
            self.skip_newlines()
            if not self.accept(","):
                break
            self.skip_newlines()
        if find:
            return ast.PatFind(line, rest_name(rest), post, rest_name(post_rest))
        return ast.PatArray(line, pre, rest_name(rest) if rest is not None else None, post)

    def parse_hash_pattern_body(self, line, closer):
        pairs = []
        rest = None
        while not self.at(closer) and not self.at("then") and not self.at("NEWLINE"):
            if self.accept("**"):
                if self.accept("nil"):
                    rest = "nil"
                else:
                    rest = self.expect("IDENT").value
                    self.scope.declare(rest)
            else:
                label = self.expect("LABEL")
                pairs.append(ast.Sym(label.line, label.value))
                if self.at(",") or self.at(closer) or self.at("NEWLINE") or self.at("then") \
                        or self.at("if"):
                    self.scope.declare(label.value)
                    pairs.append(ast.PatBind(label.line, None, label.value))
                else:
                    pairs.append(self.parse_pattern())
            self.skip_newlines() if closer else None
            if not self.accept(","):
                break
            self.skip_newlines()
        return ast.PatHash(line, pairs, rest)

    def parse_begin(self):
        line = self.advance().line
        body = self.parse_statements()
        node = self.parse_rescue_clauses(line, body)
        self.expect("end")
        if not isinstance(node, ast.Begin):
            node = ast.Begin(line, node, [], None, None)
        return node

    def parse_rescue_clauses(self, line, body):
        rescues = []
        while self.at("rescue"):
            rline = self.advance().line
            classes = []
            var = ""
            while not self.at("NEWLINE") and not self.at("then") and not self.at("=>") \
                    and not self.at(";"):
                if self.accept("*"):
                    classes.append(ast.Splat(rline, self.parse_ternary()))
                else:
                    classes.append(self.parse_ternary())
                if not self.accept(","):
                    break
                self.skip_newlines()
            if self.accept("=>"):
                target = self.parse_primary_postfix()
                if isinstance(target, ast.Call) and target.receiver is None:
                    var = target.name
                elif isinstance(target, ast.LocalVar):
                    var = target.name
                elif isinstance(target, ast.IVar):
                    var = target.name
                self.scope.declare(var) if var and var[0] != "@" else None
            self.parse_then()
            rescues.append(ast.Rescue(rline, classes, var, self.parse_statements()))
        other = None
        if self.accept("else"):
            other = self.parse_statements()
        ensure = None
        if self.accept("ensure"):
            ensure = self.parse_statements()
        if not rescues and other is None and ensure is None:
            return body
        return ast.Begin(line, body, rescues, other, ensure)

    # -- definitions ----------------------------------------------------------------------
    def parse_def(self):
        line = self.advance().line
        singleton = None
        token = self.advance()
        if token.kind == "self" and self.at("."):
            self.advance()
            singleton = ast.SelfNode(line)
            token = self.advance()
        elif (token.kind == "CONST" or token.kind == "IDENT") and self.at(".") :
            self.advance()
            singleton = ast.Const(line, None, token.value, False) if token.kind == "CONST" \
                else ast.LocalVar(line, token.value)
            token = self.advance()
        name = token.value
        if token.kind == "[":
            self.expect("]")
            name = "[]"
            if self.at("=") and not self.peek().spaced:
                self.advance()
                name = "[]="
        elif token.kind == "+" or token.kind == "-" or token.kind == "!" or token.kind == "~":
            if self.at("IVAR") and self.peek().value == "@":
                pass
            if self.peek().kind == "IVAR" and self.peek().value == "@" and \
                    not self.peek().spaced:
                self.advance()
                name = token.kind + "@"
        elif token.kind == "IDENT" or token.kind == "CONST" or is_word(token.kind):
            if self.at("=") and not self.peek().spaced and \
                    (self.peek(1).kind == "(" or self.peek(1).kind == "IDENT"):
                self.advance()
                name += "="
        elif token.kind == "LABEL":
            # `def name:(...)` cannot happen; a setter `def a=(v)` lexes as IDENT
            self.unexpected()
        elif token.kind not in BINARY and token.kind not in ["=~", "!", "<=>", "===", "==",
                                                              "!="]:
            self.unexpected()
        outer_scope = self.scope
        self.scope = Scope(None, False)
        if self.accept("("):
            self.skip_newlines()
            params = self.parse_param_list(")")
            self.skip_newlines()
            self.expect(")")
        elif self.at("NEWLINE") or self.at(";") or self.at("="):
            params = empty_params(line)
        else:
            params = self.parse_param_list("NEWLINE")
        if self.at("=") :
            self.advance()
            self.skip_newlines()
            body = self.parse_statement()
            self.scope = outer_scope
            return ast.Def(line, singleton, name, params, body)
        body = self.parse_body_with_rescue("end")
        self.expect("end")
        self.scope = outer_scope
        return ast.Def(line, singleton, name, params, body)

    def parse_param_list(self, closer):
        line = self.line()
        required = []
        optional = []
        rest = ""
        post = []
        kwargs = []
        kwrest = ""
        block = ""
        forward = False
        block_locals = []
        while not self.at(closer) and not self.at("NEWLINE") and not self.at(";"):
            token = self.peek()
            pline = token.line
            if token.kind == "*":
                self.advance()
                rest = "*"
                if self.at("IDENT"):
                    rest = self.advance().value
                self.scope.declare(rest)
            elif token.kind == "**":
                self.advance()
                kwrest = "**"
                if self.at("IDENT"):
                    kwrest = self.advance().value
                elif self.accept("nil"):
                    kwrest = ""
                self.scope.declare(kwrest)
            elif token.kind == "&":
                self.advance()
                block = "&"
                if self.at("IDENT"):
                    block = self.advance().value
                self.scope.declare(block)
            elif token.kind == "...":
                self.advance()
                forward = True
                rest = "*"
                kwrest = "**"
                block = "&"
                self.scope.declare("*")
                self.scope.declare("**")
                self.scope.declare("&")
            elif token.kind == "LABEL":
                self.advance()
                self.scope.declare(token.value)
                if self.at(",") or self.at(closer) or self.at("NEWLINE"):
                    kwargs.append(ast.LocalAsgn(pline, token.value, None))
                else:
                    kwargs.append(ast.LocalAsgn(pline, token.value, self.parse_ternary()))
            elif token.kind == "(":
                self.advance()
                targets, splat = self.parse_mlhs()
                self.expect(")")
                target = ast.MultiAsgn(pline, targets, splat, None)
                if rest or optional:
                    post.append(target)
                else:
                    required.append(target)
            elif token.kind == "IDENT":
                self.advance()
                name = token.value
                self.scope.declare(name)
                if self.accept("="):
                    optional.append(ast.LocalAsgn(pline, name, self.parse_ternary()))
                elif rest or optional:
                    post.append(ast.LocalAsgn(pline, name, None))
                else:
                    required.append(ast.LocalAsgn(pline, name, None))
            else:
                self.unexpected()
            if closer == "|" and self.at(";"):
                # block-local variables
                self.advance()
                while self.at("IDENT"):
                    name = self.advance().value
                    self.scope.declare(name)
                    block_locals.append(name)
                    self.accept(",")
                break
            if not self.accept(","):
                break
            self.skip_newlines() if closer != "NEWLINE" else None
        if closer == "|" and not rest and not post and len(required) == 1 and \
                self.tokens[self.pos - 1].kind == ",":
            rest = "*"        # |a, | takes the first element
        params = ast.Params(line, required, optional, rest, post, kwargs, kwrest, block,
                            forward)
        params.block_locals = block_locals
        return params

    def parse_cpath(self):
        token = self.peek()
        line = token.line
        scope = None
        if self.accept("::"):
            pass
        name = self.expect("CONST").value
        while self.at("::"):
            self.advance()
            scope = ast.Const(line, scope, name, False)
            name = self.expect("CONST").value
        return scope, name

    def parse_class(self):
        line = self.advance().line
        if self.accept("<<"):
            target = self.parse_expression_statement()
            self.skip_terms()
            outer = self.scope
            self.scope = Scope(None, False)
            body = self.parse_statements()
            self.expect("end")
            self.scope = outer
            return ast.SClass(line, target, body)
        scope, name = self.parse_cpath()
        superclass = None
        if self.accept("<"):
            superclass = self.parse_expression_statement()
        self.skip_terms()
        outer = self.scope
        self.scope = Scope(None, False)
        body = self.parse_body_with_rescue("end")
        self.expect("end")
        self.scope = outer
        return ast.ClassNode(line, scope, name, superclass, body)

    def parse_module(self):
        line = self.advance().line
        scope, name = self.parse_cpath()
        outer = self.scope
        self.scope = Scope(None, False)
        body = self.parse_statements()
        self.expect("end")
        self.scope = outer
        return ast.ModuleNode(line, scope, name, body)


def group_names(text):
    """The names of the `(?<name>...)` groups in a regexp's source."""
    names = []
    i = 0
    while True:
        i = text.find("(?<", i)
        if i < 0:
            return names
        end = text.find(">", i + 3)
        if end < 0:
            return names
        name = text[i + 3:end]
        if name and name[0] not in "=!" and name not in names:
            names.append(name)
        i = end


class StrPiece(ast.Node):
    """Literal text inside a string (between interpolations)."""

    def __init__(self, line, text):
        self.line = line
        self.text = text

    def compile(self, c):
        c.compile_StrPiece(self)


class PatAnd(ast.Node):
    """`Const(...)`: the constant's === and then the inner pattern."""

    def __init__(self, line, left, right):
        self.line = line
        self.left = left
        self.right = right

    def compile(self, c):
        c.compile_PatAnd(self)


ast.HashLit.is_kwargs = False
ast.Params.block_locals = []
ast.Call.is_vcall = False


def rest_name(node):
    if node is None:
        return None
    assert isinstance(node, ast.PatArray)
    return node.rest


def empty_params(line):
    return ast.Params(line, [], [], "", [], [], "", "", False)


def is_assignable(node):
    if isinstance(node, ast.LocalVar) or isinstance(node, ast.IVar) or \
            isinstance(node, ast.GVar) or isinstance(node, ast.CVar) or \
            isinstance(node, ast.Const):
        return True
    if isinstance(node, ast.Call):
        if node.block is not None or node.block_arg is not None:
            return False
        if node.receiver is None:
            return not node.args
        if node.name == "[]":
            return True
        return not node.args and (node.name[0].isalpha() or node.name[0] == "_")
    return False


def set_value(target, value):
    if isinstance(target, ast.LocalAsgn) or isinstance(target, ast.IVarAsgn) or \
            isinstance(target, ast.GVarAsgn) or isinstance(target, ast.CVarAsgn) or \
            isinstance(target, ast.ConstAsgn) or isinstance(target, ast.IndexAsgn) or \
            isinstance(target, ast.AttrAsgn):
        target.value = value
    return target


def describe(token):
    kind = token.kind
    if kind == "EOF":
        return "end-of-input"
    if kind == "NEWLINE":
        return "'\\n'"
    if kind == "INT":
        return "integer literal"
    if kind == "FLOAT":
        return "float literal"
    if kind == "IDENT":
        return "local variable or method"
    if kind == "CONST":
        return "constant"
    if kind == "STRING":
        return "string literal"
    if kind == "IVAR":
        return "instance variable"
    if is_word(kind) or kind == "defined?":
        return "`%s'" % kind
    return "'%s'" % token.value


def parse(source, filename):
    return Parser(source, filename).parse_program()


def is_word(kind):
    """Whether a token kind is a keyword (letters only)."""
    if not kind:
        return False
    for ch in kind:
        if not (("a" <= ch <= "z") or ("A" <= ch <= "Z") or ch == "_"):
            return False
    return True
