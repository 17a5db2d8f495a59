"""Reading standard input: whole (a program piped in, `polyvm -`) or a line at a time (a REPL)."""
import os

from framework import output


class LineReader(object):
    """Lines from a file descriptor, read in blocks (a REPL never reads past what it needs
    to see a newline, so a program's own input() still gets the rest)."""

    def __init__(self, fd):
        self.fd = fd
        self.pending = ""
        self.at_eof = False

    def read_line(self, prompt):
        """Print `prompt` (on a terminal), return the next line with its newline, or None at
        the end of input."""
        if prompt:
            output.write_out(prompt)
            output.flush_all()
        while True:
            newline = self.pending.find("\n")
            if newline >= 0:
                line = self.pending[:newline + 1]
                self.pending = self.pending[newline + 1:]
                return line
            if self.at_eof:
                if self.pending:
                    line = self.pending
                    self.pending = ""
                    return line
                return None
            try:
                chunk = os.read(self.fd, 4096)
            except OSError:
                chunk = ""
            if not chunk:
                self.at_eof = True
            self.pending += chunk


stdin = LineReader(0)


def read_all(fd):
    """Everything left on `fd` (standard input as a program)."""
    pieces = []
    while True:
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            break
        if not chunk:
            break
        pieces.append(chunk)
    return "".join(pieces)


def is_terminal(fd):
    try:
        return os.isatty(fd)
    except OSError:
        return False
