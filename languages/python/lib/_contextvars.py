"""CPython's `_contextvars` for one thread: one current Context, a mapping from ContextVar
to value, that Context.run swaps."""

_MISSING = object()


class Context:
    def __init__(self):
        self._values = {}

    def run(self, callable, *args, **kwargs):
        global _current
        previous = _current
        _current = self
        try:
            return callable(*args, **kwargs)
        finally:
            _current = previous

    def copy(self):
        context = Context()
        context._values = dict(self._values)
        return context

    def __getitem__(self, var):
        return self._values[var]

    def get(self, var, default=None):
        return self._values.get(var, default)

    def __contains__(self, var):
        return var in self._values

    def __iter__(self):
        return iter(self._values)

    def __len__(self):
        return len(self._values)

    def keys(self):
        return self._values.keys()

    def values(self):
        return self._values.values()

    def items(self):
        return self._values.items()


_current = Context()


def copy_context():
    return _current.copy()


class Token:
    MISSING = _MISSING

    def __init__(self, var, old_value):
        self.var = var
        self.old_value = old_value


class ContextVar:
    def __init__(self, name, *, default=_MISSING):
        self.name = name
        self._default = default

    def get(self, *default):
        value = _current._values.get(self, _MISSING)
        if value is not _MISSING:
            return value
        if default:
            return default[0]
        if self._default is not _MISSING:
            return self._default
        raise LookupError(self)

    def set(self, value):
        token = Token(self, _current._values.get(self, _MISSING))
        _current._values[self] = value
        return token

    def reset(self, token):
        if token.old_value is _MISSING:
            _current._values.pop(self, None)
        else:
            _current._values[self] = token.old_value

    def __repr__(self):
        return "<ContextVar name=%r at %#x>" % (self.name, id(self))

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)
