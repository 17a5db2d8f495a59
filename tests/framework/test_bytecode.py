from framework.bytecode import OpcodeTable, Assembler, Label, CodeBase

table = OpcodeTable()
PUSH = table.define("PUSH", 1, has_arg=True)
ADD = table.define("ADD", -1)
POP = table.define("POP", -1)
JUMP = table.define("JUMP", 0, jump=True)
JUMP_IF_FALSE_OR_POP = table.define("JUMP_IF_FALSE_OR_POP", -1, jump=True, jump_effect=0)
BUILD = table.define("BUILD", 1, per_arg=-1)
RETURN = table.define("RETURN", -1)


class Code(CodeBase):
    def describe_arg(self, op, arg):
        if op == PUSH:
            return "const %d" % arg
        return ""


def test_stack_effects_and_max_depth():
    asm = Assembler(table)
    asm.emit(PUSH, 0)
    asm.emit(PUSH, 1)
    asm.emit(PUSH, 2)
    asm.emit(BUILD, 3)
    assert asm.depth == 1
    asm.emit(RETURN)
    assert asm.depth == 0
    assert asm.max_depth == 3


def test_labels_are_patched_and_jump_depth_recorded():
    asm = Assembler(table)
    end = Label()
    asm.emit(PUSH, 0)
    asm.emit_jump(JUMP_IF_FALSE_OR_POP, end)    # taken: value stays
    assert asm.depth == 0
    asm.emit(PUSH, 1)
    asm.mark(end)
    assert asm.depth == 1
    code = asm.finish()
    assert code[3] == end.position == 6


def test_depth_after_terminate_comes_from_label():
    asm = Assembler(table)
    target = Label()
    asm.emit(PUSH, 0)
    asm.emit(PUSH, 0)
    asm.emit_jump(JUMP, target)
    asm.terminate()
    asm.emit(POP)            # dead code: does not disturb the label's depth
    asm.mark(target)
    assert asm.depth == 2


def test_line_table_and_disassembly():
    asm = Assembler(table)
    asm.set_line(3)
    asm.emit(PUSH, 7)
    asm.emit(PUSH, 8)
    asm.set_line(4)
    asm.emit(ADD)
    asm.emit(RETURN)
    code = Code("main", "f.x", asm)
    assert code.line_at(0) == 3
    assert code.line_at(4) == 4
    text = code.disassemble(table)
    assert text.splitlines() == [
        "== main ==",
        "0000    3 PUSH                    7 (const 7)",
        "0002    | PUSH                    8 (const 8)",
        "0004    4 ADD",
        "0006    | RETURN",
    ]
    assert code.stack_size == 3
