"""CPython's `_sre` (what re/_compiler.py compiles patterns for): Pattern and Match in
Python over the matching core in RPython (languages/python/sre.py, module _sre_core)."""
import _sre_core
from _sre_core import (MAGIC, CODESIZE, MAXREPEAT, MAXGROUPS, unicode_tolower,
                       unicode_iscased, ascii_tolower, ascii_iscased)

_MATCH, _FULLMATCH, _SEARCH = 0, 1, 2
_MAXSIZE = 9223372036854775807
copyright = "polyvm _sre over rpython's rsre"


def getcodesize():
    return CODESIZE


def compile(pattern, flags, code, groups, groupindex, indexgroup):
    return Pattern(pattern, flags, code, groups, groupindex, indexgroup)


def _text(string):
    if isinstance(string, (str, bytes)):
        return string
    if isinstance(string, (bytearray, memoryview)):
        return bytes(string)
    raise TypeError("expected string or bytes-like object, got '%s'"
                    % type(string).__name__)


class Pattern:
    def __init__(self, pattern, flags, code, groups, groupindex, indexgroup):
        self.pattern = pattern
        self.flags = flags
        self.groups = groups
        self.groupindex = dict(groupindex)
        self._indexgroup = indexgroup
        self._code = code
        self._handle = _sre_core.prepare(code)

    def _run(self, string, pos, endpos, mode):
        string = _text(string)
        if isinstance(self.pattern, str) and not isinstance(string, str):
            raise TypeError("cannot use a string pattern on a bytes-like object")
        if isinstance(self.pattern, bytes) and isinstance(string, str):
            raise TypeError("cannot use a bytes pattern on a string-like object")
        marks = _sre_core.match(self._handle, string, pos, endpos, self.flags, mode)
        if marks is None:
            return None
        return Match(self, string, pos, endpos, marks)

    def match(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, _MATCH)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, _FULLMATCH)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, _SEARCH)

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        """The matches left to right; an empty match may not follow an empty match at
        the same place (CPython 3.7's rule)."""
        string = _text(string)
        length = len(string)
        endpos = min(max(endpos, 0), length)
        pos = min(max(pos, 0), length)
        must_advance = False
        while pos <= endpos:
            match = self._run(string, pos, endpos, _SEARCH)
            if match is None:
                return
            start, end = match.span()
            if must_advance and start == end == pos:
                if pos >= endpos:
                    return
                match = self._run(string, pos + 1, endpos, _SEARCH)
                if match is None:
                    return
                start, end = match.span()
            yield match
            must_advance = start == end
            pos = end

    def scanner(self, string, pos=0, endpos=_MAXSIZE):
        return _Scanner(self, string, pos, endpos)

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        result = []
        for match in self.finditer(string, pos, endpos):
            if self.groups == 0:
                result.append(match.group())
            elif self.groups == 1:
                result.append(match.group(1) or match.string[:0])
            else:
                empty = match.string[:0]
                result.append(tuple(g if g is not None else empty for g in match.groups()))
        return result

    def split(self, string, maxsplit=0):
        string = _text(string)
        pieces = []
        last = 0
        count = 0
        for match in self.finditer(string):
            if maxsplit and count >= maxsplit:
                break
            start, end = match.span()
            pieces.append(string[last:start])
            pieces.extend(match.groups())
            last = end
            count += 1
        pieces.append(string[last:])
        return pieces

    def _filter(self, repl):
        if callable(repl):
            return repl
        if isinstance(repl, str) and "\\" not in repl:
            return repl
        if isinstance(repl, (bytes, bytearray)) and b"\\" not in repl:
            return bytes(repl)
        import re
        return re._subx(self, repl)

    def subn(self, repl, string, count=0):
        string = _text(string)
        filter = self._filter(repl)
        pieces = []
        last = 0
        n = 0
        for match in self.finditer(string):
            if count and n >= count:
                break
            start, end = match.span()
            pieces.append(string[last:start])
            if callable(filter):
                piece = filter(match)
                if piece is not None:
                    pieces.append(piece)
            else:
                pieces.append(filter)
            last = end
            n += 1
        pieces.append(string[last:])
        return string[:0].join(pieces), n

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def __repr__(self):
        flags = self.flags
        names = []
        if isinstance(self.pattern, str):
            flags &= ~32            # UNICODE is the default for str patterns
        for name, value in (("TEMPLATE", 1), ("IGNORECASE", 2), ("LOCALE", 4),
                            ("MULTILINE", 8), ("DOTALL", 16), ("UNICODE", 32),
                            ("VERBOSE", 64), ("DEBUG", 128), ("ASCII", 256)):
            if flags & value:
                names.append("re." + name)
                flags &= ~value
        text = repr(self.pattern)[:200]
        if names:
            return "re.compile(%s, %s)" % (text, "|".join(names))
        return "re.compile(%s)" % text

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


class _Scanner:
    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._string = _text(string)
        self._pos = pos
        self._endpos = endpos

    def _next(self, mode):
        if self._pos > min(self._endpos, len(self._string)):
            return None
        match = self.pattern._run(self._string, self._pos, self._endpos, mode)
        if match is None:
            self._pos = len(self._string) + 1
            return None
        start, end = match.span()
        self._pos = end if end > start else end + 1
        return match

    def match(self):
        return self._next(_MATCH)

    def search(self):
        return self._next(_SEARCH)


class Match:
    def __init__(self, pattern, string, pos, endpos, marks):
        self.re = pattern
        self.string = string
        length = len(string)
        self.pos = min(max(pos, 0), length)
        self.endpos = min(max(endpos, 0), length)
        lastindex = marks[-1]
        marks = marks[:-1]
        spans = []
        for i in range(pattern.groups + 1):
            if 2 * i + 1 < len(marks) and marks[2 * i] >= 0 and marks[2 * i + 1] >= 0:
                spans.append((marks[2 * i], marks[2 * i + 1]))
            else:
                spans.append((-1, -1))
        self.regs = tuple(spans)
        # the last mark set is the closing mark of CPython's lastindex group
        self.lastindex = lastindex // 2 + 1 if lastindex >= 0 else None

    @property
    def lastgroup(self):
        if self.lastindex is None:
            return None
        indexgroup = self.re._indexgroup
        if self.lastindex < len(indexgroup):
            return indexgroup[self.lastindex]
        return None

    def _index(self, group):
        if isinstance(group, int) or hasattr(group, "__index__") and not isinstance(group, str):
            index = group.__index__()
            if 0 <= index <= self.re.groups:
                return index
        else:
            index = self.re.groupindex.get(group)
            if index is not None:
                return index
        raise IndexError("no such group")

    def _get(self, index, default=None):
        start, end = self.regs[index]
        if start < 0:
            return default
        return self.string[start:end]

    def group(self, *groups):
        if not groups:
            return self._get(0)
        if len(groups) == 1:
            return self._get(self._index(groups[0]))
        return tuple(self._get(self._index(g)) for g in groups)

    def __getitem__(self, group):
        return self._get(self._index(group))

    def groups(self, default=None):
        return tuple(self._get(i, default) for i in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._get(index, default) for name, index in self.re.groupindex.items()}

    def start(self, group=0):
        return self.regs[self._index(group)][0]

    def end(self, group=0):
        return self.regs[self._index(group)][1]

    def span(self, group=0):
        return self.regs[self._index(group)]

    def expand(self, template):
        import re
        return re._expand(self.re, self, template)

    def __bool__(self):
        return True

    def __repr__(self):
        return "<re.Match object; span=%r, match=%r>" % (self.regs[0], self.group())

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)
