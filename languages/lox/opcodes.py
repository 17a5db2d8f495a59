"""Lox's instruction set: clox's opcodes, declared once in a framework OpcodeTable.

The compiler, the disassembler and the interpreter's dispatch all read this table.  Stack
effects are `effect + per_arg * arg`; jumps hold absolute targets.  INVOKE and SUPER_INVOKE
pack two operands into one argument (`name << 8 | argc`) and adjust the depth themselves.
clox's CLOSE_UPVALUE is gone: a captured variable lives in a cell that needs no closing
(see objects.W_Cell), so a block just pops it.
"""
from framework.bytecode import OpcodeTable

table = OpcodeTable()
d = table.define

CONSTANT = d("CONSTANT", 1, has_arg=True)
NIL = d("NIL", 1)
TRUE = d("TRUE", 1)
FALSE = d("FALSE", 1)
POP = d("POP", -1)
GET_LOCAL = d("GET_LOCAL", 1, has_arg=True)          # locals are stack slots, as in clox
SET_LOCAL = d("SET_LOCAL", 0, has_arg=True)          # assignment is an expression: no pop
GET_GLOBAL = d("GET_GLOBAL", 1, has_arg=True)
DEFINE_GLOBAL = d("DEFINE_GLOBAL", -1, has_arg=True)
SET_GLOBAL = d("SET_GLOBAL", 0, has_arg=True)
GET_UPVALUE = d("GET_UPVALUE", 1, has_arg=True)
SET_UPVALUE = d("SET_UPVALUE", 0, has_arg=True)
GET_PROPERTY = d("GET_PROPERTY", 0, has_arg=True)    # instance -> value
SET_PROPERTY = d("SET_PROPERTY", -1, has_arg=True)   # instance, value -> value
GET_SUPER = d("GET_SUPER", -1, has_arg=True)         # this, superclass -> bound method
EQUAL = d("EQUAL", -1)
GREATER = d("GREATER", -1)
LESS = d("LESS", -1)
ADD = d("ADD", -1)
SUBTRACT = d("SUBTRACT", -1)
MULTIPLY = d("MULTIPLY", -1)
DIVIDE = d("DIVIDE", -1)
NOT = d("NOT", 0)
NEGATE = d("NEGATE", 0)
PRINT = d("PRINT", -1)
JUMP = d("JUMP", 0, jump=True, ends=True)
JUMP_IF_FALSE = d("JUMP_IF_FALSE", 0, jump=True)     # peeks: the condition stays
LOOP = d("LOOP", 0, jump=True, ends=True)                     # the only backward jump
CALL = d("CALL", 0, per_arg=-1)                      # callee, args... -> result
INVOKE = d("INVOKE", 0, has_arg=True)                # receiver, args... -> result
SUPER_INVOKE = d("SUPER_INVOKE", -1, has_arg=True)   # this, args..., superclass -> result
CLOSURE = d("CLOSURE", 1, has_arg=True)              # upvalue recipe is in the child code
RETURN = d("RETURN", -1)
CLASS = d("CLASS", 1, has_arg=True)
INHERIT = d("INHERIT", -1)                           # superclass, subclass -> superclass
METHOD = d("METHOD", -1, has_arg=True)               # class, closure -> class


def pack_invoke(name, argc):
    return (name << 8) | argc


def unpack_invoke(arg):
    return arg >> 8, arg & 0xff
