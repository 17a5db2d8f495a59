"""Built-ins written in Python, loaded the first time a program names one of them."""


class memoryview:
    """A read-only view of a copy of the bytes (no shared buffer yet)."""

    def __init__(self, obj, _format="B", _itemsize=1):
        if isinstance(obj, memoryview):
            data = obj._data
        elif isinstance(obj, (bytes, bytearray)):
            data = bytes(obj)
        else:
            raise TypeError("memoryview: a bytes-like object is required, not '%s'"
                            % type(obj).__name__)
        self.obj = obj
        self._data = data
        self.format = _format
        self.itemsize = _itemsize
        self.readonly = not isinstance(obj, bytearray)
        self.nbytes = len(data)
        self.ndim = 1

    def cast(self, format):
        sizes = {"B": 1, "b": 1, "c": 1, "H": 2, "h": 2, "I": 4, "i": 4, "L": 8, "l": 8,
                 "Q": 8, "q": 8}
        if format not in sizes:
            raise ValueError("memoryview: destination format must be a native single "
                             "character format prefixed with an optional '@'")
        if len(self._data) % sizes[format]:
            raise TypeError("memoryview: length is not a multiple of itemsize")
        return memoryview(self._data, format, sizes[format])

    def tolist(self):
        if self.itemsize == 1 and self.format != "b":
            return list(self._data)
        signed = self.format.islower()
        size = self.itemsize
        return [int.from_bytes(self._data[i:i + size], "little", signed=signed)
                for i in range(0, len(self._data), size)]

    def tobytes(self, order=None):
        return self._data

    def hex(self, *args):
        return self._data.hex(*args)

    def __len__(self):
        return len(self._data) // self.itemsize

    def __getitem__(self, index):
        if isinstance(index, slice):
            return memoryview(self._data[index])
        return self.tolist()[index]

    def __iter__(self):
        return iter(self.tolist())

    def __eq__(self, other):
        if isinstance(other, memoryview):
            return self._data == other._data
        if isinstance(other, (bytes, bytearray)):
            return self._data == bytes(other)
        return NotImplemented

    def __bytes__(self):
        return self._data

    def release(self):
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.release()


async def _anext_default(iterator, default):
    try:
        return await iterator.__anext__()
    except StopAsyncIteration:
        return default


def aiter(iterable):
    return iterable.__aiter__()


def anext(iterator, *default):
    if default:
        return _anext_default(iterator, default[0])
    return iterator.__anext__()


class BaseExceptionGroup(BaseException):
    """Several exceptions raised together (PEP 654); `except*` is not supported yet."""

    def __init__(self, message, exceptions):
        if not isinstance(message, str):
            raise TypeError("argument 1 must be str, not %s" % type(message).__name__)
        exceptions = tuple(exceptions)
        if not exceptions:
            raise ValueError("second argument (exceptions) must be a non-empty sequence")
        super().__init__(message, exceptions)
        self.message = message
        self.exceptions = exceptions

    def derive(self, exceptions):
        return type(self)(self.message, exceptions)

    def subgroup(self, condition):
        return self.split(condition)[0]

    def split(self, condition):
        if isinstance(condition, type) or isinstance(condition, tuple):
            types = condition
            condition = lambda e: isinstance(e, types)
        if condition(self):
            return self, None
        matched, rest = [], []
        for exc in self.exceptions:
            if isinstance(exc, BaseExceptionGroup):
                inner_match, inner_rest = exc.split(condition)
                if inner_match is not None:
                    matched.append(inner_match)
                if inner_rest is not None:
                    rest.append(inner_rest)
            elif condition(exc):
                matched.append(exc)
            else:
                rest.append(exc)
        return (self.derive(matched) if matched else None,
                self.derive(rest) if rest else None)

    def __str__(self):
        count = len(self.exceptions)
        return "%s (%d sub-exception%s)" % (self.message, count, "" if count == 1 else "s")


class ExceptionGroup(BaseExceptionGroup, Exception):
    pass
