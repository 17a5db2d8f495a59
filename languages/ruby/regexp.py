"""Ruby regexps: a parser from Onigmo-style syntax to a small instruction list, and a
backtracking matcher over it (rpython 0.2.1 cannot compile patterns at run time, so the
regexp engine is ours).  Strings are UTF-8 bytes; `.` and character classes consume a
whole character.  Supported: literals and escapes, classes with ranges and POSIX names,
\\d \\w \\s \\h and their negations, anchors ^ $ \\A \\z \\Z \\b \\B, groups (capturing,
(?:), named (?<n>)), alternation, greedy and lazy quantifiers * + ? {m,n}, backreferences
\\1 \\k<n>, lookahead and lookbehind, and the i, m, x flags.
"""
from languages.ruby.objects import W_Object, w_nil, nonneg

IGNORECASE = 1
EXTENDED = 2
MULTILINE = 4           # ruby's m: dot matches newline

(CHAR, ANY, ANYNL, SET, SPLIT, JMP, SAVE, BOL, EOL, ASTART, AEND, AENDNL, WORDB, NWORDB,
 BACKREF, MATCH, LOOK, LOOKNOT, BEHIND, BEHINDNOT, CHARI) = range(21)


class RegexpSyntaxError(Exception):
    def __init__(self, message):
        self.message = message


class Program(object):
    """A compiled pattern: code, character sets, sub-programs (lookaround), the number of
    groups and their names."""

    def __init__(self):
        self.code = []
        self.sets = []
        self.subs = []
        self.ngroups = 0
        self.names = []
        self.name_index = []


# -- the syntax tree ------------------------------------------------------------------------

class RNode(object):
    pass


class RChar(RNode):
    def __init__(self, ch):
        self.ch = ch


class RAny(RNode):
    pass


class RSet(RNode):
    def __init__(self, ranges, negated):
        self.ranges = ranges        # flat list lo, hi, lo, hi (code points)
        self.negated = negated


class RAssert(RNode):
    def __init__(self, kind):
        self.kind = kind


class RGroup(RNode):
    def __init__(self, index, child):
        self.index = index          # -1: not capturing
        self.child = child


class RConcat(RNode):
    def __init__(self, items):
        self.items = items


class RAlt(RNode):
    def __init__(self, options):
        self.options = options


class RRepeat(RNode):
    def __init__(self, child, low, high, greedy):
        self.child = child
        self.low = low
        self.high = high            # -1: no limit
        self.greedy = greedy


class RBackref(RNode):
    def __init__(self, index):
        self.index = index


class RLook(RNode):
    def __init__(self, child, negative, behind):
        self.child = child
        self.negative = negative
        self.behind = behind


DIGIT = [ord("0"), ord("9")]
WORD = [ord("a"), ord("z"), ord("A"), ord("Z"), ord("0"), ord("9"), ord("_"), ord("_")]
SPACE = [9, 13, 32, 32]
HEX = [ord("0"), ord("9"), ord("a"), ord("f"), ord("A"), ord("F")]
ALL = [0, 0x10FFFF]


def negate(ranges):
    points = []
    i = 0
    while i < len(ranges):
        points.append((ranges[i], ranges[i + 1]))
        i += 2
    sort_pairs(points)
    result = []
    low = 0
    for lo, hi in points:
        if lo > low:
            result.append(low)
            result.append(lo - 1)
        if hi + 1 > low:
            low = hi + 1
    if low <= 0x10FFFF:
        result.append(low)
        result.append(0x10FFFF)
    return result


POSIX = {
    "alpha": [ord("a"), ord("z"), ord("A"), ord("Z")],
    "digit": DIGIT,
    "alnum": [ord("a"), ord("z"), ord("A"), ord("Z"), ord("0"), ord("9")],
    "upper": [ord("A"), ord("Z")],
    "lower": [ord("a"), ord("z")],
    "space": SPACE,
    "word": WORD,
    "xdigit": HEX,
    "punct": [33, 47, 58, 64, 91, 96, 123, 126],
    "cntrl": [0, 31],
    "print": [32, 126],
    "graph": [33, 126],
    "blank": [9, 9, 32, 32],
}


class RegexpParser(object):
    def __init__(self, source, flags):
        self.source = source
        self.pos = 0
        self.flags = flags
        self.ngroups = 0
        self.names = []
        self.name_index = []

    def error(self, message):
        raise RegexpSyntaxError("%s: /%s/" % (message, self.source))

    def at_end(self):
        return self.pos >= len(self.source)

    def peek(self):
        if self.pos < len(self.source):
            return self.source[self.pos]
        return "\0"

    def next(self):
        ch = self.source[self.pos]
        self.pos += 1
        return ch

    def parse(self):
        node = self.parse_alt()
        if not self.at_end():
            self.error("unmatched close parenthesis")
        return node

    def parse_alt(self):
        options = [self.parse_concat()]
        while not self.at_end() and self.peek() == "|":
            self.pos += 1
            options.append(self.parse_concat())
        if len(options) == 1:
            return options[0]
        return RAlt(options)

    def skip_extended(self):
        while not self.at_end():
            ch = self.peek()
            if ch == " " or ch == "\t" or ch == "\n" or ch == "\r":
                self.pos += 1
            elif ch == "#":
                while not self.at_end() and self.peek() != "\n":
                    self.pos += 1
            else:
                break

    def parse_concat(self):
        items = []
        while True:
            if self.flags & EXTENDED:
                self.skip_extended()
            if self.at_end() or self.peek() == "|" or self.peek() == ")":
                break
            atom = self.parse_atom()
            if atom is None:
                continue
            atom = self.parse_quantifier(atom)
            items.append(atom)
        if len(items) == 1:
            return items[0]
        return RConcat(items)

    def parse_quantifier(self, atom):
        while True:
            if self.flags & EXTENDED:
                self.skip_extended()
            if self.at_end():
                return atom
            ch = self.peek()
            low = -1
            high = -1
            if ch == "*":
                low, high = 0, -1
                self.pos += 1
            elif ch == "+":
                low, high = 1, -1
                self.pos += 1
            elif ch == "?":
                low, high = 0, 1
                self.pos += 1
            elif ch == "{":
                end = self.source.find("}", nonneg(self.pos))
                if end < 0:
                    return atom
                body = self.source[nonneg(self.pos + 1):nonneg(end)]
                comma = body.find(",")
                if not is_count(body):
                    return atom
                if comma < 0:
                    low = high = to_int(body)
                else:
                    low = to_int(body[:nonneg(comma)]) if comma > 0 else 0
                    rest = body[nonneg(comma + 1):]
                    high = to_int(rest) if rest else -1
                self.pos = end + 1
            else:
                return atom
            greedy = True
            if not self.at_end() and self.peek() == "?":
                greedy = False
                self.pos += 1
            elif not self.at_end() and self.peek() == "+":
                self.pos += 1
            atom = RRepeat(atom, low, high, greedy)

    def parse_atom(self):
        ch = self.next()
        if ch == "(":
            return self.parse_group()
        if ch == "[":
            return self.parse_set()
        if ch == ".":
            return RAny()
        if ch == "^":
            return RAssert(BOL)
        if ch == "$":
            return RAssert(EOL)
        if ch == "\\":
            return self.parse_escape()
        return self.literal(ch)

    def literal(self, ch):
        if ord(ch) >= 0x80:
            # a whole UTF-8 character as one unit
            start = self.pos - 1
            while not self.at_end() and (ord(self.peek()) & 0xC0) == 0x80:
                self.pos += 1
            text = self.source[nonneg(start):nonneg(self.pos)]
            return RConcat([RChar(c) for c in text])
        return RChar(ch)

    def parse_group(self):
        if self.peek() == "?":
            self.pos += 1
            kind = self.next()
            if kind == ":":
                child = self.parse_alt()
                self.expect_close()
                return RGroup(-1, child)
            if kind == "=" or kind == "!":
                child = self.parse_alt()
                self.expect_close()
                return RLook(child, kind == "!", False)
            if kind == ">":
                child = self.parse_alt()
                self.expect_close()
                return RGroup(-1, child)
            if kind == "<" and (self.peek() == "=" or self.peek() == "!"):
                negative = self.next() == "!"
                child = self.parse_alt()
                self.expect_close()
                return RLook(child, negative, True)
            if kind == "<" or kind == "'":
                closer = ">" if kind == "<" else "'"
                end = self.source.find(closer, nonneg(self.pos))
                if end < 0:
                    self.error("invalid group name")
                name = self.source[nonneg(self.pos):nonneg(end)]
                self.pos = end + 1
                self.ngroups += 1
                index = self.ngroups
                self.names.append(name)
                self.name_index.append(index)
                child = self.parse_alt()
                self.expect_close()
                return RGroup(index, child)
            # inline flags (?i) (?i:...) (?mix-mix)
            self.pos -= 1
            on = 0
            off = 0
            negative = False
            while not self.at_end() and self.peek() not in ":)":
                f = self.next()
                bit = 0
                if f == "i":
                    bit = IGNORECASE
                elif f == "m":
                    bit = MULTILINE
                elif f == "x":
                    bit = EXTENDED
                elif f == "-":
                    negative = True
                    continue
                else:
                    self.error("undefined group option")
                if negative:
                    off |= bit
                else:
                    on |= bit
            saved = self.flags
            self.flags = (self.flags | on) & ~off
            if self.next() == ")":
                return None
            child = self.parse_alt()
            self.expect_close()
            self.flags = saved
            return RGroup(-1, child)
        self.ngroups += 1
        index = self.ngroups
        child = self.parse_alt()
        self.expect_close()
        return RGroup(index, child)

    def expect_close(self):
        if self.at_end() or self.next() != ")":
            self.error("end pattern with unmatched parenthesis")

    def parse_escape(self):
        if self.at_end():
            self.error("too short escape sequence")
        ch = self.next()
        ranges = class_escape(ch)
        if ranges is not None:
            if ch.isupper():
                return RSet(negate(ranges), False)
            return RSet(ranges, False)
        if ch == "A":
            return RAssert(ASTART)
        if ch == "z":
            return RAssert(AEND)
        if ch == "Z":
            return RAssert(AENDNL)
        if ch == "b":
            return RAssert(WORDB)
        if ch == "B":
            return RAssert(NWORDB)
        if ch == "G":
            return RAssert(ASTART)
        if "1" <= ch <= "9":
            return RBackref(ord(ch) - ord("0"))
        if ch == "k" and self.peek() == "<":
            end = self.source.find(">", nonneg(self.pos))
            name = self.source[nonneg(self.pos + 1):nonneg(end)]
            self.pos = end + 1
            for i in range(len(self.names)):
                if self.names[i] == name:
                    return RBackref(self.name_index[i])
            self.error("undefined name <%s> reference" % name)
        return RChar(simple_escape(self, ch))

    def parse_set(self):
        negated = False
        if self.peek() == "^":
            negated = True
            self.pos += 1
        ranges = []
        first = True
        while True:
            if self.at_end():
                self.error("premature end of char-class")
            ch = self.next()
            if ch == "]" and not first:
                break
            first = False
            if ch == "[" and self.peek() == ":":
                end = self.source.find(":]", nonneg(self.pos))
                name = self.source[nonneg(self.pos + 1):nonneg(end)]
                self.pos = end + 2
                posix_negated = name.startswith("^")
                if posix_negated:
                    name = name[1:]
                posix = POSIX.get(name, None)
                if posix is None:
                    self.error("invalid POSIX bracket type")
                ranges.extend(negate(posix) if posix_negated else posix)
                continue
            if ch == "[":
                inner = self.parse_set()
                assert isinstance(inner, RSet)
                ranges.extend(negate(inner.ranges) if inner.negated else inner.ranges)
                continue
            if ch == "&" and self.peek() == "&":
                self.error("class intersection is not supported")
            if ch == "\\":
                esc = self.next()
                class_ranges = class_escape(esc)
                if class_ranges is not None:
                    ranges.extend(negate(class_ranges) if esc.isupper() else class_ranges)
                    continue
                low = ord(simple_escape(self, esc))
            else:
                low = self.code_point(ch)
            if self.peek() == "-" and self.pos + 1 < len(self.source) and \
                    self.source[self.pos + 1] != "]":
                self.pos += 1
                hi_ch = self.next()
                if hi_ch == "\\":
                    high = ord(simple_escape(self, self.next()))
                else:
                    high = self.code_point(hi_ch)
                if high < low:
                    self.error("empty range in char class")
                ranges.append(low)
                ranges.append(high)
            else:
                ranges.append(low)
                ranges.append(low)
        if self.flags & IGNORECASE:
            extra = []
            i = 0
            while i < len(ranges):
                lo = max(ranges[i], ord("a"))
                hi = min(ranges[i + 1], ord("z"))
                if lo <= hi:
                    extra.append(lo - 32)
                    extra.append(hi - 32)
                lo = max(ranges[i], ord("A"))
                hi = min(ranges[i + 1], ord("Z"))
                if lo <= hi:
                    extra.append(lo + 32)
                    extra.append(hi + 32)
                i += 2
            ranges.extend(extra)
        return RSet(ranges, negated)

    def code_point(self, ch):
        first = ord(ch)
        if first < 0x80:
            return first
        count = 1 if first >= 0xC0 and first < 0xE0 else (2 if first < 0xF0 else 3)
        code = first & (0x1F if count == 1 else (0x0F if count == 2 else 0x07))
        for _ in range(count):
            if self.at_end():
                break
            code = (code << 6) | (ord(self.next()) & 0x3F)
        return code


def class_escape(ch):
    lower = ch.lower()
    if lower == "d":
        return DIGIT
    if lower == "w":
        return WORD
    if lower == "s":
        return SPACE
    if lower == "h":
        return HEX
    return None


def simple_escape(parser, ch):
    if ch == "n":
        return "\n"
    if ch == "t":
        return "\t"
    if ch == "r":
        return "\r"
    if ch == "f":
        return "\f"
    if ch == "v":
        return "\v"
    if ch == "e":
        return "\x1b"
    if ch == "0":
        return "\0"
    if ch == "a":
        return "\a"
    if ch == "x":
        code = 0
        for _ in range(2):
            d = parser.peek()
            if "0" <= d <= "9" or "a" <= d.lower() <= "f":
                code = code * 16 + hex_digit(d)
                parser.pos += 1
        return chr(code)
    return ch


# -- compiling ----------------------------------------------------------------------------

class Emitter(object):
    def __init__(self, program, flags):
        self.program = program
        self.code = []
        self.flags = flags

    def emit(self, node):
        code = self.code
        if isinstance(node, RChar):
            if self.flags & IGNORECASE and node.ch.isalpha():
                code.append(CHARI)
                code.append(ord(node.ch.lower()))
            else:
                code.append(CHAR)
                code.append(ord(node.ch))
        elif isinstance(node, RAny):
            code.append(ANYNL if self.flags & MULTILINE else ANY)
        elif isinstance(node, RSet):
            code.append(SET)
            code.append(len(self.program.sets))
            self.program.sets.append(node)
        elif isinstance(node, RAssert):
            code.append(node.kind)
        elif isinstance(node, RGroup):
            if node.index >= 0:
                code.append(SAVE)
                code.append(2 * node.index)
            self.emit(node.child)
            if node.index >= 0:
                code.append(SAVE)
                code.append(2 * node.index + 1)
        elif isinstance(node, RConcat):
            for item in node.items:
                self.emit(item)
        elif isinstance(node, RAlt):
            jumps = []
            for i in range(len(node.options)):
                if i < len(node.options) - 1:
                    split = len(code)
                    code.append(SPLIT)
                    code.append(split + 3)
                    code.append(-1)
                    self.emit(node.options[i])
                    jumps.append(len(code))
                    code.append(JMP)
                    code.append(-1)
                    code[split + 2] = len(code)
                else:
                    self.emit(node.options[i])
            for j in jumps:
                code[j + 1] = len(code)
        elif isinstance(node, RRepeat):
            for _ in range(node.low):
                self.emit(node.child)
            if node.high < 0:
                loop = len(code)
                code.append(SPLIT)
                code.append(-1)
                code.append(-1)
                body = len(code)
                self.emit(node.child)
                code.append(JMP)
                code.append(loop)
                after = len(code)
                if node.greedy:
                    code[loop + 1] = body
                    code[loop + 2] = after
                else:
                    code[loop + 1] = after
                    code[loop + 2] = body
            else:
                splits = []
                for _ in range(node.high - node.low):
                    split = len(code)
                    code.append(SPLIT)
                    code.append(-1)
                    code.append(-1)
                    splits.append(split)
                    body = len(code)
                    self.emit(node.child)
                    if node.greedy:
                        code[split + 1] = body
                    else:
                        code[split + 2] = body
                after = len(code)
                for split in splits:
                    if node.greedy:
                        code[split + 2] = after
                    else:
                        code[split + 1] = after
        elif isinstance(node, RBackref):
            code.append(BACKREF)
            code.append(node.index)
        elif isinstance(node, RLook):
            sub = Emitter(self.program, self.flags)
            sub.emit(node.child)
            sub.code.append(MATCH)
            index = len(self.program.subs)
            self.program.subs.append(sub.code)
            if node.behind:
                code.append(BEHINDNOT if node.negative else BEHIND)
            else:
                code.append(LOOKNOT if node.negative else LOOK)
            code.append(index)


def compile_regexp(source, flags):
    parser = RegexpParser(source, flags)
    tree = parser.parse()
    program = Program()
    program.ngroups = parser.ngroups
    program.names = parser.names
    program.name_index = parser.name_index
    emitter = Emitter(program, flags)
    emitter.emit(tree)
    emitter.code.append(MATCH)
    program.code = emitter.code
    return program


# -- matching -----------------------------------------------------------------------------

def is_word_char(ch):
    return ch.isalnum() or ch == "_" or ord(ch) >= 0x80


def decode_at(s, pos):
    """(code point, length) of the UTF-8 character at pos."""
    first = ord(s[pos])
    if first < 0x80:
        return first, 1
    if first < 0xE0:
        count = 1
        code = first & 0x1F
    elif first < 0xF0:
        count = 2
        code = first & 0x0F
    else:
        count = 3
        code = first & 0x07
    length = 1
    for k in range(count):
        if pos + 1 + k >= len(s):
            break
        code = (code << 6) | (ord(s[pos + 1 + k]) & 0x3F)
        length += 1
    return code, length


def in_set(rset, code):
    ranges = rset.ranges
    found = False
    i = 0
    while i < len(ranges):
        if ranges[i] <= code <= ranges[i + 1]:
            found = True
            break
        i += 2
    return found != rset.negated


class Thread(object):
    def __init__(self, pc, pos, caps):
        self.pc = pc
        self.pos = pos
        self.caps = caps


def run(program, code, s, start, caps, end_required):
    """Match `code` anchored at `start`; the capture list on success, else None."""
    n = len(s)
    stack = [Thread(0, start, caps)]
    steps = 0
    while stack:
        thread = stack.pop()
        pc = thread.pc
        pos = thread.pos
        caps = thread.caps
        while True:
            steps += 1
            if steps > 5000000:
                return None
            op = code[pc]
            if op == CHAR:
                if pos < n and ord(s[pos]) == code[pc + 1]:
                    pos += 1
                    pc += 2
                    continue
                break
            elif op == CHARI:
                if pos < n and ord(s[pos].lower()) == code[pc + 1]:
                    pos += 1
                    pc += 2
                    continue
                break
            elif op == ANY or op == ANYNL:
                if pos < n and (op == ANYNL or s[pos] != "\n"):
                    cp, length = decode_at(s, pos)
                    pos += length
                    pc += 1
                    continue
                break
            elif op == SET:
                if pos < n:
                    cp, length = decode_at(s, pos)
                    if in_set(program.sets[code[pc + 1]], cp):
                        pos += length
                        pc += 2
                        continue
                break
            elif op == SPLIT:
                stack.append(Thread(code[pc + 2], pos, caps))
                pc = code[pc + 1]
                continue
            elif op == JMP:
                pc = code[pc + 1]
                continue
            elif op == SAVE:
                caps = list(caps)
                caps[code[pc + 1]] = pos
                pc += 2
                continue
            elif op == BOL:
                if pos == 0 or s[pos - 1] == "\n":
                    pc += 1
                    continue
                break
            elif op == EOL:
                if pos == n or s[pos] == "\n":
                    pc += 1
                    continue
                break
            elif op == ASTART:
                if pos == 0:
                    pc += 1
                    continue
                break
            elif op == AEND:
                if pos == n:
                    pc += 1
                    continue
                break
            elif op == AENDNL:
                if pos == n or (pos == n - 1 and s[pos] == "\n"):
                    pc += 1
                    continue
                break
            elif op == WORDB or op == NWORDB:
                before = pos > 0 and is_word_char(s[pos - 1])
                after = pos < n and is_word_char(s[pos])
                if (before != after) == (op == WORDB):
                    pc += 1
                    continue
                break
            elif op == BACKREF:
                index = code[pc + 1]
                gs = caps[2 * index] if 2 * index + 1 < len(caps) else -1
                ge = caps[2 * index + 1] if 2 * index + 1 < len(caps) else -1
                if gs < 0 or ge < 0:
                    break
                length = ge - gs
                if pos + length <= n and s[nonneg(pos):nonneg(pos + length)] == s[nonneg(gs):nonneg(ge)]:
                    pos += length
                    pc += 2
                    continue
                break
            elif op == LOOK or op == LOOKNOT:
                sub = program.subs[code[pc + 1]]
                result = run(program, sub, s, pos, caps, -1)
                if (result is not None) == (op == LOOK):
                    if result is not None:
                        caps = result
                    pc += 2
                    continue
                break
            elif op == BEHIND or op == BEHINDNOT:
                sub = program.subs[code[pc + 1]]
                found = False
                k = pos
                while k >= 0:
                    if run(program, sub, s, k, caps, pos) is not None:
                        found = True
                        break
                    k -= 1
                if found == (op == BEHIND):
                    pc += 2
                    continue
                break
            elif op == MATCH:
                if end_required < 0 or pos == end_required:
                    caps = list(caps)
                    caps[1] = pos
                    return caps
                break
            else:
                raise RegexpSyntaxError("bad regexp instruction")
    return None


def search(program, s, start):
    """The capture positions of the first match at or after `start`, or None."""
    ncaps = 2 * (program.ngroups + 1)
    pos = start
    while pos <= len(s):
        caps = [-1] * ncaps
        caps[0] = pos
        result = run(program, program.code, s, pos, caps, -1)
        if result is not None:
            return result
        if pos < len(s) and ord(s[pos]) >= 0x80:
            cp, length = decode_at(s, pos)
            pos += length
        else:
            pos += 1
    return None


def match_here(program, s, pos):
    ncaps = 2 * (program.ngroups + 1)
    caps = [-1] * ncaps
    caps[0] = pos
    return run(program, program.code, s, pos, caps, -1)


# -- the Ruby objects ---------------------------------------------------------------------

class W_Regexp(W_Object):
    def __init__(self, w_class, source, flags, program):
        W_Object.__init__(self, w_class)
        self.source = source
        self.flags = flags
        self.program = program

    def match_at(self, space, s, start):
        if start < 0 or start > len(s):
            return None
        caps = search(self.program, s, start)
        if caps is None:
            return None
        return W_MatchData(space.w_MatchData, self, s, caps)

    def match_here(self, space, s, pos):
        caps = match_here(self.program, s, pos)
        if caps is None:
            return None
        return W_MatchData(space.w_MatchData, self, s, caps)

    def names(self):
        return self.program.names

    def split(self, space, s, limit):
        parts = []
        pos = 0
        search_from = 0
        while search_from <= len(s):
            if limit > 0 and len(parts) == limit - 1:
                break
            caps = search(self.program, s, search_from)
            if caps is None:
                break
            start = caps[0]
            end = caps[1]
            if end == start:
                if start >= len(s):
                    break
                if start == pos:
                    search_from = start + 1
                    if start == 0:
                        continue
                    continue
            parts.append(s[nonneg(pos):nonneg(start)])
            for g in range(1, self.program.ngroups + 1):
                if caps[2 * g] >= 0:
                    parts.append(s[nonneg(caps[2 * g]):nonneg(caps[2 * g + 1])])
            pos = end
            search_from = end if end > start else end + 1
        parts.append(s[nonneg(pos):])
        return parts


class W_MatchData(W_Object):
    def __init__(self, w_class, w_regexp, string, groups):
        W_Object.__init__(self, w_class)
        self.w_regexp = w_regexp
        self.string = string
        self.groups = groups

    def group_count(self):
        return len(self.groups) // 2 - 1

    def span(self, index):
        return self.groups[2 * index], self.groups[2 * index + 1]

    def group(self, space, index):
        if index < 0 or index * 2 + 1 >= len(self.groups):
            return w_nil
        start = self.groups[index * 2]
        end = self.groups[index * 2 + 1]
        if start < 0 or end < 0:
            return w_nil
        return space.newstr(self.string[nonneg(start):nonneg(end)])

    def named_index(self, name):
        program = self.w_regexp.program
        for i in range(len(program.names)):
            if program.names[i] == name:
                return program.name_index[i]
        return -1


def sort_pairs(points):
    """Insertion sort (RPython lists of tuples have no sort)."""
    for i in range(1, len(points)):
        item = points[i]
        j = i - 1
        while j >= 0 and (points[j][0] > item[0] or
                          (points[j][0] == item[0] and points[j][1] > item[1])):
            points[j + 1] = points[j]
            j -= 1
        points[j + 1] = item


def is_count(body):
    """`{m}`, `{m,}`, `{,n}` or `{m,n}`."""
    if not body or body == ",":
        return False
    commas = 0
    for ch in body:
        if ch == ",":
            commas += 1
        elif not ("0" <= ch <= "9"):
            return False
    return commas <= 1


def to_int(text):
    value = 0
    for ch in text:
        value = value * 10 + (ord(ch) - ord("0"))
    return value


def hex_digit(ch):
    if "0" <= ch <= "9":
        return ord(ch) - ord("0")
    return ord(ch.lower()) - ord("a") + 10
