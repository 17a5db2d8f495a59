"""PHP's instruction set, declared once in a framework OpcodeTable.

Stack effects are `effect + per_arg * arg`.  Calls push the callee first (LOAD_FUNC,
LOAD_METHOD pushes the method and its context: the object, or the class of a static call),
then the arguments, then CALL/CALL_METHOD/NEW with the argument count.  A write into a
nested array or property first fetches each container "for write" (FETCH_*_W: created
when missing, separated when shared), then ASSIGN_DIM/APPEND_DIM write the last level.
References travel on the stack only between a REF_* and a BIND_* or a by-reference
argument.
"""
from framework.bytecode import OpcodeTable

table = OpcodeTable()
d = table.define

CONST = d("CONST", 1, has_arg=True)
NULL = d("NULL", 1)
TRUE = d("TRUE", 1)
FALSE = d("FALSE", 1)
POP = d("POP", -1)
DUP = d("DUP", 1)
DUP2 = d("DUP2", 2)
LOAD_VAR = d("LOAD_VAR", 1, has_arg=True)
LOAD_VAR_QUIET = d("LOAD_VAR_QUIET", 1, has_arg=True)
STORE_VAR = d("STORE_VAR", 0, has_arg=True)
APPEND_VAR = d("APPEND_VAR", -1, has_arg=True)      # the statement `$var .= value;`
LOAD_VARVAR = d("LOAD_VARVAR", 0)
LOAD_VARVAR_QUIET = d("LOAD_VARVAR_QUIET", 0)
STORE_VARVAR = d("STORE_VARVAR", -1)
REF_VARVAR = d("REF_VARVAR", 0)
LOAD_THIS = d("LOAD_THIS", 1)
LOAD_THIS_QUIET = d("LOAD_THIS_QUIET", 1)
LOAD_GLOBALS = d("LOAD_GLOBALS", 1)
FETCH_DIM = d("FETCH_DIM", -1)
FETCH_DIM_QUIET = d("FETCH_DIM_QUIET", -1)
FETCH_DIM_LIST = d("FETCH_DIM_LIST", -1)
FETCH_VAR_W = d("FETCH_VAR_W", 1, has_arg=True)
FETCH_DIM_W = d("FETCH_DIM_W", -1)
FETCH_APPEND_W = d("FETCH_APPEND_W", 0)
FETCH_PROP_W = d("FETCH_PROP_W", 0, has_arg=True)
FETCH_STATIC_PROP_W = d("FETCH_STATIC_PROP_W", 0, has_arg=True)
ASSIGN_DIM = d("ASSIGN_DIM", -2)
APPEND_DIM = d("APPEND_DIM", -1)
ASSIGN_VAR_DIM = d("ASSIGN_VAR_DIM", -1, has_arg=True)
FETCH_PROP = d("FETCH_PROP", 0, has_arg=True)
FETCH_PROP_QUIET = d("FETCH_PROP_QUIET", 0, has_arg=True)
FETCH_PROP_DYN = d("FETCH_PROP_DYN", -1)
ASSIGN_PROP = d("ASSIGN_PROP", -1, has_arg=True)
ASSIGN_PROP_DYN = d("ASSIGN_PROP_DYN", -2)
FETCH_STATIC_PROP = d("FETCH_STATIC_PROP", 0, has_arg=True)
ASSIGN_STATIC_PROP = d("ASSIGN_STATIC_PROP", -1, has_arg=True)
CLASS_CONST = d("CLASS_CONST", 0, has_arg=True)
LOAD_CLASS = d("LOAD_CLASS", 1, has_arg=True)
CLASS_OF = d("CLASS_OF", 0)
LOAD_CONST = d("LOAD_CONST", 1, has_arg=True)
ADD = d("ADD", -1)
SUB = d("SUB", -1)
MUL = d("MUL", -1)
DIV = d("DIV", -1)
MOD = d("MOD", -1)
POW = d("POW", -1)
CONCAT = d("CONCAT", -1)
SHL = d("SHL", -1)
SHR = d("SHR", -1)
BAND = d("BAND", -1)
BOR = d("BOR", -1)
BXOR = d("BXOR", -1)
EQ = d("EQ", -1)
NE = d("NE", -1)
IDENTICAL = d("IDENTICAL", -1)
NOT_IDENTICAL = d("NOT_IDENTICAL", -1)
LT = d("LT", -1)
LE = d("LE", -1)
GT = d("GT", -1)
GE = d("GE", -1)
SPACESHIP = d("SPACESHIP", -1)
XOR = d("XOR", -1)
NOT = d("NOT", 0)
NEG = d("NEG", 0)
PLUS = d("PLUS", 0)
BNOT = d("BNOT", 0)
TO_BOOL = d("TO_BOOL", 0)
CAST = d("CAST", 0, has_arg=True)
INCR = d("INCR", 0)
DECR = d("DECR", 0)
CONCAT_N = d("CONCAT_N", 1, per_arg=-1)
JUMP = d("JUMP", 0, jump=True, ends=True)
JUMP_IF_FALSE = d("JUMP_IF_FALSE", -1, jump=True)
JUMP_IF_TRUE = d("JUMP_IF_TRUE", -1, jump=True)
JUMP_IF_NOT_NULL = d("JUMP_IF_NOT_NULL", -1, jump=True, jump_effect=0)   # keeps it if taken
JUMP_IF_NULL_KEEP = d("JUMP_IF_NULL_KEEP", 0, jump=True)                  # ?-> short cut
ECHO = d("ECHO", -1)
PRINT = d("PRINT", 0)
LOAD_FUNC = d("LOAD_FUNC", 1, has_arg=True)
LOAD_METHOD = d("LOAD_METHOD", 1, has_arg=True)       # obj -> method, obj
LOAD_METHOD_DYN = d("LOAD_METHOD_DYN", 0)             # obj, name -> method, obj
LOAD_STATIC_METHOD = d("LOAD_STATIC_METHOD", 1, has_arg=True)   # class -> method, context
LOAD_STATIC_METHOD_DYN = d("LOAD_STATIC_METHOD_DYN", 0, has_arg=True)
CALL = d("CALL", 0, per_arg=-1)
CALL_METHOD = d("CALL_METHOD", -1, per_arg=-1)
NEW = d("NEW", 0, per_arg=-1)
CALL_ARRAY = d("CALL_ARRAY", -1)
CALL_METHOD_ARRAY = d("CALL_METHOD_ARRAY", -2)
NEW_ARRAY = d("NEW_ARRAY", -1)
MAKE_CALLABLE = d("MAKE_CALLABLE", 0)                 # f(...): callee -> closure
MAKE_METHOD_CALLABLE = d("MAKE_METHOD_CALLABLE", -1)  # method, context -> closure
RETURN = d("RETURN", -1)
DECLARE_FUNC = d("DECLARE_FUNC", 0, has_arg=True)
DECLARE_CLASS = d("DECLARE_CLASS", 0, has_arg=True)
DECLARE_CONST = d("DECLARE_CONST", -1, has_arg=True)
CLOSURE = d("CLOSURE", 1, has_arg=True)
ARRAY_NEW = d("ARRAY_NEW", 1)
ARRAY_ADD = d("ARRAY_ADD", -1)
ARRAY_ADD_KEY = d("ARRAY_ADD_KEY", -2)
ARRAY_ADD_REF = d("ARRAY_ADD_REF", -1)
ARRAY_ADD_KEY_REF = d("ARRAY_ADD_KEY_REF", -2)
ARRAY_SPREAD = d("ARRAY_SPREAD", -1)
ARGS_ADD_NAMED = d("ARGS_ADD_NAMED", -1, has_arg=True)
FOREACH_INIT = d("FOREACH_INIT", -1, has_arg=True)
FOREACH_INIT_REF = d("FOREACH_INIT_REF", -1, has_arg=True)
FOREACH_NEXT = d("FOREACH_NEXT", 2, jump=True, jump_effect=0)   # -> value, key
FOREACH_SLOT = d("FOREACH_SLOT", 0, has_arg=True)     # the iterator slot of the next FOREACH_NEXT
THROW = d("THROW", -1, ends=True)
RETHROW = d("RETHROW", -1, ends=True)
CHAIN_PREVIOUS = d("CHAIN_PREVIOUS", 0, has_arg=True)
INSTANCEOF = d("INSTANCEOF", -1)
CATCH_MATCH = d("CATCH_MATCH", 1, has_arg=True)       # exc -> exc, bool
ISSET_VAR = d("ISSET_VAR", 1, has_arg=True)
ISSET_DIM = d("ISSET_DIM", -1)
ISSET_PROP = d("ISSET_PROP", 0, has_arg=True)
ISSET_VALUE = d("ISSET_VALUE", 0)
EMPTY_DIM = d("EMPTY_DIM", -1)
UNSET_VAR = d("UNSET_VAR", 0, has_arg=True)
UNSET_DIM = d("UNSET_DIM", -2)
UNSET_PROP = d("UNSET_PROP", -1, has_arg=True)
UNSET_VARVAR = d("UNSET_VARVAR", -1)
REF_VAR = d("REF_VAR", 1, has_arg=True)
REF_DIM = d("REF_DIM", -1)
REF_APPEND = d("REF_APPEND", 0)
REF_PROP = d("REF_PROP", 0, has_arg=True)
REF_STATIC_PROP = d("REF_STATIC_PROP", 0, has_arg=True)
REF_VALUE = d("REF_VALUE", 0)                         # a temporary in a fresh reference
BIND_VAR = d("BIND_VAR", -1, has_arg=True)
BIND_DIM = d("BIND_DIM", -3)
BIND_APPEND = d("BIND_APPEND", -2)
BIND_PROP = d("BIND_PROP", -2, has_arg=True)
BIND_STATIC_PROP = d("BIND_STATIC_PROP", -2, has_arg=True)
BIND_GLOBAL = d("BIND_GLOBAL", 0, has_arg=True)
STATIC_INIT = d("STATIC_INIT", 0, jump=True)          # bound and jumps when set before
STATIC_SLOT = d("STATIC_SLOT", 0, has_arg=True)       # the slot of the next STATIC_*
STATIC_SET = d("STATIC_SET", -1)
ARG_PASSED = d("ARG_PASSED", 0, jump=True)            # jumps when the parameter was given
ARG_SLOT = d("ARG_SLOT", 0, has_arg=True)             # the parameter of the next ARG_PASSED
VERIFY_PARAMS = d("VERIFY_PARAMS", 0)                 # type checks after the defaults
YIELD = d("YIELD", -1)                                # key, value -> sent
YIELD_FROM = d("YIELD_FROM", 0)
INCLUDE = d("INCLUDE", 0, has_arg=True)
EXIT = d("EXIT", -1, ends=True)
SILENCE = d("SILENCE", 0, has_arg=True)               # 1: start, 0: end
MATCH_ERROR = d("MATCH_ERROR", -1, ends=True)
CLONE = d("CLONE", 0)
VERIFY_RETURN = d("VERIFY_RETURN", 0)
