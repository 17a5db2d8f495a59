"""The continuation trampoline on a toy backtracking solver over integer registers.

Goals are immutable nodes (and the JIT's green keys): `Member` binds a register to each of
its values in turn through a choice point, `Seq` runs two goals, `Emit` records the
registers, `Fail` backtracks, `CountDown` loops by tail call and `Deepen` recurses
without a tail call, so its success continuations chain as deep as it counts.
tests/jit/test_trampoline_jit.py traces the same toy.
"""
import sys

from framework.kit import Kit
from framework.trampoline import make_trampoline
from rpython.rtyper.test.test_llinterp import interpret

kit = Kit("cps")


class Goal(object):
    def solve(self, engine, success):
        raise NotImplementedError

    def describe(self):
        return self.__class__.__name__


class Member(Goal):
    _immutable_fields_ = ['register', 'values[*]']

    def __init__(self, register, values):
        self.register = register
        self.values = values

    def solve(self, engine, success):
        return Retry(self, 0, success, engine.failure)


class Seq(Goal):
    _immutable_fields_ = ['first', 'then']

    def __init__(self, first, then):
        self.first = first
        self.then = then

    def solve(self, engine, success):
        return Solve(self.first, Solve(self.then, success))


class Emit(Goal):
    def solve(self, engine, success):
        engine.out.append(engine.registers[0] * 10 + engine.registers[1])
        return success


class Fail(Goal):
    def solve(self, engine, success):
        return engine.failure


class Add(Goal):
    """registers[1] += registers[0]"""

    def solve(self, engine, success):
        engine.registers[1] += engine.registers[0]
        return success


class CountDown(Goal):
    """While registers[0] > 0: decrement it and add it to registers[1] (a tail call)."""

    def solve(self, engine, success):
        n = engine.registers[0]
        if n == 0:
            return success
        engine.registers[0] = n - 1
        engine.registers[1] += n
        return Solve(self, success)


class Deepen(Goal):
    """Count registers[0] down, then count registers[1] up once per level on the way back."""

    def solve(self, engine, success):
        if engine.registers[0] == 0:
            return success
        engine.registers[0] -= 1
        return Solve(self, Increment(success))


class Kind(Goal):
    """The key of a continuation that runs no goal of its own."""
    _immutable_fields_ = ['name']

    def __init__(self, name):
        self.name = name

    def describe(self):
        return self.name


INCREMENT = Kind("increment")
ANSWER = Kind("answer")
EXHAUSTED = Kind("exhausted")


class Engine(object):
    def __init__(self):
        self.registers = [0, 0]
        self.out = []
        self.failure = Exhausted()


class Solve(kit.Continuation):
    """Run `goal`, then `success`."""
    _immutable_fields_ = ['goal', 'success']

    def __init__(self, goal, success):
        self.goal = goal
        self.success = success

    def step(self, engine):
        return self.goal.solve(engine, self.success)

    def green_key(self):
        return self.goal


class Retry(kit.Continuation):
    """A choice point: bind the register to values[index] and leave the next one behind."""
    _immutable_fields_ = ['goal', 'index', 'success', 'previous']

    def __init__(self, goal, index, success, previous):
        self.goal = goal
        self.index = index
        self.success = success
        self.previous = previous

    def step(self, engine):
        goal = self.goal
        engine.registers[goal.register] = goal.values[self.index]
        if self.index + 1 < len(goal.values):
            engine.failure = Retry(goal, self.index + 1, self.success, self.previous)
        else:
            engine.failure = self.previous
        return self.success

    def green_key(self):
        return self.goal


class Increment(kit.Continuation):
    _immutable_fields_ = ['success']

    def __init__(self, success):
        self.success = success

    def step(self, engine):
        engine.registers[1] += 1
        return self.success

    def green_key(self):
        return INCREMENT


class Answer(kit.Continuation):
    final = True

    def green_key(self):
        return ANSWER


class Exhausted(kit.Continuation):
    final = True

    def green_key(self):
        return EXHAUSTED


driver, run = make_trampoline("cps", lambda goal: "cps " + goal.describe())

PAIRS = Seq(Member(0, [1, 2, 3]), Seq(Member(1, [1, 2]), Seq(Emit(), Fail())))
FIRST_PAIR = Seq(Member(0, [1, 2, 3]), Seq(Member(1, [1, 2]), Emit()))


def test_backtracking_visits_choices_in_order():
    engine = Engine()
    end = run(Solve(PAIRS, Answer()), engine)
    assert isinstance(end, Exhausted)
    assert engine.out == [11, 12, 21, 22, 31, 32]


def test_an_answer_returns_and_its_choice_points_resume():
    engine = Engine()
    end = run(Solve(FIRST_PAIR, Answer()), engine)
    answers = []
    while isinstance(end, Answer):
        answers.append(list(engine.registers))
        end = run(engine.failure, engine)
    assert answers == [[1, 1], [1, 2], [2, 1], [2, 2], [3, 1], [3, 2]]
    assert isinstance(end, Exhausted)
    assert engine.out == [11, 12, 21, 22, 31, 32]


def test_a_million_steps_in_constant_host_stack():
    depth = 0
    frame = sys._getframe()
    while frame is not None:
        depth += 1
        frame = frame.f_back
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(depth + 40)      # any recursion per step would fail at once
    try:
        engine = Engine()
        engine.registers[0] = 500000        # 500,000 Solve steps, 500,000 Increment steps
        end = run(Solve(Deepen(), Answer()), engine)
    finally:
        sys.setrecursionlimit(limit)
    assert isinstance(end, Answer)
    assert engine.registers == [0, 500000]


def test_tail_calls_loop():
    engine = Engine()
    engine.registers[0] = 100
    assert isinstance(run(Solve(CountDown(), Answer()), engine), Answer)
    assert engine.registers == [0, 5050]


def solve_all(n):
    engine = Engine()
    engine.registers[0] = n
    run(Solve(Deepen(), Answer()), engine)
    total = engine.registers[1]
    run(Solve(PAIRS, Answer()), engine)
    for value in engine.out:
        total = total * 100 + value
    return total


def test_rtyped():
    assert solve_all(3) == 3111221223132
    assert interpret(solve_all, [3]) == 3111221223132
