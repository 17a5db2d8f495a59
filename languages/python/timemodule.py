"""The clocks behind `time`: module `_time_core` (lib/time.py builds the rest: struct_time,
gmtime, strftime ...)."""
import time

from languages.python.kit import FunctionTable
from languages.python.objects.moduleobject import W_ModuleObject
from languages.python.objects.functionobject import W_BuiltinFunction

time_functions = FunctionTable()


@time_functions.function("time")
def time_time(space):
    """Seconds since the epoch (the wall clock)."""
    return space.newfloat(time.time())


@time_functions.function("clock")
def time_clock(space):
    """Processor time of this process, in seconds."""
    return space.newfloat(time.clock())


@time_functions.function("sleep", seconds="float")
def time_sleep(space, seconds):
    if seconds < 0:
        raise space.error(space.w_ValueError, "sleep length must be non-negative")
    time.sleep(seconds)
    return space.w_None


def make_time_core(space):
    w_module = W_ModuleObject("_time_core")
    for spec in time_functions.specs():
        w_module.w_dict.set(spec.name, W_BuiltinFunction(spec, None))
    return w_module
