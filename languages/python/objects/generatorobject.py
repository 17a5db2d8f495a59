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
        self.running = True
        try:
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
