"""Output built-ins: write/print/writeq/write_canonical/write_term, nl, tab, put_char,
format/1,2,3 (with column stops), with_output_to/2, and reading terms and characters
from standard input."""
from framework import console
from framework.errors import SourceError
from framework.floatformat import format_printf
from rpython.rlib.rbigint import rbigint

from languages.prolog import errors, terms
from languages.prolog.arith import eval_arith
from languages.prolog.builtins import (list_items, text_of, int_arg, atom_arg, is_number,
                                       number_text)
from languages.prolog.engine import det, Sink
from languages.prolog.errors import PrologError
from languages.prolog.reader import Reader, encode_utf8, decode_utf8, char_length
from languages.prolog.terms import Var, Atom, Int, BigInt, Float, String, Struct, atom, list_of
from languages.prolog.unify import unify
from languages.prolog.writer import (Writer, Options, format_float, term_to_text,
                                     canonical_text)


def write_term_text(engine, term, quoted, ignore_ops=False, numbervars=True):
    return term_to_text(engine.operators, term, quoted, ignore_ops, numbervars)


def stream_write(engine, stream, text):
    s = stream.deref()
    if isinstance(s, Atom) and s.name == "user_error":
        from framework import output
        output.write_err(text)
        return
    engine.write(text)


@det("write", 1)
def b_write(engine, args):
    engine.write(write_term_text(engine, args[0], False))
    return True


@det("print", 1)
def b_print(engine, args):
    engine.write(write_term_text(engine, args[0], True))
    return True


@det("writeln", 1)
def b_writeln(engine, args):
    engine.write(write_term_text(engine, args[0], False) + "\n")
    return True


@det("writeq", 1)
def b_writeq(engine, args):
    engine.write(write_term_text(engine, args[0], True))
    return True


@det("write_canonical", 1)
def b_write_canonical(engine, args):
    engine.write(canonical_text(engine.operators, args[0]))
    return True


@det("write", 2)
def b_write2(engine, args):
    stream_write(engine, args[0], write_term_text(engine, args[1], False))
    return True


@det("writeln", 2)
def b_writeln2(engine, args):
    stream_write(engine, args[0], write_term_text(engine, args[1], False) + "\n")
    return True


@det("writeq", 2)
def b_writeq2(engine, args):
    stream_write(engine, args[0], write_term_text(engine, args[1], True))
    return True


@det("nl", 1)
def b_nl1(engine, args):
    stream_write(engine, args[0], "\n")
    return True


@det("write_term", 2)
def b_write_term(engine, args):
    engine.write(write_term_with_options(engine, args[0], args[1]))
    return True


@det("write_term", 3)
def b_write_term3(engine, args):
    stream_write(engine, args[0], write_term_with_options(engine, args[1], args[2]))
    return True


def write_term_with_options(engine, term, options):
    quoted = False
    ignore_ops = False
    numbervars = False
    for option in list_items(options):
        o = option.deref()
        if isinstance(o, Struct) and o.functor.arity == 1:
            value = o.args[0].deref()
            on = isinstance(value, Atom) and value.name == "true"
            name = o.functor.name
            if name == "quoted":
                quoted = on
            elif name == "ignore_ops":
                ignore_ops = on
            elif name == "numbervars":
                numbervars = on
        elif isinstance(o, Var):
            raise errors.instantiation_error()
    return write_term_text(engine, term, quoted, ignore_ops, numbervars)


@det("nl", 0)
def b_nl(engine, args):
    engine.write("\n")
    return True


@det("put_char", 1)
def b_put_char(engine, args):
    c = args[0].deref()
    if isinstance(c, Var):
        raise errors.instantiation_error()
    if not isinstance(c, Atom) or char_length(c.name) != 1:
        raise errors.type_error("character", c)
    engine.write(c.name)
    return True


@det("put_code", 1)
def b_put_code(engine, args):
    engine.write(encode_utf8(int_arg(args[0])))
    return True


@det("flush_output", 0)
def b_flush_output(engine, args):
    return True


@det("flush_output", 1)
def b_flush_output1(engine, args):
    return True


# -- format -------------------------------------------------------------------------------

class ColumnState(object):
    """The text of the current line since the last column stop, with its fill points."""

    def __init__(self, start_column):
        self.start = start_column      # column where the pending segment starts
        self.pending = []
        self.fills = []                # (position in pending text, fill char)

    def text(self):
        return "".join(self.pending)


def format_to_text(engine, fmt, args, start_column):
    """The text format/2 writes for fmt and the argument list args."""
    out = []                      # finished text
    state = ColumnState(start_column)
    chars = utf8_list(fmt)
    n = len(chars)
    i = 0
    arg_index = 0
    while i < n:
        ch = chars[i]
        i += 1
        if ch != "~":
            state.pending.append(ch)
            if ch == "\n":
                out.append(state.text())
                state = ColumnState(0)
            continue
        if i >= n:
            raise format_error("truncated format")
        numeric = -1
        if chars[i] == "*":
            if arg_index >= len(args):
                raise format_error("not enough arguments")
            numeric = int_arg(args[arg_index])
            arg_index += 1
            i += 1
        elif chars[i] == "`":
            numeric = ord(chars[i + 1][0]) if len(chars[i + 1]) == 1 else decode_utf8(chars[i + 1])[0]
            i += 2
        else:
            start = i
            while i < n and "0" <= chars[i] <= "9":
                i += 1
            if i > start:
                numeric = int_of_chars(chars, start, i)
        if i >= n:
            raise format_error("truncated format")
        d = chars[i]
        i += 1
        if d == "~":
            state.pending.append("~")
        elif d == "n":
            count = numeric if numeric > 0 else 1
            for _ in range(count):
                state.pending.append("\n")
            out.append(state.text())
            state = ColumnState(0)
        elif d == "t":
            fill = " " if numeric < 0 else encode_utf8(numeric)
            state.fills.append((len(state.text()), fill))
        elif d == "|" or d == "+":
            text = state.text()
            width = char_length(text)
            if d == "+":
                target = state.start + (numeric if numeric >= 0 else 8)
            else:
                target = numeric if numeric >= 0 else state.start + width
            padded = pad_segment(text, state.fills, target - state.start)
            out.append(padded)
            state = ColumnState(max(target, state.start + char_length(padded)))
        else:
            if d == "i":
                arg_index += 1
                continue
            if d == "r" or d == "R":
                if numeric < 0:
                    raise format_error("no radix")
            if arg_index >= len(args):
                raise format_error("not enough arguments")
            arg = args[arg_index]
            arg_index += 1
            state.pending.append(format_directive(engine, d, numeric, arg))
    if arg_index < len(args):
        raise format_error("too many arguments")
    out.append(state.text())
    return "".join(out)


def utf8_list(text):
    return [encode_utf8(code) for code in decode_utf8(text)]


def int_of_chars(chars, start, end):
    value = 0
    for k in range(start, end):
        value = value * 10 + ord(chars[k][0]) - ord("0")
    return value


def pad_segment(text, fills, width):
    """text padded to width characters at its fill points (default: on the left of
    nothing, i.e. padding after the text)."""
    missing = width - char_length(text)
    if missing <= 0:
        return text
    if not fills:
        return text + " " * missing
    pieces = []
    last = 0
    share = missing // len(fills)
    extra = missing - share * len(fills)
    for k in range(len(fills)):
        position, fill = fills[k]
        assert position >= last >= 0
        pieces.append(text[last:position])
        count = share + (1 if k < extra and False else 0)
        if k == len(fills) - 1:
            count += extra
        pieces.append(fill * count)
        last = position
    assert last >= 0
    pieces.append(text[last:])
    return "".join(pieces)


def format_error(message):
    return errors.error(errors.make("format", [atom(message)]))


def format_directive(engine, d, numeric, arg):
    if d == "w":
        return write_term_text(engine, arg, False)
    if d == "p":
        return write_term_text(engine, arg, True)
    if d == "q":
        return write_term_text(engine, arg, True)
    if d == "a":
        t = arg.deref()
        if isinstance(t, Var):
            raise errors.instantiation_error()
        return text_of(engine, t, "atomic")
    if d == "d" or d == "D":
        value = eval_int(engine, arg)
        text = value.str()
        negative = text.startswith("-")
        if negative:
            text = text[1:]
        if numeric > 0:
            if len(text) <= numeric:
                text = "0" * (numeric - len(text) + 1) + text
            cut = len(text) - numeric
            assert cut >= 0
            text = text[:cut] + "." + text[cut:]
        if d == "D":
            whole = text
            fraction = ""
            point = text.find(".")
            if point >= 0:
                assert point >= 0
                whole = text[:point]
                fraction = text[point:]
            groups = []
            while len(whole) > 3:
                cut = len(whole) - 3
                assert cut >= 0
                groups.insert(0, whole[cut:])
                whole = whole[:cut]
            groups.insert(0, whole)
            text = ",".join(groups) + fraction
        return "-" + text if negative else text
    if d == "f" or d == "e" or d == "g":
        t = eval_arith(engine, arg)
        if isinstance(t, Float):
            value = t.value
        elif isinstance(t, Int):
            value = float(t.value)
        else:
            assert isinstance(t, BigInt)
            if d == "f":
                return big_fixed(t.value, numeric if numeric >= 0 else 6)
            value = t.value.tofloat()
        return format_printf(value, d, "", -1, numeric if numeric >= 0 else 6)
    if d == "s":
        return text_of(engine, arg, "text")
    if d == "c":
        code = int_arg(arg)
        count = numeric if numeric > 0 else 1
        return encode_utf8(code) * count
    if d == "r" or d == "R":
        value = eval_int(engine, arg)
        if numeric < 2 or numeric > 36:
            raise format_error("bad radix")
        digits = LOWER_DIGITS if d == "r" else UPPER_DIGITS
        return value.format(digits[:numeric])
    raise format_error("unknown directive")


LOWER_DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"
UPPER_DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def big_fixed(value, digits):
    text = value.str()
    if digits > 0:
        return text + "." + "0" * digits
    return text


def eval_int(engine, arg):
    t = arg.deref()
    if isinstance(t, Var):
        raise errors.instantiation_error()
    if not (isinstance(t, Int) or isinstance(t, BigInt)):
        t = eval_arith(engine, t)
        if not (isinstance(t, Int) or isinstance(t, BigInt)):
            raise errors.type_error("integer", t)
    return terms.big_of(t)


def format_args(term):
    t = term.deref()
    if t is terms.NIL or (isinstance(t, Struct) and t.functor is terms.DOT):
        return list_items(t)
    return [t]


@det("format", 1)
def b_format1(engine, args):
    engine.write(format_to_text(engine, text_of(engine, args[0], "text"), [], engine.column()))
    return True


@det("format", 2)
def b_format2(engine, args):
    engine.write(format_to_text(engine, text_of(engine, args[0], "text"),
                                format_args(args[1]), engine.column()))
    return True


@det("format", 3)
def b_format3(engine, args):
    target = args[0].deref()
    if isinstance(target, Struct) and target.functor.arity == 1:
        text = format_to_text(engine, text_of(engine, args[1], "text"),
                              format_args(args[2]), 0)
        kind = target.functor.name
        if kind == "atom":
            return unify(engine, target.args[0], atom(text))
        if kind == "string":
            return unify(engine, target.args[0], String(text))
        if kind == "codes":
            return unify(engine, target.args[0],
                         list_of([Int(c) for c in decode_utf8(text)]))
        if kind == "chars":
            return unify(engine, target.args[0],
                         list_of([atom(encode_utf8(c)) for c in decode_utf8(text)]))
        raise errors.domain_error("output_sink", target)
    stream_write(engine, target, format_to_text(engine, text_of(engine, args[1], "text"),
                                                format_args(args[2]), engine.column()))
    return True


@det("with_output_to", 2)
def b_with_output_to(engine, args):
    target = args[0].deref()
    if not (isinstance(target, Struct) and target.functor.arity == 1):
        raise errors.domain_error("output_sink", target)
    sink = Sink(True)
    engine.sinks.append(sink)
    try:
        ok = engine.solve(args[1])
    finally:
        engine.sinks.pop()
    if not ok:
        return False
    assert sink.pieces is not None
    text = "".join(sink.pieces)
    kind = target.functor.name
    if kind == "atom":
        return unify(engine, target.args[0], atom(text))
    if kind == "string":
        return unify(engine, target.args[0], String(text))
    if kind == "codes":
        return unify(engine, target.args[0], list_of([Int(c) for c in decode_utf8(text)]))
    if kind == "chars":
        return unify(engine, target.args[0],
                     list_of([atom(encode_utf8(c)) for c in decode_utf8(text)]))
    raise errors.domain_error("output_sink", target)


# -- input --------------------------------------------------------------------------------

class Input(object):
    """Standard input, read whole on first use."""

    def __init__(self):
        self.text = None
        self.pos = 0
        self.reader = None

    def load(self):
        if self.text is None:
            self.text = console.read_all(0)
        return self.text


STDIN = Input()


@det("read_term", 2)
def b_read_term(engine, args):
    return read_term(engine, args[0], args[1])


@det("read", 1)
def b_read(engine, args):
    return read_term(engine, args[0], terms.NIL)


@det("read_term", 3)
def b_read_term3(engine, args):
    return read_term(engine, args[1], args[2])


def read_term(engine, target, options):
    text = STDIN.load()
    start = STDIN.pos
    assert start >= 0
    rest = text[start:]
    reader = Reader(engine, rest)
    try:
        result = reader.read()
    except SourceError as e:
        STDIN.pos += reader.scanner.pos
        raise errors.error(errors.make("syntax_error", [atom(e.message)]))
    STDIN.pos += reader.scanner.pos
    if result is None:
        return unify(engine, target, atom("end_of_file"))
    for option in list_items(options):
        o = option.deref()
        if isinstance(o, Struct) and o.functor.arity == 1:
            name = o.functor.name
            builder = result.builder
            if name == "variable_names":
                pairs = [Struct(terms.functor_of("=", 2), [atom(builder.names[k]), builder.vars[k]])
                         for k in range(len(builder.names))]
                if not unify(engine, o.args[0], list_of(pairs)):
                    return False
            elif name == "variables":
                if not unify(engine, o.args[0], list_of([v for v in builder.vars])):
                    return False
    return unify(engine, target, result.term)


def next_char(peek):
    text = STDIN.load()
    if STDIN.pos >= len(text):
        return None
    start = STDIN.pos
    end = start + 1
    while end < len(text) and 0x80 <= ord(text[end]) < 0xC0:
        end += 1
    if not peek:
        STDIN.pos = end
    assert start >= 0 and end >= start
    return text[start:end]


@det("get_char", 1)
def b_get_char(engine, args):
    ch = next_char(False)
    return unify(engine, args[0], atom(ch) if ch is not None else atom("end_of_file"))


@det("peek_char", 1)
def b_peek_char(engine, args):
    ch = next_char(True)
    return unify(engine, args[0], atom(ch) if ch is not None else atom("end_of_file"))


@det("get_code", 1)
def b_get_code(engine, args):
    ch = next_char(False)
    return unify(engine, args[0], Int(decode_utf8(ch)[0]) if ch is not None else Int(-1))


@det("peek_code", 1)
def b_peek_code(engine, args):
    ch = next_char(True)
    return unify(engine, args[0], Int(decode_utf8(ch)[0]) if ch is not None else Int(-1))
