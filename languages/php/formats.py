"""Values as text the way php's var_export, json_encode and sprintf write them."""
import math

from framework.bytebuffer import ByteBuffer
from framework.floatformat import format_printf
from languages.php.arrays import W_Array
from languages.php.numbers import format_float, repr_float, escape_quotes
from languages.php.objects import (W_Null, W_Bool, W_Int, W_Float, W_String, W_Reference,
                                   W_Object)

JSON_HEX_TAG = 1
JSON_HEX_AMP = 2
JSON_HEX_APOS = 4
JSON_HEX_QUOT = 8
JSON_FORCE_OBJECT = 16
JSON_NUMERIC_CHECK = 32
JSON_UNESCAPED_SLASHES = 64
JSON_PRETTY_PRINT = 128
JSON_UNESCAPED_UNICODE = 256
JSON_PARTIAL_OUTPUT_ON_ERROR = 512
JSON_PRESERVE_ZERO_FRACTION = 1024
JSON_THROW_ON_ERROR = 4194304


# -- var_export -------------------------------------------------------------------------------

def var_export(space, buf, w_value, indent):
    pad = " " * indent
    if isinstance(w_value, W_Reference):
        w_value = w_value.w_value
    if isinstance(w_value, W_Null):
        buf.append("NULL")
    elif isinstance(w_value, W_Bool):
        buf.append("true" if w_value.boolval else "false")
    elif isinstance(w_value, W_Int):
        buf.append(str(w_value.intval))
    elif isinstance(w_value, W_Float):
        buf.append(repr_float(w_value.floatval))
    elif isinstance(w_value, W_String):
        buf.append("'" + escape_quotes(w_value.strval) + "'")
    elif isinstance(w_value, W_Array):
        buf.append("array (\n")
        position = w_value.first_position()
        while position >= 0:
            w_key = w_value.key_at(position)
            buf.append(pad + "  ")
            if isinstance(w_key, W_Int):
                buf.append(str(w_key.intval))
            else:
                assert isinstance(w_key, W_String)
                buf.append("'" + escape_quotes(w_key.strval) + "'")
            buf.append(" => ")
            w_item = w_value.value_at(position).deref()
            if isinstance(w_item, W_Array) or isinstance(w_item, W_Object):
                buf.append("\n" + pad + "  ")
            var_export(space, buf, w_item, indent + 2)
            buf.append(",\n")
            position = w_value.next_position(position)
        buf.append(pad + ")")
    elif isinstance(w_value, W_Object):
        w_class = w_value.getclass()
        if w_class.kind == "enum":
            buf.append("\\" + w_class.name + "::" + space.str(w_value.read_attr("name")))
            return
        if w_class.name == "stdClass":
            buf.append("(object) array(\n")
        else:
            buf.append("\\" + w_class.name + "::__set_state(array(\n")
        for name in w_value.attr_names():
            w_item = w_value.read_attr(name)
            if w_item is None:
                continue
            w_item = w_item.deref()
            buf.append(pad + "   '" + escape_quotes(name) + "' => ")
            if isinstance(w_item, W_Array) or isinstance(w_item, W_Object):
                buf.append("\n" + pad + "  ")
            var_export(space, buf, w_item, indent + 2)
            buf.append(",\n")
        buf.append(pad + ("))" if w_class.name != "stdClass" else ")"))


# -- json ---------------------------------------------------------------------------------------

class JsonError(Exception):
    def __init__(self, code, message):
        self.code = code
        self.message = message


def json_encode(space, buf, w_value, flags, depth):
    if isinstance(w_value, W_Reference):
        w_value = w_value.w_value
    if isinstance(w_value, W_Null):
        buf.append("null")
    elif isinstance(w_value, W_Bool):
        buf.append("true" if w_value.boolval else "false")
    elif isinstance(w_value, W_Int):
        buf.append(str(w_value.intval))
    elif isinstance(w_value, W_Float):
        f = w_value.floatval
        if math.isnan(f) or math.isinf(f):
            raise JsonError(7, "Inf and NaN cannot be JSON encoded")
        text = format_float(f, 17).replace("E", "e")
        if flags & JSON_PRESERVE_ZERO_FRACTION and "." not in text and "e" not in text:
            text += ".0"
        buf.append(text)
    elif isinstance(w_value, W_String):
        s = w_value.strval
        if flags & JSON_NUMERIC_CHECK:
            from languages.php.numbers import scan_number, NUMERIC
            scan = scan_number(s)
            if scan.kind == NUMERIC:
                if scan.is_float:
                    json_encode(space, buf, W_Float(scan.floatval), flags, depth)
                else:
                    buf.append(str(scan.intval))
                return
        json_string(buf, s, flags)
    elif isinstance(w_value, W_Array):
        if w_value.is_list() and not (flags & JSON_FORCE_OBJECT):
            if w_value.length() == 0:
                buf.append("[]")
                return
            buf.append("[")
            first = True
            for w_item in w_value.values_w():
                if not first:
                    buf.append(",")
                first = False
                newline(buf, flags, depth + 1)
                json_encode(space, buf, w_item, flags, depth + 1)
            newline(buf, flags, depth)
            buf.append("]")
            return
        json_object(space, buf, w_value, flags, depth)
    elif isinstance(w_value, W_Object):
        w_class = w_value.getclass()
        w_serializable = space.find_class("JsonSerializable")
        if w_serializable is not None and w_class.is_subclass_of(w_serializable):
            w_data = space.call_function(w_class.find_method("jsonserialize"), [], w_value,
                                         w_class, None)
            json_encode(space, buf, w_data, flags, depth)
            return
        if w_class.kind == "enum":
            w_backing = w_value.read_attr("value")
            if w_backing is None:
                raise JsonError(11, "Non-backed enums have no default serialization")
            json_encode(space, buf, w_backing, flags, depth)
            return
        json_object(space, buf, space.object_to_array_visible(w_value), flags, depth)


def json_object(space, buf, w_array, flags, depth):
    if w_array.length() == 0:
        buf.append("{}")
        return
    buf.append("{")
    first = True
    position = w_array.first_position()
    while position >= 0:
        if not first:
            buf.append(",")
        first = False
        newline(buf, flags, depth + 1)
        json_string(buf, space.str(w_array.key_at(position)), flags)
        buf.append(": " if flags & JSON_PRETTY_PRINT else ":")
        json_encode(space, buf, w_array.value_at(position), flags, depth + 1)
        position = w_array.next_position(position)
    newline(buf, flags, depth)
    buf.append("}")


def newline(buf, flags, depth):
    if flags & JSON_PRETTY_PRINT:
        buf.append("\n" + "    " * depth)


def json_string(buf, s, flags):
    buf.append('"')
    i = 0
    n = len(s)
    while i < n:
        ch = s[i]
        c = ord(ch)
        if ch == '"':
            buf.append('\\u0022' if flags & JSON_HEX_QUOT else '\\"')
        elif ch == "\\":
            buf.append("\\\\")
        elif ch == "/":
            buf.append("/" if flags & JSON_UNESCAPED_SLASHES else "\\/")
        elif ch == "\n":
            buf.append("\\n")
        elif ch == "\r":
            buf.append("\\r")
        elif ch == "\t":
            buf.append("\\t")
        elif ch == "\x08":
            buf.append("\\b")
        elif ch == "\x0c":
            buf.append("\\f")
        elif ch == "<" and flags & JSON_HEX_TAG:
            buf.append("\\u003C")
        elif ch == ">" and flags & JSON_HEX_TAG:
            buf.append("\\u003E")
        elif ch == "&" and flags & JSON_HEX_AMP:
            buf.append("\\u0026")
        elif ch == "'" and flags & JSON_HEX_APOS:
            buf.append("\\u0027")
        elif c < 0x20:
            buf.append("\\u00" + "0123456789abcdef"[c >> 4] + "0123456789abcdef"[c & 15])
        elif c >= 0x80:
            code, size = decode_utf8(s, i)
            if code < 0:
                raise JsonError(5, "Malformed UTF-8 characters, possibly incorrectly encoded")
            if flags & JSON_UNESCAPED_UNICODE:
                buf.append(s[i:i + size])
            elif code >= 0x10000:
                code -= 0x10000
                buf.append(u_escape(0xd800 + (code >> 10)) + u_escape(0xdc00 + (code & 0x3ff)))
            else:
                buf.append(u_escape(code))
            i += size
            continue
        else:
            buf.append(ch)
        i += 1
    buf.append('"')


def u_escape(code):
    digits = "0123456789abcdef"
    return "\\u" + digits[(code >> 12) & 15] + digits[(code >> 8) & 15] + \
        digits[(code >> 4) & 15] + digits[code & 15]


def decode_utf8(s, i):
    """(code point, length) of the UTF-8 sequence at i, or (-1, 1) when invalid."""
    c = ord(s[i])
    if c < 0x80:
        return c, 1
    if 0xc2 <= c < 0xe0:
        size = 2
        code = c & 0x1f
    elif 0xe0 <= c < 0xf0:
        size = 3
        code = c & 0x0f
    elif 0xf0 <= c < 0xf5:
        size = 4
        code = c & 0x07
    else:
        return -1, 1
    if i + size > len(s):
        return -1, 1
    for k in range(1, size):
        b = ord(s[i + k])
        if b & 0xc0 != 0x80:
            return -1, 1
        code = (code << 6) | (b & 0x3f)
    return code, size


# -- sprintf ------------------------------------------------------------------------------------

def sprintf(space, fmt, args_w):
    buf = ByteBuffer()
    i = 0
    n = len(fmt)
    next_arg = 0
    while i < n:
        ch = fmt[i]
        if ch != "%":
            buf.append_char(ch)
            i += 1
            continue
        i += 1
        if i < n and fmt[i] == "%":
            buf.append_char("%")
            i += 1
            continue
        # argnum
        argnum = -1
        j = i
        while j < n and fmt[j].isdigit():
            j += 1
        if j < n and j > i and fmt[j] == "$":
            argnum = int(fmt[i:j]) - 1
            i = j + 1
        flags = ""
        pad_char = " "
        while i < n:
            c = fmt[i]
            if c == "-" or c == "+" or c == " " or c == "0":
                if c == "0":
                    pad_char = "0"
                elif c == " ":
                    pad_char = " "
                flags += c
                i += 1
            elif c == "'" and i + 1 < n:
                pad_char = fmt[i + 1]
                i += 2
            else:
                break
        width = 0
        while i < n and fmt[i].isdigit():
            width = width * 10 + ord(fmt[i]) - ord("0")
            i += 1
        precision = -1
        if i < n and fmt[i] == ".":
            i += 1
            precision = 0
            while i < n and fmt[i].isdigit():
                precision = precision * 10 + ord(fmt[i]) - ord("0")
                i += 1
        if i >= n:
            raise space.error("ValueError", "Missing format specifier at end of string")
        conv = fmt[i]
        i += 1
        if argnum < 0:
            argnum = next_arg
            next_arg += 1
        if argnum >= len(args_w):
            raise space.error("ArgumentCountError", "%d arguments are required, %d given"
                              % (argnum + 2, len(args_w) + 1))
        w_arg = args_w[argnum].deref()
        left = "-" in flags
        if conv == "d" or conv == "i":
            value = space.to_int(w_arg)
            text = str(value)
            if value >= 0 and "+" in flags:
                text = "+" + text
            buf.append(pad(text, width, pad_char, left, True))
        elif conv == "u":
            value = space.to_int(w_arg)
            if value < 0:
                from rpython.rlib.rarithmetic import r_uint
                text = str(r_uint(value))
            else:
                text = str(value)
            buf.append(pad(text, width, pad_char, left, True))
        elif conv == "s":
            text = space.str(w_arg)
            if 0 <= precision < len(text):
                cut = max(precision, 0)
                text = text[:cut]
            buf.append(pad(text, width, pad_char, left, False))
        elif conv == "f" or conv == "F" or conv == "e" or conv == "E" or conv == "g" or \
                conv == "G":
            value = space.to_float(w_arg)
            if precision < 0:
                precision = 6
            if math.isinf(value) or math.isnan(value):
                text = "-INF" if value < 0 else ("INF" if math.isinf(value) else "NAN")
            else:
                spec = conv.lower() if conv != "F" else "f"
                text = format_printf(value, spec, "", -1, precision)
                if conv == "e" or conv == "E":
                    text = php_exponent(text, conv == "E")
                if conv == "G":
                    text = text.upper()
            if value >= 0 and "+" in flags:
                text = "+" + text
            buf.append(pad(text, width, pad_char, left, True))
        elif conv == "x":
            buf.append(pad(to_base(space.to_int(w_arg), 16, False), width, pad_char, left,
                           False))
        elif conv == "X":
            buf.append(pad(to_base(space.to_int(w_arg), 16, True), width, pad_char, left,
                           False))
        elif conv == "o":
            buf.append(pad(to_base(space.to_int(w_arg), 8, False), width, pad_char, left,
                           False))
        elif conv == "b":
            buf.append(pad(to_base(space.to_int(w_arg), 2, False), width, pad_char, left,
                           False))
        elif conv == "c":
            buf.append_char(chr(space.to_int(w_arg) & 0xff))
        else:
            raise space.error("ValueError", 'Unknown format specifier "%s"' % conv)
    return buf.build()


def php_exponent(text, upper):
    """C's 1.5e+01 as php writes it: 1.5e+1."""
    e = text.find("e")
    if e < 0:
        return text
    assert e >= 0
    mantissa = text[:e]
    sign = text[e + 1]
    digits = text[e + 2:]
    while len(digits) > 1 and digits[0] == "0":
        digits = digits[1:]
    return mantissa + ("E" if upper else "e") + sign + digits


def pad(text, width, pad_char, left, numeric):
    if len(text) >= width:
        return text
    fill = width - len(text)
    if left:
        if pad_char == "0":
            return text + "0" * fill if not numeric else text + " " * fill
        return text + pad_char * fill
    if pad_char == "0" and numeric and text and (text[0] == "-" or text[0] == "+"):
        return text[0] + "0" * fill + text[1:]
    return pad_char * fill + text


def to_base(value, base, upper):
    from rpython.rlib.rarithmetic import intmask
    from rpython.rlib.rarithmetic import r_uint
    digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ" if upper else \
        "0123456789abcdefghijklmnopqrstuvwxyz"
    u = r_uint(value)
    if u == 0:
        return "0"
    out = []
    b = r_uint(base)
    while u > 0:
        out.append(digits[intmask(u % b)])
        u = u // b
    out.reverse()
    return "".join(out)
