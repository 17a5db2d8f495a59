"""Writing terms as SWI-Prolog writes them: write/1 and print/1, writeq/1 (atoms quoted where
reading them back needs it), write_canonical/1 (no operators), with operators placed and
bracketed by the current table, and the spacing SWI-Prolog puts between tokens that would
otherwise run together (`1- -1`, `- 1`, `a* -b`)."""
import math

from rpython.rlib.rarithmetic import intmask
from rpython.rlib.rfloat import formatd

from languages.prolog import terms
from languages.prolog.terms import Var, Atom, Int, BigInt, Float, String, Struct
from languages.prolog.reader import SYMBOL_CHARS, encode_utf8, decode_utf8

class Options(object):
    def __init__(self, quoted=False, ignore_ops=False, numbervars=True, max_depth=0):
        self.quoted = quoted
        self.ignore_ops = ignore_ops
        self.numbervars = numbervars
        self.max_depth = max_depth
        self.variable_names = None      # write_canonical's: A, B... and _ for singletons


class Writer(object):
    def __init__(self, operators, options):
        self.operators = operators
        self.options = options
        self.pieces = []

    def text(self):
        return "".join(self.pieces)

    def emit(self, text):
        """Append text, with a space first when it would otherwise join the previous
        token into one (two symbol-char runs, two alphanumeric runs, `,` before a digit)."""
        if text and self.pieces:
            last = self.pieces[-1]
            if last and needs_space(last[-1], text[0]):
                self.pieces.append(" ")
        self.pieces.append(text)

    def emit_raw(self, text):
        self.pieces.append(text)

    # -- terms ----------------------------------------------------------------------------
    def write(self, term, max_priority=1200, operand=False):
        term = term.deref()
        if isinstance(term, Var):
            names = self.options.variable_names
            if names is not None:
                self.emit(names.get(term, "_"))
            else:
                self.emit("_%d" % term.stamp)
        elif isinstance(term, Int):
            self.emit_number(str(term.value))
        elif isinstance(term, BigInt):
            self.emit_number(term.value.str())
        elif isinstance(term, Float):
            self.emit_number(format_float(term.value))
        elif isinstance(term, String):
            if self.options.quoted:
                self.emit(quote_text(term.value, '"'))
            else:
                self.emit_raw(term.value)
        elif isinstance(term, Atom):
            if operand:
                self.write_atom_operand(term)
            else:
                self.emit(self.atom_text(term))
        else:
            assert isinstance(term, Struct)
            self.write_struct(term, max_priority)

    def emit_number(self, text):
        if text.startswith("-") and self.pieces:
            last = self.pieces[-1]
            if last and (last[-1] in SYMBOL_CHARS or is_alnum(last[-1])):
                self.pieces.append(" ")
            self.pieces.append(text)
            return
        self.emit(text)

    def write_atom_operand(self, atom):
        """An atom as the operand of an operator: bracketed when it is an operator."""
        if atom is not terms.NIL and self.operators.is_operator(atom.name):
            self.emit("(")
            self.emit_raw(self.atom_text(atom))
            self.emit_raw(")")
            return
        self.emit(self.atom_text(atom))

    def atom_text(self, atom):
        if atom is terms.NIL:
            return "[]"
        if self.options.quoted and atom.name == "[]":
            return "'[]'"
        if self.options.quoted:
            return quote_atom(atom.name)
        return atom.name

    def name_text(self, name):
        if self.options.quoted:
            return quote_atom(name)
        return name

    def write_struct(self, term, max_priority):
        functor = term.functor
        name = functor.name
        arity = functor.arity
        if functor is terms.DOT:
            self.write_list(term)
            return
        if self.options.numbervars and arity == 1 and name == "$VAR":
            arg = term.args[0].deref()
            if isinstance(arg, Atom):
                self.emit(arg.name)
                return
            if isinstance(arg, Int) and arg.value >= 0:
                n = arg.value
                letter = chr(ord("A") + n % 26)
                self.emit(letter if n < 26 else letter + str(n // 26))
                return
        if not self.options.ignore_ops:
            if arity == 1 and name == "{}":
                self.emit_raw("{")
                self.write(term.args[0], 1200)
                self.emit_raw("}")
                return
            if arity == 2:
                op = self.operators.infix_op(name)
                if op is not None:
                    self.write_infix(term, op, max_priority)
                    return
            if arity == 1:
                op = self.operators.prefix_op(name)
                if op is not None:
                    self.write_prefix(term, op, max_priority)
                    return
                op = self.operators.postfix_op(name)
                if op is not None:
                    self.open_if(op.priority > max_priority)
                    self.write(term.args[0], op.left_max, True)
                    self.emit(self.name_text(name))
                    self.close_if(op.priority > max_priority)
                    return
        self.emit(self.name_text(name))
        self.emit_raw("(")
        for k in range(arity):
            if k > 0:
                self.emit_raw(",")
            self.write(term.args[k], 999)
        self.emit_raw(")")

    def open_if(self, condition):
        if condition:
            self.emit("(")

    def close_if(self, condition):
        if condition:
            self.emit_raw(")")

    def write_infix(self, term, op, max_priority):
        name = op.name
        bracket = op.priority > max_priority
        self.open_if(bracket)
        self.write(term.args[0], op.left_max, True)
        if name == ",":
            self.emit_raw(",")
        elif is_alnum(name[0]):
            self.emit_raw(" ")
            self.emit_raw(self.name_text(name))
            self.emit_raw(" ")
        elif name == "|":
            self.emit_raw("|")
        else:
            self.emit(self.name_text(name))
        right = term.args[1].deref()
        self.write(right, op.right_max, True)
        self.close_if(bracket)

    def write_prefix(self, term, op, max_priority):
        name = op.name
        arg = term.args[0].deref()
        bracket = op.priority > max_priority
        self.open_if(bracket)
        self.emit(self.name_text(name))
        if self.needs_brackets(arg, op.right_max):
            self.emit_raw(" (")
            self.write(arg, 1200)
            self.emit_raw(")")
        elif name == "-" and starts_with_digit(arg, self.operators):
            self.emit_raw(" ")
            self.write(arg, op.right_max, True)
        else:
            if is_alnum(name[-1]):
                self.emit_raw(" ")
            self.write(arg, op.right_max, True)
        self.close_if(bracket)

    def needs_brackets(self, arg, max_priority):
        """Whether an operand is written in brackets: an operator term of a higher
        priority, or an atom that is an operator."""
        if isinstance(arg, Atom):
            return arg is not terms.NIL and self.operators.is_operator(arg.name)
        if isinstance(arg, Struct) and not self.options.ignore_ops:
            name = arg.functor.name
            if arg.functor.arity == 2:
                op = self.operators.infix_op(name)
                if op is not None:
                    return op.priority > max_priority
            if arg.functor.arity == 1:
                op = self.operators.prefix_op(name)
                if op is None:
                    op = self.operators.postfix_op(name)
                if op is not None:
                    return op.priority > max_priority
        return False

    def write_list(self, term):
        self.emit("[")
        self.write(term.args[0], 999)
        tail = term.args[1].deref()
        while True:
            if isinstance(tail, Struct) and tail.functor is terms.DOT:
                self.emit_raw(",")
                self.write(tail.args[0], 999)
                tail = tail.args[1].deref()
            elif tail is terms.NIL:
                break
            else:
                self.emit_raw("|")
                self.write(tail, 999)
                break
        self.emit_raw("]")


def starts_with_digit(term, operators):
    """Whether a term is written starting with a digit (its leftmost operand a number
    that is not negative): `- 1` and `- 2**2` keep the minus apart from it."""
    while True:
        term = term.deref()
        if isinstance(term, Int):
            return term.value >= 0
        if isinstance(term, Float):
            return term.value >= 0.0 or term.value != term.value
        if isinstance(term, BigInt):
            return term.value.sign >= 0
        if isinstance(term, Struct) and term.functor.arity == 2 and \
                operators.infix_op(term.functor.name) is not None:
            term = term.args[0]
            continue
        if isinstance(term, Struct) and term.functor.arity == 1 and \
                operators.postfix_op(term.functor.name) is not None:
            term = term.args[0]
            continue
        return False


def is_number(term):
    return isinstance(term, Int) or isinstance(term, Float) or isinstance(term, BigInt)


def is_alnum(ch):
    return ("a" <= ch <= "z") or ("A" <= ch <= "Z") or ("0" <= ch <= "9") or ch == "_" \
        or ord(ch) >= 128


def needs_space(last, first):
    if last in SYMBOL_CHARS and first in SYMBOL_CHARS:
        return True
    if is_alnum(last) and is_alnum(first):
        return True
    if last == "," and first == "(":
        return False
    return False


def atom_needs_quotes(name):
    if name == "":
        return True
    if name == "[]" or name == "!" or name == ";" or name == "{}":
        return False
    if name == ".":
        return True
    first = name[0]
    if "a" <= first <= "z" or ord(first) >= 128 and is_lower_utf8(name):
        for ch in name:
            if not is_alnum(ch):
                return True
        return False
    for ch in name:
        if ch not in SYMBOL_CHARS:
            return True
    return False


def is_lower_utf8(name):
    """Whether a name starting with a non-ASCII letter reads as an atom (lower case)."""
    codes = decode_utf8(name)
    if not codes:
        return False
    code = codes[0]
    return not (0xC0 <= code <= 0xDE or 0x391 <= code <= 0x3A9 or 0x410 <= code <= 0x42F)


def quote_atom(name):
    if atom_needs_quotes(name):
        return quote_text(name, "'")
    return name


def quote_text(text, quote):
    pieces = [quote]
    for ch in text:
        if ch == quote:
            pieces.append("\\" + quote)
        elif ch == "\\":
            pieces.append("\\\\")
        elif ch == "\n":
            pieces.append("\\n")
        elif ch == "\t":
            pieces.append("\\t")
        elif ch == "\r":
            pieces.append("\\r")
        elif ch == "\x07":
            pieces.append("\\a")
        elif ch == "\x08":
            pieces.append("\\b")
        elif ch == "\x0c":
            pieces.append("\\f")
        elif ch == "\x0b":
            pieces.append("\\v")
        elif ch == "\x00":
            pieces.append("\\000\\")
        elif ord(ch) < 32 or ord(ch) == 127:
            pieces.append("\\" + octal(ord(ch)) + "\\")
        else:
            pieces.append(ch)
    pieces.append(quote)
    return "".join(pieces)


def octal(n):
    digits = []
    while True:
        digits.append(chr(ord("0") + n % 8))
        n //= 8
        if n == 0:
            break
    digits.reverse()
    return "".join(digits)


def format_float(value):
    """SWI-Prolog's float text: the shortest digits that read back, always with a dot,
    in exponent form from 1e15 and below 1e-4 (1.0e15, 1.0e-5, 1.5NaN, 1.0Inf)."""
    if math.isnan(value):
        return "1.5NaN"
    if math.isinf(value):
        return "1.0Inf" if value > 0 else "-1.0Inf"
    text = formatd(value, 'r', 0)
    negative = text.startswith("-")
    if negative:
        text = text[1:]
    mantissa = text
    exponent = 0
    e = text.find("e")
    if e >= 0:
        assert e >= 0
        mantissa = text[:e]
        exponent = int_of(text[e + 1:])
    point = mantissa.find(".")
    if point >= 0:
        assert point >= 0
        digits = mantissa[:point] + mantissa[point + 1:]
        exponent += point - 1
    else:
        digits = mantissa
        exponent += len(mantissa) - 1
    # strip leading zeros (0.001 -> digits 0001)
    k = 0
    while k < len(digits) - 1 and digits[k] == "0":
        k += 1
        exponent -= 1
    assert k >= 0
    digits = digits[k:]
    end = len(digits)
    while end > 1 and digits[end - 1] == "0":
        end -= 1
    assert end >= 0
    digits = digits[:end]
    if -4 <= exponent < 15:
        if exponent >= 0:
            if len(digits) <= exponent + 1:
                result = digits + "0" * (exponent + 1 - len(digits)) + ".0"
            else:
                split = exponent + 1
                assert split >= 0
                result = digits[:split] + "." + digits[split:]
        else:
            result = "0." + "0" * (-exponent - 1) + digits
    else:
        rest = digits[1:] if len(digits) > 1 else "0"
        sign = "+" if exponent >= 0 else "-"
        result = digits[0] + "." + rest + "e" + sign + str(abs(exponent))
    if negative:
        return "-" + result
    return result


def int_of(text):
    negative = text.startswith("-")
    if text.startswith("-") or text.startswith("+"):
        text = text[1:]
    value = 0
    for ch in text:
        value = value * 10 + (ord(ch) - ord("0"))
    return -value if negative else value


def canonical_names(term):
    """write_canonical's variable names: letters for variables seen more than once, in
    order of appearance; the others are written `_`."""
    counts = {}
    order = []
    stack = [term]
    while stack:
        t = stack.pop().deref()
        if isinstance(t, Var):
            if t in counts:
                counts[t] += 1
            else:
                counts[t] = 1
                order.append(t)
        elif isinstance(t, Struct):
            for k in range(len(t.args) - 1, -1, -1):
                stack.append(t.args[k])
    names = {}
    for var in order:
        if counts[var] > 1:
            n = len(names)
            letter = chr(ord("A") + n % 26)
            names[var] = letter if n < 26 else letter + str(n // 26)
    return names


def canonical_text(operators, term):
    options = Options(True, True, False)
    options.variable_names = canonical_names(term)
    writer = Writer(operators, options)
    writer.write(term, 1200)
    return writer.text()


def term_to_text(operators, term, quoted=False, ignore_ops=False, numbervars=True):
    writer = Writer(operators, Options(quoted, ignore_ops, numbervars))
    writer.write(term, 1200)
    return writer.text()
