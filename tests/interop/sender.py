"""A neutral sender: minimal W_Root values standing for "some other language", so the
contract suite checks each language without assuming any other real one."""
from framework import interop
from framework.objspace import W_Root


class W_TestNull(W_Root):
    def interop_kind(self):
        return interop.NULL


class W_TestInt(W_Root):
    def __init__(self, value):
        self.value = value

    def interop_kind(self):
        return interop.NUMBER

    def interop_fits_int(self):
        return True

    def interop_as_int(self):
        return self.value

    def interop_as_float(self):
        return float(self.value)


class W_TestStr(W_Root):
    def __init__(self, value):
        self.value = value

    def interop_kind(self):
        return interop.STRING

    def interop_as_str(self):
        return self.value


class W_TestOpaque(W_Root):
    """An object that answers nothing but its kind and display string."""

    def interop_kind(self):
        return interop.OBJECT

    def interop_display(self):
        return "<opaque>"


class W_TestRaiser(W_Root):
    """A callable whose every call fails with one protocol error."""

    def __init__(self, error):
        self.error = error

    def interop_kind(self):
        return interop.CALLABLE

    def interop_call(self, args_w):
        raise self.error


def failing_callable(case):
    """A callable sender value failing with the protocol error named `case`."""
    if case == "unsupported":
        return W_TestOpaque()
    if case == "arity":
        return W_TestRaiser(interop.ArityError(1, 1, 0))
    return W_TestRaiser(interop.GuestException("Boom: it broke", None))


class W_TestArray(W_Root):
    """A list from "some other language": answers the array messages over a host list."""

    def __init__(self, items_w):
        self.items_w = items_w

    def interop_kind(self):
        return interop.ARRAY

    def interop_size(self):
        return len(self.items_w)

    def interop_read_index(self, index):
        if not 0 <= index < len(self.items_w):
            raise interop.InvalidIndex(index)
        return self.items_w[index]

    def interop_write_index(self, index, w_value):
        if not 0 <= index < len(self.items_w):
            raise interop.InvalidIndex(index)
        self.items_w[index] = w_value

    def interop_iterate(self):
        return W_TestIterator(self.items_w)

    def interop_display(self):
        return "<test array of %d>" % len(self.items_w)


class W_TestIterator(W_Root):
    def __init__(self, items_w):
        self.items_w = items_w
        self.index = 0

    def interop_next(self):
        if self.index >= len(self.items_w):
            return None
        self.index += 1
        return self.items_w[self.index - 1]
