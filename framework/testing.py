"""Running a language in-process from a test: a program in, (status, stdout, stderr) out.

Host-side (pytest) only.  Output goes through framework/output.py, so capturing means
standing in for its two buffers for the length of one run.
"""
from framework import output


class Capture(object):
    """Stands in for one of framework.output's buffers."""

    def __init__(self):
        self.pieces = []

    def write(self, text):
        self.pieces.append(text)

    def flush(self):
        pass

    def text(self):
        return "".join(self.pieces)


def run_program(language, source, filename="test", args=None):
    """(exit status, stdout, stderr) of `language.run` on `source`, untranslated."""
    out, err = Capture(), Capture()
    saved = output.stdout, output.stderr
    output.stdout, output.stderr = out, err
    try:
        status = language.run(filename, source, args if args is not None else [filename])
    finally:
        output.stdout, output.stderr = saved
    return status, out.text(), err.text()
