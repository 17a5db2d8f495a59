"""Generators: a suspended frame resumed by next()/send()/throw()."""
from languages.python.kit import ClassDef
from languages.python.objects.base import W_Object
from languages.python.error import OperationError
from languages.python.objects.instanceobject import W_ExceptionObject

classdef = ClassDef("generator")


class W_GeneratorObject(W_Object):
    def __init__(self, frame, name):
        self.frame = frame
        self.name = name
        self.running = False
        self.finished = False

    def getclass(self, space):
        return space.w_generator

    def resume(self, space, w_sent, exhausted_is_none, w_throw=None):
        """Run to the next yield.  At the end: None when `exhausted_is_none` (next() from
        a for loop), else StopIteration(return value) is raised."""
        if self.finished:
            if w_throw is not None:
                raise OperationError(w_throw)
            if exhausted_is_none:
                return None
            raise space.error_noargs(space.w_StopIteration)
        if self.running:
            raise space.error(space.w_ValueError, "generator already executing")
        frame = self.frame
        if frame.last_pc < 0 and w_sent is not None and not space.is_none(w_sent):
            raise space.type_error("can't send non-None value to a just-started generator")
        if w_throw is None and delegates_deeply(self):
            return resume_delegation_chain(self, space, w_sent, exhausted_is_none)
        return self.step(space, exhausted_is_none, w_sent, w_throw, None, None)

    def step(self, space, exhausted_is_none, w_sent, w_throw, w_returned, error):
        """Run the frame to its next yield or its end: resumed with `w_sent` (or `w_throw`
        thrown in), or, with `w_returned`/`error`, continued past the YIELD_FROM whose
        sub-generator returned or raised that."""
        frame = self.frame
        self.running = True
        try:
            if w_returned is not None or error is not None:
                w_result = space.interpreter.resume_after_delegate(frame, w_returned, error)
            else:
                w_result = space.interpreter.resume_generator(frame, w_sent, w_throw)
        except OperationError as e:
            self.finished = True
            self.running = False
            if e.match(space, space.w_StopIteration):
                error = space.error(space.w_RuntimeError, "generator raised StopIteration")
                w_error = error.w_value
                assert isinstance(w_error, W_ExceptionObject)
                w_error.w_cause = e.w_value
                w_error.w_context = e.w_value
                w_error.suppress_context = True
                raise error
            raise
        self.running = False
        if frame.yielded:
            return w_result
        self.finished = True
        if exhausted_is_none and space.is_none(w_result):
            return None
        if space.is_none(w_result):
            raise space.error_noargs(space.w_StopIteration)
        raise OperationError(space.new_exception(space.w_StopIteration, [w_result]))


def live_delegate(gen):
    """The generator `gen`'s frame waits on in YIELD_FROM, if it can be resumed directly."""
    w_sub = gen.frame.w_delegate
    if w_sub is None or w_sub.finished or w_sub.running:
        return None
    return w_sub


def delegates_deeply(gen):
    """Whether `gen` waits in `yield from` on a generator that itself waits on another:
    a chain worth resuming at its innermost end (a recursive `yield from` tree walk)."""
    w_sub = live_delegate(gen)
    return w_sub is not None and live_delegate(w_sub) is not None


def resume_delegation_chain(gen, space, w_sent, exhausted_is_none):
    """Resume the innermost generator of `gen`'s `yield from` chain directly, as CPython's
    nested YIELD_FROMs would but without running each frame between: a value it yields
    passes straight out; when it returns or raises, its delegator continues past its
    YIELD_FROM with that outcome, and so on outwards until one yields."""
    chain = [gen]
    w_sub = live_delegate(gen)
    while w_sub is not None:
        chain.append(w_sub)
        w_sub = live_delegate(w_sub)
    index = len(chain) - 1
    for i in range(index):
        chain[i].running = True
    w_returned = None
    error = None
    try:
        while True:
            current = chain[index]
            try:
                if index == len(chain) - 1:
                    return current.resume(space, w_sent, False)
                current.running = False
                return current.step(space, exhausted_is_none and index == 0, None, None,
                                    w_returned, error)
            except OperationError as e:
                if index == 0:
                    raise
                if e.match(space, space.w_StopIteration):
                    w_exc = e.w_value
                    assert isinstance(w_exc, W_ExceptionObject)
                    w_returned = w_exc.args_w[0] if w_exc.args_w else space.w_None
                    error = None
                else:
                    w_returned = None
                    error = e
                index -= 1
    finally:
        for i in range(index):
            chain[i].running = False


@classdef.method("__iter__")
def generator_iter(self, space):
    return self


@classdef.method("__next__")
def generator_next(self, space):
    return self.resume(space, space.w_None, False)


@classdef.method("send")
def generator_send(self, space, w_value):
    return self.resume(space, w_value, False)


@classdef.method("throw")
def generator_throw(self, space, w_exc, w_value=None, w_tb=None):
    w_exc_value = space.make_exception_instance(w_exc, w_value)
    return self.resume(space, None, False, w_exc_value)


@classdef.method("close")
def generator_close(self, space):
    if self.finished or self.frame.last_pc < 0:
        self.finished = True
        return space.w_None
    try:
        self.resume(space, None, False, space.new_exception(space.w_GeneratorExit, []))
    except OperationError as e:
        if e.match(space, space.w_GeneratorExit) or e.match(space, space.w_StopIteration):
            return space.w_None
        raise
    raise space.error(space.w_RuntimeError, "generator ignored GeneratorExit")


@classdef.method("__repr__")
def generator_repr(self, space):
    return space.newstr("<generator object %s at 0x%x>" % (self.name, space.id_of(self)))


classdef.exposes(W_GeneratorObject)


coroutine_classdef = ClassDef("coroutine")
async_generator_classdef = ClassDef("async_generator")


class W_CoroutineObject(W_GeneratorObject):
    """What calling an `async def` gives: a generator that only `await` drives."""
    def getclass(self, space):
        return space.w_coroutine


class W_AsyncGeneratorObject(W_GeneratorObject):
    """An `async def` with `yield` (only its type exists yet: no `async for`)."""
    def getclass(self, space):
        return space.w_async_generator


for _name, _func in [("send", generator_send), ("throw", generator_throw),
                     ("close", generator_close)]:
    coroutine_classdef.method(_name)(_func)
coroutine_classdef.method("__await__")(generator_iter)


@coroutine_classdef.method("__repr__")
def coroutine_repr(self, space):
    return space.newstr("<coroutine object %s at 0x%x>" % (self.name, space.id_of(self)))


coroutine_classdef.exposes(W_CoroutineObject)
async_generator_classdef.exposes(W_AsyncGeneratorObject)
