"""CPython's `atexit`: functions registered here run when the program ends normally."""

_handlers = []


def register(function, *args, **kwargs):
    _handlers.append((function, args, kwargs))
    return function


def unregister(function):
    _handlers[:] = [entry for entry in _handlers if entry[0] != function]


def _run_exitfuncs():
    while _handlers:
        function, args, kwargs = _handlers.pop()
        function(*args, **kwargs)


def _clear():
    del _handlers[:]


def _ncallbacks():
    return len(_handlers)
