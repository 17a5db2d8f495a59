"""The solver: success continuations and a stack of choice points, run on the kit's
continuation trampoline (framework/trampoline.py), so neither deep recursion nor long
conjunctions take host stack.

A `Body(goal, next, barrier)` runs a goal and then `next`; `barrier` is the choice point a
cut in the goal cuts back to (the top choice when the clause was entered).  Failure pops the
newest choice point, undoes the trail to its mark and runs it (choice points are
continuations too).  A call of the last goal of a clause passes on the clause's own
continuation, which makes last calls run in constant space.  Control constructs (`,` `;`
`->` `*->` `\\+` call/N catch/3 findall/3) are choice points and continuations over this
same machinery; exceptions unwind the choice-point stack to the newest active catch/3.

Variables carry a creation stamp: a binding is trailed only when a choice point older than
the variable exists.
"""
from rpython.rlib import jit, rtime
from rpython.rlib.objectmodel import we_are_translated

from framework import output
from framework.mt19937 import MersenneTwister
from framework.opprec import iso_table
from framework.trampoline import make_trampoline
from languages.prolog import errors, terms
from languages.prolog.database import (Predicate, make_clause, unify_head, instantiate,
                                       FOREVER)
from languages.prolog.errors import PrologError
from languages.prolog.kit import Continuation
from languages.prolog.streams import StreamTable
from languages.prolog.terms import (Var, Atom, Int, Struct, Template, Functor, atom,
                                    functor_of, list_of)
from languages.prolog.unify import unify, copy_term

MAX_DEPTH = 3000000
"""Pending conjunctions (goals waiting for an earlier goal of their clause) a computation
may stack before a resource error, about where SWI-Prolog's default 1 GB stack ends.
Last calls add none: a clause's last goal continues with the clause's own continuation."""


class Builtin(object):
    """A built-in predicate: `det(engine, args) -> bool`, or `cont(engine, args, next,
    barrier) -> Continuation` for those that make choice points or call goals.  Immutable,
    so a call through a built-in the trace knows is a direct call the JIT can inline."""
    _immutable_fields_ = ['name', 'arity', 'det', 'cont', 'is_det']

    def __init__(self, name, arity, det, cont):
        self.name = name
        self.arity = arity
        self.det = det
        self.cont = cont
        self.is_det = det is not None   # tested instead of the function pointer: a trace
                                        # folds a bool (run untranslated, a constant
                                        # function address cannot be compared with null)


BUILTINS = {}


def det(name, arity, public_name=""):
    """Register a deterministic built-in: `fn(engine, args) -> bool`.  Its errors name
    `public_name` when a library predicate of that name calls it (`$arg` for arg/3)."""
    def register(fn):
        BUILTINS[functor_of(name, arity)] = Builtin(public_name or name, arity, fn, None)
        return fn
    return register


def nondet(name, arity):
    """Register a built-in that returns a continuation: `fn(engine, args, next, barrier)`."""
    def register(fn):
        BUILTINS[functor_of(name, arity)] = Builtin(name, arity, None, fn)
        return fn
    return register


class Flags(object):
    def __init__(self):
        self.double_quotes = "string"
        self.unknown = "error"
        self.occurs_check = "false"


class Sink(object):
    """Where output goes: the terminal (`text is None`) or a capture (with_output_to,
    format/3 to an atom).  `column` is the current column, for format's column stops."""

    def __init__(self, capture):
        self.pieces = [] if capture else None
        self.column = 0


class Engine(object):
    def __init__(self):
        self.choice = None
        self.choice_stamp = -1
        self.base_stamp = -1      # variables older than the running solve are trailed
        self.trail = []
        self.var_counter = 0
        self.generation = 0
        self.clause_counter = 0
        self.preds = {}
        self.clause_refs = {}
        self.flags = Flags()
        self.operators = iso_table()
        add_swi_operators(self.operators)
        self.globals = {}
        self.random = MersenneTwister()
        self.random.init_genrand(5489)
        self.sinks = [Sink(False)]
        self.streams = StreamTable()
        self.halted = False
        self.success = Success()
        self.failure = Failure()
        self.filename = ""
        self.initialization = []
        self.main_goal = None
        self.started = rtime.time()
        self.last_statistics = 0
        self.initialization_lines = []

    # -- variables and the trail ----------------------------------------------------------
    def new_var(self):
        self.var_counter += 1
        return Var(self.var_counter)

    def bind(self, var, value):
        var.ref = value
        if var.stamp <= self.choice_stamp:
            self.trail.append(var)

    def undo(self, mark):
        trail = self.trail
        while len(trail) > mark:
            var = trail.pop()
            var.reset()

    # -- choice points --------------------------------------------------------------------
    def push(self, choice):
        choice.prev = self.choice
        choice.trail_mark = len(self.trail)
        choice.stamp = self.var_counter
        self.choice = choice
        self.choice_stamp = self.var_counter

    def cut(self, barrier):
        self.choice = barrier
        self.choice_stamp = barrier.stamp if barrier is not None else self.base_stamp

    def fail(self):
        """The continuation after a failure: the newest choice point, its bindings undone."""
        choice = self.choice
        if choice is None:
            return self.failure
        self.undo(choice.trail_mark)
        self.cut(choice.prev)
        return choice

    # -- running --------------------------------------------------------------------------
    def solve(self, goal, depth=0):
        """Run goal once, from a fresh choice-point stack (restored afterwards).  True on
        success (bindings kept), False on failure; a PrologError escapes when uncaught."""
        saved_choice = self.choice
        saved_stamp = self.choice_stamp
        saved_base = self.base_stamp
        self.base_stamp = self.var_counter
        self.cut(None)
        barrier = None
        cont = Body(goal, self.success, barrier, depth)
        try:
            while True:
                try:
                    end = run_continuations(cont, self)
                    break
                except PrologError as e:
                    cont = self.handle_error(e)
        finally:
            self.choice = saved_choice
            self.choice_stamp = saved_stamp
            self.base_stamp = saved_base
        return end is self.success

    def handle_error(self, e):
        """The continuation of the newest catch/3 whose catcher unifies with the ball;
        re-raises when there is none."""
        ball = copy_term(self, e.term)
        while True:
            choice = self.choice
            if choice is None:
                raise PrologError(ball)
            active = (isinstance(choice, CatchChoice) and
                      isinstance(choice.exited.deref(), Var))
            self.undo(choice.trail_mark)
            self.cut(choice.prev)
            if active:
                assert isinstance(choice, CatchChoice)
                mark = len(self.trail)
                if unify(self, choice.catcher, ball):
                    return Body(choice.recovery, choice.next, choice.barrier, choice.depth)
                self.undo(mark)

    # -- calling --------------------------------------------------------------------------
    def call(self, goal, next, barrier, depth):
        """The continuation that runs `goal` (dereferenced) then `next`."""
        if isinstance(goal, Struct):
            functor = goal.functor
            args = goal.args
        elif isinstance(goal, Atom):
            functor = goal.get_functor()
            args = NO_ARGS
        elif isinstance(goal, Var):
            raise errors.instantiation_error()
        else:
            raise errors.type_error("callable", goal)
        return self.call_functor(functor, args, next, barrier, depth)

    @jit.unroll_safe
    def call_site(self, site, frame, next, barrier, depth):
        """Run the goal of a stored clause body at `site` under the clause's frame (every
        slot filled): a compound's arguments are instantiated, not the goal itself, and
        the functor is the site's (a constant of the trace)."""
        goal = site.goal
        if isinstance(goal, Template):
            args = [instantiate(self, arg, frame) for arg in goal.parts]
            return self.call_functor(site.functor, args, next, barrier, depth)
        if site.functor is not None:
            return self.call_functor(site.functor, site.args, next, barrier, depth)
        return self.call(instantiate(self, goal, frame).deref(), next, barrier, depth)

    def call_functor(self, functor, args, next, barrier, depth):
        if functor.maybe_control:
            cont = self.control(functor, args, next, barrier, depth)
            if cont is not None:
                return cont
        builtin = builtin_of(functor)
        if builtin is not None:
            return self.call_builtin(builtin, args, next, barrier, depth)
        engine = jit.promote(self)
        pred = engine.pred_of(functor)
        if not pred.defined:
            if pred.dynamic:
                return self.fail()
            return self.unknown(functor, next, barrier, depth)
        if depth > MAX_DEPTH:
            raise errors.resource_error("stack")
        return self.call_pred(pred, args, next, depth)

    def unknown(self, functor, next, barrier, depth):
        if self.flags.unknown == "fail":
            return self.fail()
        if self.flags.unknown == "warning":
            output.write_err("Warning: Unknown procedure: %s/%d\n" % (functor.name,
                                                                     functor.arity))
            return self.fail()
        raise errors.unknown_procedure(functor.name, functor.arity)

    def call_builtin(self, builtin, args, next, barrier, depth):
        try:
            if builtin.is_det:
                if builtin.det(self, args):
                    return next
                return self.fail()
            return builtin.cont(self, args, next, barrier, depth)
        except PrologError as e:
            raise errors.with_context(e, builtin.name, builtin.arity)

    def call_pred(self, pred, args, next, depth):
        generation = self.generation
        first = args[0].deref() if len(args) > 0 else None
        clauses = pred.candidates(first)
        index = next_clause(clauses, 0, generation, first)
        if index < 0:
            return self.fail()
        barrier = self.choice
        following = next_clause(clauses, index + 1, generation, first)
        if following >= 0:
            self.push(ClauseChoice(pred, args, clauses, following, generation, next, depth))
            return self.resolve(clauses[index], args, next, barrier, depth)
        # a deterministic call: a trace takes the clause as a constant (its frame virtual)
        return self.resolve(jit.promote(clauses[index]), args, next, barrier, depth)

    @jit.unroll_safe
    def resolve(self, clause, args, next, barrier, depth):
        frame = [None] * clause.nvars
        head_args = clause.head_args
        for k in range(len(head_args)):
            if not unify_head(self, head_args[k], args[k], frame):
                return self.fail()
        site = clause.first_site
        if site is None:
            return next
        for k in range(len(frame)):
            if frame[k] is None:
                frame[k] = self.new_var()
        return Goals(site, frame, next, barrier, depth)

    def control(self, functor, args, next, barrier, depth):
        """The control constructs, which see the clause's cut barrier; None for a name
        that is not one after all."""
        name = functor.name
        arity = functor.arity
        if arity == 2 and name == ",":
            return Body(args[0], Body(args[1], next, barrier, depth), barrier, depth + 1)
        if arity == 0:
            if name == "true":
                return next
            if name == "!":
                self.cut(barrier)
                return next
            if name == "fail" or name == "false":
                return self.fail()
            return None
        if arity == 2 and name == ";":
            left = args[0].deref()
            if isinstance(left, Struct) and left.functor is IF_THEN:
                choice = IfThenElse(args[1], next, barrier, depth)
                self.push(choice)
                then = Then(choice, left.args[1], next, barrier, depth)
                return Body(left.args[0], then, choice, depth + 1)
            if isinstance(left, Struct) and left.functor is SOFT_IF:
                choice = IfThenElse(args[1], next, barrier, depth)
                self.push(choice)
                then = SoftThen(choice, left.args[1], next, barrier, depth)
                return Body(left.args[0], then, choice, depth + 1)
            self.push(Alternative(args[1], next, barrier, depth))
            return Body(left, next, barrier, depth)
        if arity == 2 and name == "->":
            choice = IfThenElse(terms.FAIL, next, barrier, depth)
            self.push(choice)
            return Body(args[0], Then(choice, args[1], next, barrier, depth), choice,
                        depth + 1)
        if arity == 2 and name == "*->":
            return Body(args[0], Body(args[1], next, barrier, depth), self.choice, depth + 1)
        if arity == 1 and (name == "\\+"):
            check_body(args[0])
            choice = NotChoice(next)
            self.push(choice)
            return Body(args[0], NotSucceeded(choice), choice, depth + 1)
        if arity == 2 and name == ":":
            return Body(args[1], next, barrier, depth)     # modules: the goal itself
        if arity == 1 and name == "call":
            check_body(args[0])
            return Body(args[0], next, self.choice, depth)
        if arity == 3 and name == "findall":
            check_body(args[1])
            choice = FindallChoice(args[0], args[2], terms.NIL, next)
            self.push(choice)
            return Body(args[1], FindallCollect(choice), choice, depth + 1)
        if arity == 3 and name == "catch":
            choice = CatchChoice(args[1], args[2], self.new_var(), next, barrier, depth)
            self.push(choice)
            try:
                check_body(args[0])         # a type error here is this catch's to catch
            except PrologError as e:
                raise errors.with_context(e, "catch", 3)
            return Body(args[0], CatchExit(choice, next), choice, depth + 1)
        return None

    # -- the database ---------------------------------------------------------------------
    @jit.elidable
    def pred_of(self, functor):
        """The predicate of a functor, made (undefined) on first use: a predicate object is
        never replaced, so a trace may take it as a constant."""
        return self.get_pred(functor)

    def get_pred(self, functor):
        pred = self.preds.get(functor, None)
        if pred is None:
            pred = Predicate(functor)
            self.preds[functor] = pred
        return pred

    def add_clause(self, head, body, at_end, consulting=False):
        head = head.deref()
        body = body.deref()
        if isinstance(head, Var):
            raise errors.instantiation_error()
        if isinstance(head, Struct):
            functor = head.functor
        elif isinstance(head, Atom):
            functor = head.get_functor()
        else:
            raise errors.type_error("callable", head)
        if isinstance(body, Var):
            body = Struct(CALL1, [body])
        elif not is_callable(body):
            raise errors.type_error("callable", body)
        if functor in BUILTINS or functor.maybe_control and is_control(functor):
            raise errors.permission_error("modify", "static_procedure",
                                          errors.indicator(functor.name, functor.arity))
        pred = self.get_pred(functor)
        if consulting:
            pred.static = not pred.dynamic
        elif pred.static:
            raise errors.permission_error("modify", "static_procedure",
                                          errors.indicator(functor.name, functor.arity))
        self.generation += 1
        self.clause_counter += 1
        clause = make_clause(head, body, self.generation, self.clause_counter)
        clause.first_site = compile_body(clause.body)
        pred.add(clause, at_end)
        self.clause_refs[self.clause_counter] = clause
        return clause

    def erase(self, number):
        clause = self.clause_refs.get(number, None)
        if clause is None or clause.died != FOREVER:
            return False
        head = clause.head
        if isinstance(head, Struct):
            functor = head.functor
        else:
            assert isinstance(head, Atom)
            functor = head.get_functor()
        pred = self.get_pred(functor)
        self.generation += 1
        pred.remove(clause, self.generation)
        del self.clause_refs[number]
        pred.compact()
        return True

    # -- output ---------------------------------------------------------------------------
    def write(self, text):
        sink = self.sinks[-1]
        if sink.pieces is None:
            self.streams.output.put(text)
            return
        sink.pieces.append(text)
        newline = text.rfind("\n")
        if newline >= 0:
            sink.column = len(text) - newline - 1
        else:
            sink.column += len(text)

    def column(self):
        sink = self.sinks[-1]
        if sink.pieces is None:
            return self.streams.output.column
        return sink.column


@jit.unroll_safe
def next_clause(clauses, index, generation, first):
    """The index of the first clause from `index` visible at generation and possibly
    matching the first argument, or -1."""
    while index < len(clauses):
        clause = clauses[index]
        if clause.visible(generation) and (first is None or clause.may_match(first)):
            return index
        index += 1
    return -1


def check_body(goal):
    """call/1 checks the whole conjunction first, as SWI-Prolog does: `call((true, 3))`
    is a type error before `true` runs."""
    goal = goal.deref()
    pending = [goal]
    while pending:
        term = pending.pop().deref()
        if isinstance(term, Var):
            continue
        if isinstance(term, Struct):
            functor = term.functor
            if functor.arity == 2 and (functor.name == "," or functor.name == ";" or
                                       functor.name == "->" or functor.name == "*->"):
                pending.append(term.args[0])
                pending.append(term.args[1])
            continue
        if not isinstance(term, Atom):
            raise errors.type_error("callable", goal)


def is_callable(term):
    return isinstance(term, Atom) or isinstance(term, Struct)


def is_control(functor):
    name = functor.name
    arity = functor.arity
    if arity == 2:
        return name == "," or name == ";" or name == "->" or name == "*->" or name == ":"
    if arity == 0:
        return name == "true" or name == "!" or name == "fail" or name == "false"
    if arity == 1:
        return name == "\\+" or name == "call"
    return name == "findall" or name == "catch"


def add_swi_operators(table):
    for priority, type, names in SWI_OPERATORS:
        for name in names:
            table.add(priority, type, name)


SWI_OPERATORS = [
    (1150, "fx", ["dynamic", "discontiguous", "initialization", "meta_predicate",
                  "module_transparent", "multifile", "public", "thread_local", "table"]),
    (1105, "xfy", ["|"]),
    (1050, "xfy", ["*->"]),
    (990, "xfx", [":="]),
    (700, "xfx", ["=@=", "\\=@=", "as", ">:<", ":<"]),
    (600, "xfy", [":"]),
    (500, "yfx", ["xor"]),
    (400, "yfx", ["rdiv", "divmod"]),
    (200, "xfy", ["^"]),
    (100, "yfx", ["."]),
    (1, "fx", ["$"]),
    (1150, "fx", ["dynamic"]),
]



@jit.elidable
def builtin_of(functor):
    """The built-in a functor names, or None (the table is fixed once the modules load)."""
    return BUILTINS.get(functor, None)

NO_ARGS = []
IF_THEN = functor_of("->", 2)
SOFT_IF = functor_of("*->", 2)
CALL1 = functor_of("call", 1)
COMMA = functor_of(",", 2)


# -- continuations ------------------------------------------------------------------------

class Key(object):
    """A green key: what a continuation is about to run (framework/trampoline.py)."""
    _immutable_fields_ = ['name']

    def __init__(self, name):
        self.name = name


BODY = Key("body")
CLAUSES = Key("clauses")
CONTROL = Key("control")
DONE = Key("done")


class Success(Continuation):
    final = True

    def green_key(self):
        return DONE


class Failure(Continuation):
    final = True

    def green_key(self):
        return DONE


class Body(Continuation):
    """Run goal, then next; a cut in goal cuts to barrier."""
    _immutable_fields_ = ['goal', 'next', 'barrier', 'depth']

    def __init__(self, goal, next, barrier, depth):
        self.goal = goal
        self.next = next
        self.barrier = barrier
        self.depth = depth

    def step(self, engine):
        return engine.call(self.goal.deref(), self.next, self.barrier, self.depth)

    def green_key(self):
        return BODY


class GoalSite(Key):
    """One goal of a stored clause body (a conjunction is a chain of sites), and the green
    key of the continuation that runs it: traces specialise on the place in the program."""
    _immutable_fields_ = ['goal', 'next_site', 'functor', 'args']

    def __init__(self, goal, next_site):
        Key.__init__(self, "goal")
        self.goal = goal
        self.next_site = next_site
        self.functor = None         # the goal's functor when it is callable as it stands
        self.args = NO_ARGS         # a ground goal's arguments
        if isinstance(goal, Struct):
            self.functor = goal.functor
            if not isinstance(goal, Template):
                self.args = goal.args
        elif isinstance(goal, Atom):
            self.functor = goal.get_functor()


def compile_body(body):
    """The chain of sites of a stored clause body; None for `true`."""
    if body is terms.TRUE:
        return None
    goals = []
    while isinstance(body, Struct) and body.functor is COMMA:
        goals.append(body.args[0])
        body = body.args[1]
    goals.append(body)
    site = None
    for k in range(len(goals) - 1, -1, -1):
        site = GoalSite(goals[k], site)
    return site


class Goals(Continuation):
    """Run the goal at `site` of a clause body under `frame`, then the rest of the body,
    then next.  Goals before the last run one level deeper (they leave a conjunction
    pending); the last takes the clause's own continuation (last-call optimisation)."""
    _immutable_fields_ = ['site', 'frame', 'next', 'barrier', 'depth']

    def __init__(self, site, frame, next, barrier, depth):
        self.site = site
        self.frame = frame
        self.next = next
        self.barrier = barrier
        self.depth = depth

    def step(self, engine):
        site = self.site
        if site.next_site is None:
            return engine.call_site(site, self.frame, self.next, self.barrier, self.depth)
        rest = Goals(site.next_site, self.frame, self.next, self.barrier, self.depth)
        return engine.call_site(site, self.frame, rest, self.barrier, self.depth + 1)

    def green_key(self):
        return self.site


class Choice(Continuation):
    """A choice point: `step` runs the alternative (the engine has already popped it and
    undone the trail to `trail_mark`)."""
    prev = None
    trail_mark = 0
    stamp = 0

    def green_key(self):
        return CONTROL


class ClauseChoice(Choice):
    def __init__(self, pred, args, clauses, index, generation, next, depth):
        self.pred = pred
        self.args = args
        self.clauses = clauses
        self.index = index
        self.generation = generation
        self.next = next
        self.depth = depth

    def step(self, engine):
        clauses = self.clauses
        args = self.args
        first = args[0].deref() if len(args) > 0 else None
        index = self.index
        barrier = self.prev
        following = next_clause(clauses, index + 1, self.generation, first)
        if following >= 0:
            self.index = following
            engine.push(self)
        return engine.resolve(clauses[index], args, self.next, barrier, self.depth)

    def green_key(self):
        return CLAUSES


class Alternative(Choice):
    """The right branch of a disjunction."""

    def __init__(self, goal, next, barrier, depth):
        self.goal = goal
        self.next = next
        self.barrier = barrier
        self.depth = depth

    def step(self, engine):
        return Body(self.goal, self.next, self.barrier, self.depth)


class IfThenElse(Choice):
    """The else branch, run if the condition fails; `done` once it has succeeded (*->)."""

    def __init__(self, goal, next, barrier, depth):
        self.goal = goal
        self.next = next
        self.barrier = barrier
        self.depth = depth
        self.done = False

    def step(self, engine):
        if self.done:
            return engine.fail()
        return Body(self.goal, self.next, self.barrier, self.depth)


class Then(Continuation):
    """The condition succeeded: drop its choice points and the else branch, run then."""

    def __init__(self, choice, goal, next, barrier, depth):
        self.choice = choice
        self.goal = goal
        self.next = next
        self.barrier = barrier
        self.depth = depth

    def step(self, engine):
        engine.cut(self.choice.prev)
        return Body(self.goal, self.next, self.barrier, self.depth)

    def green_key(self):
        return CONTROL


class SoftThen(Then):
    """*->: keep the condition's choice points, never run the else branch."""

    def step(self, engine):
        self.choice.done = True
        return Body(self.goal, self.next, self.barrier, self.depth)


class NotChoice(Choice):
    """\\+ G: reached when G fails, so \\+ G succeeds."""

    def __init__(self, next):
        self.next = next

    def step(self, engine):
        return self.next


class NotSucceeded(Continuation):
    def __init__(self, choice):
        self.choice = choice

    def step(self, engine):
        engine.cut(self.choice.prev)
        return engine.fail()

    def green_key(self):
        return CONTROL


class FindallChoice(Choice):
    """findall/3,4: collects copies of the template; reached when the goal is exhausted."""

    def __init__(self, template, result, tail, next):
        self.template = template
        self.result = result
        self.tail = tail
        self.next = next
        self.found = []

    def step(self, engine):
        if unify(engine, self.result, list_of(self.found, self.tail)):
            return self.next
        return engine.fail()


class FindallCollect(Continuation):
    def __init__(self, choice):
        self.choice = choice

    def step(self, engine):
        self.choice.found.append(copy_term(engine, self.choice.template))
        return engine.fail()

    def green_key(self):
        return CONTROL


class CatchChoice(Choice):
    """catch/3: active while `exited` is unbound (bound, on the trail, once the goal
    has succeeded, so that backtracking into the goal makes it active again)."""

    def __init__(self, catcher, recovery, exited, next, barrier, depth):
        self.catcher = catcher
        self.recovery = recovery
        self.exited = exited
        self.next = next
        self.barrier = barrier
        self.depth = depth

    def step(self, engine):
        return engine.fail()


class CatchExit(Continuation):
    def __init__(self, choice, next):
        self.choice = choice
        self.next = next

    def step(self, engine):
        choice = self.choice
        if engine.choice is choice:
            engine.cut(choice.prev)
        else:
            engine.bind(choice.exited, terms.TRUE)
        return self.next

    def green_key(self):
        return CONTROL


class Repeat(Choice):
    def __init__(self, next):
        self.next = next

    def step(self, engine):
        engine.push(self)
        return self.next


class Redo(Choice):
    """A built-in's next solution: `more(engine)` returns whether there is one, leaving
    the choice point pushed again when there may be more."""

    def __init__(self, next):
        self.next = next

    def step(self, engine):
        if self.more(engine):
            return self.next
        return engine.fail()

    def more(self, engine):
        raise NotImplementedError


_, run = make_trampoline("prolog", lambda key: "prolog " + key.name)


def run_continuations(cont, engine):
    """The trampoline; untranslated, a plain loop (the JitDriver's per-step argument
    checks would cost a fifth of the time and check nothing the tests need)."""
    if we_are_translated():
        return run(cont, engine)
    while not cont.final:
        cont = cont.step(engine)
    return cont
