"""Text formatting: `%` on strings, str.format, format() specs, round() and ascii().

The format-spec mini-language ([[fill]align][sign][#][0][width][,_][.precision][type]) is
parsed once here and applied to ints, floats and strings; user types reach it through
`__format__`.
"""
import math

from rpython.rlib.rfloat import isfinite, round_double
from rpython.rlib.rstring import StringBuilder

from framework.floatformat import repr_float, format_magnitude, is_negative
from languages.python.error import OperationError
from languages.python.objects import intobject
from languages.python.objects.intobject import W_AbstractIntObject
from languages.python.objects.floatobject import W_FloatObject
from languages.python.objects.strobject import W_StrObject, encode_text
from languages.python.objects.tupleobject import W_TupleObject
from languages.python.objects.dictobject import W_DictObject
from languages.python.objects.boolobject import W_BoolObject


class Spec(object):
    def __init__(self):
        self.fill = " "
        self.align = ""
        self.sign = ""
        self.alternate = False
        self.zero = False
        self.width = -1
        self.grouping = ""
        self.precision = -1
        self.type = ""
        self.position = 0            # of the conversion character (% errors name it)
        self.fill_given = False


def parse_count(space, text, start, end):
    """A width or precision: decimal digits text[start:end] (bounded, as CPython's)."""
    if end - start > 18:
        raise space.error(space.w_ValueError, "Too many decimal digits in format string")
    value = 0
    for k in range(start, end):
        value = value * 10 + (ord(text[k]) - 48)
    return value


def parse_spec(space, text):
    spec = Spec()
    i = 0
    n = len(text)
    if n >= 2 and text[1] in "<>=^":
        spec.fill = text[0]
        spec.fill_given = True
        spec.align = text[1]
        i = 2
    elif n >= 1 and text[0] in "<>=^":
        spec.align = text[0]
        i = 1
    if i < n and text[i] in "+- ":
        spec.sign = text[i]
        i += 1
    if i < n and text[i] == "#":
        spec.alternate = True
        i += 1
    if i < n and text[i] == "0":
        spec.zero = True
        i += 1
    start = i
    while i < n and text[i].isdigit():
        i += 1
    if i > start:
        spec.width = parse_count(space, text, start, i)
    if i < n and (text[i] == "," or text[i] == "_"):
        spec.grouping = text[i]
        i += 1
    if i < n and text[i] == ".":
        i += 1
        start = i
        while i < n and text[i].isdigit():
            i += 1
        if i == start:
            raise space.error(space.w_ValueError, "Format specifier missing precision")
        spec.precision = parse_count(space, text, start, i)
    if i < n:
        spec.type = text[i]
        i += 1
    if i < n:
        raise space.error(space.w_ValueError, "Invalid format specifier '%s'" % text)
    return spec


def group_digits(digits, separator, every):
    if not separator:
        return digits
    pieces = []
    end = len(digits)
    while end > every:
        start = end - every
        assert start >= 0
        pieces.append(digits[start:end])
        end = start
    pieces.append(digits[:end])
    pieces.reverse()
    return separator.join(pieces)


def pad(text, spec, default_align, sign_prefix):
    """Apply width/fill/align; `sign_prefix` stays left of '=' padding."""
    width = spec.width
    fill = spec.fill
    align = spec.align or default_align
    if spec.zero:
        if not spec.fill_given:
            fill = "0"
        if not spec.align and default_align == ">":
            align = "="
    length = len(text) + len(sign_prefix)
    if width <= length:
        return sign_prefix + text
    missing = width - length
    if align == "<":
        return sign_prefix + text + fill * missing
    if align == ">":
        return fill * missing + sign_prefix + text
    if align == "^":
        left = missing // 2
        return fill * left + sign_prefix + text + fill * (missing - left)
    return sign_prefix + fill * missing + text


def sign_of(negative, spec):
    if negative:
        return "-"
    if spec.sign == "+":
        return "+"
    if spec.sign == " ":
        return " "
    return ""


def format_int(space, w_int, spec):
    big = intobject.to_bigint(w_int)
    negative = big.sign < 0
    if negative:
        big = big.neg()
    kind = spec.type or "d"
    prefix = ""
    if kind == "d" or kind == "n":
        from languages.python.intdigits import refuse_long_decimal
        refuse_long_decimal(space, big)
        digits = group_digits(big.str(), spec.grouping, 3)
    elif kind == "x" or kind == "X":
        digits = group_digits(big.format("0123456789abcdef"), spec.grouping, 4)
        prefix = "0x"
        if kind == "X":
            digits = digits.upper()
            prefix = "0X"
    elif kind == "o":
        digits = group_digits(big.format("01234567"), spec.grouping, 4)
        prefix = "0o"
    elif kind == "b":
        digits = group_digits(big.format("01"), spec.grouping, 4)
        prefix = "0b"
    elif kind == "c":
        from languages.python.objects.strobject import encode
        if negative or big.int_gt(0x10ffff):
            raise space.error(space.w_OverflowError, "%c arg not in range(0x110000)")
        return pad(encode(unichr(big.toint())), spec, "<", "")
    elif kind in "eEfFgG%":
        return format_float(space, big.tofloat() * (-1.0 if negative else 1.0), spec)
    else:
        raise space.error(space.w_ValueError, "Unknown format code '%s' for object of type "
                          "'int'" % kind)
    if not spec.alternate:
        prefix = ""
    return pad(digits, spec, ">", sign_of(negative, spec) + prefix)


def format_float(space, value, spec):
    kind = spec.type
    precision = spec.precision
    negative = is_negative(value)
    if kind == "" or kind == "n":
        if not isfinite(value):
            body = format_magnitude(value, "g", 0)
        elif kind == "":
            body = repr_float(-value if negative else value, precision)
        else:
            body = format_magnitude(value, "g", 6 if precision < 0 else precision,
                                    spec.alternate)
    elif kind == "%":
        body = format_magnitude(value * 100.0, "f", 6 if precision < 0 else precision,
                                spec.alternate) + "%"
    elif kind in "eEfFgG":
        body = format_magnitude(value, kind, 6 if precision < 0 else precision,
                                spec.alternate)
    else:
        raise space.error(space.w_ValueError, "Unknown format code '%s' for object of type "
                          "'float'" % kind)
    if spec.grouping and isfinite(value):
        dot = body.find(".")
        if dot < 0:
            dot = body.find("e")
        if dot < 0:
            dot = len(body)
        assert dot >= 0
        body = group_digits(body[:dot], spec.grouping, 3) + body[dot:]
    return pad(body, spec, ">", sign_of(negative, spec))


def check_str_spec(space, spec):
    """format(str, spec) refuses what only numbers use, with CPython's messages."""
    if spec.grouping and (not spec.type or spec.type == "s"):
        raise space.error(space.w_ValueError, "Cannot specify '%s' with 's'." % spec.grouping)
    if spec.type and spec.type != "s":
        raise space.error(space.w_ValueError, "Unknown format code '%s' for object of type "
                          "'str'" % spec.type)
    if spec.sign:
        raise space.error(space.w_ValueError, "Sign not allowed in string format specifier")
    if spec.alternate:
        raise space.error(space.w_ValueError, "Alternate form (#) not allowed in string "
                          "format specifier")
    if spec.align == "=":
        raise space.error(space.w_ValueError, "'=' alignment not allowed in string format "
                          "specifier")
    return spec


def format_str(space, text, length, spec):
    if spec.precision >= 0 and length > spec.precision:
        from languages.python.objects.strobject import decode, encode
        precision = spec.precision
        assert precision >= 0
        text = encode(decode(text)[:precision])
        length = precision
    if spec.width > length:
        missing = spec.width - length
        fake = Spec()
        fake.fill = spec.fill
        if spec.zero and not spec.fill_given:
            fake.fill = "0"
        fake.align = spec.align or "<"
        fake.width = len(text) + missing
        return pad(text, fake, "<", "")
    return text


def format_value(space, w_obj, spec_text):
    """format(w_obj, spec): built-in types directly, others through __format__."""
    if isinstance(w_obj, W_BoolObject) and not spec_text:
        return space.str(w_obj)
    if isinstance(w_obj, W_AbstractIntObject) and not isinstance(w_obj, W_BoolObject):
        return space.newstr(format_int(space, w_obj, parse_spec(space, spec_text)))
    if isinstance(w_obj, W_FloatObject):
        return space.newstr(format_float(space, w_obj.floatval, parse_spec(space, spec_text)))
    if isinstance(w_obj, W_StrObject):
        spec = check_str_spec(space, parse_spec(space, spec_text))
        return space.newstr(format_str(space, w_obj.utf8, w_obj.length, spec))
    if isinstance(w_obj, W_BoolObject):
        return space.newstr(format_int(space, w_obj, parse_spec(space, spec_text)))
    w_method = space.lookup(w_obj, "__format__")
    if w_method is not None and not (spec_text and space.is_builtin_object_format(w_method)):
        w_result = space.call_function(w_method, [w_obj, space.newstr(spec_text)])
        if not isinstance(w_result, W_StrObject):
            raise space.type_error("__format__ must return a str, not %s"
                                   % space.type(w_result).name)
        return w_result
    if spec_text:
        raise space.type_error("unsupported format string passed to %s.__format__"
                               % space.type(w_obj).name)
    return space.str(w_obj)


# -- printf-style ------------------------------------------------------------------------

def percent_format(space, w_format, w_values, as_bytes=False):
    """`%`-formatting.  With `as_bytes` the format is bytes seen as latin-1 text, and the
    conversions follow bytes' rules (%s takes bytes, %r is ascii(), mapping keys are bytes)."""
    from languages.python.objects.bytesobject import is_bytes_like
    text = space.str_w(w_format)
    if isinstance(w_values, W_TupleObject):
        values_w = w_values.items_w
        w_mapping = None
    else:
        values_w = [w_values]
        w_mapping = w_values if (isinstance(w_values, W_DictObject) or
                                 (space.lookup(w_values, "__getitem__") is not None and
                                  not isinstance(w_values, W_StrObject) and
                                  not (as_bytes and is_bytes_like(w_values)))) else None
    builder = StringBuilder(len(text) + 16)
    index = 0
    i = 0
    n = len(text)
    used_mapping = False
    while i < n:
        ch = text[i]
        if ch != "%":
            builder.append(ch)
            i += 1
            continue
        i += 1
        if i >= n:
            raise space.error(space.w_ValueError, "incomplete format")
        w_arg = None
        if text[i] == "(":
            close = text.find(")", i)
            if close <= 0:
                raise space.error(space.w_ValueError, "incomplete format key")
            if w_mapping is None:
                raise space.type_error("format requires a mapping")
            w_key = space.newstr(text[i + 1:close])
            if as_bytes:
                w_key = space.newbytes(encode_text(space, w_key, "latin-1", "strict"))
            w_arg = space.getitem(w_mapping, w_key)
            used_mapping = True
            i = close + 1
        spec = Spec()
        while i < n and text[i] in "-+ #0":
            flag = text[i]
            if flag == "-":
                spec.align = "<"
            elif flag == "+" or flag == " ":
                if spec.sign != "+":
                    spec.sign = flag
            elif flag == "#":
                spec.alternate = True
            else:
                spec.zero = True
            i += 1
        if i < n and text[i] == "*":
            if index >= len(values_w):
                raise space.type_error("not enough arguments for format string")
            spec.width = space.int_w(values_w[index])
            if spec.width < 0:
                spec.align = "<"
                spec.width = -spec.width
            index += 1
            i += 1
        else:
            start = i
            while i < n and text[i].isdigit():
                i += 1
            if i > start:
                spec.width = parse_count(space, text, start, i)
        if i < n and text[i] == ".":
            i += 1
            if i < n and text[i] == "*":
                if index >= len(values_w):
                    raise space.type_error("not enough arguments for format string")
                spec.precision = max(0, space.int_w(values_w[index]))
                index += 1
                i += 1
            else:
                start = i
                while i < n and text[i].isdigit():
                    i += 1
                spec.precision = int(text[start:i]) if i > start else 0
        if i >= n:
            raise space.error(space.w_ValueError, "incomplete format")
        conversion = text[i]
        i += 1
        if conversion == "%":
            builder.append("%")
            continue
        if w_arg is None:
            if index >= len(values_w) or used_mapping:
                raise space.type_error("not enough arguments for format string")
            w_arg = values_w[index]
            index += 1
        if spec.align == "<":
            spec.zero = False
        spec.position = i - 1
        if as_bytes:
            builder.append(percent_one_bytes(space, conversion, w_arg, spec))
        else:
            builder.append(percent_one(space, conversion, w_arg, spec))
    if index < len(values_w) and not used_mapping and w_mapping is None:
        raise space.type_error("not all arguments converted during %s formatting"
                               % ("bytes" if as_bytes else "string"))
    return space.newstr(builder.build())


def percent_one(space, conversion, w_arg, spec):
    if conversion == "s" or conversion == "r" or conversion == "a":
        if conversion == "s":
            w_text = space.str(w_arg)
        else:
            w_text = space.repr(w_arg)
        assert isinstance(w_text, W_StrObject)
        text = w_text.utf8
        if conversion == "a":
            text = ascii_text(text)
        spec.zero = False
        if not spec.align:
            spec.align = ">"             # %5s pads on the left
        return format_str(space, text, w_text.length, spec)
    if conversion in "diu":
        w_int = percent_number(space, w_arg, True)
        spec.precision = -1
        return format_int(space, w_int, spec)
    if conversion in "xXo":
        w_int = percent_integer(space, w_arg, conversion)
        spec.type = conversion
        return format_int(space, w_int, spec)
    if conversion in "eEfFgG":
        spec.type = conversion
        if isinstance(w_arg, W_FloatObject):
            value = w_arg.floatval
        else:
            value = space.float_w(percent_number(space, w_arg, False))
        if spec.precision < 0:
            spec.precision = 6
        return format_float(space, value, spec)
    if conversion == "c":
        if isinstance(w_arg, W_StrObject) and w_arg.length == 1:
            return format_str(space, w_arg.utf8, 1, percent_char_spec(spec))
        if not isinstance(w_arg, W_AbstractIntObject):
            raise space.type_error("%c requires int or char")
        spec.type = "c"
        return format_int(space, w_arg, percent_char_spec(spec))
    raise space.error(space.w_ValueError, "unsupported format character '%s' (0x%x) at "
                      "index %d" % (conversion, ord(conversion), spec.position))


def percent_one_bytes(space, conversion, w_arg, spec):
    """One conversion of bytes % values, as latin-1 text; numbers format as for str."""
    from languages.python.objects.bytesobject import (is_bytes_like, byte_data,
                                                      decode_data)
    if conversion == "s" or conversion == "b":
        if is_bytes_like(w_arg):
            data = byte_data(space, w_arg)
        elif space.lookup(w_arg, "__bytes__") is not None:
            data = byte_data(space, space.call_method(w_arg, "__bytes__", []))
        else:
            raise space.type_error("%%b requires a bytes-like object, or an object that "
                                   "implements __bytes__, not '%s'" % space.type(w_arg).name)
        w_text = decode_data(space, data, "latin-1", "strict")
        assert isinstance(w_text, W_StrObject)
        return percent_one(space, "s", w_text, spec)
    if conversion == "r":
        return percent_one(space, "a", w_arg, spec)
    if conversion == "c":
        if is_bytes_like(w_arg) and len(byte_data(space, w_arg)) == 1:
            code = ord(byte_data(space, w_arg)[0])
        elif isinstance(w_arg, W_AbstractIntObject):
            code = space.int_w(w_arg)
            if code < 0 or code > 255:
                raise space.error(space.w_OverflowError, "%c arg not in range(256)")
        else:
            raise space.type_error("%c requires an integer in range(256) or a single byte")
        return percent_one(space, "c", space.newint(code), spec)
    return percent_one(space, conversion, w_arg, spec)


def percent_integer(space, w_arg, conversion):
    """%x %X %o take integers only (anything with __index__), not floats."""
    if isinstance(w_arg, W_AbstractIntObject):
        return w_arg
    w_index = space.lookup(w_arg, "__index__")
    if w_index is None:
        raise space.type_error("%%%s format: an integer is required, not %s"
                               % (conversion, space.type(w_arg).name))
    return space.call_function(w_index, [w_arg])


def percent_char_spec(spec):
    """%c pads like %s: on the left unless '-' was given, never with zeros."""
    spec.zero = False
    spec.precision = -1
    if not spec.align:
        spec.align = ">"
    return spec


def percent_number(space, w_arg, integral):
    if isinstance(w_arg, W_AbstractIntObject):
        return w_arg
    if isinstance(w_arg, W_FloatObject):
        if integral:
            return space.float_to_int(w_arg.floatval)
        return w_arg
    w_int = space.lookup(w_arg, "__int__") if integral else space.lookup(w_arg, "__float__")
    if w_int is None:
        raise space.type_error("%%d format: a real number is required, not %s"
                               % space.type(w_arg).name)
    return space.call_function(w_int, [w_arg])


# -- str.format --------------------------------------------------------------------------

class FormatArguments(object):
    """What str.format's fields refer to: positional arguments, then keywords or (for
    format_map) a mapping, plus the automatic-numbering counter (-1 once manual)."""

    def __init__(self, args_w, kwnames, kwvalues_w, w_mapping):
        self.args_w = args_w
        self.kwnames = kwnames
        self.kwvalues_w = kwvalues_w
        self.w_mapping = w_mapping
        self.next_index = 0

    def named(self, space, name):
        if self.w_mapping is not None:
            return space.getitem(self.w_mapping, space.newstr(name))
        if self.kwnames is not None:
            for i in range(len(self.kwnames)):
                if self.kwnames[i] == name:
                    return self.kwvalues_w[i]
        raise space.key_error(space.newstr(name))


def str_format(space, w_format, args_w, kwnames, kwvalues_w):
    return render_format(space, w_format, FormatArguments(args_w, kwnames, kwvalues_w, None))


def str_format_map(space, w_format, w_mapping):
    return render_format(space, w_format, FormatArguments([], None, None, w_mapping))


def render_format(space, w_format, arguments):
    text = space.str_w(w_format)
    builder = StringBuilder(len(text) + 16)
    render_template(space, text, arguments, builder, 2)
    return space.newstr(builder.build())


def render_template(space, text, arguments, builder, depth):
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch == "{":
            if i + 1 < n and text[i + 1] == "{":
                builder.append("{")
                i += 2
                continue
            close = find_field_end(space, text, i)
            field = text[i + 1:close]
            builder.append(render_field(space, field, arguments, depth))
            i = close + 1
        elif ch == "}":
            if i + 1 < n and text[i + 1] == "}":
                builder.append("}")
                i += 2
                continue
            raise space.error(space.w_ValueError, "Single '}' encountered in format string")
        else:
            builder.append(ch)
            i += 1


def find_field_end(space, text, start):
    if start + 1 >= len(text):
        raise space.error(space.w_ValueError, "Single '{' encountered in format string")
    level = 0
    i = start
    while i < len(text):
        if text[i] == "{":
            level += 1
        elif text[i] == "}":
            level -= 1
            if level == 0:
                return i
        i += 1
    raise space.error(space.w_ValueError, "expected '}' before end of string")


def render_field(space, field, arguments, depth):
    spec = ""
    conversion = ""
    colon = find_top_level(field, ":")
    if colon > 0 or colon == 0:
        assert colon >= 0
        spec = field[colon + 1:]
        field = field[:colon]
    bang = field.find("!")
    if bang >= 0:
        assert bang >= 0
        conversion = field[bang + 1:]
        field = field[:bang]
    w_value = resolve_field(space, field, arguments)
    if conversion == "r":
        w_value = space.repr(w_value)
    elif conversion == "s":
        w_value = space.str(w_value)
    elif conversion == "a":
        w_value = space.newstr(ascii_text(space.repr_w(w_value)))
    elif conversion:
        raise space.error(space.w_ValueError, "Unknown conversion specifier %s" % conversion)
    if "{" in spec and depth > 0:
        inner = StringBuilder(len(spec))
        render_template(space, spec, arguments, inner, depth - 1)
        spec = inner.build()
    return space.str_w(format_value(space, w_value, spec))


def find_top_level(field, char):
    bracket = 0
    for i in range(len(field)):
        c = field[i]
        if c == "[":
            bracket += 1
        elif c == "]":
            bracket -= 1
        elif c == char and bracket == 0:
            return i
    return -1


def resolve_field(space, field, arguments):
    end = 0
    while end < len(field) and field[end] != "." and field[end] != "[":
        end += 1
    head = field[:end]
    args_w = arguments.args_w
    if head == "":
        if arguments.next_index < 0:
            raise space.error(space.w_ValueError, "cannot switch from manual field "
                              "specification to automatic field numbering")
        index = arguments.next_index
        arguments.next_index += 1
        if index >= len(args_w):
            raise space.error(space.w_IndexError, "Replacement index %d out of range for "
                              "positional args tuple" % index)
        w_value = args_w[index]
    elif head.isdigit():
        index = int(head)
        if arguments.next_index > 0:
            raise space.error(space.w_ValueError, "cannot switch from automatic field "
                              "numbering to manual field specification")
        arguments.next_index = -1
        if index >= len(args_w):
            raise space.error(space.w_IndexError, "Replacement index %d out of range for "
                              "positional args tuple" % index)
        w_value = args_w[index]
    else:
        w_value = arguments.named(space, head)
    i = end
    while i < len(field):
        if field[i] == ".":
            j = i + 1
            while j < len(field) and field[j] != "." and field[j] != "[":
                j += 1
            w_value = space.getattr(w_value, field[i + 1:j])
            i = j
        else:
            close = field.find("]", i)
            if close <= 0:
                raise space.error(space.w_ValueError, "Missing ']' in format string")
            key = field[i + 1:close]
            if key.isdigit():
                w_value = space.getitem(w_value, space.newint(int(key)))
            else:
                w_value = space.getitem(w_value, space.newstr(key))
            i = close + 1
    return w_value


# -- misc --------------------------------------------------------------------------------

def ascii_text(text):
    """repr text with non-ASCII characters escaped (ascii())."""
    from languages.python.objects.strobject import decode
    builder = StringBuilder(len(text))
    for ch in decode(text):
        code = ord(ch)
        if code < 128:
            builder.append(chr(code))
        elif code < 256:
            builder.append("\\x" + hex_digits(code, 2))
        elif code < 0x10000:
            builder.append("\\u" + hex_digits(code, 4))
        else:
            builder.append("\\U" + hex_digits(code, 8))
    return builder.build()


def hex_digits(value, width):
    digits = ""
    for i in range(width):
        digits = "0123456789abcdef"[value & 15] + digits
        value >>= 4
    return digits


def round_float(space, value, w_ndigits):
    if w_ndigits is None:
        if not isfinite(value):
            if math.isnan(value):
                raise space.error(space.w_ValueError, "cannot convert float NaN to integer")
            raise space.error(space.w_OverflowError, "cannot convert float infinity to integer")
        rounded = round_double(value, 0, half_even=True)
        return space.float_to_int(rounded)
    ndigits = space.int_w(w_ndigits)
    if not isfinite(value) or value == 0.0:
        return space.newfloat(value)
    if ndigits > 323:
        return space.newfloat(value)
    if ndigits < -308:
        return space.newfloat(math.copysign(0.0, value))
    return space.newfloat(round_double(value, ndigits, half_even=True))
