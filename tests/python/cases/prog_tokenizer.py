# a small tokenizer and recursive-descent calculator
class Token:
    def __init__(self, kind, text, pos):
        self.kind = kind
        self.text = text
        self.pos = pos
    def __repr__(self):
        return "%s(%r)@%d" % (self.kind, self.text, self.pos)

OPERATORS = {"+", "-", "*", "/", "(", ")", "^", ","}

def tokenize(source):
    tokens = []
    i = 0
    while i < len(source):
        ch = source[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            start = i
            while i < len(source) and (source[i].isdigit() or source[i] == "."):
                i += 1
            tokens.append(Token("NUM", source[start:i], start))
        elif ch.isalpha() or ch == "_":
            start = i
            while i < len(source) and (source[i].isalnum() or source[i] == "_"):
                i += 1
            tokens.append(Token("NAME", source[start:i], start))
        elif ch in OPERATORS:
            tokens.append(Token("OP", ch, i))
            i += 1
        else:
            raise SyntaxError("unexpected character %r at %d" % (ch, i))
    tokens.append(Token("EOF", "", len(source)))
    return tokens

class Parser:
    FUNCS = {"max": max, "min": min, "abs": abs}
    def __init__(self, tokens, env):
        self.tokens = tokens
        self.pos = 0
        self.env = env
    def peek(self):
        return self.tokens[self.pos]
    def take(self, text=None):
        tok = self.tokens[self.pos]
        if text is not None and tok.text != text:
            raise SyntaxError("expected %r, got %r" % (text, tok.text))
        self.pos += 1
        return tok
    def expr(self):
        value = self.term()
        while self.peek().text in ("+", "-"):
            op = self.take().text
            rhs = self.term()
            value = value + rhs if op == "+" else value - rhs
        return value
    def term(self):
        value = self.power()
        while self.peek().text in ("*", "/"):
            op = self.take().text
            rhs = self.power()
            value = value * rhs if op == "*" else value / rhs
        return value
    def power(self):
        base = self.unary()
        if self.peek().text == "^":
            self.take()
            return base ** self.power()
        return base
    def unary(self):
        if self.peek().text == "-":
            self.take()
            return -self.unary()
        return self.atom()
    def atom(self):
        tok = self.take()
        if tok.kind == "NUM":
            return float(tok.text) if "." in tok.text else int(tok.text)
        if tok.kind == "NAME":
            if self.peek().text == "(":
                self.take("(")
                args = [self.expr()]
                while self.peek().text == ",":
                    self.take()
                    args.append(self.expr())
                self.take(")")
                return self.FUNCS[tok.text](*args)
            return self.env[tok.text]
        if tok.text == "(":
            value = self.expr()
            self.take(")")
            return value
        raise SyntaxError("unexpected token %r" % (tok,))

def evaluate(source, **env):
    parser = Parser(tokenize(source), env)
    value = parser.expr()
    if parser.peek().kind != "EOF":
        raise SyntaxError("trailing input at %d" % parser.peek().pos)
    return value

print(tokenize("x1 + 2.5*(y-3)"))
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "10 / 4", "max(1, x, 3) - min(4, y)",
            "abs(-7) * 2", "x * (y + 1.5)", "1 +", "2 $ 3", "(1 + 2", "1 2", "unknown + 1"]:
    try:
        print("%-24s => %r" % (src, evaluate(src, x=5, y=2)))
    except SyntaxError as e:
        print("%-24s => SyntaxError: %s" % (src, e))
    except KeyError as e:
        print("%-24s => unknown name %s" % (src, e))
