"""Streams: standard input/output/error and files opened by open/3,4 or see/tell.

An input stream holds its whole text (a file is read on open, standard input on first use)
and a position; an output stream writes through at once (the terminal through the kit's
buffered output, a file with os.write), keeping the column for format's column stops and
nl. A stream is named by the term `'$stream'(N)` or by an alias (`user_input`, ...)."""
import os

from framework import console, output

from languages.prolog import errors
from languages.prolog.terms import Var, Atom, Int, Struct, functor_of

STREAM = functor_of("$stream", 1)


class Stream(object):
    def __init__(self, ident, mode, fd, path):
        self.ident = ident
        self.mode = mode            # "read", "write" or "append"
        self.fd = fd
        self.path = path
        self.alias = ""
        self.text = None            # input: the whole text, loaded on first use
        self.pos = 0
        self.column = 0
        self.closed = False

    def is_input(self):
        return self.mode == "read"

    def term(self):
        return Struct(STREAM, [Int(self.ident)])

    # -- input ------------------------------------------------------------------------
    def load(self):
        if self.text is None:
            self.text = console.read_all(self.fd)
        return self.text

    def next_char(self, peek):
        """The next UTF-8 character (its bytes), or None at the end."""
        text = self.load()
        if self.pos >= len(text):
            return None
        start = self.pos
        end = start + 1
        while end < len(text) and 0x80 <= ord(text[end]) < 0xC0:
            end += 1
        if not peek:
            self.pos = end
        assert start >= 0 and end >= start
        return text[start:end]

    def at_end(self):
        return self.pos >= len(self.load())

    # -- output -----------------------------------------------------------------------
    def put(self, text):
        if self.fd == 1:
            output.write_out(text)
        elif self.fd == 2:
            output.write_err(text)
        else:
            os.write(self.fd, text)
        newline = text.rfind("\n")
        if newline >= 0:
            self.column = len(text) - newline - 1
        else:
            self.column += len(text)

    def close(self):
        if self.fd > 2:
            os.close(self.fd)
        self.closed = True


STDIN = Stream(0, "read", 0, "")


class StreamTable(object):
    """An engine's open streams, its aliases and its current input and output."""

    def __init__(self):
        stdout = Stream(1, "append", 1, "")
        stderr = Stream(2, "append", 2, "")
        self.streams = {0: STDIN, 1: stdout, 2: stderr}
        self.aliases = {"user_input": STDIN, "user_output": stdout, "user_error": stderr}
        STDIN.alias = "user_input"
        stdout.alias = "user_output"
        stderr.alias = "user_error"
        self.next_ident = 3
        self.input = STDIN
        self.output = stdout
        self.user_output = stdout

    def open(self, path, mode):
        """A new stream on the file at `path`; an OSError if it cannot be opened."""
        if mode == "read":
            fd = os.open(path, os.O_RDONLY, 0)
        elif mode == "write":
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0666)
        else:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0666)
        stream = Stream(self.next_ident, mode, fd, path)
        self.next_ident += 1
        self.streams[stream.ident] = stream
        if mode == "read":
            try:
                stream.load()
            finally:
                os.close(fd)
            stream.fd = -1
        return stream

    def close(self, stream):
        if stream.ident <= 2:
            return                  # closing a standard stream does nothing, as in swipl
        stream.close()
        del self.streams[stream.ident]
        if stream.alias and self.aliases.get(stream.alias, None) is stream:
            del self.aliases[stream.alias]
        if self.input is stream:
            self.input = STDIN
        if self.output is stream:
            self.output = self.user_output

    def find_path(self, path, mode):
        """An open stream on `path` (for see/tell of a file already open)."""
        for stream in self.streams.values():
            if stream.path == path and stream.mode == mode and not stream.closed:
                return stream
        return None

    def lookup(self, term, direction):
        """The stream a term names; errors as ISO says. `direction` is "input", "output"
        or "" (either)."""
        t = term.deref()
        stream = None
        if isinstance(t, Var):
            raise errors.instantiation_error()
        if isinstance(t, Atom):
            stream = self.aliases.get(t.name, None)
            if stream is None:
                raise errors.existence_error("stream", t)
        elif isinstance(t, Struct) and t.functor is STREAM:
            ident = t.args[0].deref()
            if isinstance(ident, Int):
                stream = self.streams.get(ident.value, None)
            if stream is None:
                raise errors.existence_error("stream", t)
        else:
            raise errors.domain_error("stream_or_alias", t)
        if direction == "input" and not stream.is_input():
            raise errors.permission_error("input", "stream", t)
        if direction == "output" and stream.is_input():
            raise errors.permission_error("output", "stream", t)
        return stream


def stream_argument(term):
    """A current_input/current_output argument: a variable or a stream term."""
    t = term.deref()
    if isinstance(t, Var) or (isinstance(t, Struct) and t.functor is STREAM):
        return t
    if isinstance(t, Atom):
        raise errors.existence_error("stream", t)
    raise errors.domain_error("stream_or_alias", t)

