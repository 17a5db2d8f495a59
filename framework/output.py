"""Buffered standard output and error, shared by all languages in the process.

Writing with one os.write per print costs a system call each; the buffer flushes when full,
before anything goes to stderr (so the two interleave as the program wrote them) and at exit.
"""
import os

from rpython.rlib.rstring import StringBuilder


class Output(object):
    LIMIT = 1 << 14

    def __init__(self, fd):
        self.fd = fd
        self.pending = []
        self.size = 0
        self.capturing = False     # while an embedding host takes the output,
        self.captured = []         # what was written, flush by flush

    def write(self, text):
        self.pending.append(text)
        self.size += len(text)
        if self.size >= self.LIMIT:
            self.flush()

    def take_captured(self):
        self.capturing = False
        if not self.captured:
            return ""
        text = "".join(self.captured)
        self.captured = []
        return text

    def flush(self):
        if not self.pending:
            return
        builder = StringBuilder(self.size)
        for piece in self.pending:
            builder.append(piece)
        self.pending = []
        self.size = 0
        data = builder.build()
        if self.capturing:
            self.captured.append(data)
            return
        while data:
            try:
                written = os.write(self.fd, data)
            except OSError:
                return              # a closed pipe: drop the output, never crash
            if written <= 0:
                return
            data = data[written:]


stdout = Output(1)
stderr = Output(2)


def write_out(text):
    stdout.write(text)


def write_err(text):
    """Errors go out at once, after whatever the program printed before them."""
    stdout.flush()
    stderr.write(text)
    stderr.flush()


def flush_all():
    stdout.flush()
    stderr.flush()


def capture():
    """Keep what is written from now on (an embedded call: framework/embedding.py)."""
    flush_all()
    stdout.capturing = True
    stderr.capturing = True


def release():
    """Stop capturing; what was written since `capture`, as (stdout text, stderr text)."""
    flush_all()
    out = stdout.take_captured()
    err = stderr.take_captured()
    return out, err
