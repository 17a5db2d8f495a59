"""The fast paths of Integer and Float operators (BINOP), on the kit's integer tower.
None means "not handled here": the interpreter then sends the operator as a method (so a
division by zero raises from Integer#/, as ruby reports it)."""
from rpython.rlib.rarithmetic import ovfcheck
from rpython.rlib.rbigint import rbigint

from framework.integers import int_floordiv, int_mod, int_pow
from languages.ruby import opcodes as op
from languages.ruby.objects import W_Integer, W_Float, newbool, wrap_big


def int_binop(space, opid, a, b):
    if opid == op.OP_ADD:
        try:
            return W_Integer(ovfcheck(a + b))
        except OverflowError:
            return wrap_big(rbigint.fromint(a).add(rbigint.fromint(b)))
    if opid == op.OP_SUB:
        try:
            return W_Integer(ovfcheck(a - b))
        except OverflowError:
            return wrap_big(rbigint.fromint(a).sub(rbigint.fromint(b)))
    if opid == op.OP_MUL:
        try:
            return W_Integer(ovfcheck(a * b))
        except OverflowError:
            return wrap_big(rbigint.fromint(a).mul(rbigint.fromint(b)))
    if opid == op.OP_LT:
        return newbool(a < b)
    if opid == op.OP_LE:
        return newbool(a <= b)
    if opid == op.OP_GT:
        return newbool(a > b)
    if opid == op.OP_GE:
        return newbool(a >= b)
    if opid == op.OP_EQ or opid == op.OP_EQQ:
        return newbool(a == b)
    if opid == op.OP_NE:
        return newbool(a != b)
    if opid == op.OP_DIV:
        if b == 0:
            return None
        try:
            return W_Integer(int_floordiv(a, b))
        except OverflowError:
            return None
    if opid == op.OP_MOD:
        if b == 0:
            return None
        try:
            return W_Integer(int_mod(a, b))
        except OverflowError:
            return None
    if opid == op.OP_AND:
        return W_Integer(a & b)
    if opid == op.OP_OR:
        return W_Integer(a | b)
    if opid == op.OP_XOR:
        return W_Integer(a ^ b)
    if opid == op.OP_CMP:
        return W_Integer(-1 if a < b else (1 if a > b else 0))
    return None


def float_binop(space, opid, a, b):
    if opid == op.OP_ADD:
        return W_Float(a + b)
    if opid == op.OP_SUB:
        return W_Float(a - b)
    if opid == op.OP_MUL:
        return W_Float(a * b)
    if opid == op.OP_LT:
        return newbool(a < b)
    if opid == op.OP_LE:
        return newbool(a <= b)
    if opid == op.OP_GT:
        return newbool(a > b)
    if opid == op.OP_GE:
        return newbool(a >= b)
    if opid == op.OP_EQ or opid == op.OP_EQQ:
        return newbool(a == b)
    return None
