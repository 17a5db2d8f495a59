"""Traceback records: where an error has been, one record per guest frame it left.

A language's interpreter loop appends a `TracebackRecord` to its error as the error unwinds
a frame (innermost first, as they are met); the language prints them in its own style.
Records hold only strings and ints, so every language shares the one class.

Deep recursion leaves thousands of identical records; `fold_repeats` groups them so a
printer can show a few and summarise the rest (CPython's "[Previous line repeated N more
times]").
"""


class TracebackRecord(object):
    """One frame an error passed: its name (as the language shows it), file and line."""
    _immutable_fields_ = ['name', 'filename', 'line']

    def __init__(self, name, filename, line):
        self.name = name
        self.filename = filename
        self.line = line

    def same_place(self, other):
        return (self.line == other.line and self.name == other.name and
                self.filename == other.filename)


def record_frame(records, name, filename, line):
    """Add the frame an error is leaving to its records (innermost first)."""
    records.append(TracebackRecord(name, filename, line))


class RecordRun(object):
    """`count` consecutive records at the same place, shown as `record`."""

    def __init__(self, record, count):
        self.record = record
        self.count = count


def fold_repeats(records, outermost_first=True):
    """The records (innermost first, as recorded) as runs of identical consecutive ones,
    in printing order: outermost first unless asked otherwise."""
    runs = []
    n = len(records)
    for k in range(n):
        record = records[n - 1 - k] if outermost_first else records[k]
        if runs and runs[-1].record.same_place(record):
            runs[-1].count += 1
        else:
            runs.append(RecordRun(record, 1))
    return runs
