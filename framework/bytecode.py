"""Bytecode: an opcode table, an assembler, the code-object base and the disassembler.

Every bytecode language describes its instructions once, in an `OpcodeTable` (name, whether
it takes an argument, its stack effect).  The compiler emits through an `Assembler`, which
resolves labels, counts the stack depth the frame must hold, pools constants and records the
source line of every instruction.  The disassembler reads the same table, so `--disassemble`
is free for every language.

`Assembler` and `CodeBase` hold guest constants, so each language stamps its own copies
(framework/stamping.py); `OpcodeTable` holds only names and numbers and is shared.

Encoding: each instruction is two ints, opcode and argument (0 when unused); jumps carry the
absolute index of their target.  Two fixed slots keep the decoder branch-free for the JIT.
"""
from rpython.rlib.objectmodel import not_rpython

from framework.lists import fixed_copy


class Opcode(object):
    """One instruction kind.  Stack effect = `effect + effect_per_arg * arg`."""

    def __init__(self, name, number, has_arg, effect, effect_per_arg, is_jump, jump_effect,
                 ends):
        self.jump_effect = jump_effect
        self.ends = ends
        self.name = name
        self.number = number
        self.has_arg = has_arg
        self.effect = effect
        self.effect_per_arg = effect_per_arg
        self.is_jump = is_jump


class OpcodeTable(object):
    """The instruction set of one language, built at import time."""

    @not_rpython
    def __init__(self):
        self.opcodes = []
        self.names = []

    @not_rpython
    def define(self, name, effect, has_arg=False, per_arg=0, jump=False, jump_effect=None,
               ends=False):
        """Add an opcode; returns its number (bind it to a module constant).

        `ends`: the instruction never falls through (an unconditional jump), so
        `Assembler.jump` marks what follows it unreachable.

        `jump_effect` is the stack effect when a jump is taken, if it differs from falling
        through (FOR_ITER pops its iterator on exit; JUMP_IF_TRUE_OR_POP keeps the value).
        """
        number = len(self.opcodes)
        if jump_effect is None:
            jump_effect = effect
        self.opcodes.append(Opcode(name, number, has_arg or jump or per_arg != 0,
                                   effect, per_arg, jump, jump_effect, ends))
        self.names.append(name)
        return number

    def stack_effect(self, op, arg):
        opcode = self.opcodes[op]
        return opcode.effect + opcode.effect_per_arg * arg


class Label(object):
    """A jump target; `position` is set when the assembler marks it."""

    def __init__(self):
        self.position = -1
        self.depth = -1


class Assembler(object):
    """Collects instructions for one code object and tracks the stack depth.

    Jumps are emitted with a `Label`, which is patched when marked or at `finish`.  After an
    unconditional jump (`terminate`), the depth is unknown until the next label, whose depth
    was recorded by the jumps that reach it.
    """

    def __init__(self, table):
        self.table = table
        self.code = []
        self.lines = []
        self.consts_w = []
        self.names = []
        self.fixups = []          # (index of argument slot, label)
        self.depth = 0
        self.max_depth = 0
        self.current_line = 0
        self.reachable = True

    def set_line(self, line):
        self.current_line = line

    def emit(self, op, arg=0):
        self._track(op, arg)
        self.code.append(op)
        self.code.append(arg)
        self.lines.append(self.current_line)

    def emit_jump(self, op, label):
        taken = self.depth + self.table.opcodes[op].jump_effect
        self._track(op, 0)
        self.code.append(op)
        self.fixups.append((len(self.code), label))
        self.code.append(-1)
        self.lines.append(self.current_line)
        if label.depth < taken:
            label.depth = taken

    def jump(self, op, label=None):
        """Emit a jump to `label`, or to a new label that `mark` places later; returns it."""
        label = label or Label()
        self.emit_jump(op, label)
        if self.table.opcodes[op].ends:
            self.terminate()
        return label

    def here(self):
        """A label at the next instruction (a loop's start, for a backward jump)."""
        return self.mark(Label())

    def terminate(self):
        """The instruction just emitted never falls through (return, raise, jump)."""
        self.reachable = False

    def mark(self, label):
        label.position = len(self.code)
        if self.reachable:
            if label.depth < self.depth:
                label.depth = self.depth
            self.depth = label.depth
        elif label.depth >= 0:
            self.depth = label.depth
        self.reachable = True
        return label

    def set_depth(self, depth):
        """Entry depth of code reached only through the handler table."""
        self.depth = depth
        if depth > self.max_depth:
            self.max_depth = depth

    def _track(self, op, arg):
        self.depth += self.table.stack_effect(op, arg)
        assert self.depth >= 0, "stack underflow in compiler"
        if self.depth > self.max_depth:
            self.max_depth = self.depth

    def adjust_depth(self, delta):
        """For the rare instruction whose effect differs on its two exits (e.g. FOR_ITER)."""
        self.depth += delta
        if self.depth > self.max_depth:
            self.max_depth = self.depth

    def add_const(self, w_const):
        """Pool a constant; the caller dedupes when its values have a cheap identity."""
        self.consts_w.append(w_const)
        return len(self.consts_w) - 1

    def add_name(self, name):
        for i in range(len(self.names)):
            if self.names[i] == name:
                return i
        self.names.append(name)
        return len(self.names) - 1

    def position(self):
        return len(self.code)

    def finish(self):
        """Patch the jumps; returns the instruction list (labels must all be marked)."""
        for index, label in self.fixups:
            assert label.position >= 0, "unmarked label"
            self.code[index] = label.position
        return self.code


class CodeBase(object):
    """Fields every code object has; languages subclass it with their own extras.

    `code`, `consts_w` and `names` never change after compilation, which lets the JIT
    constant-fold instruction fetches once `code` is a green variable.
    """
    _immutable_fields_ = ['code[*]', 'lines[*]', 'consts_w[*]', 'names[*]', 'name',
                          'stack_size', 'filename']

    def __init__(self, name, filename, assembler):
        self.name = name
        self.filename = filename
        self.code = fixed_copy(assembler.finish())
        self.lines = fixed_copy(assembler.lines)
        self.consts_w = fixed_copy(assembler.consts_w)
        self.names = fixed_copy(assembler.names)
        self.stack_size = assembler.max_depth + 1

    def line_at(self, pc):
        index = pc // 2
        if 0 <= index < len(self.lines):
            return self.lines[index]
        return 0

    def describe_arg(self, op, arg):
        """What the disassembler prints after an argument (a constant, a name); languages
        override.  '' prints nothing."""
        return ""

    def children(self):
        """Nested code objects, disassembled after this one."""
        return []

    def disassemble(self, table):
        """A clox-style listing of this code and the code objects nested in it."""
        lines = ["== %s ==" % self.name]
        pc = 0
        last_line = -1
        while pc < len(self.code):
            op = self.code[pc]
            arg = self.code[pc + 1]
            line = self.line_at(pc)
            where = "   |" if line == last_line else pad_left(str(line), 4, " ")
            last_line = line
            opcode = table.opcodes[op]
            text = "%s %s %s" % (pad_left(str(pc), 4, "0"), where, pad_right(opcode.name, 20))
            if opcode.is_jump:
                text += " -> " + pad_left(str(arg), 4, "0")
            elif opcode.has_arg:
                text += " " + pad_left(str(arg), 4, " ")
            detail = self.describe_arg(op, arg)
            if detail:
                text += " (%s)" % detail
            lines.append(text.rstrip())
            pc += 2
        out = "\n".join(lines) + "\n"
        for child in self.children():
            out += "\n" + child.disassemble(table)
        return out


def pad_left(text, width, fill):
    """RPython has no %4d: right-justify `text` in `width` columns."""
    if len(text) >= width:
        return text
    return fill * (width - len(text)) + text


def pad_right(text, width):
    if len(text) >= width:
        return text
    return text + " " * (width - len(text))
