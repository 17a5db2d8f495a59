"""Python's instruction set: one table, read by the compiler, the disassembler and the loop.

Stack effects are `effect + per_arg * arg`.  Jumps hold absolute targets.
"""
from framework.bytecode import OpcodeTable

table = OpcodeTable()
d = table.define

NOP = d("NOP", 0)
POP_TOP = d("POP_TOP", -1)
DUP_TOP = d("DUP_TOP", 1)
DUP_TOP_TWO = d("DUP_TOP_TWO", 2)
ROT_TWO = d("ROT_TWO", 0)
ROT_THREE = d("ROT_THREE", 0)
ROT_FOUR = d("ROT_FOUR", 0)

LOAD_CONST = d("LOAD_CONST", 1, has_arg=True)
LOAD_FAST = d("LOAD_FAST", 1, has_arg=True)
STORE_FAST = d("STORE_FAST", -1, has_arg=True)
DELETE_FAST = d("DELETE_FAST", 0, has_arg=True)
LOAD_DEREF = d("LOAD_DEREF", 1, has_arg=True)
STORE_DEREF = d("STORE_DEREF", -1, has_arg=True)
DELETE_DEREF = d("DELETE_DEREF", 0, has_arg=True)
LOAD_CLOSURE = d("LOAD_CLOSURE", 1, has_arg=True)
LOAD_GLOBAL = d("LOAD_GLOBAL", 1, has_arg=True)
STORE_GLOBAL = d("STORE_GLOBAL", -1, has_arg=True)
DELETE_GLOBAL = d("DELETE_GLOBAL", 0, has_arg=True)
LOAD_NAME = d("LOAD_NAME", 1, has_arg=True)
STORE_NAME = d("STORE_NAME", -1, has_arg=True)
DELETE_NAME = d("DELETE_NAME", 0, has_arg=True)
LOAD_CLASSDEREF = d("LOAD_CLASSDEREF", 1, has_arg=True)

LOAD_ATTR = d("LOAD_ATTR", 0, has_arg=True)
STORE_ATTR = d("STORE_ATTR", -2, has_arg=True)
DELETE_ATTR = d("DELETE_ATTR", -1, has_arg=True)
LOAD_METHOD = d("LOAD_METHOD", 1, has_arg=True)        # obj -> func, self-or-NULL
CALL_METHOD = d("CALL_METHOD", -1, per_arg=-1)       # func, self, args... -> result
BINARY_SUBSCR = d("BINARY_SUBSCR", -1)
STORE_SUBSCR = d("STORE_SUBSCR", -3)
DELETE_SUBSCR = d("DELETE_SUBSCR", -2)

BINARY_OP = d("BINARY_OP", -1, has_arg=True)          # arg indexes BINARY_OPERATORS
UNARY_NEGATIVE = d("UNARY_NEGATIVE", 0)
UNARY_POSITIVE = d("UNARY_POSITIVE", 0)
UNARY_INVERT = d("UNARY_INVERT", 0)
UNARY_NOT = d("UNARY_NOT", 0)
COMPARE_OP = d("COMPARE_OP", -1, has_arg=True)        # arg indexes COMPARISONS

JUMP = d("JUMP", 0, jump=True)
POP_JUMP_IF_FALSE = d("POP_JUMP_IF_FALSE", -1, jump=True)
POP_JUMP_IF_TRUE = d("POP_JUMP_IF_TRUE", -1, jump=True)
JUMP_IF_FALSE_OR_POP = d("JUMP_IF_FALSE_OR_POP", -1, jump=True, jump_effect=0)
JUMP_IF_TRUE_OR_POP = d("JUMP_IF_TRUE_OR_POP", -1, jump=True, jump_effect=0)
GET_ITER = d("GET_ITER", 0)
FOR_ITER = d("FOR_ITER", 1, jump=True, jump_effect=-1)  # item pushed, or iter popped and jump

BUILD_TUPLE = d("BUILD_TUPLE", 1, per_arg=-1)
BUILD_LIST = d("BUILD_LIST", 1, per_arg=-1)
BUILD_SET = d("BUILD_SET", 1, per_arg=-1)
BUILD_MAP = d("BUILD_MAP", 1, per_arg=-2)
BUILD_SLICE = d("BUILD_SLICE", -2)                    # start, stop, step -> slice
BUILD_STRING = d("BUILD_STRING", 1, per_arg=-1)
FORMAT_VALUE = d("FORMAT_VALUE", 0, has_arg=True)     # arg: 0 str, 1 repr, 2 ascii; +4 spec on stack
FORMAT_WITH_SPEC = d("FORMAT_WITH_SPEC", -1, has_arg=True)
LIST_APPEND = d("LIST_APPEND", -1, has_arg=True)      # arg: depth of the list below the item
SET_ADD = d("SET_ADD", -1, has_arg=True)
MAP_ADD = d("MAP_ADD", -2, has_arg=True)
LIST_EXTEND = d("LIST_EXTEND", -1, has_arg=True)
SET_UPDATE = d("SET_UPDATE", -1, has_arg=True)
DICT_UPDATE = d("DICT_UPDATE", -1, has_arg=True)
LIST_TO_TUPLE = d("LIST_TO_TUPLE", 0)
UNPACK_SEQUENCE = d("UNPACK_SEQUENCE", -1, per_arg=1)
UNPACK_EX = d("UNPACK_EX", 0, has_arg=True)           # effect computed by the compiler

CALL_FUNCTION = d("CALL_FUNCTION", 0, per_arg=-1)     # func, args... -> result
CALL_FUNCTION_KW = d("CALL_FUNCTION_KW", -1, per_arg=-1)  # func, args..., names -> result
CALL_FUNCTION_EX = d("CALL_FUNCTION_EX", -2)          # func, args tuple, kwargs dict|None
MAKE_FUNCTION = d("MAKE_FUNCTION", 0, has_arg=True)   # effect computed by the compiler
BUILD_CLASS = d("BUILD_CLASS", -3)                    # body func, name, bases, kw dict -> class
RETURN_VALUE = d("RETURN_VALUE", -1)
YIELD_VALUE = d("YIELD_VALUE", 0)
YIELD_FROM = d("YIELD_FROM", -1)                      # iter, value -> result (re-run on resume)
GEN_START = d("GEN_START", 0)

RAISE_VARARGS = d("RAISE_VARARGS", 0, per_arg=-1)
PUSH_EXC_INFO = d("PUSH_EXC_INFO", 1)                 # exc -> previous-handled, exc
POP_EXCEPT = d("POP_EXCEPT", -1)                      # previous-handled ->
RERAISE = d("RERAISE", -1)                            # exc -> (raises)
POP_EXCEPT_AND_RERAISE = d("POP_EXCEPT_AND_RERAISE", -2)
CHECK_EXC_MATCH = d("CHECK_EXC_MATCH", 0)             # exc, type -> exc, bool
BEFORE_WITH = d("BEFORE_WITH", 1)                     # mgr -> exit, enter-result
WITH_EXIT = d("WITH_EXIT", -2)                        # exit, None -> (calls exit(None*3))
WITH_EXCEPT = d("WITH_EXCEPT", 1)                     # exit, exc -> exit, exc, suppress?
IMPORT_NAME = d("IMPORT_NAME", -1, has_arg=True)      # level, fromlist -> module
IMPORT_FROM = d("IMPORT_FROM", 1, has_arg=True)       # module -> module, attr
IMPORT_STAR = d("IMPORT_STAR", -1)
SETUP_ANNOTATIONS = d("SETUP_ANNOTATIONS", 0)
ASSERT_FAIL = d("ASSERT_FAIL", -1)                    # msg|None -> (raises AssertionError)
GET_AWAITABLE = d("GET_AWAITABLE", 0)                 # x -> its __await__() iterator
MATCH_CASE = d("MATCH_CASE", -2, jump=True, jump_effect=-3)   # subject, values, pattern ->
                                                      # captures tuple, or jump (none left)

BINARY_OPERATORS = ["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@",
                    "+=", "-=", "*=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=",
                    "^=", "@="]
INPLACE_OFFSET = 13
COMPARISONS = ["<", "<=", "==", "!=", ">", ">=", "is", "is not", "in", "not in"]

# LIST_EXTEND/MAP_ADD/DICT_UPDATE building a call's arguments: the function sits below the
# list or dict (for the error messages); the depth is arg & 0xff.
IN_CALL = 0x100

# MAKE_FUNCTION flags: what the compiler pushed before the code constant.
MF_DEFAULTS = 1
MF_KWDEFAULTS = 2
MF_CLOSURE = 8

# Code flags.
CO_VARARGS = 4
CO_VARKEYWORDS = 8
CO_GENERATOR = 32
CO_COROUTINE = 128
CO_ASYNC_GENERATOR = 512
CO_CLASS_BODY = 64
CO_MODULE = 0x10000
