"""PHP's recursive-descent parser: tokens (lexer.py) in, a syntax tree (ast.py) out.

Binary operators are parsed by precedence climbing over `BINARY`; assignment is an
expression production of its own, so `$a + $b = 3` is `$a + ($b = 3)` as in php.
A syntax error is php's message: `syntax error, unexpected TOKEN` at the token's line.
"""
from framework.errors import SourceError
from languages.php import ast
from languages.php.lexer import scan
from languages.php.objects import W_String, W_Int, W_Float, w_null, w_true, w_false
from languages.php.numbers import parse_int_literal, parse_float_literal

# precedence: higher binds tighter
BINARY = {
    "or": 1, "xor": 2, "and": 3,
    "??": 7, "||": 8, "&&": 9, "|": 10, "^": 11, "&": 12,
    "==": 13, "!=": 13, "===": 13, "!==": 13, "<>": 13, "<=>": 13,
    "<": 14, "<=": 14, ">": 14, ">=": 14,
    ".": 15, "<<": 16, ">>": 16, "+": 17, "-": 17, "*": 18, "/": 18, "%": 18,
    "instanceof": 20, "**": 22,
}
PREC_TERNARY = 6
PREC_ASSIGN = 5
PREC_UNARY = 21
RIGHT_ASSOC = ["??", "**"]
ASSIGN_OPS = ["=", "+=", "-=", "*=", "/=", ".=", "%=", "**=", "&=", "|=", "^=", "<<=", ">>=",
              "??="]
COMPOUND_OPS = {"+=": "+", "-=": "-", "*=": "*", "/=": "/", ".=": ".", "%=": "%",
                "**=": "**", "&=": "&", "|=": "|", "^=": "^", "<<=": "<<", ">>=": ">>",
                "??=": "??"}
MAGIC_NAMES = ["true", "false", "null"]
RESERVED_CLASSY = ["self", "parent", "static"]
MODIFIERS = ["public", "private", "protected", "static", "abstract", "final", "readonly",
             "var"]


def describe(token):
    """How php names a token in `unexpected ...`."""
    kind = token.name
    if kind == "EOF":
        return "end of file"
    if kind == "VARIABLE":
        return 'variable "$%s"' % token.value
    if kind == "IDENT":
        return 'identifier "%s"' % token.value
    if kind == "LNUMBER":
        return 'integer "%s"' % token.value
    if kind == "DNUMBER":
        return 'floating-point number "%s"' % token.value
    if kind == "STRING":
        return 'single-quoted string "%s"' % token.value
    if kind == "TEMPLATE_START":
        return 'double-quote mark'
    if kind == "INLINE_HTML":
        return 'inline html'
    return 'token "%s"' % token.value


class Parser(object):
    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0
        self.strict_types = False
        self.dollar_brace_lines = []
        self.anonymous_count = 0
        self.filename = ""

    # -- cursor ---------------------------------------------------------------------
    def peek(self, ahead=0):
        i = self.pos + ahead
        if i >= len(self.tokens):
            i = len(self.tokens) - 1
        return self.tokens[i]

    def kind(self, ahead=0):
        return self.peek(ahead).name

    def line(self):
        return self.peek().source_pos.lineno

    def advance(self):
        token = self.peek()
        if self.pos < len(self.tokens) - 1:
            self.pos += 1
        return token

    def check(self, kind):
        return self.kind() == kind

    def match(self, kind):
        if self.kind() == kind:
            self.advance()
            return True
        return False

    def expect(self, kind):
        if self.kind() != kind:
            self.unexpected()
        return self.advance()

    def unexpected(self, expecting=""):
        token = self.peek()
        message = "syntax error, unexpected " + describe(token)
        if expecting:
            message += ", expecting " + expecting
        raise SourceError(message, token.source_pos.lineno, token.source_pos.colno,
                          kind="Parse")

    def ident(self):
        """A name: identifiers and (where php allows them) keywords."""
        token = self.peek()
        if token.name == "IDENT" or (token.name[0].isalpha() and token.name != "EOF" and
                                     token.name not in ("VARIABLE", "LNUMBER", "DNUMBER",
                                                        "STRING", "INLINE_HTML",
                                                        "ENCAPSED")):
            self.advance()
            return token.value
        self.unexpected()
        return ""

    # -- program ----------------------------------------------------------------------
    def program(self):
        stmts = []
        while not self.check("EOF"):
            stmts.append(self.statement())
        return stmts

    def block_or_statement(self):
        if self.check("{"):
            return self.block()
        return self.statement()

    def block(self):
        line = self.line()
        self.expect("{")
        stmts = []
        while not self.check("}"):
            if self.check("EOF"):
                self.unexpected()
            stmts.append(self.statement())
        self.advance()
        return ast.Block(line, stmts)

    def statements_until(self, enders):
        line = self.line()
        stmts = []
        while self.kind() not in enders:
            if self.check("EOF"):
                self.unexpected()
            stmts.append(self.statement())
        return ast.Block(line, stmts)

    def end_statement(self):
        if self.check(";"):
            self.advance()
        elif self.check("EOF") or self.check("INLINE_HTML"):
            return
        else:
            self.unexpected('"," or ";"' if False else "")

    def statement(self):
        token = self.peek()
        kind = token.name
        line = token.source_pos.lineno
        if kind == "{":
            return self.block()
        if kind == ";":
            self.advance()
            return ast.Nop(line)
        if kind == "INLINE_HTML":
            self.advance()
            return ast.InlineHtml(line, token.value)
        if kind == "echo":
            self.advance()
            exprs = [self.expression()]
            while self.match(","):
                exprs.append(self.expression())
            self.end_echo()
            return ast.Echo(line, exprs)
        if kind == "if":
            return self.if_statement()
        if kind == "while":
            self.advance()
            self.expect("(")
            cond = self.expression()
            self.expect(")")
            if self.match(":"):
                body = self.statements_until(["endwhile"])
                self.advance()
                self.end_statement()
            else:
                body = self.block_or_statement()
            return ast.While(line, cond, body)
        if kind == "do":
            self.advance()
            body = self.block_or_statement()
            self.expect("while")
            self.expect("(")
            cond = self.expression()
            self.expect(")")
            self.end_statement()
            return ast.DoWhile(line, body, cond)
        if kind == "for":
            return self.for_statement()
        if kind == "foreach":
            return self.foreach_statement()
        if kind == "switch":
            return self.switch_statement()
        if kind == "break" or kind == "continue":
            self.advance()
            depth = 1
            if self.check("LNUMBER"):
                depth = int(self.advance().value)
            self.end_statement()
            if kind == "break":
                return ast.Break(line, depth)
            return ast.Continue(line, depth)
        if kind == "return":
            self.advance()
            expr = None
            if not self.check(";") and not self.check("EOF"):
                expr = self.expression()
            self.end_statement()
            return ast.Return(line, expr)
        if kind == "global":
            self.advance()
            names = [self.expect("VARIABLE").value]
            while self.match(","):
                names.append(self.expect("VARIABLE").value)
            self.end_statement()
            return ast.Global(line, names)
        if kind == "static" and self.kind(1) == "VARIABLE":
            self.advance()
            stmts = []
            while True:
                name = self.expect("VARIABLE").value
                default = None
                if self.match("="):
                    default = self.expression()
                stmts.append(ast.StaticVar(line, name, default))
                if not self.match(","):
                    break
            self.end_statement()
            return ast.Block(line, stmts)
        if kind == "unset":
            self.advance()
            self.expect("(")
            exprs = []
            while not self.check(")"):
                exprs.append(self.expression())
                if not self.match(","):
                    break
            self.expect(")")
            self.end_statement()
            return ast.Unset(line, exprs)
        if kind == "function" and (self.kind(1) == "IDENT" or
                                   (self.kind(1) == "&" and self.kind(2) == "IDENT")):
            self.advance()
            return self.function_rest(line, True)
        if kind in ("abstract", "final", "class", "interface", "trait", "readonly") and \
                self.class_ahead():
            return self.class_declaration()
        if kind == "enum" and self.kind(1) == "IDENT":
            return self.class_declaration()
        if kind == "IDENT" and token.value.lower() == "enum" and self.kind(1) == "IDENT":
            return self.class_declaration()
        if kind == "try":
            return self.try_statement()
        if kind == "const":
            self.advance()
            names = []
            values = []
            while True:
                names.append(self.ident())
                self.expect("=")
                values.append(self.expression())
                if not self.match(","):
                    break
            self.end_statement()
            return ast.GlobalConst(line, names, values)
        if kind == "declare":
            self.advance()
            self.expect("(")
            name = self.ident()
            self.expect("=")
            value = self.expression()
            self.expect(")")
            if name.lower() == "strict_types" and isinstance(value, ast.Literal):
                w_flag = value.w_value
                if isinstance(w_flag, W_Int) and w_flag.intval == 1:
                    self.strict_types = True
            self.end_statement()
            return ast.Declare(line, name, value)
        if kind == "IDENT" and self.kind(1) == ":" and token.value.lower() != "default":
            self.advance()
            self.advance()
            return ast.Label(line, token.value)
        if kind == "goto":
            self.advance()
            name = self.ident()
            self.end_statement()
            return ast.Goto(line, name)
        if kind == "use":              # namespaces: `use Foo\Bar;` is a no-op for us
            while not self.check(";"):
                self.advance()
            self.advance()
            return ast.Nop(line)
        if kind == "IDENT" and token.value.lower() == "namespace":
            while not self.check(";") and not self.check("{"):
                self.advance()
            if self.check("{"):
                return self.block()
            self.advance()
            return ast.Nop(line)
        expr = self.expression()
        self.end_statement()
        return ast.ExprStmt(line, expr)

    def end_echo(self):
        self.end_statement()

    def class_ahead(self):
        i = 0
        while self.kind(i) in ("abstract", "final", "readonly"):
            i += 1
        return self.kind(i) in ("class", "interface", "trait")

    def if_statement(self):
        line = self.line()
        self.expect("if")
        self.expect("(")
        cond = self.expression()
        self.expect(")")
        elifs = []
        else_ = None
        if self.match(":"):
            body = self.statements_until(["elseif", "else", "endif"])
            while True:
                if self.check("elseif"):
                    eline = self.line()
                    self.advance()
                    self.expect("(")
                    econd = self.expression()
                    self.expect(")")
                    self.expect(":")
                    elifs.append(ast.If(eline, econd,
                                        self.statements_until(["elseif", "else", "endif"]),
                                        [], None))
                elif self.check("else"):
                    self.advance()
                    self.expect(":")
                    else_ = self.statements_until(["endif"])
                else:
                    self.expect("endif")
                    self.end_statement()
                    break
            return ast.If(line, cond, body, elifs, else_)
        body = self.block_or_statement()
        while True:
            if self.check("elseif") or (self.check("else") and self.kind(1) == "if"):
                eline = self.line()
                if self.check("else"):
                    self.advance()
                self.advance()
                self.expect("(")
                econd = self.expression()
                self.expect(")")
                elifs.append(ast.If(eline, econd, self.block_or_statement(), [], None))
            elif self.check("else"):
                self.advance()
                else_ = self.block_or_statement()
                break
            else:
                break
        return ast.If(line, cond, body, elifs, else_)

    def for_statement(self):
        line = self.line()
        self.expect("for")
        self.expect("(")
        init = self.expression_list(";")
        self.expect(";")
        cond = self.expression_list(";")
        self.expect(";")
        step = self.expression_list(")")
        self.expect(")")
        if self.match(":"):
            body = self.statements_until(["endfor"])
            self.advance()
            self.end_statement()
        else:
            body = self.block_or_statement()
        return ast.For(line, init, cond, step, body)

    def expression_list(self, end):
        exprs = []
        while not self.check(end):
            exprs.append(self.expression())
            if not self.match(","):
                break
        return exprs

    def foreach_statement(self):
        line = self.line()
        self.expect("foreach")
        self.expect("(")
        subject = self.expression()
        self.expect("as")
        key = None
        byref = self.match("&")
        value = self.foreach_target()
        if self.match("=>"):
            key = value
            byref = self.match("&")
            value = self.foreach_target()
        self.expect(")")
        if self.match(":"):
            body = self.statements_until(["endforeach"])
            self.advance()
            self.end_statement()
        else:
            body = self.block_or_statement()
        return ast.Foreach(line, subject, key, value, byref, body)

    def foreach_target(self):
        if self.check("list"):
            line = self.line()
            self.advance()
            self.expect("(")
            return self.array_literal(line, ")", True)
        return self.unary()

    def switch_statement(self):
        line = self.line()
        self.expect("switch")
        self.expect("(")
        subject = self.expression()
        self.expect(")")
        alternative = self.match(":")
        if not alternative:
            self.expect("{")
        cases = []
        end = "endswitch" if alternative else "}"
        while not self.check(end):
            cline = self.line()
            if self.match("default"):
                expr = None
            else:
                self.expect("case")
                expr = self.expression()
            if not self.match(":"):
                self.expect(";")
            body = self.statements_until(["case", "default", end])
            cases.append(ast.Case(cline, expr, body))
        self.advance()
        if alternative:
            self.end_statement()
        return ast.Switch(line, subject, cases)

    def try_statement(self):
        line = self.line()
        self.expect("try")
        body = self.block()
        catches = []
        finally_ = None
        while self.check("catch"):
            cline = self.line()
            self.advance()
            self.expect("(")
            types = [self.class_name()]
            while self.match("|"):
                types.append(self.class_name())
            var = ""
            if self.check("VARIABLE"):
                var = self.advance().value
            self.expect(")")
            catches.append(ast.Catch(cline, types, var, self.block()))
        if self.match("finally"):
            finally_ = self.block()
        if not catches and finally_ is None:
            self.unexpected('"catch" or "finally"')
        return ast.Try(line, body, catches, finally_)

    def class_name(self):
        name = self.ident()
        if name.startswith("\\"):
            name = name[1:]
        return name

    # -- functions and classes ----------------------------------------------------------
    def function_rest(self, line, named):
        byref = self.match("&")
        name = self.ident() if named else "{closure}"
        params = self.parameters()
        uses = []
        if not named and self.match("use"):
            self.expect("(")
            while not self.check(")"):
                use_line = self.line()
                use_ref = self.match("&")
                uses.append(ast.ClosureUse(use_line, self.expect("VARIABLE").value, use_ref))
                if not self.match(","):
                    break
            self.expect(")")
        return_type = self.return_type()
        body = self.block()
        return ast.FunctionDecl(line, name, params, body, byref, uses, False, return_type,
                                False)

    def return_type(self):
        if self.match(":"):
            return self.type_decl()
        return ""

    def type_decl(self):
        """A type as text: `?int`, `int|string`, `static`; '' when absent."""
        parts = []
        if self.match("?"):
            parts.append("?")
        while True:
            if self.match("("):
                parts.append("(")
                continue
            if self.check("array") or self.check("static") or self.check("callable"):
                parts.append(self.advance().name)
            else:
                parts.append(self.class_name())
            self.match(")")
            if self.check("|") or (self.check("&") and self.kind(1) != "VARIABLE" and
                                   self.kind(1) != "..." and self.kind(1) != "&"):
                parts.append(self.advance().name)
                continue
            break
        return "".join(parts)

    def parameters(self):
        self.expect("(")
        params = []
        while not self.check(")"):
            line = self.line()
            promote = ""
            visibility = ""
            readonly = False
            while self.kind() in ("public", "private", "protected", "readonly"):
                word = self.advance().name
                if word == "readonly":
                    readonly = True
                else:
                    visibility = word
            if visibility or readonly:
                promote = (visibility or "public") + (" readonly" if readonly else "")
            type_ = ""
            if not self.check("VARIABLE") and not self.check("&") and not self.check("..."):
                type_ = self.type_decl()
            byref = self.match("&")
            variadic = self.match("...")
            name = self.expect("VARIABLE").value
            default = None
            if self.match("="):
                default = self.expression()
            params.append(ast.Param(line, name, default, type_, byref, variadic, promote))
            if not self.match(","):
                break
        self.expect(")")
        return params

    def class_declaration(self):
        line = self.line()
        flags = []
        while self.kind() in ("abstract", "final", "readonly"):
            flags.append(self.advance().name)
        kind = self.advance()
        kind_name = kind.name if kind.name != "IDENT" else "enum"
        name = self.ident()
        return self.class_body(line, kind_name, name, flags)

    def class_body(self, line, kind, name, flags):
        enum_type = ""
        if kind == "enum" and self.match(":"):
            enum_type = self.type_decl()
        parent = ""
        interfaces = []
        if self.match("extends"):
            parent = self.class_name()
            if kind == "interface":
                interfaces.append(parent)
                parent = ""
                while self.match(","):
                    interfaces.append(self.class_name())
        if self.match("implements"):
            interfaces.append(self.class_name())
            while self.match(","):
                interfaces.append(self.class_name())
        self.expect("{")
        consts = []
        props = []
        methods = []
        traits = []
        rules = []
        cases = []
        while not self.match("}"):
            mline = self.line()
            if self.match("use"):
                traits.append(self.class_name())
                while self.match(","):
                    traits.append(self.class_name())
                if self.match("{"):
                    while not self.match("}"):
                        rules.append(self.trait_rule())
                else:
                    self.end_statement()
                continue
            if self.match("case"):
                case_name = self.ident()
                value = None
                if self.match("="):
                    value = self.expression()
                self.end_statement()
                cases.append(ast.EnumCase(mline, case_name, value))
                continue
            modifiers = []
            while self.kind() in MODIFIERS:
                modifiers.append(self.advance().name)
            visibility = "public"
            for m in modifiers:
                if m == "private" or m == "protected":
                    visibility = m
            if self.match("const"):
                if not self.check("IDENT") or self.kind(1) != "=":
                    if self.kind(1) != "=":
                        self.type_decl()        # a typed constant (8.3): skip the type
                while True:
                    cname = self.ident()
                    self.expect("=")
                    consts.append(ast.ConstDecl(mline, cname, self.expression(), visibility))
                    if not self.match(","):
                        break
                self.end_statement()
            elif self.match("function"):
                fline = self.line()
                func = self.function_rest(fline, True) if not self.method_without_body() \
                    else self.abstract_method(fline)
                methods.append(ast.MethodDecl(mline, func, visibility, "static" in modifiers,
                                              "abstract" in modifiers or kind == "interface",
                                              "final" in modifiers))
            else:
                type_ = ""
                if not self.check("VARIABLE"):
                    type_ = self.type_decl()
                while True:
                    pname = self.expect("VARIABLE").value
                    default = None
                    if self.match("="):
                        default = self.expression()
                    props.append(ast.PropDecl(mline, pname, default, visibility,
                                              "static" in modifiers, type_,
                                              "readonly" in modifiers or "readonly" in flags))
                    if not self.match(","):
                        break
                self.end_statement()
        return ast.ClassDecl(line, name, kind, parent, interfaces, consts, props, methods,
                             traits, rules, flags, cases, enum_type)

    def method_without_body(self):
        """Looks ahead past the parameter list for `;` (abstract or interface methods)."""
        i = self.pos
        depth = 0
        while i < len(self.tokens):
            kind = self.tokens[i].name
            if kind == "(":
                depth += 1
            elif kind == ")":
                depth -= 1
            elif depth == 0 and (kind == "{" or kind == ";"):
                return kind == ";"
            i += 1
        return False

    def abstract_method(self, line):
        byref = self.match("&")
        name = self.ident()
        params = self.parameters()
        return_type = self.return_type()
        self.expect(";")
        return ast.FunctionDecl(line, name, params, None, byref, [], False, return_type,
                                False)

    def trait_rule(self):
        line = self.line()
        first = self.class_name()
        trait = ""
        method = first
        if self.match("::"):
            trait = first
            method = self.ident()
        if self.match("insteadof"):
            others = [self.class_name()]
            while self.match(","):
                others.append(self.class_name())
            self.end_statement()
            return ast.TraitRule(line, trait, method, others, "", "")
        self.expect("as")
        visibility = ""
        if self.kind() in ("public", "protected", "private"):
            visibility = self.advance().name
        alias = ""
        if not self.check(";"):
            alias = self.ident()
        self.end_statement()
        return ast.TraitRule(line, trait, method, [], alias, visibility)

    # -- expressions ----------------------------------------------------------------------
    def expression(self):
        return self.binary(0)

    def binary(self, min_prec):
        left = self.unary()
        while True:
            kind = self.kind()
            if kind == "?" and min_prec <= PREC_TERNARY:
                line = self.line()
                self.advance()
                if self.match(":"):
                    then = None
                else:
                    then = self.binary(PREC_ASSIGN)
                    self.expect(":")
                else_ = self.binary(PREC_TERNARY + 1)
                left = ast.Ternary(line, left, then, else_)
                continue
            prec = BINARY.get(kind, -1)
            if prec < 0 or prec < min_prec:
                return left
            line = self.line()
            self.advance()
            if kind == "instanceof":
                left = ast.Instanceof(line, left, self.class_reference())
                continue
            next_min = prec if kind in RIGHT_ASSOC else prec + 1
            right = self.binary(next_min)
            if kind in ("&&", "||", "and", "or", "??", "xor"):
                op = {"and": "&&", "or": "||"}.get(kind, kind)
                left = ast.Logical(line, op, left, right)
            else:
                if kind == "<>":
                    kind = "!="
                left = ast.Binary(line, kind, left, right)

    def unary(self):
        token = self.peek()
        kind = token.name
        line = token.source_pos.lineno
        if kind == "!":
            self.advance()
            return ast.Unary(line, "!", self.binary(BINARY["instanceof"]))
        if kind == "-" or kind == "+" or kind == "~":
            self.advance()
            operand = self.binary(PREC_UNARY)
            if kind == "-" and isinstance(operand, ast.Literal):
                w = operand.w_value
                if isinstance(w, W_Int) and w.intval != -w.intval - 2 * w.intval - 1:
                    return ast.Literal(line, W_Int(-w.intval))
                if isinstance(w, W_Float):
                    return ast.Literal(line, W_Float(-w.floatval))
            return ast.Unary(line, kind, operand)
        if kind == "@":
            self.advance()
            return ast.Silence(line, self.binary(PREC_UNARY))
        if kind[0] == "(" and len(kind) > 1:
            self.advance()
            return ast.Cast(line, kind, self.binary(PREC_UNARY))
        if kind == "++" or kind == "--":
            self.advance()
            return ast.IncDec(line, True, kind == "++", self.binary(PREC_UNARY))
        if kind == "new":
            return self.postfix(self.new_expression())
        if kind == "clone":
            self.advance()
            return ast.Clone(line, self.binary(PREC_UNARY))
        if kind == "print":
            self.advance()
            return ast.Print(line, self.binary(PREC_ASSIGN))
        if kind == "yield":
            self.advance()
            if self.check("IDENT") and self.peek().value.lower() == "from":
                self.advance()
                return ast.YieldFrom(line, self.binary(PREC_ASSIGN))
            if self.kind() in (";", ")", ",", "]"):
                return ast.Yield(line, None, None)
            value = self.binary(PREC_ASSIGN)
            if self.match("=>"):
                return ast.Yield(line, value, self.binary(PREC_ASSIGN))
            return ast.Yield(line, None, value)
        if kind == "throw":
            self.advance()
            return ast.Throw(line, self.binary(0))
        if kind in ("include", "include_once", "require", "require_once"):
            self.advance()
            return ast.Include(line, kind, self.binary(PREC_ASSIGN))
        return self.postfix(self.primary())

    def new_expression(self):
        line = self.line()
        self.expect("new")
        if self.check("class"):
            self.advance()
            args = self.arguments() if self.check("(") else []
            self.anonymous_count += 1
            decl = self.class_body(line, "class", "class@anonymous\0%s:%d$%d" % (
                self.filename, line, self.anonymous_count - 1), [])
            return ast.New(line, None, args, decl)
        if self.check("VARIABLE"):
            cls = self.postfix(ast.Variable(line, self.advance().value), True)
        elif self.match("("):
            cls = self.expression()
            self.expect(")")
        else:
            cls = self.class_reference()
        args = self.arguments() if self.check("(") else []
        return ast.New(line, cls, args, None)

    def class_reference(self):
        """After `new`, `instanceof`: a name or a variable expression."""
        line = self.line()
        if self.check("VARIABLE"):
            return self.postfix(ast.Variable(line, self.advance().value), True)
        if self.check("static"):
            self.advance()
            return ast.Name(line, "static")
        return ast.Name(line, self.class_name())

    def arguments(self):
        self.expect("(")
        args = []
        while not self.check(")"):
            line = self.line()
            if self.check("...") and self.kind(1) == ")":
                self.advance()
                self.advance()
                return None                     # first-class callable syntax
            spread = self.match("...")
            name = ""
            if self.kind(1) == ":" and self.kind(2) != ":" and \
                    (self.check("IDENT") or self.kind()[0].isalpha()) and \
                    self.kind() != "VARIABLE":
                name = self.ident()
                self.advance()
            args.append(ast.Arg(line, self.expression(), spread, name))
            if not self.match(","):
                break
        self.expect(")")
        return args

    def call_or_callable(self, make, line):
        args = self.arguments()
        if args is None:
            return ast.FirstClassCallable(line, make([]))
        return make(args)

    def postfix(self, expr, no_calls=False):
        while True:
            kind = self.kind()
            line = self.line()
            if kind == "[":
                self.advance()
                if self.match("]"):
                    expr = ast.Index(line, expr, None)
                else:
                    index = self.expression()
                    self.expect("]")
                    expr = ast.Index(line, expr, index)
            elif kind == "{" and False:
                pass
            elif kind == "->" or kind == "?->":
                self.advance()
                nullsafe = kind == "?->"
                if self.check("VARIABLE"):
                    name = ast.Variable(line, self.advance().value)
                elif self.match("{"):
                    name = self.expression()
                    self.expect("}")
                else:
                    name = ast.Literal(line, W_String(self.ident()))
                if self.check("(") and not no_calls:
                    obj = expr
                    args = self.arguments()
                    if args is None:
                        expr = ast.FirstClassCallable(line, ast.MethodCall(line, obj, name,
                                                                           [], nullsafe))
                    else:
                        expr = ast.MethodCall(line, obj, name, args, nullsafe)
                else:
                    expr = ast.Prop(line, expr, name, nullsafe)
            elif kind == "::":
                self.advance()
                if self.check("VARIABLE"):
                    name = self.advance().value
                    if self.check("(") and not no_calls:
                        args = self.arguments()
                        expr = ast.StaticCall(line, expr, ast.Variable(line, name), args)
                    else:
                        expr = ast.StaticProp(line, expr, name)
                elif self.check("class"):
                    self.advance()
                    expr = ast.ClassConst(line, expr, "class")
                elif self.match("{"):
                    name_expr = self.expression()
                    self.expect("}")
                    args = self.arguments()
                    expr = ast.StaticCall(line, expr, name_expr, args)
                else:
                    name = self.ident()
                    if self.check("(") and not no_calls:
                        args = self.arguments()
                        call = ast.StaticCall(line, expr, ast.Literal(line, W_String(name)),
                                              [] if args is None else args)
                        expr = ast.FirstClassCallable(line, call) if args is None else call
                    else:
                        expr = ast.ClassConst(line, expr, name)
            elif kind == "(" and not no_calls:
                args = self.arguments()
                call = ast.Call(line, expr, "", [] if args is None else args)
                expr = ast.FirstClassCallable(line, call) if args is None else call
            elif kind == "++" or kind == "--":
                if no_calls:
                    return expr
                self.advance()
                expr = ast.IncDec(line, False, kind == "++", expr)
            elif kind in ASSIGN_OPS and not no_calls:
                self.advance()
                if kind == "=":
                    if self.check("&") and self.kind(1) != "&":
                        self.advance()
                        source = self.binary(PREC_ASSIGN)
                        return ast.AssignRef(line, expr, source)
                    return ast.Assign(line, expr, self.binary(PREC_ASSIGN))
                return ast.CompoundAssign(line, COMPOUND_OPS[kind], expr,
                                          self.binary(PREC_ASSIGN))
            else:
                return expr

    def primary(self):
        token = self.advance()
        kind = token.name
        line = token.source_pos.lineno
        if kind == "VARIABLE":
            return ast.Variable(line, token.value)
        if kind == "$":
            if self.match("{"):
                expr = self.expression()
                self.expect("}")
                return ast.VarVar(line, expr)
            return ast.VarVar(line, self.primary())
        if kind == "LNUMBER":
            return ast.Literal(line, parse_int_literal(token.value))
        if kind == "DNUMBER":
            return ast.Literal(line, W_Float(parse_float_literal(token.value)))
        if kind == "STRING":
            return ast.Literal(line, W_String(token.value))
        if kind == "TEMPLATE_START":
            return self.template(line)
        if kind == "(":
            expr = self.expression()
            self.expect(")")
            return expr
        if kind == "[":
            return self.array_literal(line, "]", False)
        if kind == "array" and self.check("("):
            self.advance()
            return self.array_literal(line, ")", False)
        if kind == "list" and self.check("("):
            self.advance()
            return self.array_literal(line, ")", True)
        if kind == "isset":
            self.expect("(")
            exprs = self.expression_list(")")
            self.expect(")")
            return ast.Isset(line, exprs)
        if kind == "empty":
            self.expect("(")
            expr = self.expression()
            self.expect(")")
            return ast.Empty(line, expr)
        if kind == "exit":
            expr = None
            if self.match("("):
                if not self.check(")"):
                    expr = self.expression()
                self.expect(")")
            return ast.Exit(line, expr)
        if kind == "function" or kind == "fn":
            return self.closure(line, kind == "fn", False)
        if kind == "static" and (self.check("function") or self.check("fn")):
            arrow = self.advance().name == "fn"
            return self.closure(line, arrow, True)
        if kind == "match":
            return self.match_expression(line)
        if kind == "static":
            return ast.Name(line, "static")
        if kind == "IDENT" or kind in ("array",) or (kind[0].isalpha() and kind != "EOF"
                                                      and kind not in ("INLINE_HTML",)):
            name = token.value
            if name.startswith("\\"):
                name = name[1:]
            if self.check("("):
                args = self.arguments()
                if args is None:
                    return ast.FirstClassCallable(line, ast.Call(line, None, name, []))
                return ast.Call(line, None, name, args)
            if self.check("::"):
                return ast.Name(line, name)
            return ast.Const(line, name)
        self.pos -= 1
        self.unexpected()
        return None

    def closure(self, line, arrow, is_static):
        if arrow:
            byref = self.match("&")
            params = self.parameters()
            return_type = self.return_type()
            self.expect("=>")
            body_line = self.line()
            expr = self.binary(PREC_ASSIGN)
            body = ast.Block(body_line, [ast.Return(body_line, expr)])
            decl = ast.FunctionDecl(line, "{closure}", params, body, byref, [], is_static,
                                    return_type, False)
            return ast.Closure(line, decl, [], is_static, True)
        decl = self.function_rest(line, False)
        return ast.Closure(line, decl, decl.uses, is_static, False)

    def match_expression(self, line):
        self.expect("(")
        subject = self.expression()
        self.expect(")")
        self.expect("{")
        arms = []
        while not self.match("}"):
            aline = self.line()
            if self.match("default"):
                conds = None
            else:
                conds = [self.expression()]
                while self.match(","):
                    if self.check("=>"):
                        break
                    conds.append(self.expression())
            self.expect("=>")
            arms.append(ast.MatchArm(aline, conds, self.expression()))
            if not self.match(","):
                self.expect("}")
                break
        return ast.Match(line, subject, arms)

    def array_literal(self, line, end, is_list):
        items = []
        while not self.check(end):
            iline = self.line()
            if self.check(","):
                self.advance()
                items.append(ast.ArrayItem(iline, None, None, False, False))
                continue
            if self.match("..."):
                items.append(ast.ArrayItem(iline, None, self.expression(), False, True))
            elif self.match("&"):
                items.append(ast.ArrayItem(iline, None, self.unary(), True, False))
            else:
                value = self.expression()
                if self.match("=>"):
                    byref = self.match("&")
                    items.append(ast.ArrayItem(iline, value, self.expression() if not byref
                                               else self.unary(), byref, False))
                else:
                    items.append(ast.ArrayItem(iline, None, value, False, False))
            if not self.match(","):
                break
        self.expect(end)
        return ast.ArrayLit(line, items, is_list)

    def template(self, line):
        parts = []
        while not self.match("TEMPLATE_END"):
            token = self.advance()
            kind = token.name
            pline = token.source_pos.lineno
            if kind == "ENCAPSED":
                parts.append(ast.Literal(pline, W_String(token.value)))
            elif kind == "VARIABLE":
                expr = ast.Variable(pline, token.value)
                if self.check("["):
                    self.advance()
                    key_token = self.advance()
                    if key_token.name == "VARIABLE":
                        key = ast.Variable(pline, key_token.value)
                    elif key_token.name == "NUM_STRING":
                        key = ast.Literal(pline, numeric_key(key_token.value))
                    else:
                        key = ast.Literal(pline, W_String(key_token.value))
                    self.expect("]")
                    expr = ast.Index(pline, expr, key)
                elif self.check("->"):
                    self.advance()
                    name = self.advance().value
                    expr = ast.Prop(pline, expr, ast.Literal(pline, W_String(name)), False)
                parts.append(expr)
            elif kind == "CURLY_OPEN":
                parts.append(self.expression())
                self.expect("}")
            elif kind == "DOLLAR_OPEN_CURLY":
                if self.check("IDENT") and self.kind(1) == "}":
                    parts.append(ast.Variable(pline, self.advance().value))
                elif self.check("IDENT") and self.kind(1) == "[":
                    var = ast.Variable(pline, self.advance().value)
                    self.advance()
                    index = self.expression()
                    self.expect("]")
                    parts.append(ast.Index(pline, var, index))
                else:
                    parts.append(ast.VarVar(pline, self.expression()))
                self.expect("}")
                self.dollar_brace_lines.append(pline)
            elif kind == "EOF":
                self.pos -= 1
                self.unexpected()
            else:
                self.pos -= 1
                self.unexpected()
        if len(parts) == 1 and isinstance(parts[0], ast.Literal):
            return parts[0]
        if not parts:
            return ast.Literal(line, W_String(""))
        return ast.Template(line, parts)


def numeric_key(text):
    """`"$a[12]"`: a decimal key is an int, unless php would keep it a string."""
    if text == "0" or (text[0] != "0" and not text.startswith("-0")):
        return parse_int_literal(text)
    return W_String(text)


def parse(source, filename=""):
    """(statements, strict_types, lines of `${` interpolations); raises SourceError."""
    parser = Parser(scan(source))
    parser.filename = filename
    stmts = parser.program()
    return stmts, parser.strict_types, parser.dollar_brace_lines
