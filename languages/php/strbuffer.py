"""A string variable being appended to: `$s .= x` in a loop is linear, not quadratic.

A statement `$s .= x;` on a local that holds a string turns the local's slot into a
`W_StrBuffer`, which appends in place.  Nothing but the slot ever holds it: the frame's
`getlocal` hands out the string it stands for (built on first read and kept until the next
append), so every other reader sees an ordinary, immutable W_String.
"""
from rpython.rlib.rstring import StringBuilder

from languages.php.objects import W_Value, W_String


class W_StrBuffer(W_Value):
    def __init__(self, start, more):
        self.builder = StringBuilder(2 * (len(start) + len(more)) + 16)
        self.builder.append(start)
        self.builder.append(more)
        self.w_string = None

    def append(self, text):
        self.builder.append(text)
        self.w_string = None

    def string(self):
        w_string = self.w_string
        if w_string is None:
            w_string = W_String(self.builder.build())
            self.w_string = w_string
        return w_string

    def tname(self):
        return "string"
