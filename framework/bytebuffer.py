"""A growable byte buffer: what a mutable byte string (Python's bytearray, Ruby's String
under `<<`, PHP's string under `.=`) is while a program builds or edits it.

Appending is amortised O(1) (the array doubles when full) where `s = s + piece` copies
the whole string each time.  Reads that need the bytes as one RPython str go through
`build()`, which caches its result until the next change, so a buffer that is read many
times and changed rarely costs one copy per change, not per read.  It holds only chars,
so every language uses this one class unstamped.
"""


class ByteBuffer(object):
    def __init__(self, initial=""):
        self.chars = ['\x00'] * max(len(initial), 8)
        self.length = 0
        self.built = None             # build()'s str, None once the bytes change
        self.append(initial)

    def getlength(self):
        return self.length

    def reserve(self, extra):
        """Room for `extra` more bytes, doubling the array when it is too small."""
        needed = self.length + extra
        capacity = len(self.chars)
        if needed <= capacity:
            return
        while capacity < needed:
            capacity *= 2
        chars = ['\x00'] * capacity
        for i in range(self.length):
            chars[i] = self.chars[i]
        self.chars = chars

    def append(self, text):
        n = len(text)
        if n == 0:
            return
        self.reserve(n)
        chars = self.chars
        base = self.length
        for i in range(n):
            chars[base + i] = text[i]
        self.length = base + n
        self.built = None

    def append_char(self, ch):
        self.reserve(1)
        self.chars[self.length] = ch
        self.length += 1
        self.built = None

    def append_byte(self, value):
        """Append the byte 0 <= value < 256."""
        assert 0 <= value < 256
        self.append_char(chr(value))

    def getitem(self, index):
        """The byte at 0 <= index < length, as a one-char str."""
        assert 0 <= index < self.length
        return self.chars[index]

    def setitem(self, index, ch):
        assert 0 <= index < self.length
        self.chars[index] = ch
        self.built = None

    def slice(self, start, stop):
        """The bytes [start:stop] (clamped to the buffer) as a str."""
        start = max(0, start)
        stop = min(stop, self.length)
        if start >= stop:
            return ""
        assert stop > 0
        if self.built is not None:
            return self.built[start:stop]
        return "".join(self.chars[start:stop])

    def replace_range(self, start, stop, text):
        """Replace bytes [start:stop] by `text` (of any length): slice assignment, and with
        an empty range insertion, with empty text deletion."""
        assert 0 <= start <= stop <= self.length
        removed = stop - start
        grow = len(text) - removed
        if grow > 0:
            self.reserve(grow)
        chars = self.chars
        tail = self.length - stop
        if grow > 0:                       # move the tail right, from its end
            i = tail - 1
            while i >= 0:
                chars[stop + grow + i] = chars[stop + i]
                i -= 1
        elif grow < 0:                     # move the tail left, from its start
            for i in range(tail):
                chars[stop + grow + i] = chars[stop + i]
        for i in range(len(text)):
            chars[start + i] = text[i]
        self.length += grow
        self.built = None

    def insert(self, index, text):
        self.replace_range(index, index, text)

    def delete(self, start, stop):
        self.replace_range(start, stop, "")

    def clear(self):
        self.length = 0
        self.built = None

    def build(self):
        """The whole contents as one str (cached until the next change)."""
        built = self.built
        if built is None:
            length = self.length
            assert length >= 0
            built = "".join(self.chars[:length])
            self.built = built
        return built
