"""A PCRE subset for preg_*: patterns compiled at run time to a small backtracking VM.

rpython's rsre cannot compile patterns at run time, so PHP's regexes get their own
compiler: a recursive-descent parser emits instructions (CHAR, ANY, CLASS, SPLIT, JMP,
SAVE, assertions, BACKREF, LOOK) and `match_at` runs them with an explicit backtrack
stack whose entries either resume a branch or undo a capture.  Supported: literals and
escapes, `.`, classes with ranges and \\d\\w\\s, anchors and \\b, groups (capturing, named,
non-capturing), alternation, greedy/lazy `* + ? {m,n}`, backreferences, lookahead, and
the flags i, m, s, x, u, D.
"""
CHAR, ANY, CLASS, SPLIT, JMP, SAVE, MATCH, BOL, EOL, WORDB, NWORDB, BACKREF, LOOK, \
    NLOOK, START, END, ENDZ = range(17)

STEP_LIMIT = 5000000


class RegexError(Exception):
    def __init__(self, message):
        self.message = message


class CharClass(object):
    def __init__(self, ranges, negated):
        self.ranges = ranges        # flat list lo, hi, lo, hi ...
        self.negated = negated

    def contains(self, c, icase):
        if self.has(c):
            return not self.negated
        if icase:
            ch = chr(c)
            other = ch.lower() if ch.isupper() else ch.upper()
            if other != ch and self.has(ord(other)):
                return not self.negated
        return self.negated

    def has(self, c):
        i = 0
        while i < len(self.ranges):
            if self.ranges[i] <= c <= self.ranges[i + 1]:
                return True
            i += 2
        return False


class Program(object):
    def __init__(self):
        self.ops = []
        self.args = []
        self.args2 = []
        self.classes = []
        self.ngroups = 1
        self.names = []             # group name or "" by group number
        self.icase = False
        self.multiline = False
        self.dotall = False
        self.dollar_endonly = False

    def emit(self, op, arg=0, arg2=0):
        self.ops.append(op)
        self.args.append(arg)
        self.args2.append(arg2)
        return len(self.ops) - 1


class Node(object):
    pass


class Lit(Node):
    def __init__(self, c):
        self.c = c


class Any(Node):
    pass


class Cls(Node):
    def __init__(self, cls):
        self.cls = cls


class Seq(Node):
    def __init__(self, items):
        self.items = items


class Alt(Node):
    def __init__(self, options):
        self.options = options


class Group(Node):
    def __init__(self, body, number):
        self.body = body
        self.number = number       # -1: not capturing


class Repeat(Node):
    def __init__(self, body, lo, hi, greedy):
        self.body = body
        self.lo = lo
        self.hi = hi               # -1: unbounded
        self.greedy = greedy


class Assert(Node):
    def __init__(self, kind):
        self.kind = kind


class Backref(Node):
    def __init__(self, number):
        self.number = number


class Look(Node):
    def __init__(self, body, negated):
        self.body = body
        self.negated = negated


DIGIT = [ord("0"), ord("9")]
WORD = [ord("0"), ord("9"), ord("a"), ord("z"), ord("A"), ord("Z"), ord("_"), ord("_")]
SPACE = [9, 13, 32, 32]


def invert(ranges):
    """The ranges of the bytes not in `ranges`."""
    present = [False] * 256
    i = 0
    while i < len(ranges):
        for c in range(ranges[i], ranges[i + 1] + 1):
            if 0 <= c < 256:
                present[c] = True
        i += 2
    result = []
    c = 0
    while c < 256:
        if not present[c]:
            lo = c
            while c < 256 and not present[c]:
                c += 1
            result.append(lo)
            result.append(c - 1)
        else:
            c += 1
    return result


class Parser(object):
    def __init__(self, pattern, program, extended):
        self.p = pattern
        self.i = 0
        self.program = program
        self.extended = extended

    def peek(self):
        if self.i < len(self.p):
            return self.p[self.i]
        return "\0"

    def at_end(self):
        return self.i >= len(self.p)

    def parse_alt(self):
        options = [self.parse_seq()]
        while not self.at_end() and self.peek() == "|":
            self.i += 1
            options.append(self.parse_seq())
        if len(options) == 1:
            return options[0]
        return Alt(options)

    def parse_seq(self):
        items = []
        while not self.at_end() and self.peek() != "|" and self.peek() != ")":
            atom = self.parse_atom()
            if atom is None:
                continue
            items.append(self.parse_quantifier(atom))
        return Seq(items)

    def parse_quantifier(self, atom):
        while not self.at_end():
            ch = self.peek()
            lo = -2
            hi = -1
            if ch == "*":
                lo, hi = 0, -1
                self.i += 1
            elif ch == "+":
                lo, hi = 1, -1
                self.i += 1
            elif ch == "?":
                lo, hi = 0, 1
                self.i += 1
            elif ch == "{":
                j = self.i + 1
                start = j
                while j < len(self.p) and self.p[j].isdigit():
                    j += 1
                if j == start:
                    return atom
                lo = int(slice_of(self.p, start, j))
                hi = lo
                if j < len(self.p) and self.p[j] == ",":
                    j += 1
                    start2 = j
                    while j < len(self.p) and self.p[j].isdigit():
                        j += 1
                    hi = int(slice_of(self.p, start2, j)) if j > start2 else -1
                if j >= len(self.p) or self.p[j] != "}":
                    return atom
                self.i = j + 1
            else:
                return atom
            greedy = True
            if self.peek() == "?":
                greedy = False
                self.i += 1
            elif self.peek() == "+":
                self.i += 1          # possessive: treated as greedy
            atom = Repeat(atom, lo, hi, greedy)
        return atom

    def parse_atom(self):
        ch = self.p[self.i]
        self.i += 1
        if self.extended:
            if ch == " " or ch == "\t" or ch == "\n" or ch == "\r":
                return None
            if ch == "#":
                while not self.at_end() and self.peek() != "\n":
                    self.i += 1
                return None
        if ch == ".":
            return Any()
        if ch == "^":
            return Assert(BOL)
        if ch == "$":
            return Assert(EOL)
        if ch == "(":
            return self.parse_group()
        if ch == "[":
            return Cls(self.parse_class())
        if ch == "\\":
            return self.parse_escape()
        return Lit(ord(ch))

    def parse_group(self):
        number = -1
        if self.peek() == "?":
            self.i += 1
            kind = self.peek()
            if kind == ":":
                self.i += 1
            elif kind == "=" or kind == "!":
                self.i += 1
                body = self.parse_alt()
                self.expect_close()
                return Look(body, kind == "!")
            elif kind == "P" or kind == "<" or kind == "'":
                if kind == "P":
                    self.i += 1
                close = ">" if self.peek() == "<" else "'"
                self.i += 1
                start = self.i
                while not self.at_end() and self.peek() != close:
                    self.i += 1
                name = slice_of(self.p, start, self.i)
                self.i += 1
                number = self.new_group(name)
            else:
                # inline flags such as (?i)
                while not self.at_end() and self.peek() != ")" and self.peek() != ":":
                    flag = self.peek()
                    if flag == "i":
                        self.program.icase = True
                    elif flag == "m":
                        self.program.multiline = True
                    elif flag == "s":
                        self.program.dotall = True
                    elif flag == "x":
                        self.extended = True
                    self.i += 1
                if self.peek() == ")":
                    self.i += 1
                    return None
                self.i += 1
        else:
            number = self.new_group("")
        body = self.parse_alt()
        self.expect_close()
        return Group(body, number)

    def expect_close(self):
        if self.at_end() or self.peek() != ")":
            raise RegexError("missing closing parenthesis")
        self.i += 1

    def new_group(self, name):
        number = self.program.ngroups
        self.program.ngroups += 1
        self.program.names.append(name)
        return number

    def parse_escape(self):
        if self.at_end():
            raise RegexError("\\ at end of pattern")
        ch = self.p[self.i]
        self.i += 1
        if ch == "d":
            return Cls(CharClass(DIGIT, False))
        if ch == "D":
            return Cls(CharClass(DIGIT, True))
        if ch == "w":
            return Cls(CharClass(WORD, False))
        if ch == "W":
            return Cls(CharClass(WORD, True))
        if ch == "s":
            return Cls(CharClass(SPACE, False))
        if ch == "S":
            return Cls(CharClass(SPACE, True))
        if ch == "b":
            return Assert(WORDB)
        if ch == "B":
            return Assert(NWORDB)
        if ch == "A":
            return Assert(START)
        if ch == "z":
            return Assert(END)
        if ch == "Z":
            return Assert(ENDZ)
        if "1" <= ch <= "9":
            return Backref(ord(ch) - ord("0"))
        return Lit(self.escaped_char(ch))

    def escaped_char(self, ch):
        if ch == "n":
            return 10
        if ch == "t":
            return 9
        if ch == "r":
            return 13
        if ch == "f":
            return 12
        if ch == "v":
            return 11
        if ch == "e":
            return 27
        if ch == "0":
            return 0
        if ch == "x":
            value = 0
            count = 0
            while count < 2 and not self.at_end() and is_hex(self.peek()):
                value = value * 16 + hex_digit(self.peek())
                self.i += 1
                count += 1
            return value
        return ord(ch)

    def parse_class(self):
        negated = False
        if self.peek() == "^":
            negated = True
            self.i += 1
        ranges = []
        first = True
        while not self.at_end() and (self.peek() != "]" or first):
            first = False
            ch = self.p[self.i]
            self.i += 1
            if ch == "[" and self.peek() == ":":
                end = self.p.find(":]", self.i)
                if end > 0:
                    name = slice_of(self.p, self.i + 1, end)
                    self.i = end + 2
                    ranges.extend(posix_class(name))
                    continue
            if ch == "\\":
                esc = self.p[self.i]
                self.i += 1
                if esc == "d":
                    ranges.extend(DIGIT)
                    continue
                if esc == "w":
                    ranges.extend(WORD)
                    continue
                if esc == "s":
                    ranges.extend(SPACE)
                    continue
                if esc == "D":
                    ranges.extend(invert(DIGIT))
                    continue
                if esc == "W":
                    ranges.extend(invert(WORD))
                    continue
                if esc == "S":
                    ranges.extend(invert(SPACE))
                    continue
                lo = self.escaped_char(esc)
            else:
                lo = ord(ch)
            hi = lo
            if self.peek() == "-" and self.i + 1 < len(self.p) and self.p[self.i + 1] != "]":
                self.i += 1
                ch2 = self.p[self.i]
                self.i += 1
                if ch2 == "\\":
                    hi = self.escaped_char(self.p[self.i])
                    self.i += 1
                else:
                    hi = ord(ch2)
            ranges.append(lo)
            ranges.append(hi)
        if self.at_end():
            raise RegexError("missing terminating ] for character class")
        self.i += 1
        return CharClass(ranges, negated)


def slice_of(s, a, b):
    """s[a:b] with bounds the annotator can trust."""
    if a < 0:
        a = 0
    if b < a:
        b = a
    assert a >= 0 and b >= 0
    return s[a:b]


def posix_class(name):
    if name == "alpha":
        return [ord("a"), ord("z"), ord("A"), ord("Z")]
    if name == "digit":
        return DIGIT
    if name == "alnum":
        return [ord("a"), ord("z"), ord("A"), ord("Z"), ord("0"), ord("9")]
    if name == "space":
        return SPACE
    if name == "upper":
        return [ord("A"), ord("Z")]
    if name == "lower":
        return [ord("a"), ord("z")]
    if name == "punct":
        return [33, 47, 58, 64, 91, 96, 123, 126]
    if name == "xdigit":
        return [ord("0"), ord("9"), ord("a"), ord("f"), ord("A"), ord("F")]
    return []


def is_hex(ch):
    return ("0" <= ch <= "9") or ("a" <= ch <= "f") or ("A" <= ch <= "F")


def hex_digit(ch):
    if "0" <= ch <= "9":
        return ord(ch) - ord("0")
    if "a" <= ch <= "f":
        return ord(ch) - ord("a") + 10
    return ord(ch) - ord("A") + 10


# -- code generation ---------------------------------------------------------------------------

def emit_node(program, node):
    if isinstance(node, Lit):
        program.emit(CHAR, node.c)
    elif isinstance(node, Any):
        program.emit(ANY)
    elif isinstance(node, Cls):
        program.classes.append(node.cls)
        program.emit(CLASS, len(program.classes) - 1)
    elif isinstance(node, Seq):
        for item in node.items:
            emit_node(program, item)
    elif isinstance(node, Alt):
        jumps = []
        for k in range(len(node.options)):
            if k < len(node.options) - 1:
                split = program.emit(SPLIT)
                program.args[split] = split + 1
                emit_node(program, node.options[k])
                jumps.append(program.emit(JMP))
                program.args2[split] = len(program.ops)
            else:
                emit_node(program, node.options[k])
        for j in jumps:
            program.args[j] = len(program.ops)
    elif isinstance(node, Group):
        if node.number >= 0:
            program.emit(SAVE, node.number * 2)
            emit_node(program, node.body)
            program.emit(SAVE, node.number * 2 + 1)
        else:
            emit_node(program, node.body)
    elif isinstance(node, Repeat):
        for k in range(node.lo):
            emit_node(program, node.body)
        if node.hi < 0:
            loop = program.emit(SPLIT)
            emit_node(program, node.body)
            program.emit(JMP, loop)
            after = len(program.ops)
            set_split(program, loop, loop + 1, after, node.greedy)
        else:
            exits = []
            for k in range(node.hi - node.lo):
                split = program.emit(SPLIT)
                exits.append(split)
                emit_node(program, node.body)
            after = len(program.ops)
            for split in exits:
                set_split(program, split, split + 1, after, node.greedy)
    elif isinstance(node, Assert):
        program.emit(node.kind)
    elif isinstance(node, Backref):
        program.emit(BACKREF, node.number)
    elif isinstance(node, Look):
        look = program.emit(NLOOK if node.negated else LOOK)
        skip = program.emit(JMP)
        program.args[look] = len(program.ops)
        emit_node(program, node.body)
        program.emit(MATCH)
        program.args[skip] = len(program.ops)


def set_split(program, index, body, after, greedy):
    if greedy:
        program.args[index] = body
        program.args2[index] = after
    else:
        program.args[index] = after
        program.args2[index] = body


def compile_regex(source):
    """A Program for a delimited PHP pattern (`/ab+c/i`); raises RegexError."""
    if not source:
        raise RegexError("Empty regular expression")
    delim = source[0]
    if delim.isalnum() or delim == "\\":
        raise RegexError("Delimiter must not be alphanumeric, backslash, or NUL")
    close = {"(": ")", "[": "]", "{": "}", "<": ">"}.get(delim, delim)
    end = source.rfind(close)
    if end <= 0:
        raise RegexError("No ending delimiter '%s' found" % close)
    pattern = slice_of(source, 1, end)
    flags = slice_of(source, end + 1, len(source))
    program = Program()
    program.names.append("")
    extended = False
    for flag in flags:
        if flag == "i":
            program.icase = True
        elif flag == "m":
            program.multiline = True
        elif flag == "s":
            program.dotall = True
        elif flag == "x":
            extended = True
        elif flag == "D":
            program.dollar_endonly = True
        elif flag == "u" or flag == "U" or flag == "\n" or flag == " ":
            pass
        else:
            raise RegexError("Unknown modifier '%s'" % flag)
    parser = Parser(pattern, program, extended)
    tree = parser.parse_alt()
    if not parser.at_end():
        raise RegexError("unmatched closing parenthesis")
    program.emit(SAVE, 0)
    emit_node(program, tree)
    program.emit(SAVE, 1)
    program.emit(MATCH)
    return program


# -- matching -----------------------------------------------------------------------------------

def is_word(s, i):
    if i < 0 or i >= len(s):
        return False
    ch = s[i]
    return ch.isalnum() or ch == "_"


def match_at(program, s, start, caps):
    """Run from `start`; True with `caps` (2 per group, -1 unset) filled on a match."""
    return run(program, s, 0, start, caps) >= 0


def run(program, s, pc, sp, caps):
    """The end position of a match of the program from pc at sp, or -1."""
    stack = []           # triples: kind (0 branch, 1 undo), a, b
    steps = 0
    n = len(s)
    icase = program.icase
    while True:
        steps += 1
        if steps > STEP_LIMIT:
            return -1
        op = program.ops[pc]
        ok = True
        if op == CHAR:
            if sp < n and (ord(s[sp]) == program.args[pc] or
                           (icase and s[sp].lower() == chr(program.args[pc]).lower())):
                sp += 1
                pc += 1
            else:
                ok = False
        elif op == ANY:
            if sp < n and (program.dotall or s[sp] != "\n"):
                sp += 1
                pc += 1
            else:
                ok = False
        elif op == CLASS:
            if sp < n and program.classes[program.args[pc]].contains(ord(s[sp]), icase):
                sp += 1
                pc += 1
            else:
                ok = False
        elif op == SPLIT:
            stack.append(0)
            stack.append(program.args2[pc])
            stack.append(sp)
            pc = program.args[pc]
        elif op == JMP:
            pc = program.args[pc]
        elif op == SAVE:
            slot = program.args[pc]
            stack.append(1)
            stack.append(slot)
            stack.append(caps[slot])
            caps[slot] = sp
            pc += 1
        elif op == MATCH:
            return sp
        elif op == BOL:
            if sp == 0 or (program.multiline and s[sp - 1] == "\n"):
                pc += 1
            else:
                ok = False
        elif op == EOL:
            if sp == n or (not program.dollar_endonly and sp == n - 1 and s[sp] == "\n") or \
                    (program.multiline and s[sp] == "\n"):
                pc += 1
            else:
                ok = False
        elif op == START:
            if sp == 0:
                pc += 1
            else:
                ok = False
        elif op == END:
            if sp == n:
                pc += 1
            else:
                ok = False
        elif op == ENDZ:
            if sp == n or (sp == n - 1 and s[sp] == "\n"):
                pc += 1
            else:
                ok = False
        elif op == WORDB or op == NWORDB:
            boundary = is_word(s, sp - 1) != is_word(s, sp)
            if boundary == (op == WORDB):
                pc += 1
            else:
                ok = False
        elif op == BACKREF:
            group = program.args[pc]
            if group * 2 + 1 < len(caps) and caps[group * 2] >= 0 and caps[group * 2 + 1] >= 0:
                a = caps[group * 2]
                b = caps[group * 2 + 1]
                length = b - a
                if sp + length <= n and (slice_of(s, a, b) == slice_of(s, sp, sp + length) or
                                         (icase and slice_of(s, a, b).lower() ==
                                          slice_of(s, sp, sp + length).lower())):
                    sp += length
                    pc += 1
                else:
                    ok = False
            else:
                pc += 1
        elif op == LOOK or op == NLOOK:
            inner = [c for c in caps]
            found = run(program, s, program.args[pc], sp, inner) >= 0
            if found == (op == LOOK):
                if found:
                    for k in range(len(caps)):
                        caps[k] = inner[k]
                pc += 1
            else:
                ok = False
        if ok:
            continue
        # backtrack
        while True:
            if not stack:
                return -1
            b = stack.pop()
            a = stack.pop()
            kind = stack.pop()
            if kind == 1:
                caps[a] = b
                continue
            pc = a
            sp = b
            break


def search(program, s, start, caps):
    """The first match at or after `start`: True with caps set."""
    pos = start
    while pos <= len(s):
        for k in range(len(caps)):
            caps[k] = -1
        if match_at(program, s, pos, caps):
            return True
        pos += 1
    return False
