# An expression-tree interpreter: node classes with a virtual evaluate(), a constant
# folder that rebuilds trees, and a pretty printer; deep polymorphic method calls.


class Expr:
    def fold(self):
        return self


class Num(Expr):
    def __init__(self, value):
        self.value = value

    def evaluate(self, env):
        return self.value

    def show(self):
        return str(self.value)


class Var(Expr):
    def __init__(self, name):
        self.name = name

    def evaluate(self, env):
        return env[self.name]

    def show(self):
        return self.name


class BinOp(Expr):
    def __init__(self, left, right):
        self.left = left
        self.right = right

    def evaluate(self, env):
        return self.apply(self.left.evaluate(env), self.right.evaluate(env))

    def fold(self):
        left = self.left.fold()
        right = self.right.fold()
        if isinstance(left, Num) and isinstance(right, Num):
            return Num(self.apply(left.value, right.value))
        return self.__class__(left, right)

    def show(self):
        return "(" + self.left.show() + " " + self.symbol + " " + self.right.show() + ")"


class Add(BinOp):
    symbol = "+"

    def apply(self, a, b):
        return a + b


class Sub(BinOp):
    symbol = "-"

    def apply(self, a, b):
        return a - b


class Mul(BinOp):
    symbol = "*"

    def apply(self, a, b):
        return a * b % 1000003


class Max(BinOp):
    symbol = "max"

    def apply(self, a, b):
        return a if a > b else b


class IfPos(Expr):
    def __init__(self, cond, then, other):
        self.cond = cond
        self.then = then
        self.other = other

    def evaluate(self, env):
        if self.cond.evaluate(env) > 0:
            return self.then.evaluate(env)
        return self.other.evaluate(env)

    def fold(self):
        return IfPos(self.cond.fold(), self.then.fold(), self.other.fold())

    def show(self):
        return "if " + self.cond.show() + " then " + self.then.show() + " else " + \
            self.other.show()


OPS = [Add, Sub, Mul, Max]


def build(seed, depth):
    if depth == 0:
        if seed % 3 == 0:
            return Var("xyz"[seed % 7 % 3])
        return Num(seed % 10)
    if seed % 11 == 0:
        return IfPos(build(seed * 7 + 1, depth - 1), build(seed * 7 + 2, depth - 1),
                     build(seed * 7 + 3, depth - 1))
    op = OPS[seed % 4]
    return op(build(seed * 3 + 1, depth - 1), build(seed * 5 + 2, depth - 1))


def main(trees, evaluations):
    total = 0
    shown = 0
    for t in range(trees):
        tree = build(t + 5, 8).fold()
        shown += len(tree.show())
        for i in range(evaluations):
            total += tree.evaluate({"x": i, "y": i * 2 - 5, "z": 7 - i})
    return total % 1000000007, shown


print(main(40, 800))
