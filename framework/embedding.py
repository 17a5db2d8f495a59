"""Embedding: the languages of a shared build, driven in-process through a small C API.

`./polyvm build --shared` translates `build/libpolyvm-<langs>.so` with the functions below
exported (rpython's entrypoint_highlevel under the key `KEY`, so only a shared build has
them).  The API names no language: a host makes a session of a language by name, then
executes or evaluates source in it and calls its globals.  The host package (embed/) is
written against it; docs/embedding.md is the user's view.

    long polyvm_abi(void)                         ABI, the version of this API and encoding
    long polyvm_info(OUT)                         {"abi", "languages", "sources", "jit"}
    long polyvm_new(char *lang, long n)           a session handle (>= 0), or NO_LANGUAGE
    long polyvm_exec(long vm, char *file, long n, char *src, long m, OUT)      None
    long polyvm_eval(long vm, char *src, long n, OUT)                         the value
    long polyvm_call(long vm, char *name, long n, char *args, long m, OUT)    the value
    long polyvm_take(OUT)                         the result that did not fit, again
    long polyvm_drop(long vm)                     forget a session (0, or -1 if unknown)

OUT is `char *out, long capacity`: the host's buffer, which receives the *result*, the wire
encoding of the tuple (status, stdout text, stderr text, payload), and the function returns
its length.  A result longer than `capacity` is kept, its length returned negated, and
`polyvm_take` with a buffer that large delivers it (one buffer for every call, and nothing
for the host to free).  The payload is the value (status OK), (type name, message,
traceback text) (GUEST_ERROR), or a message (CANNOT_CROSS: a value of a kind the other side
cannot take; BAD_CALL: an unknown session).  The guest's output is captured for the
duration of the call (framework/output.py) and returned in the result, so the host writes it
to its own sys.stdout and sys.stderr.

The wire encoding (values cross as copies): one tag byte, then
    N  None        T  True          F  False
    i  int:   8 bytes, two's complement       I  int of any size: length, decimal ASCII
    f  float: 8 bytes, IEEE 754               s  str: length, UTF-8       b  bytes: length, raw
    l  list, t  tuple: count, then the items  d  dict: count, then key, value, key, value ...
where every length and count is 8 bytes, little-endian, signed.

Each language that can be embedded has `languages/<lang>/embedding.py` with a class
`Embedding(language)`, which mixes in `Sessions` and `Codec` and defines `new_namespace()`
(a session's globals), the operations on a session (`exec_source(session, filename,
source)`, `eval_source`, `call_global`, raising `EmbeddedError` for a guest error), the
constructors the codec needs (`new_null`, `new_bool`, `new_int`, `new_bigint(decimal)`,
`new_float`, `new_str`, `new_bytes`, `new_list`, `new_tuple`, `new_dict(keys_w, values_w)`,
raising `CannotCross` for a kind the language lacks) and `export_own(w_value, writer)`: True when it wrote the value itself (its
big ints, bytes, tuples), False to let the interop protocol's kinds (framework/interop.py)
decide.  A language without the file is simply not embeddable.
"""
import importlib

from rpython.rlib.entrypoint import entrypoint_highlevel
from rpython.rlib.longlong2float import float2longlong, longlong2float
from rpython.rlib.objectmodel import not_rpython
from rpython.rlib.rarithmetic import intmask, r_int64, r_uint
from rpython.rlib.rstring import StringBuilder
from rpython.rlib.unroll import unrolling_iterable
from rpython.rtyper.annlowlevel import llstr
from rpython.rtyper.lltypesystem import lltype, rffi
from rpython.rtyper.lltypesystem.rstr import copy_string_to_raw

from framework import interop, output
from framework.errors import StackOverflow, check_stack_overflow

ABI = 2
KEY = "polyembed"               # rpython --entrypoints=main,polyembed
LANGUAGE_SLOTS = 64             # a handle is session * LANGUAGE_SLOTS + language index
NO_LANGUAGE = -1
MAX_DEPTH = 500                 # nesting of a crossing value (deeper: a cycle, most likely)

OK = 0
GUEST_ERROR = 1
CANNOT_CROSS = 2
BAD_CALL = 3

EXEC = 0
EVAL = 1
CALL = 2


class EmbeddedError(Exception):
    """A guest error, as the host sees it: the guest's exception type name, its message,
    and the traceback text the language would print."""

    def __init__(self, type_name, message, traceback):
        self.type_name = type_name
        self.message = message
        self.traceback = traceback


class CannotCross(Exception):
    """A value the other side cannot take (the host raises TypeError with the message)."""

    def __init__(self, message):
        self.message = message


class BadCall(Exception):
    """A malformed request: an unknown session, a broken argument encoding."""

    def __init__(self, message):
        self.message = message


# -- the wire encoding ----------------------------------------------------------------------
class WireWriter(object):
    def __init__(self):
        self.builder = StringBuilder()

    def tag(self, tag):
        self.builder.append(tag)

    def word(self, value):
        for i in range(8):
            self.builder.append(chr((value >> (8 * i)) & 0xff))

    def none(self):
        self.builder.append("N")

    def bool(self, value):
        self.builder.append("T" if value else "F")

    def int(self, value):
        self.builder.append("i")
        self.word(value)

    def bigint(self, decimal):
        self.builder.append("I")
        self.chunk(decimal)

    def float(self, value):
        self.builder.append("f")
        self.word(intmask(float2longlong(value)))

    def str(self, utf8):
        self.builder.append("s")
        self.chunk(utf8)

    def bytes(self, data):
        self.builder.append("b")
        self.chunk(data)

    def chunk(self, data):
        self.word(len(data))
        self.builder.append(data)

    def sequence(self, tag, count):
        """Start a list ('l'), tuple ('t') or dict ('d'): `count` items (pairs) follow."""
        self.builder.append(tag)
        self.word(count)

    def raw(self, encoded):
        self.builder.append(encoded)

    def build(self):
        return self.builder.build()


class WireReader(object):
    def __init__(self, data):
        self.data = data
        self.pos = 0

    def tag(self):
        if self.pos >= len(self.data):
            raise BadCall("truncated value encoding")
        tag = self.data[self.pos]
        self.pos += 1
        return tag

    def word(self):
        if self.pos + 8 > len(self.data):
            raise BadCall("truncated value encoding")
        value = r_uint(0)
        for i in range(8):
            value |= r_uint(ord(self.data[self.pos + i])) << (8 * i)
        self.pos += 8
        return intmask(value)

    def count(self):
        count = self.word()
        if count < 0 or count > len(self.data) - self.pos:
            raise BadCall("bad length in value encoding")
        return count

    def chunk(self):
        count = self.count()
        start = self.pos
        stop = start + count
        assert start >= 0 and stop >= 0
        self.pos = stop
        return self.data[start:stop]

    def float(self):
        return longlong2float(r_int64(self.word()))

    def at_end(self):
        return self.pos == len(self.data)


# -- what each language mixes in ------------------------------------------------------------
class Sessions(object):
    """A language's sessions, by number: each holds one namespace, made by the language's
    `new_namespace()` (its globals, a module), and `None` once dropped.  The language's
    __init__ sets `self.sessions = []`; `import_from_mixin` gives each language its own copy,
    so each list holds one language's namespaces."""

    def new_session(self):
        self.sessions.append(self.new_namespace())
        return len(self.sessions) - 1

    def drop_session(self, session):
        if not 0 <= session < len(self.sessions) or self.sessions[session] is None:
            return False
        self.sessions[session] = None
        return True

    def namespace(self, session):
        if 0 <= session < len(self.sessions):
            namespace = self.sessions[session]
            if namespace is not None:
                return namespace
        raise BadCall("no %s session %d" % (self.language_name, session))


class Codec(object):
    """Wire values to the language's values and back (`import_from_mixin` into a language's
    Embedding, so each language has its own copy)."""

    def import_value(self, reader, depth):
        if depth > MAX_DEPTH:
            raise CannotCross("a value nested more than %d deep" % MAX_DEPTH)
        tag = reader.tag()
        if tag == "N":
            return self.new_null()
        if tag == "T":
            return self.new_bool(True)
        if tag == "F":
            return self.new_bool(False)
        if tag == "i":
            return self.new_int(reader.word())
        if tag == "I":
            return self.new_bigint(reader.chunk())
        if tag == "f":
            return self.new_float(reader.float())
        if tag == "s":
            return self.new_str(reader.chunk())
        if tag == "b":
            return self.new_bytes(reader.chunk())
        if tag == "l" or tag == "t":
            count = reader.count()
            items_w = [self.import_value(reader, depth + 1) for _ in range(count)]
            if tag == "l":
                return self.new_list(items_w)
            return self.new_tuple(items_w)
        if tag == "d":
            count = reader.count()
            keys_w = []
            values_w = []
            for _ in range(count):
                keys_w.append(self.import_value(reader, depth + 1))
                values_w.append(self.import_value(reader, depth + 1))
            return self.new_dict(keys_w, values_w)
        raise BadCall("unknown tag %s in value encoding" % tag)

    def import_arguments(self, data):
        """The arguments of a call: a wire tuple."""
        reader = WireReader(data)
        if reader.tag() != "t":
            raise BadCall("arguments must be a tuple")
        count = reader.count()
        args_w = [self.import_value(reader, 1) for _ in range(count)]
        if not reader.at_end():
            raise BadCall("trailing bytes after the arguments")
        return args_w

    def export_value(self, w_value, writer, depth):
        """Write `w_value` for the host: the language's own shapes first, then by kind."""
        if depth > MAX_DEPTH:
            raise CannotCross("a value nested more than %d deep (a cycle?)" % MAX_DEPTH)
        if self.export_own(w_value, writer, depth):
            return
        try:
            self.export_by_kind(w_value, writer, depth)
        except interop.InteropError as e:
            raise CannotCross(e.message)

    def export_by_kind(self, w_value, writer, depth):
        kind = w_value.interop_kind()
        if kind == interop.NULL:
            writer.none()
        elif kind == interop.BOOLEAN:
            writer.bool(w_value.interop_as_bool())
        elif kind == interop.NUMBER:
            if w_value.interop_fits_int():
                writer.int(w_value.interop_as_int())
            else:
                writer.float(w_value.interop_as_float())
        elif kind == interop.STRING:
            writer.str(w_value.interop_as_str())
        elif kind == interop.ARRAY:
            size = w_value.interop_size()
            writer.sequence("l", size)
            for i in range(size):
                self.export_value(w_value.interop_read_index(i), writer, depth + 1)
        elif kind == interop.HASH:
            keys_w = []
            w_iterator = w_value.interop_iterate()
            while True:
                w_key = w_iterator.interop_next()
                if w_key is None:
                    break
                keys_w.append(w_key)
            writer.sequence("d", len(keys_w))
            for w_key in keys_w:
                self.export_value(w_key, writer, depth + 1)
                self.export_value(w_value.interop_read_key(w_key), writer, depth + 1)
        else:
            raise CannotCross("a %s value cannot leave %s (only None, bool, int, float, str, "
                              "bytes, and lists, tuples and dicts of those cross)"
                              % (interop.KIND_NAMES[kind], self.language_name))

    def perform(self, op, session, text, arguments, writer):
        """One request on one of this language's sessions; the value goes into `writer`.
        `text` is the source or the name called; `arguments`, the encoded arguments of a
        call or the file name of an exec."""
        if op == EXEC:
            self.exec_source(session, arguments, text)
            writer.none()
            return
        if op == EVAL:
            w_result = self.eval_source(session, text)
        else:
            w_result = self.call_global(session, text, self.import_arguments(arguments))
        self.export_value(w_result, writer, 0)


# -- the languages in this binary -----------------------------------------------------------
EMBEDDINGS = unrolling_iterable([])     # (index, name, Embedding), set by prepare()
NAMES = []


class BuildFacts(object):
    """What polyvm_info says about the build: the launcher's digest of its sources."""
    sources = ""
    jit = False


BUILD = BuildFacts()


@not_rpython
def prepare(entry, sources, jit):
    """Before translation: make each linked language's Embedding (those with one)."""
    global EMBEDDINGS
    found = []
    for slot in entry.slots:
        language = slot.load()
        embedding_class = find_embedding(slot.name)
        if language is not None and embedding_class is not None:
            found.append((len(found), slot.name, embedding_class(language)))
    del NAMES[:]
    NAMES.extend([name for _, name, _ in found])
    EMBEDDINGS = unrolling_iterable(found)
    BUILD.sources = sources
    BUILD.jit = jit
    return found


@not_rpython
def find_embedding(name):
    try:
        module = importlib.import_module("languages.%s.embedding" % name)
    except ImportError as e:
        if "embedding" not in str(e):
            raise               # the module exists and is broken: say so
        return None
    return module.Embedding


def new_session(name):
    for index, lang_name, embedding in EMBEDDINGS:
        if lang_name == name:
            return embedding.new_session() * LANGUAGE_SLOTS + index
    return NO_LANGUAGE


def drop_session(handle):
    if handle < 0:
        return -1
    for index, _, embedding in EMBEDDINGS:
        if handle % LANGUAGE_SLOTS == index:
            return 0 if embedding.drop_session(handle // LANGUAGE_SLOTS) else -1
    return -1


def dispatch(op, handle, text, arguments, writer):
    if handle >= 0:
        for index, _, embedding in EMBEDDINGS:
            if handle % LANGUAGE_SLOTS == index:
                embedding.perform(op, handle // LANGUAGE_SLOTS, text, arguments, writer)
                return
    raise BadCall("no session %d" % handle)


def answer(op, handle, text, arguments):
    """The encoded result of one request (never raises: see entrypoint_highlevel)."""
    output.capture()
    status = OK
    writer = WireWriter()
    try:
        dispatch(op, handle, text, arguments, writer)
    except EmbeddedError as e:
        status = GUEST_ERROR
        writer = error_payload(e.type_name, e.message, e.traceback)
    except CannotCross as e:
        status = CANNOT_CROSS
        writer = message_payload(e.message)
    except BadCall as e:
        status = BAD_CALL
        writer = message_payload(e.message)
    except StackOverflow:
        check_stack_overflow()
        status = GUEST_ERROR
        writer = error_payload("RecursionError", "maximum recursion depth exceeded", "")
    except MemoryError:
        status = GUEST_ERROR
        writer = error_payload("MemoryError", "out of memory", "")
    except Exception:
        status = BAD_CALL          # an embedding let an exception of its language escape
        writer = message_payload("internal error in the embedded VM")
    out, err = output.release()
    return result(status, out, err, writer.build())


def error_payload(type_name, message, traceback):
    writer = WireWriter()
    writer.sequence("t", 3)
    writer.str(type_name)
    writer.str(message)
    writer.str(traceback)
    return writer


def message_payload(message):
    writer = WireWriter()
    writer.str(message)
    return writer


def quiet_ok():
    writer = WireWriter()
    writer.sequence("t", 4)
    writer.int(OK)
    writer.str("")
    writer.str("")
    return writer.build()


QUIET_OK = quiet_ok()         # the start of a result with status OK and no output


def result(status, out, err, payload):
    if status == OK and not out and not err:
        return QUIET_OK + payload
    writer = WireWriter()
    writer.sequence("t", 4)
    writer.int(status)
    writer.str(out)
    writer.str(err)
    writer.raw(payload)
    return writer.build()


def info():
    payload = WireWriter()
    payload.sequence("d", 4)
    payload.str("abi")
    payload.int(ABI)
    payload.str("languages")
    payload.sequence("l", len(NAMES))
    for name in NAMES:
        payload.str(name)
    payload.str("sources")
    payload.str(BUILD.sources)
    payload.str("jit")
    payload.bool(BUILD.jit)
    return result(OK, "", "", payload.build())


# -- the exported functions -----------------------------------------------------------------
class Pending(object):
    """A result that did not fit the host's buffer, until polyvm_take."""
    data = ""


PENDING = Pending()


def deliver(encoded, ll_out, capacity):
    """Copy a result into the host's buffer and return its length; one that does not fit
    waits for polyvm_take, and its length is returned negated."""
    length = len(encoded)
    if length > capacity:
        PENDING.data = encoded
        return -length
    PENDING.data = ""
    copy_string_to_raw(llstr(encoded), ll_out, 0, length)
    return length


OUT = [rffi.CCHARP, lltype.Signed]


@entrypoint_highlevel(KEY, [], c_name="polyvm_abi")
def polyvm_abi():
    return ABI


@entrypoint_highlevel(KEY, OUT, c_name="polyvm_info")
def polyvm_info(ll_out, capacity):
    return deliver(info(), ll_out, capacity)


@entrypoint_highlevel(KEY, OUT, c_name="polyvm_take")
def polyvm_take(ll_out, capacity):
    return deliver(PENDING.data, ll_out, capacity)


@entrypoint_highlevel(KEY, [rffi.CCHARP, lltype.Signed], c_name="polyvm_new")
def polyvm_new(ll_name, length):
    try:
        return new_session(rffi.charpsize2str(ll_name, length))
    except Exception:
        return NO_LANGUAGE


@entrypoint_highlevel(KEY, [lltype.Signed], c_name="polyvm_drop")
def polyvm_drop(handle):
    try:
        return drop_session(handle)
    except Exception:
        return -1


@entrypoint_highlevel(KEY, [lltype.Signed, rffi.CCHARP, lltype.Signed, rffi.CCHARP,
                            lltype.Signed] + OUT, c_name="polyvm_exec")
def polyvm_exec(handle, ll_filename, filename_length, ll_source, length, ll_out, capacity):
    return deliver(answer(EXEC, handle, rffi.charpsize2str(ll_source, length),
                          rffi.charpsize2str(ll_filename, filename_length)), ll_out, capacity)


@entrypoint_highlevel(KEY, [lltype.Signed, rffi.CCHARP, lltype.Signed] + OUT,
                      c_name="polyvm_eval")
def polyvm_eval(handle, ll_source, length, ll_out, capacity):
    return deliver(answer(EVAL, handle, rffi.charpsize2str(ll_source, length), ""),
                   ll_out, capacity)


@entrypoint_highlevel(KEY, [lltype.Signed, rffi.CCHARP, lltype.Signed, rffi.CCHARP,
                            lltype.Signed] + OUT, c_name="polyvm_call")
def polyvm_call(handle, ll_name, name_length, ll_args, args_length, ll_out, capacity):
    return deliver(answer(CALL, handle, rffi.charpsize2str(ll_name, name_length),
                          rffi.charpsize2str(ll_args, args_length)), ll_out, capacity)
