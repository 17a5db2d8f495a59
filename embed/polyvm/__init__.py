"""polyvm in a box: run polyvm's languages, with their JIT, inside this CPython process.

    import polyvm
    vm = polyvm.VM("lox")
    vm.exec('fun add(a, b) { return a + b; }')
    vm.call("add", 1, 2)               # 3.0
    vm.eval('"a" + "b"')               # 'ab'

    @polyvm.jit                        # this function runs on polyvm's Python, JIT-compiled
    def fib(n):
        return n if n < 2 else fib(n - 1) + fib(n - 2)

Values cross as copies: None, bool, int (any size), float, str, bytes, and lists, tuples and
dicts of those; anything else is a TypeError.  A guest exception is a `GuestError` carrying
the guest's traceback text (for a Python guest also an instance of the built-in exception of
the same name, so `except ZeroDivisionError` works).  The guest's output goes to sys.stdout
and sys.stderr when the call returns.  See docs/embedding.md.
"""
import builtins
import inspect
import functools
import os
import sys
import textwrap

from polyvm import wire
from polyvm.wire import QUIET_OK
from polyvm.library import BUFFER, LibraryNotFound, PolyvmError, library_for

__all__ = ["VM", "jit", "GuestError", "PolyvmError", "LibraryNotFound"]

OK, GUEST_ERROR, CANNOT_CROSS, BAD_CALL = range(4)


class GuestError(Exception):
    """An exception raised in the guest language and not caught there.

    `language`, `type_name` (the guest exception's type), `message`, `guest_traceback` (the
    text the language prints for it).  str() is the traceback text."""

    def __init__(self, language, type_name, message, guest_traceback):
        Exception.__init__(self, guest_traceback.rstrip("\n") or "%s: %s" % (type_name, message))
        self.language = language
        self.type_name = type_name
        self.message = message
        self.guest_traceback = guest_traceback


_error_classes = {}


def _error_class(language, type_name):
    """GuestError, or for a Python guest whose exception has a built-in name, a subclass of
    both GuestError and that built-in (made once)."""
    builtin = getattr(builtins, type_name, None)
    if language != "python" or not (isinstance(builtin, type)
                                     and issubclass(builtin, Exception)):
        return GuestError
    if type_name not in _error_classes:
        _error_classes[type_name] = type(type_name, (GuestError, builtin), {
            "__init__": GuestError.__init__, "__module__": "polyvm", "__str__": Exception.__str__})
    return _error_classes[type_name]


class VM(object):
    """A session of one language: its own globals, in the one VM of the library holding it.
    Sessions of one library share its heap and JIT; each has its own namespace."""

    def __init__(self, language="python"):
        self.language = language
        self.library = library_for(language)
        self._lib = self.library.lib
        self._ffi = self.library.ffi
        self._lock = self.library.lock
        name = language.encode("utf-8")
        with self._lock:
            self.handle = self._lib.polyvm_new(name, len(name))
        if self.handle < 0:
            raise PolyvmError("polyvm: %s holds no embeddable %s" % (self.library.path, language))

    def exec(self, source, filename="<polyvm>"):
        """Run statements (definitions, imports ...) in this session."""
        data = _text(source)
        name = _text(filename)
        library = self.library
        with self._lock:
            self._check_open()
            return self._answer(library.result(self._lib.polyvm_exec(
                self.handle, name, len(name), data, len(data), library.buffer, BUFFER)))

    def eval(self, expression):
        """The value of an expression, evaluated in this session."""
        data = _text(expression)
        library = self.library
        with self._lock:
            self._check_open()
            return self._answer(library.result(self._lib.polyvm_eval(
                self.handle, data, len(data), library.buffer, BUFFER)))

    def call(self, name, *args):
        """Call the session's global `name` with `args` (copied in); its result copied out."""
        return self.function(name)(*args)

    def function(self, name):
        """A host callable calling the session's global `name` (the quick way to call it
        often: everything a call needs is looked up once, here)."""
        encoded = _text(name)
        length = len(encoded)
        library = self.library
        polyvm_call = self._lib.polyvm_call
        unpack = self._ffi.unpack
        buffer = library.buffer
        lock = self._lock
        encode_arguments = wire.encode_arguments
        quick_result = wire.quick_result
        vm = self

        def function(*args):
            arguments = encode_arguments(args)
            with lock:
                if vm.handle < 0:
                    vm._check_open()
                size = polyvm_call(vm.handle, encoded, length, arguments, len(arguments),
                                   buffer, BUFFER)
                data = unpack(buffer, size) if size >= 0 else library.take(size)
            if data.startswith(QUIET_OK):
                return quick_result(data)
            return vm._answer(wire.decode_result(data))
        function.__name__ = name
        return function

    def close(self):
        """Forget this session's globals (the library stays loaded: it cannot be unloaded)."""
        with self._lock:
            if self.handle >= 0:
                self._lib.polyvm_drop(self.handle)
                self.handle = -1

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()

    def __repr__(self):
        return "<polyvm.VM %s, session %d of %s>" % (self.language, self.handle,
                                                      os.path.basename(self.library.path))

    def _check_open(self):
        if self.handle < 0:
            raise PolyvmError("polyvm: this %s VM is closed" % self.language)

    def _answer(self, result):
        status, out, err, payload = result
        if out:
            sys.stdout.write(out)
        if err:
            sys.stderr.write(err)
        if status == OK:
            return payload
        if status == GUEST_ERROR:
            type_name, message, trace = payload
            raise _error_class(self.language, type_name)(self.language, type_name, message,
                                                         trace)
        if status == CANNOT_CROSS:
            raise TypeError("polyvm: " + payload)
        raise PolyvmError("polyvm: " + payload)


def _text(text):
    if isinstance(text, bytes):
        return text
    return text.encode("utf-8")


_shared_vm = None


def shared_vm():
    """The Python session every @jit function is defined in (so they can call each other)."""
    global _shared_vm
    if _shared_vm is None:
        _shared_vm = VM("python")
    return _shared_vm


def jit(function=None, vm=None):
    """Run `function` on polyvm's Python, with its JIT: its source is defined in the
    embedded Python (in `vm`, else one session shared by all @jit functions) and the
    returned wrapper calls it there.  The function sees only what is defined there: its
    arguments, the built-ins, and other @jit functions of the same session, not this
    module's globals.  Its tracebacks show its own file and lines."""
    if function is None:
        return lambda f: jit(f, vm)
    target = vm or shared_vm()
    source, filename = guest_source(function)
    target.exec(source, filename)
    wrapper = functools.wraps(function)(target.function(function.__name__))
    wrapper.vm = target
    return wrapper


def guest_source(function):
    """The function's source without its decorators, at its own line numbers, and its file."""
    try:
        lines, first = inspect.getsourcelines(function)
    except (OSError, TypeError) as e:
        raise TypeError("polyvm.jit needs a function defined in a source file (%s)" % e)
    if function.__name__ == "<lambda>":
        raise TypeError("polyvm.jit takes a def, not a lambda (it calls the function by name)")
    while lines and not lines[0].lstrip().startswith(("def ", "async def ")):
        lines = lines[1:]                       # the decorators, on one line or several
        first += 1
    body = textwrap.dedent("".join(lines))
    return "\n" * (first - 1) + body, inspect.getsourcefile(function) or "<polyvm.jit>"
