# DeltaBlue-style constraint solving: variables linked by equality, scale and offset
# constraints of different strengths; adding and removing constraints re-plans which
# constraint determines each variable, then the plan is executed many times.

REQUIRED, STRONG, MEDIUM, WEAK = 0, 1, 2, 3


class Variable:
    def __init__(self, name, value):
        self.name = name
        self.value = value
        self.constraints = []
        self.determined_by = None
        self.walk_strength = WEAK
        self.stay = True
        self.mark = 0


class Constraint:
    def __init__(self, strength):
        self.strength = strength

    def is_satisfied(self):
        return self.output is not None


class Equal(Constraint):
    """b = a (or a = b, whichever direction the planner picks)."""

    def __init__(self, a, b, strength):
        Constraint.__init__(self, strength)
        self.inputs = [a, b]
        self.output = None
        a.constraints.append(self)
        b.constraints.append(self)

    def choose(self, mark):
        a, b = self.inputs
        if b.mark != mark and (a.mark == mark or self.strength < b.walk_strength):
            return a, b
        if a.mark != mark and self.strength < a.walk_strength:
            return b, a
        return None, None

    def execute(self):
        source = self.inputs[0] if self.output is self.inputs[1] else self.inputs[1]
        self.output.value = source.value


class Scale(Constraint):
    """dst = src * scale + offset."""

    def __init__(self, src, dst, scale, offset, strength):
        Constraint.__init__(self, strength)
        self.src = src
        self.dst = dst
        self.scale = scale
        self.offset = offset
        self.output = None
        src.constraints.append(self)
        dst.constraints.append(self)

    def choose(self, mark):
        if self.dst.mark != mark and self.strength < self.dst.walk_strength:
            return self.src, self.dst
        return None, None

    def execute(self):
        self.output.value = self.src.value * self.scale + self.offset


class Planner:
    def __init__(self):
        self.mark = 0
        self.constraints = []

    def add(self, c):
        self.constraints.append(c)
        self.replan()

    def remove(self, c):
        self.constraints.remove(c)
        for v in (c.inputs if isinstance(c, Equal) else [c.src, c.dst]):
            v.constraints.remove(c)
        self.replan()

    def replan(self):
        """Strongest constraints first, each claims an output not yet claimed this round;
        the plan is the claiming order (an input is always claimed before use)."""
        self.mark += 1
        mark = self.mark
        for c in self.constraints:
            c.output = None
        variables = {}
        for c in self.constraints:
            for v in (c.inputs if isinstance(c, Equal) else [c.src, c.dst]):
                variables[id(v)] = v
        for v in variables.values():
            v.walk_strength = WEAK + 1
            v.determined_by = None
        self.plan = []
        for strength in (REQUIRED, STRONG, MEDIUM, WEAK):
            changed = True
            while changed:
                changed = False
                for c in self.constraints:
                    if c.strength != strength or c.output is not None:
                        continue
                    source, target = c.choose(mark)
                    if target is None or (source.mark != mark and
                                          source.determined_by is not None):
                        continue
                    c.output = target
                    target.mark = mark
                    target.walk_strength = strength
                    target.determined_by = c
                    self.plan.append(c)
                    changed = True

    def run(self):
        for c in self.plan:
            c.execute()


def chain_test(n, rounds):
    planner = Planner()
    vs = [Variable("v%d" % i, 0) for i in range(n)]
    for i in range(n - 1):
        planner.add(Equal(vs[i], vs[i + 1], STRONG))
    total = 0
    for r in range(rounds):
        vs[0].value = r
        planner.run()
        total += vs[-1].value
    return total


def projection_test(n, rounds):
    planner = Planner()
    scale = Variable("scale", 10)
    offset = Variable("offset", 1000)
    srcs = []
    dsts = []
    for i in range(n):
        src = Variable("src%d" % i, i)
        dst = Variable("dst%d" % i, i)
        srcs.append(src)
        dsts.append(dst)
        planner.add(Scale(src, dst, 10, 1000, REQUIRED if i % 2 else STRONG))
    total = 0
    for r in range(rounds):
        for i in range(n):
            srcs[i].value = r + i
        planner.run()
        total += dsts[n - 1].value + dsts[r % n].value
    for _ in range(40):
        extra = Equal(dsts[0], srcs[1], MEDIUM)
        planner.add(extra)
        planner.remove(extra)
    planner.run()
    return total, dsts[0].value


print(chain_test(120, 20000))
print(projection_test(100, 20000))
