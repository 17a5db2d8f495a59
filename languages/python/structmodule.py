"""IEEE 754 packing for `struct` and `array`: module `_struct_core` (lib/_struct.py does the
formats; a float's bits are the one thing Python code cannot reach)."""
from rpython.rlib.rstruct.ieee import float_pack, float_unpack
from rpython.rlib.rarithmetic import r_ulonglong, intmask

from languages.python.kit import FunctionTable
from languages.python.objects.moduleobject import W_ModuleObject
from languages.python.objects.functionobject import W_BuiltinFunction

struct_functions = FunctionTable()


def check_size(space, size):
    if size != 2 and size != 4 and size != 8:
        raise space.error(space.w_ValueError, "float size must be 2, 4 or 8")


@struct_functions.function("float_bits", x="float", size="int")
def struct_float_bits(space, x, size):
    """The IEEE 754 bits of x in `size` bytes, as an unsigned int."""
    check_size(space, size)
    try:
        bits = float_pack(x, size)
    except OverflowError:
        raise space.error(space.w_OverflowError, "float too large to pack with %s format"
                          % ("e" if size == 2 else "f"))
    w_high = space.newint(intmask(bits >> 32))
    w_low = space.newint(intmask(bits & r_ulonglong(0xFFFFFFFF)))
    w_shifted = space.call_method(w_high, "__lshift__", [space.newint(32)])
    return space.call_method(w_shifted, "__or__", [w_low])


@struct_functions.function("float_from_bits", size="int")
def struct_float_from_bits(space, w_bits, size):
    check_size(space, size)
    low = space.int_w(space.call_method(w_bits, "__and__", [space.newint(0xFFFFFFFF)]))
    high = space.int_w(space.call_method(w_bits, "__rshift__", [space.newint(32)]))
    bits = (r_ulonglong(high) << 32) | r_ulonglong(low)
    return space.newfloat(float_unpack(bits, size))


def make_struct_core(space):
    w_module = W_ModuleObject("_struct_core")
    for spec in struct_functions.specs():
        w_module.w_dict.set(spec.name, W_BuiltinFunction(spec, None))
    return w_module
