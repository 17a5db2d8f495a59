"""The matching core of `_sre`: CPython 3.11's compiled pattern code run on rpython's rsre.

re/_compiler.py (from CPython's Lib) turns a pattern into a list of ints in 3.11's opcode
numbering; rsre, the engine PyPy grew, speaks an older numbering with the same layout.
`translate` renumbers every opcode once (walking the code so that arguments are never taken
for opcodes), and the pattern keeps the result as a handle.  Everything else of `_sre`
(Pattern, Match, sub, split ...) is Python in lib/_sre.py over `match` below.

ASCII text and bytes are matched in place; other text is decoded to code points once and
kept while the same string is matched again (finditer, sub), so positions are code points.
"""
from rpython.rlib.objectmodel import specialize
from rpython.rlib.rsre import rsre_core, rsre_char
from rpython.rlib.runicode import str_decode_utf_8
from rpython.rlib.unicodedata import unicodedb_8_0_0 as unicodedb

from languages.python.kit import FunctionTable
from languages.python.objects.moduleobject import W_ModuleObject
from languages.python.objects.functionobject import W_BuiltinFunction
from languages.python.objects.strobject import W_StrObject
from languages.python.objects.bytesobject import W_BytesObject

rsre_char.set_unicode_db(unicodedb)

MAGIC = 20220615

# CPython 3.11's opcodes in its order (re/_constants.py), each with rsre's number (-1: none).
OPCODES_311 = [
    ("FAILURE", 0), ("SUCCESS", 1), ("ANY", 2), ("ANY_ALL", 3), ("ASSERT", 4),
    ("ASSERT_NOT", 5), ("AT", 6), ("BRANCH", 7), ("CATEGORY", 9), ("CHARSET", 10),
    ("BIGCHARSET", 11), ("GROUPREF", 12), ("GROUPREF_EXISTS", 13), ("IN", 15), ("INFO", 17),
    ("JUMP", 18), ("LITERAL", 19), ("MARK", 21), ("MAX_UNTIL", 22), ("MIN_UNTIL", 23),
    ("NOT_LITERAL", 24), ("NEGATE", 26), ("RANGE", 27), ("REPEAT", 28), ("REPEAT_ONE", 29),
    ("SUBPATTERN", -1), ("MIN_REPEAT_ONE", 31), ("ATOMIC_GROUP", -1),
    ("POSSESSIVE_REPEAT", -1), ("POSSESSIVE_REPEAT_ONE", -1),
    ("GROUPREF_IGNORE", 14), ("IN_IGNORE", 16), ("LITERAL_IGNORE", 20),
    ("NOT_LITERAL_IGNORE", 25),
    ("GROUPREF_LOC_IGNORE", 14), ("IN_LOC_IGNORE", 16), ("LITERAL_LOC_IGNORE", 20),
    ("NOT_LITERAL_LOC_IGNORE", 25),
    ("GROUPREF_UNI_IGNORE", 14), ("IN_UNI_IGNORE", 16), ("LITERAL_UNI_IGNORE", 20),
    ("NOT_LITERAL_UNI_IGNORE", 25), ("RANGE_UNI_IGNORE", 32),
]
NAMES = [name for name, _ in OPCODES_311]
RSRE_NUMBER = [number for _, number in OPCODES_311]


def op(name):
    return NAMES.index(name)


FAILURE, SUCCESS, ANY, ANY_ALL = op("FAILURE"), op("SUCCESS"), op("ANY"), op("ANY_ALL")
ASSERT, ASSERT_NOT, AT, BRANCH = op("ASSERT"), op("ASSERT_NOT"), op("AT"), op("BRANCH")
CATEGORY, CHARSET, BIGCHARSET = op("CATEGORY"), op("CHARSET"), op("BIGCHARSET")
GROUPREF_EXISTS, IN, INFO, JUMP = op("GROUPREF_EXISTS"), op("IN"), op("INFO"), op("JUMP")
NEGATE, RANGE, RANGE_UNI_IGNORE = op("NEGATE"), op("RANGE"), op("RANGE_UNI_IGNORE")
REPEAT, REPEAT_ONE, MIN_REPEAT_ONE = op("REPEAT"), op("REPEAT_ONE"), op("MIN_REPEAT_ONE")
MAX_UNTIL, MIN_UNTIL = op("MAX_UNTIL"), op("MIN_UNTIL")
ONE_ARGUMENT = [op(name) for name in NAMES if name.startswith("LITERAL") or
                name.startswith("NOT_LITERAL") or name.startswith("GROUPREF") and
                name != "GROUPREF_EXISTS"] + [op("MARK"), AT, CATEGORY, JUMP]
SETS = [IN, op("IN_IGNORE"), op("IN_LOC_IGNORE"), op("IN_UNI_IGNORE")]
SRE_INFO_CHARSET = 4
CHARSET_WORDS = 8           # 256 bits in 32-bit code words
BLOCK_INDEX_WORDS = 64      # 256 byte-sized block numbers in 32-bit code words


class UnsupportedPattern(Exception):
    def __init__(self, message):
        self.message = message


def translate(code):
    """rsre's code for CPython 3.11's `code` (a new list)."""
    out = code[:]
    translate_range(code, out, 0, len(code))
    return out


def renumber(code, out, i):
    opcode = code[i]
    if opcode < 0 or opcode >= len(RSRE_NUMBER) or RSRE_NUMBER[opcode] < 0:
        name = NAMES[opcode] if 0 <= opcode < len(NAMES) else str(opcode)
        raise UnsupportedPattern("unsupported regular expression feature (%s)" % name)
    out[i] = RSRE_NUMBER[opcode]
    return opcode


def translate_range(code, out, i, end):
    while i < end:
        opcode = renumber(code, out, i)
        if opcode in ONE_ARGUMENT:
            i += 2
        elif opcode == BRANCH:
            i += 1
            while code[i] != 0:
                skip = code[i]
                translate_range(code, out, i + 1, i + skip)
                i += skip
            i += 1
        elif opcode in SETS:
            skip = code[i + 1]
            translate_set(code, out, i + 2, i + 1 + skip)
            i += 1 + skip
        elif opcode == INFO:
            skip = code[i + 1]
            if code[i + 2] & SRE_INFO_CHARSET:
                translate_set(code, out, i + 5, i + 1 + skip)
            i += 1 + skip
        elif opcode == REPEAT or opcode == REPEAT_ONE or opcode == MIN_REPEAT_ONE:
            skip = code[i + 1]
            translate_range(code, out, i + 4, i + 1 + skip)
            i += 1 + skip
        elif opcode == ASSERT or opcode == ASSERT_NOT:
            skip = code[i + 1]
            translate_range(code, out, i + 3, i + 1 + skip)
            i += 1 + skip
        elif opcode == GROUPREF_EXISTS:
            i += 3
        else:                       # FAILURE SUCCESS ANY ANY_ALL MAX_UNTIL MIN_UNTIL
            i += 1


def translate_set(code, out, i, end):
    while i < end:
        opcode = renumber(code, out, i)
        if opcode == FAILURE:
            i += 1
        elif opcode == NEGATE:
            i += 1
        elif opcode == RANGE or opcode == RANGE_UNI_IGNORE:
            i += 3
        elif opcode == CHARSET:
            i += 1 + CHARSET_WORDS
        elif opcode == BIGCHARSET:
            i += 2 + BLOCK_INDEX_WORDS + code[i + 1] * CHARSET_WORDS
        else:                       # LITERAL, CATEGORY
            i += 2


class SreState(object):
    """Per interpreter: the translated patterns by handle, and the last text decoded."""
    def __init__(self):
        self.codes = []
        self.w_last_text = None
        self.last_unicode = u""


def state_of(space):
    if space.sre_state is None:
        space.sre_state = SreState()
    return space.sre_state


sre_functions = FunctionTable()


@sre_functions.function("prepare")
def sre_prepare(space, w_code):
    """A handle for the pattern code (a list of ints), translated for rsre."""
    code = [space.int_w(w_item) for w_item in space.listview(w_code)]
    try:
        translated = translate(code)
    except UnsupportedPattern as e:
        raise space.error(space.w_NotImplementedError, e.message)
    except IndexError:
        raise space.error(space.w_RuntimeError, "invalid SRE code")
    state = state_of(space)
    state.codes.append(translated)
    return space.newint(len(state.codes) - 1)


@sre_functions.function("match", handle="int", pos="int", endpos="int", flags="int",
                        mode="int")
def sre_match(space, handle, w_string, pos, endpos, flags, mode):
    """Match (mode 0), full-match (1) or search (2) from `pos`: None, or a list of the
    match's start and end, each group's start and end (-1 when unset), then lastindex."""
    state = state_of(space)
    if handle < 0 or handle >= len(state.codes):
        raise space.error(space.w_ValueError, "bad pattern handle")
    code = state.codes[handle]
    if isinstance(w_string, W_BytesObject):
        data = w_string.data
        assert data is not None
        pos, endpos = clamp(pos, endpos, len(data))
        return run(space, rsre_core.StrMatchContext(code, data, pos, endpos, flags), mode)
    if isinstance(w_string, W_StrObject):
        pos, endpos = clamp(pos, endpos, w_string.length)
        if w_string.length == len(w_string.utf8):
            ctx = rsre_core.StrMatchContext(code, w_string.utf8, pos, endpos, flags)
            return run(space, ctx, mode)
        text = decoded(state, w_string)
        return run(space, rsre_core.UnicodeMatchContext(code, text, pos, endpos, flags),
                   mode)
    raise space.type_error("expected string or bytes-like object, got '%s'"
                           % space.type(w_string).name)


def clamp(pos, endpos, length):
    if pos < 0:
        pos = 0
    elif pos > length:
        pos = length
    if endpos < 0:
        endpos = 0
    elif endpos > length:
        endpos = length
    return pos, endpos


def decoded(state, w_string):
    if state.w_last_text is not w_string:
        text, _ = str_decode_utf_8(w_string.utf8, len(w_string.utf8), 'strict', final=True)
        state.w_last_text = w_string
        state.last_unicode = text
    return state.last_unicode


@specialize.argtype(1)
def run(space, ctx, mode):
    try:
        if mode == 2:
            found = rsre_core.search_context(ctx)
        else:
            ctx.fullmatch_only = mode == 1
            found = rsre_core.match_context(ctx)
    except rsre_core.Error as e:
        raise space.error(space.w_RuntimeError, e.msg)
    if not found:
        return space.w_None
    marks = ctx.flatten_marks()
    items_w = [space.newint(mark) for mark in marks]
    items_w.append(space.newint(ctx.match_lastindex))
    return space.newlist(items_w)


@sre_functions.function("unicode_tolower", ch="int")
def sre_unicode_tolower(space, ch):
    return space.newint(unicodedb.tolower(ch))


@sre_functions.function("unicode_iscased", ch="int")
def sre_unicode_iscased(space, ch):
    return space.newbool(ch != unicodedb.tolower(ch) or ch != unicodedb.toupper(ch))


@sre_functions.function("ascii_tolower", ch="int")
def sre_ascii_tolower(space, ch):
    if ord('A') <= ch <= ord('Z'):
        return space.newint(ch + 32)
    return space.newint(ch)


@sre_functions.function("ascii_iscased", ch="int")
def sre_ascii_iscased(space, ch):
    return space.newbool(ch < 128 and (ord('A') <= ch <= ord('Z') or ord('a') <= ch <= ord('z')))


def make_sre_core(space):
    w_module = W_ModuleObject("_sre_core")
    for spec in sre_functions.specs():
        w_module.w_dict.set(spec.name, W_BuiltinFunction(spec, None))
    w_module.w_dict.set("MAGIC", space.newint(MAGIC))
    w_module.w_dict.set("CODESIZE", space.newint(rsre_char.CODESIZE))
    w_module.w_dict.set("MAXREPEAT", space.newint(rsre_char.MAXREPEAT))
    w_module.w_dict.set("MAXGROUPS", space.newint(rsre_char.MAXGROUPS))
    return w_module
