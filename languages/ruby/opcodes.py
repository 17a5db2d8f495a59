"""Ruby's instruction set, declared once in a kit OpcodeTable (framework/bytecode.py).

Stack effects are `effect + per_arg * arg`; the call instructions pack their operands (name,
flags, argument count) and adjust the compiler's depth themselves.
"""
from framework.bytecode import OpcodeTable

table = OpcodeTable()
d = table.define

LOAD_CONST = d("LOAD_CONST", 1, has_arg=True)
PUT_STRING = d("PUT_STRING", 1, has_arg=True)        # a fresh mutable copy of a literal
LOAD_NIL = d("LOAD_NIL", 1)
LOAD_TRUE = d("LOAD_TRUE", 1)
LOAD_FALSE = d("LOAD_FALSE", 1)
LOAD_SELF = d("LOAD_SELF", 1)
POP = d("POP", -1)
DUP = d("DUP", 1)
SWAP = d("SWAP", 0)
GET_LOCAL = d("GET_LOCAL", 1, has_arg=True)
SET_LOCAL = d("SET_LOCAL", 0, has_arg=True)          # assignment is an expression: peeks
GET_OUTER = d("GET_OUTER", 1, has_arg=True)          # depth << 16 | index
SET_OUTER = d("SET_OUTER", 0, has_arg=True)
LOCAL_IS_SET = d("LOCAL_IS_SET", 1, has_arg=True)
GET_IVAR = d("GET_IVAR", 1, has_arg=True)
SET_IVAR = d("SET_IVAR", 0, has_arg=True)
GET_GVAR = d("GET_GVAR", 1, has_arg=True)
SET_GVAR = d("SET_GVAR", 0, has_arg=True)
GET_CVAR = d("GET_CVAR", 1, has_arg=True)
SET_CVAR = d("SET_CVAR", 0, has_arg=True)
GET_CONST = d("GET_CONST", 1, has_arg=True)          # lexical lookup
GET_CONST_FROM = d("GET_CONST_FROM", 0, has_arg=True)  # scope -> value
GET_CONST_TOP = d("GET_CONST_TOP", 1, has_arg=True)
SET_CONST = d("SET_CONST", 0, has_arg=True)          # value -> value
SET_CONST_FROM = d("SET_CONST_FROM", -1, has_arg=True)  # scope, value -> value
SEND = d("SEND", 0, has_arg=True)                    # receiver, args... [block] -> result
SUPER = d("SUPER", 0, has_arg=True)
YIELD = d("YIELD", 0, has_arg=True)
MAKE_BLOCK = d("MAKE_BLOCK", 1, has_arg=True)
MAKE_LAMBDA = d("MAKE_LAMBDA", 1, has_arg=True)
BUILD_ARRAY = d("BUILD_ARRAY", 1, per_arg=-1)
BUILD_HASH = d("BUILD_HASH", 1, per_arg=-2)
BUILD_RANGE = d("BUILD_RANGE", -1, has_arg=True)
BUILD_STRING = d("BUILD_STRING", 1, per_arg=-1)
BUILD_SYMBOL = d("BUILD_SYMBOL", 0)
BUILD_REGEXP = d("BUILD_REGEXP", 0, has_arg=True)
TO_S = d("TO_S", 0)
SPLAT_ARRAY = d("SPLAT_ARRAY", 0)                    # value -> a new array of its elements
ARRAY_CONCAT = d("ARRAY_CONCAT", -1)
ARRAY_PUSH = d("ARRAY_PUSH", -1)
HASH_MERGE = d("HASH_MERGE", -1)
EXPAND_ARRAY = d("EXPAND_ARRAY", -1, has_arg=True)   # pre << 16 | splat << 15 | post
JUMP = d("JUMP", 0, jump=True, ends=True)
JUMP_IF_FALSE = d("JUMP_IF_FALSE", -1, jump=True)
JUMP_IF_TRUE = d("JUMP_IF_TRUE", -1, jump=True)
JUMP_IF_NIL = d("JUMP_IF_NIL", 0, jump=True)         # peeks (for &.)
RETURN = d("RETURN", -1)
RETURN_NONLOCAL = d("RETURN_NONLOCAL", -1)
BREAK = d("BREAK", -1)
RAISE = d("RAISE", -1)
RERAISE = d("RERAISE", -1)
RETRY = d("RETRY", 0)
DEFINE_METHOD = d("DEFINE_METHOD", 1, has_arg=True)
DEFINE_SINGLETON_METHOD = d("DEFINE_SINGLETON_METHOD", 0, has_arg=True)
OPEN_CLASS = d("OPEN_CLASS", -1, has_arg=True)       # scope, superclass -> class
OPEN_MODULE = d("OPEN_MODULE", 0, has_arg=True)      # scope -> module
OPEN_SCLASS = d("OPEN_SCLASS", 0)                    # object -> singleton class
EXEC_BODY = d("EXEC_BODY", 0, has_arg=True)          # class -> body's value
BLOCK_GIVEN = d("BLOCK_GIVEN", 1)
METHOD_NAME = d("METHOD_NAME", 1)
DEFINED = d("DEFINED", 0, has_arg=True)              # kind << 16 | name: value -> str/nil
MATCH_PATTERN_ARRAY = d("MATCH_PATTERN_ARRAY", 0, has_arg=True)  # value -> array or nil
ALIAS = d("ALIAS", 1, has_arg=True)                  # packed names
UNDEF = d("UNDEF", 1, has_arg=True)
GET_BLOCK = d("GET_BLOCK", 1)
CHECK_MATCH = d("CHECK_MATCH", -1)                   # pattern, value -> bool (pattern === v)
RESCUE_MATCH = d("RESCUE_MATCH", -1)                 # exc, class -> bool (class or array)
CURRENT_EXCEPTION = d("CURRENT_EXCEPTION", 1)
RESTORE_EXCEPTION = d("RESTORE_EXCEPTION", -1)       # saved $! -> (a rescue clause ended)

# SEND flags
FLAG_BLOCK = 1          # a block (proc or nil) is on the stack after the arguments
FLAG_SPLAT = 2          # the arguments are one array
FLAG_FCALL = 4          # implicit self: private methods allowed
FLAG_KWARGS = 8         # the last argument is a keyword hash
FLAG_SAFE = 16          # &.
FLAG_BLOCK_LITERAL = 32  # the block is a literal (a break from it ends this call)
FLAG_VCALL = 64         # a bare name: NameError rather than NoMethodError


def pack_call(name, flags, argc):
    return (name << 16) | (flags << 8) | argc


def call_name(arg):
    return arg >> 16


def call_flags(arg):
    return (arg >> 8) & 0xff


def call_argc(arg):
    return arg & 0xff


DEFINED_METHOD, DEFINED_IVAR, DEFINED_GVAR, DEFINED_CONST, DEFINED_YIELD, DEFINED_SUPER, \
    DEFINED_CVAR, DEFINED_CONST_FROM = range(8)

BINOP = d("BINOP", -1, has_arg=True)                 # a, b -> a OP b (fast paths, else send)
NOT = d("NOT", 0)
SET_VISIBILITY = d("SET_VISIBILITY", 1, has_arg=True)
FLAG_ASSIGN = 128       # the call's value is its last argument (a[i] = v, obj.x = v)

BINOPS = ["+", "-", "*", "/", "%", "<", "<=", ">", ">=", "==", "<<", "&", "|", "^", ">>",
          "**", "<=>", "===", "=~", "!="]


def binop_id(name):
    for i in range(len(BINOPS)):
        if BINOPS[i] == name:
            return i
    return -1


(OP_ADD, OP_SUB, OP_MUL, OP_DIV, OP_MOD, OP_LT, OP_LE, OP_GT, OP_GE, OP_EQ, OP_LSHIFT,
 OP_AND, OP_OR, OP_XOR, OP_RSHIFT, OP_POW, OP_CMP, OP_EQQ, OP_MATCH, OP_NE) = range(20)
NEXT_UNWIND = d("NEXT_UNWIND", -1)
