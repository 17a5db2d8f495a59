"""CPython's `_csv` in Python: the dialect, the reader's state machine and the writer's
quoting, which Lib's csv.py builds DictReader, Sniffer and the rest on."""

__version__ = "1.0"
__doc__ = "CSV parsing and writing."
QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)
_dialects = {}
_field_limit = 128 * 1024


class Error(Exception):
    pass


def _char(name, value, allow_none=True):
    if value is None:
        if allow_none:
            return None
        raise TypeError('"%s" must be a 1-character string' % name)
    if not isinstance(value, str):
        raise TypeError('"%s" must be string or None, not %s' % (name, type(value).__name__)
                        if allow_none else '"%s" must be string, not %s'
                        % (name, type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value


class Dialect:
    """The parameters of a CSV dialect, checked as CPython checks them."""
    _FIELDS = ("delimiter", "doublequote", "escapechar", "lineterminator", "quotechar",
               "quoting", "skipinitialspace", "strict")

    def __new__(cls, dialect=None, **kwargs):
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)
        self = object.__new__(cls)
        values = {}
        for name in cls._FIELDS:
            if name in kwargs:
                values[name] = kwargs[name]
            elif dialect is not None and hasattr(dialect, name):
                values[name] = getattr(dialect, name)
        quoting = values.get("quoting", QUOTE_MINIMAL)
        if quoting not in (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE):
            raise TypeError("bad \"quoting\" value")
        object.__setattr__(self, "_quoting", quoting)
        object.__setattr__(self, "_delimiter",
                           _char("delimiter", values.get("delimiter", ","), False))
        object.__setattr__(self, "_doublequote", bool(values.get("doublequote", True)))
        object.__setattr__(self, "_escapechar", _char("escapechar",
                                                      values.get("escapechar")))
        terminator = values.get("lineterminator", "\r\n")
        if not isinstance(terminator, str):
            raise TypeError('"lineterminator" must be a string')
        object.__setattr__(self, "_lineterminator", terminator)
        quotechar = _char("quotechar", values.get("quotechar", '"'))
        if quotechar is None and quoting != QUOTE_NONE and "quotechar" in values:
            raise TypeError("quotechar must be set if quoting enabled")
        object.__setattr__(self, "_quotechar", quotechar)
        object.__setattr__(self, "_skipinitialspace", bool(values.get("skipinitialspace",
                                                                      False)))
        object.__setattr__(self, "_strict", bool(values.get("strict", False)))
        return self

    delimiter = property(lambda self: self._delimiter)
    doublequote = property(lambda self: self._doublequote)
    escapechar = property(lambda self: self._escapechar)
    lineterminator = property(lambda self: self._lineterminator)
    quotechar = property(lambda self: self._quotechar)
    quoting = property(lambda self: self._quoting)
    skipinitialspace = property(lambda self: self._skipinitialspace)
    strict = property(lambda self: self._strict)

    def __setattr__(self, name, value):
        raise AttributeError("attribute '%s' of '_csv.Dialect' objects is not writable"
                             % name)


def register_dialect(name, dialect=None, **kwargs):
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _dialects[name] = Dialect(dialect, **kwargs)


def unregister_dialect(name):
    if name not in _dialects:
        raise Error("unknown dialect")
    del _dialects[name]


def get_dialect(name):
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect")


def list_dialects():
    return list(_dialects)


def field_size_limit(*args):
    global _field_limit
    old = _field_limit
    if args:
        if len(args) > 1:
            raise TypeError("field_size_limit expected at most 1 argument, got %d"
                            % len(args))
        if not isinstance(args[0], int):
            raise TypeError("limit must be an integer")
        _field_limit = args[0]
    return old


(START_RECORD, START_FIELD, ESCAPED_CHAR, IN_FIELD, IN_QUOTED_FIELD, ESCAPE_IN_QUOTED_FIELD,
 QUOTE_IN_QUOTED_FIELD, EAT_CRNL, AFTER_ESCAPED_CRNL) = range(9)
EOL = None          # fed after each line's characters


class Reader:
    """The state machine CPython's reader documents: one character at a time, then EOL."""

    def __init__(self, iterable, dialect, kwargs):
        self._lines = iter(iterable)
        self.dialect = Dialect(dialect, **kwargs)
        self.line_num = 0

    def __iter__(self):
        return self

    def __next__(self):
        self._fields = []
        self._field = []
        self._numeric = False
        self._state = START_RECORD
        while True:
            try:
                line = next(self._lines)
            except StopIteration:
                if self._field or self._state == IN_QUOTED_FIELD:
                    if self.dialect.strict:
                        raise Error("unexpected end of data")
                    self._save()
                    break
                raise
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %.200s (the file should "
                            "be opened in text mode)" % type(line).__name__)
            self.line_num += 1
            for c in line:
                if c == "\0":
                    raise Error("line contains NUL")
                self._process(c)
            self._process(EOL)
            if self._state == START_RECORD:
                break
        return self._fields

    def _save(self):
        text = "".join(self._field)
        self._field = []
        if self._numeric:
            self._numeric = False
            text = float(text)
        self._fields.append(text)

    def _add(self, c):
        if len(self._field) >= _field_limit:
            raise Error("field larger than field limit (%d)" % _field_limit)
        self._field.append(c)

    def _process(self, c):
        d = self.dialect
        state = self._state
        if state == START_RECORD:
            if c is EOL:
                return
            if c == "\n" or c == "\r":
                self._state = EAT_CRNL
                return
            state = self._state = START_FIELD
        if state == START_FIELD:
            if c is EOL or c == "\n" or c == "\r":
                self._save()
                self._state = START_RECORD if c is EOL else EAT_CRNL
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = IN_QUOTED_FIELD
            elif c == d.escapechar:
                self._state = ESCAPED_CHAR
            elif c == " " and d.skipinitialspace:
                pass
            elif c == d.delimiter:
                self._save()
            else:
                if d.quoting == QUOTE_NONNUMERIC:
                    self._numeric = True
                self._add(c)
                self._state = IN_FIELD
        elif state == ESCAPED_CHAR:
            if c == "\n" or c == "\r":
                self._add(c)
                self._state = AFTER_ESCAPED_CRNL
                return
            self._add("\n" if c is EOL else c)
            self._state = IN_FIELD
        elif state == AFTER_ESCAPED_CRNL:
            if c is not EOL:
                self._state = IN_FIELD
                self._process(c)
        elif state == IN_FIELD:
            if c is EOL or c == "\n" or c == "\r":
                self._save()
                self._state = START_RECORD if c is EOL else EAT_CRNL
            elif c == d.escapechar:
                self._state = ESCAPED_CHAR
            elif c == d.delimiter:
                self._save()
                self._state = START_FIELD
            else:
                self._add(c)
        elif state == IN_QUOTED_FIELD:
            if c is EOL:
                pass
            elif c == d.escapechar:
                self._state = ESCAPE_IN_QUOTED_FIELD
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = QUOTE_IN_QUOTED_FIELD if d.doublequote else IN_FIELD
            else:
                self._add(c)
        elif state == ESCAPE_IN_QUOTED_FIELD:
            self._add("\n" if c is EOL else c)
            self._state = IN_QUOTED_FIELD
        elif state == QUOTE_IN_QUOTED_FIELD:
            if d.quoting != QUOTE_NONE and c == d.quotechar:
                self._add(c)
                self._state = IN_QUOTED_FIELD
            elif c == d.delimiter:
                self._save()
                self._state = START_FIELD
            elif c is EOL or c == "\n" or c == "\r":
                self._save()
                self._state = START_RECORD if c is EOL else EAT_CRNL
            elif not d.strict:
                self._add(c)
                self._state = IN_FIELD
            else:
                raise Error("'%s' expected after '%s'" % (d.delimiter, d.quotechar))
        elif state == EAT_CRNL:
            if c == "\n" or c == "\r":
                pass
            elif c is EOL:
                self._state = START_RECORD
            else:
                raise Error("new-line character seen in unquoted field - do you need to "
                            "open the file with newline=''?")


def reader(csvfile, dialect="excel", **kwargs):
    return Reader(csvfile, dialect, kwargs)


class Writer:
    def __init__(self, fileobj, dialect, kwargs):
        if not hasattr(fileobj, "write"):
            raise TypeError('argument 1 must have a "write" method')
        self._write = fileobj.write
        self.dialect = Dialect(dialect, **kwargs)

    def _quote(self, field, only):
        """The field's text, escaped and quoted as CPython's join_append_data does."""
        d = self.dialect
        if field is None:
            text = ""
        elif isinstance(field, str):
            text = field
        elif isinstance(field, float):
            text = repr(field)
        else:
            text = str(field)
        numeric = isinstance(field, (int, float)) and not isinstance(field, bool)
        quoted = d.quoting == QUOTE_ALL or (d.quoting == QUOTE_NONNUMERIC and not numeric)
        out = []
        for c in text:
            want_escape = False
            if (c == d.delimiter or c == d.escapechar or c == d.quotechar or
                    c in d.lineterminator or c == "\n" or c == "\r"):
                if d.quoting == QUOTE_NONE:
                    want_escape = True
                else:
                    if c == d.quotechar:
                        if d.doublequote:
                            out.append(c)
                        else:
                            want_escape = True
                    elif c == d.escapechar:
                        want_escape = True
                    if not want_escape:
                        quoted = True
                if want_escape:
                    if d.escapechar is None:
                        raise Error("need to escape, but no escapechar set")
                    out.append(d.escapechar)
            out.append(c)
        if text == "" and only:
            if d.quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            quoted = True
        text = "".join(out)
        if quoted:
            return d.quotechar + text + d.quotechar
        return text

    def writerow(self, row):
        try:
            items = list(row)
        except TypeError:
            raise Error("iterable expected, not %s" % type(row).__name__)
        line = self.dialect.delimiter.join(self._quote(f, len(items) == 1) for f in items)
        return self._write(line + self.dialect.lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def writer(fileobj, dialect="excel", **kwargs):
    return Writer(fileobj, dialect, kwargs)
