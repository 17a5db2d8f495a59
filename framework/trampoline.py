"""A continuation trampoline: the driver loop for engines without a bytecode loop.

A Prolog solver (or any CPS interpreter) moves from goal to goal through success and
failure continuations and choice points.  Calling the next continuation from the current
one would grow the host stack with every step, until a long recursion or a long
conjunction overflowed it.  Here each step instead *returns* the next continuation, and
one flat loop runs them, so a chain of a million steps takes the same host stack as one:

    while not cont.final:
        cont = cont.step(engine)

The loop carries a JitDriver whose green is the continuation's `green_key()`: the rule, AST
node or kind it is about to run.  Traces therefore specialise on it, the way a bytecode
loop's trace specialises on the program counter, and a loop closes when the same key comes
round again.  Each language gets its own `Continuation` base (stamped, framework/kit.py, so
two languages' `step` methods never share a call family) and its own driver and loop from
`make_trampoline`.
"""
from rpython.rlib.jit import JitDriver
from rpython.rlib.objectmodel import not_rpython
from rpython.tool.sourcetools import func_with_new_name


class Continuation(object):
    """What an engine does next.  Subclasses implement `step` and `green_key`.

    `step(engine)` does one step and returns the continuation after it; it must never run
    another continuation itself (that is the loop's job).  `green_key()` returns the
    immutable object the continuation is about to run; every key of one language shares a
    base class (the JIT's green has one type).  A continuation with `final = True` ends
    the run and is returned to the caller: an answer, or exhaustion of the choice points.
    """
    final = False

    def step(self, engine):
        raise NotImplementedError

    def green_key(self):
        raise NotImplementedError


@not_rpython
def make_trampoline(language, get_printable_location=None):
    """A JitDriver and `run(cont, engine) -> final continuation` for one language.

    `get_printable_location(key)` names a trace location (default: the language's name).
    """
    if get_printable_location is None:
        def get_printable_location(key):
            return "%s continuation" % language

    driver = JitDriver(greens=['key'], reds=['cont', 'engine'],
                       get_printable_location=get_printable_location, is_recursive=True,
                       name="%s_trampoline" % language)

    def run(cont, engine):
        while True:
            driver.jit_merge_point(key=cont.green_key(), cont=cont, engine=engine)
            if cont.final:
                return cont
            cont = cont.step(engine)
            driver.can_enter_jit(key=cont.green_key(), cont=cont, engine=engine)

    return driver, func_with_new_name(run, "run_%s_trampoline" % language)
