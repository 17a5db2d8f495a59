"""CPython's `array` in Python: typed arrays kept as a list of checked values, converted
to and from bytes with `struct` (machine sizes of x86-64 Linux)."""
import struct as _struct

typecodes = "bBuhHiIlLqQfd"
_RANGES = {"b": (-128, 127), "B": (0, 255), "h": (-32768, 32767), "H": (0, 65535),
           "i": (-2 ** 31, 2 ** 31 - 1), "I": (0, 2 ** 32 - 1),
           "l": (-2 ** 63, 2 ** 63 - 1), "L": (0, 2 ** 64 - 1),
           "q": (-2 ** 63, 2 ** 63 - 1), "Q": (0, 2 ** 64 - 1)}
_SIZES = {"b": 1, "B": 1, "u": 4, "h": 2, "H": 2, "i": 4, "I": 4, "l": 8, "L": 8, "q": 8,
          "Q": 8, "f": 4, "d": 8}


class array:
    def __new__(cls, typecode, initializer=None):
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError("array() argument 1 must be a unicode character, not %s"
                            % type(typecode).__name__)
        if typecode not in typecodes:
            raise ValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        self = object.__new__(cls)
        self._typecode = typecode
        self._items = []
        if initializer is not None:
            if isinstance(initializer, (bytes, bytearray)):
                self.frombytes(initializer)
            elif isinstance(initializer, str):
                if typecode != "u":
                    raise TypeError("cannot use a str to initialize an array with typecode "
                                    "'%s'" % typecode)
                self.fromunicode(initializer)
            else:
                self.extend(initializer)
        return self

    def __init__(self, typecode, initializer=None):
        pass

    typecode = property(lambda self: self._typecode)
    itemsize = property(lambda self: _SIZES[self._typecode])

    def _check(self, value):
        code = self._typecode
        if code == "u":
            if not isinstance(value, str) or len(value) != 1:
                raise TypeError("array item must be unicode character")
            return value
        if code in "fd":
            if not isinstance(value, (int, float)):
                raise TypeError("must be real number, not %s" % type(value).__name__)
            value = float(value)
            if code == "f":
                value = _struct.unpack("f", _struct.pack("f", value))[0]
            return value
        if not isinstance(value, int):
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(value).__name__)
        low, high = _RANGES[code]
        if not low <= value <= high:
            if code in "bhilq":
                raise OverflowError("signed %s is %s than %s" % (
                    {"b": "char", "h": "short integer", "i": "integer", "l": "integer",
                     "q": "integer"}[code],
                    "less" if value < low else "greater", "minimum" if value < low
                    else "maximum"))
            if value < 0:
                raise OverflowError("unsigned %s is less than minimum" % (
                    {"B": "byte integer", "H": "short integer", "I": "int", "L": "int",
                     "Q": "int"}[code]))
            raise OverflowError("unsigned %s is greater than maximum" % (
                {"B": "byte integer", "H": "short integer", "I": "int", "L": "int",
                 "Q": "int"}[code]))
        return int(value)

    def _same(self, other):
        if not isinstance(other, array):
            raise TypeError("can only extend with array (not \"%s\")" % type(other).__name__)
        if other._typecode != self._typecode:
            raise TypeError("can only extend with array of same kind")

    def _format(self, count):
        return "%d%s" % (count, "I" if self._typecode == "u" else self._typecode)

    def append(self, value):
        self._items.append(self._check(value))

    def extend(self, iterable):
        if isinstance(iterable, array):
            self._same(iterable)
            self._items.extend(iterable._items)
            return
        for value in iterable:
            self.append(value)

    def insert(self, i, value):
        self._items.insert(i, self._check(value))

    def pop(self, i=-1):
        if not self._items:
            raise IndexError("pop from empty array")
        try:
            return self._items.pop(i)
        except IndexError:
            raise IndexError("pop index out of range")

    def remove(self, value):
        try:
            self._items.remove(value)
        except ValueError:
            raise ValueError("array.remove(x): x not in array")

    def index(self, value, start=0, stop=None):
        try:
            return self._items.index(value, start, len(self._items) if stop is None else stop)
        except ValueError:
            raise ValueError("array.index(x): x not in array")

    def count(self, value):
        return self._items.count(value)

    def reverse(self):
        self._items.reverse()

    def buffer_info(self):
        return (id(self), len(self._items))

    def byteswap(self):
        size = _SIZES[self._typecode]
        if size == 1:
            return
        data = self.tobytes()
        swapped = b"".join(data[i:i + size][::-1] for i in range(0, len(data), size))
        self._items = []
        self.frombytes(swapped)

    def tobytes(self):
        if self._typecode == "u":
            return _struct.pack(self._format(len(self._items)), *map(ord, self._items))
        return _struct.pack(self._format(len(self._items)), *self._items)

    def frombytes(self, data):
        data = bytes(data)
        size = _SIZES[self._typecode]
        if len(data) % size:
            raise ValueError("bytes length not a multiple of item size")
        values = _struct.unpack(self._format(len(data) // size), data)
        if self._typecode == "u":
            values = [chr(v) for v in values]
        self._items.extend(values)

    def tolist(self):
        return list(self._items)

    def fromlist(self, values):
        if not isinstance(values, list):
            raise TypeError("arg must be list")
        checked = [self._check(v) for v in values]
        self._items.extend(checked)

    def tounicode(self):
        if self._typecode != "u":
            raise ValueError("tounicode() may only be called on unicode type arrays")
        return "".join(self._items)

    def fromunicode(self, text):
        if self._typecode != "u":
            raise ValueError("fromunicode() may only be called on unicode type arrays")
        self._items.extend(text)

    def tofile(self, f):
        f.write(self.tobytes())

    def fromfile(self, f, n):
        size = _SIZES[self._typecode]
        data = f.read(n * size)
        self.frombytes(data[:len(data) - len(data) % size])
        if len(data) < n * size:
            raise EOFError("read() didn't return enough bytes")

    def __len__(self):
        return len(self._items)

    def __getitem__(self, index):
        if isinstance(index, slice):
            result = array(self._typecode)
            result._items = self._items[index]
            return result
        try:
            return self._items[index]
        except IndexError:
            raise IndexError("array index out of range")

    def __setitem__(self, index, value):
        if isinstance(index, slice):
            if not isinstance(value, array):
                raise TypeError("can only assign array (not \"%s\") to array slice"
                                % type(value).__name__)
            self._same(value)
            self._items[index] = value._items
            return
        try:
            self._items[index] = self._check(value)
        except IndexError:
            raise IndexError("array assignment index out of range")

    def __delitem__(self, index):
        try:
            del self._items[index]
        except IndexError:
            raise IndexError("array assignment index out of range")

    def __iter__(self):
        return iter(self._items)

    def __contains__(self, value):
        return value in self._items

    def __add__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        self._same(other)
        result = array(self._typecode)
        result._items = self._items + other._items
        return result

    def __iadd__(self, other):
        self._same(other)
        self._items.extend(other._items)
        return self

    def __mul__(self, n):
        result = array(self._typecode)
        result._items = self._items * n
        return result

    __rmul__ = __mul__

    def __imul__(self, n):
        self._items *= n
        return self

    def __eq__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items == other._items

    def __ne__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items != other._items

    def __lt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items < other._items

    def __le__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items <= other._items

    def __gt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items > other._items

    def __ge__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items >= other._items

    __hash__ = None

    def __copy__(self):
        return self[:]

    def __deepcopy__(self, memo):
        return self[:]

    def __reduce_ex__(self, protocol):
        return (array, (self._typecode, list(self._items)))

    def __repr__(self):
        if not self._items:
            return "array('%s')" % self._typecode
        if self._typecode == "u":
            return "array('u', %r)" % "".join(self._items)
        return "array('%s', %r)" % (self._typecode, self._items)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


ArrayType = array
