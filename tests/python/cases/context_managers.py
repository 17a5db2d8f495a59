# with statements: __enter__/__exit__, suppression, nesting, exceptions inside, generator-based
class Tracker:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress

with Tracker("plain") as t:
    print("inside", t.name)
with Tracker("suppressing", suppress=True):
    raise ValueError("swallowed")
print("after suppressed")
try:
    with Tracker("propagating"):
        raise KeyError("escapes")
except KeyError as e:
    print("caught", e)
with Tracker("outer") as a, Tracker("inner") as b:
    print("both", a.name, b.name)
def early_return():
    with Tracker("in function"):
        return "returned value"
print(early_return())
for i in range(3):
    with Tracker("loop %d" % i):
        if i == 1:
            continue
        if i == 2:
            break
        print("body", i)

from contextlib import contextmanager
@contextmanager
def tag(name):
    print("<%s>" % name)
    try:
        yield name.upper()
    finally:
        print("</%s>" % name)
with tag("html") as h:
    with tag("body"):
        print("content inside", h)
try:
    with tag("broken"):
        raise RuntimeError("oops")
except RuntimeError as e:
    print("RuntimeError:", e)
@contextmanager
def ignoring(*types):
    try:
        yield
    except types as e:
        print("ignored", type(e).__name__)
with ignoring(ZeroDivisionError, KeyError):
    1 / 0
with ignoring(KeyError):
    {}["x"]
class Resource:
    open_count = 0
    def __enter__(self):
        Resource.open_count += 1
        return self
    def __exit__(self, *exc):
        Resource.open_count -= 1
        return False
with Resource() as r1:
    with Resource() as r2:
        print("open", Resource.open_count)
print("open after", Resource.open_count)
class BadExit:
    def __enter__(self):
        return 1
    def __exit__(self, *a):
        raise TypeError("exit failed")
try:
    with BadExit() as v:
        print("value", v)
except TypeError as e:
    print("TypeError:", e)
try:
    with 5:
        pass
except TypeError as e:
    print("TypeError:", e)
class Timer:
    def __enter__(self):
        self.entered = True
        return self
    def __exit__(self, et, ev, tb):
        self.exited = (et, str(ev))
        return et is StopIteration
tm = Timer()
with tm:
    raise StopIteration("fine")
print(tm.entered, tm.exited[0].__name__, tm.exited[1])
from contextlib import suppress, closing, nullcontext, ExitStack
with suppress(KeyError, IndexError):
    [][1]
print("suppressed IndexError")
class Conn:
    def close(self):
        print("conn closed")
with closing(Conn()) as conn:
    print("using", type(conn).__name__)
with nullcontext(42) as answer:
    print("nullcontext gives", answer)
with ExitStack() as stack:
    for name in ("a", "b", "c"):
        stack.enter_context(Tracker(name))
    stack.callback(print, "callback runs first")
    print("body with three managers")
try:
    with ExitStack() as stack:
        stack.enter_context(Tracker("swallower", suppress=True))
        stack.enter_context(Tracker("inner"))
        raise ValueError("from body")
    print("ExitStack suppressed it")
except ValueError:
    print("not suppressed")
@contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
