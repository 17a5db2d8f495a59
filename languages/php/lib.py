"""The common standard library: strings, arrays, math, variables, functions and classes.

Each built-in is one decorated function in the shared FunctionTable (builtins.py); the
generated wrapper checks the argument count.  By-reference arguments (sort's array,
preg_match's matches) arrive as W_Reference (compiler.BYREF_BUILTINS).
"""
import math

from framework.bytebuffer import ByteBuffer
from languages.php import formats, regex
from languages.php.arrays import W_Array, new_list
from languages.php.builtins import functions
from languages.php.space import FunctionsVersion
from languages.php.functions import W_Callable, W_Closure, W_Function, W_Class
from languages.php.errors import PhpThrow
from languages.php.generators import W_Generator
from languages.php.kit import Sorter
from languages.php.strlib import byte_compare, natural_compare, cut, char_mask
from languages.php.numbers import format_float, scan_number, NUMERIC, MAXINT, MININT
from languages.php.objects import (W_Null, W_Bool, W_Int, W_Float, W_String, W_Reference,
                                   W_Object, w_null, w_true, w_false, newbool, newint)


def array_arg(space, w_value, fname, index, pname):
    if not isinstance(w_value, W_Array):
        label = "" if pname == "arrays" or pname == "values" else " ($%s)" % pname
        raise space.error("TypeError", "%s(): Argument #%d%s must be of type array, %s "
                          "given" % (fname, index, label, space.debug_type(w_value)))
    return w_value


def callback_arg(space, w_callback, fname, index, nullable):
    """php's check of a callable parameter, before any work is done."""
    if nullable and isinstance(w_callback, W_Null):
        return
    if space.truthy(is_callable(space, w_callback)):
        return
    what = "no array or string given"
    if isinstance(w_callback, W_String):
        what = 'function "%s" not found or invalid function name' % w_callback.strval
    elif isinstance(w_callback, W_Array):
        what = "array callback must have exactly two members" \
            if w_callback.length() != 2 else "class or method not found"
    raise space.error("TypeError", "%s(): Argument #%d ($callback) must be a valid callback%s"
                      ", %s" % (fname, index, " or null" if nullable else "", what))


def ref_array(space, w_ref, fname):
    """The array a by-reference argument holds, separated for writing."""
    if isinstance(w_ref, W_Reference):
        w_array = w_ref.w_value
        if not isinstance(w_array, W_Array):
            raise space.error("TypeError", "%s(): Argument #1 ($array) must be of type array, "
                              "%s given" % (fname, space.debug_type(w_array)))
        w_writable = w_array.writable()
        w_ref.w_value = w_writable
        return w_writable
    return array_arg(space, w_ref, fname, 1, "array")


def call(space, w_callback, args_w):
    return space.call_value(space.top_frame(), w_callback, args_w, None)


# -- json, export, printf -------------------------------------------------------------------

@functions.function("json_encode")
def json_encode(space, w_value, w_flags=None, w_depth=None):
    flags = space.to_int(w_flags) if w_flags is not None else 0
    buf = ByteBuffer()
    try:
        formats.json_encode(space, buf, w_value, flags, 0)
    except formats.JsonError as e:
        if flags & formats.JSON_THROW_ON_ERROR:
            from languages.php.jsonparse import json_exception
            raise json_exception(space, e.code, e.message)
        space.json_error = e.code
        space.json_message = e.message
        return w_false
    if not flags & formats.JSON_THROW_ON_ERROR:
        space.json_error = 0
        space.json_message = "No error"
    return W_String(buf.build())


@functions.function("json_last_error")
def json_last_error(space):
    return newint(space.json_error)


@functions.function("json_last_error_msg")
def json_last_error_msg(space):
    return W_String(space.json_message)


@functions.function("var_export")
def var_export(space, w_value, w_return=None):
    buf = ByteBuffer()
    formats.var_export(space, buf, w_value, 0)
    if w_return is not None and space.truthy(w_return):
        return W_String(buf.build())
    space.echo(buf.build())
    return w_null


@functions.function("sprintf")
def sprintf(space, w_format, args_w):
    return W_String(formats.sprintf(space, space.str(w_format), args_w))


@functions.function("vsprintf")
def vsprintf(space, w_format, w_args):
    assert isinstance(w_args, W_Array)
    return W_String(formats.sprintf(space, space.str(w_format), w_args.values_w()))


@functions.function("printf")
def printf(space, w_format, args_w):
    text = formats.sprintf(space, space.str(w_format), args_w)
    space.echo(text)
    return newint(len(text))


@functions.function("number_format")
def number_format(space, w_num, w_decimals=None, w_point=None, w_sep=None):
    value = space.to_float(w_num)
    decimals = space.to_int(w_decimals) if w_decimals is not None else 0
    point = space.str(w_point) if w_point is not None else "."
    sep = space.str(w_sep) if w_sep is not None else ","
    value = php_round(value, decimals)
    negative = value < 0
    text = formats.format_printf(abs(value), "f", "", -1, max(decimals, 0))
    dot = text.find(".")
    int_part = text
    frac = ""
    if dot >= 0:
        assert dot >= 0
        int_part = text[:dot]
        frac = text[dot + 1:]
    groups = []
    while len(int_part) > 3:
        cut = len(int_part) - 3
        assert cut >= 0
        groups.append(int_part[cut:])
        int_part = int_part[:cut]
    groups.append(int_part)
    groups.reverse()
    result = sep.join(groups)
    if decimals > 0:
        result += point + frac
    if negative and result.strip("0.,") != "":
        result = "-" + result
    return W_String(result)


# -- strings ---------------------------------------------------------------------------------------

@functions.function("str_repeat")
def str_repeat(space, w_s, w_times):
    times = space.to_int(w_times)
    if times < 0:
        raise space.error("ValueError", "str_repeat(): Argument #2 ($times) must be greater "
                          "than or equal to 0")
    return W_String(space.str(w_s) * times)


@functions.function("strtoupper")
def strtoupper(space, w_s):
    return W_String(space.str(w_s).upper())


@functions.function("strtolower")
def strtolower(space, w_s):
    return W_String(space.str(w_s).lower())


@functions.function("ucfirst")
def ucfirst(space, w_s):
    s = space.str(w_s)
    if not s:
        return W_String(s)
    return W_String(s[0].upper() + s[1:])


@functions.function("lcfirst")
def lcfirst(space, w_s):
    s = space.str(w_s)
    if not s:
        return W_String(s)
    return W_String(s[0].lower() + s[1:])


@functions.function("ucwords")
def ucwords(space, w_s, w_delims=None):
    s = space.str(w_s)
    delims = space.str(w_delims) if w_delims is not None else " \t\r\n\x0c\x0b"
    out = []
    upper_next = True
    for ch in s:
        out.append(ch.upper() if upper_next else ch)
        upper_next = ch in delims
    return W_String("".join(out))


def trim_chars(space, w_chars):
    if w_chars is None:
        return " \t\n\r\0\x0b"
    chars = space.str(w_chars)
    if ".." not in chars:
        return chars
    out = []
    i = 0
    while i < len(chars):
        if i + 3 < len(chars) + 0 and chars[i + 1:i + 3] == ".." and i + 3 < len(chars):
            for c in range(ord(chars[i]), ord(chars[i + 3]) + 1):
                out.append(chr(c))
            i += 4
        else:
            out.append(chars[i])
            i += 1
    return "".join(out)


def do_trim(s, chars, left, right):
    start = 0
    end = len(s)
    if left:
        while start < end and s[start] in chars:
            start += 1
    if right:
        while end > start and s[end - 1] in chars:
            end -= 1
    assert start >= 0 and end >= start
    return s[start:end]


@functions.function("trim")
def trim(space, w_s, w_chars=None):
    return W_String(do_trim(space.str(w_s), trim_chars(space, w_chars), True, True))


@functions.function("ltrim")
def ltrim(space, w_s, w_chars=None):
    return W_String(do_trim(space.str(w_s), trim_chars(space, w_chars), True, False))


@functions.function("rtrim")
def rtrim(space, w_s, w_chars=None):
    return W_String(do_trim(space.str(w_s), trim_chars(space, w_chars), False, True))


@functions.function("chop")
def chop(space, w_s, w_chars=None):
    return W_String(do_trim(space.str(w_s), trim_chars(space, w_chars), False, True))


@functions.function("str_pad")
def str_pad(space, w_s, w_length, w_pad=None, w_type=None):
    s = space.str(w_s)
    length = space.to_int(w_length)
    padding = space.str(w_pad) if w_pad is not None else " "
    kind = space.to_int(w_type) if w_type is not None else 1
    if padding == "":
        raise space.error("ValueError", "str_pad(): Argument #3 ($pad_string) must be a "
                          "non-empty string")
    missing = length - len(s)
    if missing <= 0:
        return W_String(s)
    if kind == 0:
        return W_String(repeat_to(padding, missing) + s)
    if kind == 2:
        left = missing // 2
        return W_String(repeat_to(padding, left) + s + repeat_to(padding, missing - left))
    return W_String(s + repeat_to(padding, missing))


def repeat_to(padding, count):
    text = padding * (count // len(padding) + 1)
    assert count >= 0
    return text[:count]


@functions.function("substr")
def substr(space, w_s, w_start, w_length=None):
    s = space.str(w_s)
    n = len(s)
    start = space.to_int(w_start)
    if start < 0:
        start = max(n + start, 0)
    if start > n:
        start = n
    end = n
    if w_length is not None and not isinstance(w_length, W_Null):
        length = space.to_int(w_length)
        if length < 0:
            end = max(n + length, start)
        else:
            end = min(start + length, n)
    assert start >= 0 and end >= start
    return W_String(s[start:end])


@functions.function("strpos")
def strpos(space, w_hay, w_needle, w_offset=None):
    hay = space.str(w_hay)
    offset = space.to_int(w_offset) if w_offset is not None else 0
    if offset < 0:
        offset += len(hay)
    if offset < 0 or offset > len(hay):
        raise space.error("ValueError", "strpos(): Argument #3 ($offset) must be contained "
                          "in argument #1 ($haystack)")
    i = hay.find(space.str(w_needle), offset)
    return w_false if i < 0 else newint(i)


@functions.function("stripos")
def stripos(space, w_hay, w_needle, w_offset=None):
    hay = space.str(w_hay).lower()
    offset = space.to_int(w_offset) if w_offset is not None else 0
    if offset < 0:
        offset += len(hay)
    i = hay.find(space.str(w_needle).lower(), max(offset, 0))
    return w_false if i < 0 else newint(i)


@functions.function("strrpos")
def strrpos(space, w_hay, w_needle, w_offset=None):
    return last_position(space, "strrpos", space.str(w_hay), space.str(w_needle), w_offset)


def last_position(space, fname, hay, needle, w_offset):
    """strrpos's window: a non-negative offset starts the search there, a negative one
    ends it so many bytes before the end (a match may overlap that end)."""
    start = 0
    end = len(hay)
    if w_offset is not None:
        offset = space.to_int(w_offset)
        if offset >= 0:
            if offset > len(hay):
                raise space.error("ValueError", "%s(): Argument #3 ($offset) must be "
                                  "contained in argument #1 ($haystack)" % fname)
            start = offset
        else:
            if -offset > len(hay):
                raise space.error("ValueError", "%s(): Argument #3 ($offset) must be "
                                  "contained in argument #1 ($haystack)" % fname)
            if -offset >= len(needle):
                end = len(hay) + offset + len(needle)
    assert start >= 0 and end >= 0
    i = hay.rfind(needle, start, end)
    return w_false if i < 0 else newint(i)


@functions.function("str_contains")
def str_contains(space, w_hay, w_needle):
    return newbool(space.str(w_hay).find(space.str(w_needle)) >= 0)


@functions.function("str_starts_with")
def str_starts_with(space, w_hay, w_needle):
    return newbool(space.str(w_hay).startswith(space.str(w_needle)))


@functions.function("str_ends_with")
def str_ends_with(space, w_hay, w_needle):
    return newbool(space.str(w_hay).endswith(space.str(w_needle)))


@functions.function("strrev")
def strrev(space, w_s):
    s = space.str(w_s)
    return W_String("".join([s[i] for i in range(len(s) - 1, -1, -1)]))


@functions.function("strcmp")
def strcmp(space, w_a, w_b):
    return newint(byte_compare(space.str(w_a), space.str(w_b)))


@functions.function("strcasecmp")
def strcasecmp(space, w_a, w_b):
    return newint(byte_compare(space.str(w_a).lower(), space.str(w_b).lower()))


@functions.function("str_replace")
def str_replace(space, w_search, w_replace, w_subject, w_count=None):
    return replace_entry(space, w_search, w_replace, w_subject, w_count, False)


def replace_entry(space, w_search, w_replace, w_subject, w_count, fold):
    count = [0]
    if isinstance(w_subject, W_Array):
        w_result = W_Array()
        position = w_subject.first_position()
        while position >= 0:
            w_item = w_subject.value_at(position).deref()
            if isinstance(w_item, W_Array):
                w_result.set(w_subject.key_at(position), space.stored(w_item))
            else:
                w_result.set(w_subject.key_at(position), W_String(
                    replace_all(space, w_search, w_replace, space.str(w_item), count, fold)))
            position = w_subject.next_position(position)
        result = w_result
    else:
        result = W_String(replace_all(space, w_search, w_replace, space.str(w_subject), count,
                                      fold))
    if isinstance(w_count, W_Reference):
        w_count.w_value = newint(count[0])
    return result


def replace_all(space, w_search, w_replace, subject, count, fold=False):
    if isinstance(w_search, W_Array):
        searches = [space.str(w) for w in w_search.values_w()]
        if isinstance(w_replace, W_Array):
            replaces = [space.str(w) for w in w_replace.values_w()]
        else:
            replaces = [space.str(w_replace)] * len(searches)
        for i in range(len(searches)):
            subject = replace_one(subject, searches[i],
                                  replaces[i] if i < len(replaces) else "", count, fold)
        return subject
    if isinstance(w_replace, W_Array):
        raise space.error("TypeError", "str_replace(): Argument #2 ($replace) must be of "
                          "type string when argument #1 ($search) is a string")
    return replace_one(subject, space.str(w_search), space.str(w_replace), count, fold)


def replace_one(subject, search, replacement, count, fold=False):
    if search == "":
        return subject
    haystack = subject.lower() if fold else subject
    if fold:
        search = search.lower()
    out = []
    i = 0
    while True:
        j = haystack.find(search, i)
        if j < 0:
            break
        out.append(subject[i:j])
        out.append(replacement)
        count[0] += 1
        i = j + len(search)
    out.append(subject[i:])
    return "".join(out)


@functions.function("explode")
def explode(space, w_sep, w_s, w_limit=None):
    sep = space.str(w_sep)
    s = space.str(w_s)
    if sep == "":
        raise space.error("ValueError", "explode(): Argument #1 ($separator) cannot be empty")
    limit = space.to_int(w_limit) if w_limit is not None else MAXINT
    if limit == 0:
        limit = 1
    parts = []
    i = 0
    while True:
        if limit > 0 and len(parts) == limit - 1:
            break
        j = s.find(sep, i)
        if j < 0:
            break
        parts.append(s[i:j])
        i = j + len(sep)
    parts.append(s[i:])
    if limit < 0:
        keep = len(parts) + limit
        parts = parts[:max(keep, 0)]
    return new_list([W_String(p) for p in parts])


@functions.function("str_split")
def str_split(space, w_s, w_size=None):
    s = space.str(w_s)
    size = space.to_int(w_size) if w_size is not None else 1
    if size < 1:
        raise space.error("ValueError", "str_split(): Argument #2 ($length) must be greater "
                          "than 0")
    if s == "":
        return W_Array()                  # php 8.2: no pieces at all
    return new_list([W_String(s[i:i + size]) for i in range(0, len(s), size)])


@functions.function("chr")
def chr_(space, w_code):
    return W_String(chr(space.to_int(w_code) % 256))


@functions.function("ord")
def ord_(space, w_s):
    s = space.str(w_s)
    return newint(ord(s[0]) if s else 0)


@functions.function("bin2hex")
def bin2hex(space, w_s):
    digits = "0123456789abcdef"
    return W_String("".join([digits[ord(c) >> 4] + digits[ord(c) & 15]
                             for c in space.str(w_s)]))


@functions.function("substr_count")
def substr_count(space, w_hay, w_needle, w_offset=None, w_length=None):
    hay = space.str(w_hay)
    needle = space.str(w_needle)
    if not needle:
        raise space.error("ValueError", "substr_count(): Argument #2 ($needle) cannot be "
                          "empty")
    start = space.to_int(w_offset) if w_offset is not None else 0
    if start < 0:
        start += len(hay)
    if start < 0 or start > len(hay):
        raise space.error("ValueError", "substr_count(): Argument #3 ($offset) must be "
                          "contained in argument #1 ($haystack)")
    end = len(hay)
    if w_length is not None:
        length = space.to_int(w_length)
        if length < 0:
            length += len(hay) - start
        if length < 0 or length > len(hay) - start:
            raise space.error("ValueError", "substr_count(): Argument #4 ($length) must be "
                              "contained in argument #1 ($haystack)")
        end = start + length
    assert start >= 0 and end >= 0
    count = 0
    i = hay.find(needle, start, end)
    while i >= 0:
        count += 1
        i += len(needle)
        assert i >= 0
        i = hay.find(needle, i, end)
    return newint(count)


@functions.function("strval")
def strval(space, w_value):
    return W_String(space.str(w_value))


@functions.function("intval")
def intval(space, w_value, w_base=None):
    base = space.to_int(w_base) if w_base is not None else 10
    if base != 10 and isinstance(w_value, W_String):
        s = space.str(w_value).strip(" \t\n").lower()
        negative = s.startswith("-")
        if negative or s.startswith("+"):
            s = s[1:]
        if base == 16 and s.startswith("0x") or base == 8 and s.startswith("0o") or \
                base == 2 and s.startswith("0b"):
            s = s[2:]
        if base == 0:
            base = 10
            if s.startswith("0x"):
                base, s = 16, s[2:]
            elif s.startswith("0b"):
                base, s = 2, s[2:]
            elif s.startswith("0"):
                base = 8
        value = 0
        for ch in s:
            d = "0123456789abcdefghijklmnopqrstuvwxyz".find(ch)
            if d < 0 or d >= base:
                break
            value = value * base + d
        return newint(-value if negative else value)
    return newint(space.to_int(w_value))


@functions.function("floatval")
def floatval(space, w_value):
    return W_Float(space.to_float(w_value))


@functions.function("boolval")
def boolval(space, w_value):
    return newbool(space.truthy(w_value))


# -- types -------------------------------------------------------------------------------------------

@functions.function("is_int")
def is_int(space, w_value):
    return newbool(isinstance(w_value, W_Int))


@functions.function("is_integer")
def is_integer(space, w_value):
    return newbool(isinstance(w_value, W_Int))


@functions.function("is_float")
def is_float(space, w_value):
    return newbool(isinstance(w_value, W_Float))


@functions.function("is_string")
def is_string(space, w_value):
    return newbool(isinstance(w_value, W_String))


@functions.function("is_bool")
def is_bool(space, w_value):
    return newbool(isinstance(w_value, W_Bool))


@functions.function("is_array")
def is_array(space, w_value):
    return newbool(isinstance(w_value, W_Array))


@functions.function("is_object")
def is_object(space, w_value):
    return newbool(isinstance(w_value, W_Object))


@functions.function("is_null")
def is_null(space, w_value):
    return newbool(isinstance(w_value, W_Null))


@functions.function("is_numeric")
def is_numeric(space, w_value):
    if isinstance(w_value, W_Int) or isinstance(w_value, W_Float):
        return w_true
    if isinstance(w_value, W_String):
        s = w_value.strval
        scan = scan_number(s)
        return newbool(scan.kind == NUMERIC and not (s and s[len(s) - 1] in " \t\n\r\x0b\x0c"
                                                     and False))
    return w_false


@functions.function("is_scalar")
def is_scalar(space, w_value):
    return newbool(isinstance(w_value, W_Int) or isinstance(w_value, W_Float) or
                   isinstance(w_value, W_String) or isinstance(w_value, W_Bool))


@functions.function("is_iterable")
def is_iterable(space, w_value):
    if isinstance(w_value, W_Array):
        return w_true
    w_traversable = space.find_class("Traversable")
    return newbool(isinstance(w_value, W_Object) and w_traversable is not None and
                   w_value.getclass().is_subclass_of(w_traversable))


@functions.function("is_countable")
def is_countable(space, w_value):
    if isinstance(w_value, W_Array):
        return w_true
    w_countable = space.find_class("Countable")
    return newbool(isinstance(w_value, W_Object) and w_countable is not None and
                   w_value.getclass().is_subclass_of(w_countable))


@functions.function("is_callable")
def is_callable(space, w_value, w_syntax=None, w_name=None):
    if isinstance(w_value, W_Closure):
        return w_true
    if isinstance(w_value, W_String):
        text = w_value.strval
        sep = text.find("::")
        if sep > 0:
            assert sep > 0
            return newbool(static_callable(space, space.find_class(text[:sep]),
                                           text[sep + 2:].lower()))
        return newbool(text.lower() in space.functions)
    if isinstance(w_value, W_Array) and w_value.length() == 2:
        w_target = w_value.get_int(0)
        w_name2 = w_value.get_int(1)
        if w_target is None or w_name2 is None:
            return w_false
        w_target = w_target.deref()
        name = space.str(w_name2.deref()).lower()
        if isinstance(w_target, W_Object):
            return newbool(w_target.getclass().find_method(name) is not None or
                           w_target.getclass().find_method("__call") is not None)
        if isinstance(w_target, W_String):
            return newbool(static_callable(space, space.find_class(w_target.strval), name))
        return w_false
    if isinstance(w_value, W_Object):
        return newbool(w_value.getclass().find_method("__invoke") is not None)
    return w_false


def static_callable(space, w_class, lower):
    """`Class::method` as a callable: a static method, or any name with __callStatic."""
    if w_class is None:
        return False
    w_method = w_class.find_method(lower)
    if w_method is None:
        return w_class.find_method("__callstatic") is not None
    if isinstance(w_method, W_Function):
        frame = space.top_frame()
        w_this = frame.w_this if frame is not None else None
        return w_method.is_static or (w_this is not None and
                                      w_this.getclass().is_subclass_of(w_class))
    return True


# -- math ------------------------------------------------------------------------------------------

def php_round(value, places):
    if math.isnan(value) or math.isinf(value):
        return value
    factor = math.pow(10.0, abs(places))
    if places >= 0:
        scaled = value * factor
    else:
        scaled = value / factor
    if abs(scaled) >= 1e15:
        return value                  # beyond a double's precision: php leaves it
    rounded = math.floor(abs(scaled) + 0.5)
    # pre-rounding: a value like 1.005 * 100 = 100.49999999999999 rounds as php does
    if abs(abs(scaled) - rounded) != 0.5 and abs(rounded - abs(scaled)) > 0.5:
        rounded = math.floor(abs(scaled))
    check = float(repr_15(abs(scaled)))
    rounded = math.floor(check + 0.5)
    if scaled < 0:
        rounded = -rounded
    if places >= 0:
        result = rounded / factor
    else:
        result = rounded * factor
    return result


def repr_15(value):
    return formats.format_printf(value, "g", "", -1, 15)


@functions.function("round")
def round_(space, w_value, w_places=None):
    places = space.to_int(w_places) if w_places is not None else 0
    w_num = space.number(w_value, "round", w_null, True)
    if isinstance(w_num, W_Int) and places >= 0:
        return W_Float(float(w_num.intval))
    return W_Float(php_round(space.to_float(w_num), places))


@functions.function("floor")
def floor(space, w_value):
    return W_Float(math.floor(space.to_float(w_value)))


@functions.function("ceil")
def ceil(space, w_value):
    return W_Float(math.ceil(space.to_float(w_value)))


@functions.function("abs")
def abs_(space, w_value):
    w_num = space.number(w_value, "abs", w_null, True)
    if isinstance(w_num, W_Int):
        if w_num.intval == MININT:
            return W_Float(-float(MININT))
        return newint(abs(w_num.intval))
    return W_Float(abs(space.to_float(w_num)))


@functions.function("sqrt")
def sqrt(space, w_value):
    v = space.to_float(w_value)
    if v < 0:
        return W_Float(formats_nan())
    return W_Float(math.sqrt(v))


def formats_nan():
    from languages.php.numbers import NAN
    return NAN


@functions.function("pow")
def pow_(space, w_base, w_exp):
    return space.pow(w_base, w_exp)


@functions.function("intdiv")
def intdiv(space, w_a, w_b):
    a = space.to_int(w_a)
    b = space.to_int(w_b)
    if b == 0:
        raise space.error("DivisionByZeroError", "Division by zero")
    if a == MININT and b == -1:
        raise space.error("ArithmeticError", "Division of PHP_INT_MIN by -1 is not an "
                          "integer")
    q = abs(a) // abs(b)
    return newint(-q if (a < 0) != (b < 0) else q)


@functions.function("fmod")
def fmod(space, w_a, w_b):
    a = space.to_float(w_a)
    b = space.to_float(w_b)
    if b == 0.0 or math.isinf(a) or math.isnan(a) or math.isnan(b):
        from languages.php.numbers import NAN
        return W_Float(NAN)
    if math.isinf(b):
        return W_Float(a)
    return W_Float(math.fmod(a, b))


@functions.function("fdiv")
def fdiv(space, w_a, w_b):
    from languages.php.numbers import NAN, INFINITY
    a = space.to_float(w_a)
    b = space.to_float(w_b)
    if b == 0.0:
        if a == 0.0 or math.isnan(a):
            return W_Float(NAN)
        return W_Float(INFINITY if (a > 0) == (math.copysign(1.0, b) > 0) else -INFINITY)
    return W_Float(a / b)


@functions.function("pi")
def pi(space):
    return W_Float(math.pi)


@functions.function("max")
def max_(space, args_w):
    values_w = args_w
    if len(args_w) == 1 and isinstance(args_w[0], W_Array):
        values_w = args_w[0].values_w()
    elif len(args_w) == 1:
        raise space.error("TypeError", "max(): Argument #1 ($value) must be of type array, "
                          "%s given" % space.debug_type(args_w[0]))
    if not values_w:
        raise space.error("ValueError", "max(): Argument #1 ($value) must contain at least "
                          "one element")
    w_best = values_w[0]
    for w_value in values_w[1:]:
        if space.compare(w_value, w_best) > 0:
            w_best = w_value
    return w_best


@functions.function("min")
def min_(space, args_w):
    values_w = args_w
    if len(args_w) == 1 and isinstance(args_w[0], W_Array):
        values_w = args_w[0].values_w()
    elif len(args_w) == 1:
        raise space.error("TypeError", "min(): Argument #1 ($value) must be of type array, "
                          "%s given" % space.debug_type(args_w[0]))
    if not values_w:
        raise space.error("ValueError", "min(): Argument #1 ($value) must contain at least "
                          "one element")
    w_best = values_w[0]
    for w_value in values_w[1:]:
        if space.compare(w_value, w_best) < 0:
            w_best = w_value
    return w_best


# -- arrays ----------------------------------------------------------------------------------------

@functions.function("array_keys")
def array_keys(space, w_array, w_search=None, w_strict=None):
    w_array = array_arg(space, w_array, "array_keys", 1, "array")
    if w_search is None:
        return new_list(w_array.keys_w())
    result = []
    strict = w_strict is not None and space.truthy(w_strict)
    position = w_array.first_position()
    while position >= 0:
        w_value = w_array.value_at(position).deref()
        if space.identical(w_value, w_search) if strict else \
                space.loose_equals(w_value, w_search):
            result.append(w_array.key_at(position))
        position = w_array.next_position(position)
    return new_list(result)


@functions.function("array_values")
def array_values(space, w_array):
    return new_list(array_arg(space, w_array, "array_values", 1, "array").values_w())


@functions.function("array_merge")
def array_merge(space, args_w):
    w_result = W_Array()
    for i in range(len(args_w)):
        w_array = array_arg(space, args_w[i], "array_merge", i + 1, "arrays")
        position = w_array.first_position()
        while position >= 0:
            w_key = w_array.key_at(position)
            w_value = space.stored(w_array.value_at(position).deref())
            if isinstance(w_key, W_Int):
                w_result.append(w_value)
            else:
                w_result.set(w_key, w_value)
            position = w_array.next_position(position)
    return w_result


@functions.function("array_map")
def array_map(space, w_callback, w_array, args_w):
    callback_arg(space, w_callback, "array_map", 1, True)
    w_array = array_arg(space, w_array, "array_map", 2, "array")
    if not args_w:
        w_result = W_Array()
        position = w_array.first_position()
        while position >= 0:
            w_value = w_array.value_at(position).deref()
            if isinstance(w_callback, W_Null):
                w_mapped = w_value
            else:
                w_mapped = call(space, w_callback, [w_value])
            w_result.set(w_array.key_at(position), space.stored(w_mapped))
            position = w_array.next_position(position)
        if w_array.is_list():
            return w_result
        return w_result
    arrays = [w_array.values_w()]
    for w_other in args_w:
        arrays.append(array_arg(space, w_other, "array_map", 3, "arrays").values_w())
    length = 0
    for values in arrays:
        length = max(length, len(values))
    result = []
    for i in range(length):
        row = [values[i] if i < len(values) else w_null for values in arrays]
        if isinstance(w_callback, W_Null):
            result.append(new_list(row))
        else:
            result.append(call(space, w_callback, row))
    return new_list(result)


@functions.function("array_filter")
def array_filter(space, w_array, w_callback=None, w_mode=None):
    w_array = array_arg(space, w_array, "array_filter", 1, "array")
    mode = space.to_int(w_mode) if w_mode is not None else 0
    w_result = W_Array()
    position = w_array.first_position()
    while position >= 0:
        w_key = w_array.key_at(position)
        w_value = w_array.value_at(position).deref()
        if w_callback is None or isinstance(w_callback, W_Null):
            keep = space.truthy(w_value)
        elif mode == 2:
            keep = space.truthy(call(space, w_callback, [w_key]))
        elif mode == 1:
            keep = space.truthy(call(space, w_callback, [w_value, w_key]))
        else:
            keep = space.truthy(call(space, w_callback, [w_value]))
        if keep:
            w_result.set(w_key, space.stored(w_value))
        position = w_array.next_position(position)
    return w_result


@functions.function("array_reduce")
def array_reduce(space, w_array, w_callback, w_initial=None):
    w_array = array_arg(space, w_array, "array_reduce", 1, "array")
    w_acc = w_initial if w_initial is not None else w_null
    for w_value in w_array.values_w():
        w_acc = call(space, w_callback, [w_acc, w_value])
    return w_acc


@functions.function("array_sum")
def array_sum(space, w_array):
    w_array = array_arg(space, w_array, "array_sum", 1, "array")
    w_total = newint(0)
    for w_value in w_array.values_w():
        w_total = space.add(w_total, space.number(w_value, "+", w_total, False))
    return w_total


@functions.function("array_product")
def array_product(space, w_array):
    w_array = array_arg(space, w_array, "array_product", 1, "array")
    w_total = newint(1)
    for w_value in w_array.values_w():
        w_total = space.mul(w_total, space.number(w_value, "*", w_total, False))
    return w_total


@functions.function("in_array")
def in_array(space, w_needle, w_array, w_strict=None):
    w_array = array_arg(space, w_array, "in_array", 2, "haystack")
    strict = w_strict is not None and space.truthy(w_strict)
    for w_value in w_array.values_w():
        if space.identical(w_value, w_needle) if strict else \
                space.loose_equals(w_value, w_needle):
            return w_true
    return w_false


@functions.function("array_search")
def array_search(space, w_needle, w_array, w_strict=None):
    w_array = array_arg(space, w_array, "array_search", 2, "haystack")
    strict = w_strict is not None and space.truthy(w_strict)
    position = w_array.first_position()
    while position >= 0:
        w_value = w_array.value_at(position).deref()
        if space.identical(w_value, w_needle) if strict else \
                space.loose_equals(w_value, w_needle):
            return w_array.key_at(position)
        position = w_array.next_position(position)
    return w_false


@functions.function("array_key_exists")
def array_key_exists(space, w_key, w_array):
    if isinstance(w_array, W_Array):
        return newbool(w_array.get(space.array_key(w_key)) is not None)
    return w_false


@functions.function("key_exists")
def key_exists(space, w_key, w_array):
    return array_key_exists(space, w_key, w_array)


@functions.function("array_key_first")
def array_key_first(space, w_array):
    w_array = array_arg(space, w_array, "array_key_first", 1, "array")
    position = w_array.first_position()
    return w_null if position < 0 else w_array.key_at(position)


@functions.function("array_key_last")
def array_key_last(space, w_array):
    w_array = array_arg(space, w_array, "array_key_last", 1, "array")
    keys = w_array.keys_w()
    return keys[len(keys) - 1] if keys else w_null


@functions.function("array_push")
def array_push(space, w_ref, args_w):
    w_array = ref_array(space, w_ref, "array_push")
    for w_value in args_w:
        w_array.append(space.stored(w_value))
    return newint(w_array.length())


@functions.function("array_pop")
def array_pop(space, w_ref):
    w_array = ref_array(space, w_ref, "array_pop")
    keys = w_array.keys_w()
    if not keys:
        return w_null
    w_key = keys[len(keys) - 1]
    w_value = w_array.remove(w_key)
    w_array.next_index = 0
    for w_k in w_array.keys_w():
        if isinstance(w_k, W_Int) and w_k.intval >= w_array.next_index:
            w_array.next_index = w_k.intval + 1
    return w_value.deref() if w_value is not None else w_null


def renumber(space, w_array, values_keys):
    """Rebuild `w_array` from (key, value) pairs, numbering the int keys from 0."""
    w_array.clear()
    for w_key, w_value in values_keys:
        if isinstance(w_key, W_Int):
            w_array.append(w_value)
        else:
            w_array.set(w_key, w_value)


def entries(w_array):
    result = []
    position = w_array.first_position()
    while position >= 0:
        result.append((w_array.key_at(position), w_array.value_at(position)))
        position = w_array.next_position(position)
    return result


@functions.function("array_shift")
def array_shift(space, w_ref):
    w_array = ref_array(space, w_ref, "array_shift")
    items = entries(w_array)
    if not items:
        return w_null
    w_first = items[0][1]
    renumber(space, w_array, items[1:])
    return w_first.deref()


@functions.function("array_unshift")
def array_unshift(space, w_ref, args_w):
    w_array = ref_array(space, w_ref, "array_unshift")
    items = [(newint(0), space.stored(w_value)) for w_value in args_w] + entries(w_array)
    renumber(space, w_array, items)
    return newint(w_array.length())


@functions.function("array_slice")
def array_slice(space, w_array, w_offset, w_length=None, w_preserve=None):
    w_array = array_arg(space, w_array, "array_slice", 1, "array")
    items = entries(w_array)
    n = len(items)
    offset = space.to_int(w_offset)
    if offset < 0:
        offset = max(n + offset, 0)
    offset = min(offset, n)
    end = n
    if w_length is not None and not isinstance(w_length, W_Null):
        length = space.to_int(w_length)
        end = max(n + length, offset) if length < 0 else min(offset + length, n)
    preserve = w_preserve is not None and space.truthy(w_preserve)
    w_result = W_Array()
    for i in range(offset, end):
        w_key, w_value = items[i]
        if isinstance(w_key, W_Int) and not preserve:
            w_result.append(space.stored(w_value.deref()))
        else:
            w_result.set(w_key, space.stored(w_value.deref()))
    return w_result


@functions.function("array_reverse")
def array_reverse(space, w_array, w_preserve=None):
    w_array = array_arg(space, w_array, "array_reverse", 1, "array")
    preserve = w_preserve is not None and space.truthy(w_preserve)
    items = entries(w_array)
    items.reverse()
    w_result = W_Array()
    for w_key, w_value in items:
        if isinstance(w_key, W_Int) and not preserve:
            w_result.append(space.stored(w_value.deref()))
        else:
            w_result.set(w_key, space.stored(w_value.deref()))
    return w_result


@functions.function("array_combine")
def array_combine(space, w_keys, w_values):
    keys = array_arg(space, w_keys, "array_combine", 1, "keys").values_w()
    values = array_arg(space, w_values, "array_combine", 2, "values").values_w()
    if len(keys) != len(values):
        raise space.error("ValueError", "array_combine(): Argument #1 ($keys) and argument #2 "
                          "($values) must have the same number of elements")
    w_result = W_Array()
    for i in range(len(keys)):
        w_result.set(space.array_key(keys[i]), space.stored(values[i]))
    return w_result


@functions.function("array_flip")
def array_flip(space, w_array):
    w_result = W_Array()
    for w_key, w_value in entries(array_arg(space, w_array, "array_flip", 1, "array")):
        w_value = w_value.deref()
        if not isinstance(w_value, W_Int) and not isinstance(w_value, W_String):
            space.warning("array_flip(): Can only flip string and integer values, entry "
                          "skipped")
            continue
        w_result.set(space.array_key(w_value), w_key)
    return w_result


@functions.function("array_fill")
def array_fill(space, w_start, w_count, w_value):
    start = space.to_int(w_start)
    if space.to_int(w_count) < 0:
        raise space.error("ValueError", "array_fill(): Argument #2 ($count) must be greater "
                          "than or equal to 0")
    w_result = W_Array()
    for i in range(space.to_int(w_count)):
        w_result.set(newint(start + i), space.stored(w_value))
    return w_result


@functions.function("array_fill_keys")
def array_fill_keys(space, w_keys, w_value):
    w_result = W_Array()
    for w_key in array_arg(space, w_keys, "array_fill_keys", 1, "keys").values_w():
        w_result.set(space.array_key(w_key), space.stored(w_value))
    return w_result


@functions.function("array_unique")
def array_unique(space, w_array, w_flags=None):
    w_result = W_Array()
    seen = []
    flags = space.to_int(w_flags) if w_flags is not None else 2
    for w_key, w_value in entries(array_arg(space, w_array, "array_unique", 1, "array")):
        w_value = w_value.deref()
        duplicate = False
        for w_seen in seen:
            if compare_by_flags(space, w_seen, w_value, flags) == 0:
                duplicate = True
                break
        if not duplicate:
            seen.append(w_value)
            w_result.set(w_key, space.stored(w_value))
    return w_result


@functions.function("array_is_list")
def array_is_list(space, w_array):
    return newbool(array_arg(space, w_array, "array_is_list", 1, "array").is_list())


@functions.function("array_column")
def array_column(space, w_array, w_column, w_index=None):
    w_result = W_Array()
    for w_row in array_arg(space, w_array, "array_column", 1, "array").values_w():
        w_value = None
        if isinstance(w_column, W_Null):
            w_value = w_row
        elif isinstance(w_row, W_Array):
            w_value = w_row.get(space.array_key(w_column))
        elif isinstance(w_row, W_Object):
            w_value = w_row.read_attr(space.str(w_column))
        if w_value is None:
            continue
        w_value = space.stored(w_value.deref())
        w_key = None
        if w_index is not None and not isinstance(w_index, W_Null):
            if isinstance(w_row, W_Array):
                w_key = w_row.get(space.array_key(w_index))
            elif isinstance(w_row, W_Object):
                w_key = w_row.read_attr(space.str(w_index))
        if w_key is not None:
            w_result.set(space.array_key(w_key.deref()), w_value)
        else:
            w_result.append(w_value)
    return w_result


@functions.function("array_chunk")
def array_chunk(space, w_array, w_size, w_preserve=None):
    size = space.to_int(w_size)
    if size < 1:
        raise space.error("ValueError", "array_chunk(): Argument #2 ($length) must be greater "
                          "than 0")
    preserve = w_preserve is not None and space.truthy(w_preserve)
    w_result = W_Array()
    w_chunk = None
    for w_key, w_value in entries(array_arg(space, w_array, "array_chunk", 1, "array")):
        if w_chunk is None or w_chunk.length() >= size:
            w_chunk = W_Array()
            w_result.append(w_chunk.hold())
        if preserve:
            w_chunk.set(w_key, space.stored(w_value.deref()))
        else:
            w_chunk.append(space.stored(w_value.deref()))
    return w_result


@functions.function("range")
def range_(space, w_start, w_end, w_step=None):
    if isinstance(w_start, W_String) and isinstance(w_end, W_String) and \
            len(w_start.strval) == 1 and len(w_end.strval) == 1 and \
            not w_start.strval.isdigit():
        a = ord(w_start.strval[0])
        b = ord(w_end.strval[0])
        step = abs(space.to_int(w_step)) if w_step is not None else 1
        step = max(step, 1)
        result = []
        if a <= b:
            for c in range(a, b + 1, step):
                result.append(W_String(chr(c)))
        else:
            c = a
            while c >= b:
                result.append(W_String(chr(c)))
                c -= step
        return new_list(result)
    is_float = isinstance(w_start, W_Float) or isinstance(w_end, W_Float) or \
        isinstance(w_step, W_Float)
    if is_float:
        a = space.to_float(w_start)
        b = space.to_float(w_end)
        fstep = abs(space.to_float(w_step)) if w_step is not None else 1.0
        if fstep == 0.0 or (a != b and fstep > abs(b - a)):
            raise space.error("ValueError", "range(): Argument #3 ($step) must not exceed "
                              "the specified range")
        result = []
        count = int(math.floor(abs(b - a) / fstep + 1e-9))
        for i in range(count + 1):
            result.append(W_Float(a + i * fstep if a <= b else a - i * fstep))
        return new_list(result)
    a = space.to_int(w_start)
    b = space.to_int(w_end)
    step = abs(space.to_int(w_step)) if w_step is not None else 1
    if step == 0 or (a != b and step > abs(b - a)):
        raise space.error("ValueError", "range(): Argument #3 ($step) must not exceed the "
                          "specified range")
    result = []
    if a <= b:
        i = a
        while i <= b:
            result.append(newint(i))
            i += step
    else:
        i = a
        while i >= b:
            result.append(newint(i))
            i -= step
    return new_list(result)


@functions.function("compact")
def compact(space, args_w):
    w_result = W_Array()
    for w_name in args_w:
        compact_into(space, w_result, w_name)
    return w_result


def compact_into(space, w_result, w_name):
    if isinstance(w_name, W_Array):
        for w_inner in w_name.values_w():
            compact_into(space, w_result, w_inner)
        return
    name = space.str(w_name)
    w_ref = space.var_by_name(space.top_frame(), name, False)
    if w_ref is None:
        space.warning("compact(): Undefined variable $%s" % name)
    else:
        w_result.set(space.array_key(W_String(name)), space.stored(w_ref.deref()))


@functions.function("iterator_to_array")
def iterator_to_array(space, w_iter, w_preserve=None):
    preserve = w_preserve is None or space.truthy(w_preserve)
    w_result = W_Array()
    if isinstance(w_iter, W_Array):
        return w_iter
    w_it = space.iterate(w_iter, False)
    while space.iter_step_values(w_it):
        w_value = space.stored(space.iter_value)
        if preserve:
            w_result.set(space.array_key(space.iter_key), w_value)
        else:
            w_result.append(w_value)
    return w_result


@functions.function("iterator_count")
def iterator_count(space, w_iter):
    count = 0
    w_it = space.iterate(w_iter, False)
    while space.iter_step_values(w_it):
        count += 1
    return newint(count)


# -- internal pointer ------------------------------------------------------------------------

def pointer_array(space, w_ref, moves=False):
    """The array whose internal pointer a call reads, separated first when the call
    moves the pointer (a shared copy keeps its own)."""
    w_value = w_ref.deref()
    if isinstance(w_value, W_Array):
        if moves and isinstance(w_ref, W_Reference):
            w_writable = w_value.writable()
            w_ref.w_value = w_writable
            return w_writable
        return w_value
    return None


@functions.function("current")
def current(space, w_ref):
    w_array = pointer_array(space, w_ref)
    if w_array is None:
        return w_false
    position = w_array.table.next_position(w_array.position)
    if position < 0:
        return w_false
    return w_array.value_at(position).deref()


@functions.function("key")
def key(space, w_ref):
    w_array = pointer_array(space, w_ref)
    if w_array is None:
        return w_null
    position = w_array.table.next_position(w_array.position)
    if position < 0:
        return w_null
    return w_array.key_at(position)


@functions.function("next")
def next_(space, w_ref):
    w_array = pointer_array(space, w_ref, True)
    if w_array is None:
        return w_false
    position = w_array.table.next_position(w_array.position)
    if position < 0:
        return w_false
    position = w_array.table.next_position(position + 1)
    if position < 0:
        w_array.position = 1 << 60
        return w_false
    w_array.position = position
    return w_array.value_at(position).deref()


@functions.function("prev")
def prev(space, w_ref):
    w_array = pointer_array(space, w_ref, True)
    if w_array is None:
        return w_false
    position = w_array.table.prev_position(w_array.position - 1)
    if position < 0:
        w_array.position = 1 << 60
        return w_false
    w_array.position = position
    return w_array.value_at(position).deref()


@functions.function("reset")
def reset(space, w_ref):
    w_array = pointer_array(space, w_ref, True)
    if w_array is None:
        return w_false
    w_array.position = 0
    position = w_array.first_position()
    if position < 0:
        return w_false
    return w_array.value_at(position).deref()


@functions.function("end")
def end(space, w_ref):
    w_array = pointer_array(space, w_ref, True)
    if w_array is None:
        return w_false
    position = w_array.table.last_position()
    if position < 0:
        return w_false
    w_array.position = position
    return w_array.value_at(position).deref()


# -- sorting ----------------------------------------------------------------------------------

class ValueSorter(Sorter):
    """Sorts (key, value) entries by php's comparison or a user callback."""

    def __init__(self, space, items, by_key, w_callback, reverse, flags):
        Sorter.__init__(self, len(items), False)
        self.space = space
        self.items = items
        self.by_key = by_key
        self.w_callback = w_callback
        self.reverse = reverse
        self.flags = flags
        self.warned = False
        self.fname = ""

    def call_compare(self, w_a, w_b):
        return user_compare(self, w_a, w_b)

    def lt(self, i, j):
        space = self.space
        w_a = self.items[i][0] if self.by_key else self.items[i][1].deref()
        w_b = self.items[j][0] if self.by_key else self.items[j][1].deref()
        if self.w_callback is not None:
            c = self.call_compare(w_a, w_b)
        else:
            c = compare_by_flags(space, w_a, w_b, self.flags)
        if self.reverse:
            return c > 0
        return c < 0


def user_compare(sorter, w_a, w_b):
    """A user comparison's result; a bool (deprecated) is retried swapped as php does."""
    space = sorter.space
    w_result = call(space, sorter.w_callback, [w_a, w_b])
    if isinstance(w_result, W_Bool):
        if not sorter.warned:
            sorter.warned = True
            space.deprecated("%s(): Returning bool from comparison function is deprecated, "
                             "return an integer less than, equal to, or greater than zero"
                             % sorter.fname)
        if w_result.boolval:
            return 1
        w_swapped = call(space, sorter.w_callback, [w_b, w_a])
        return -1 if space.truthy(w_swapped) else 0
    return space.to_int(w_result)


def compare_by_flags(space, w_a, w_b, flags):
    """php's comparison for a sort flag: SORT_REGULAR, SORT_NUMERIC, SORT_STRING and
    SORT_NATURAL, the last two folding case with SORT_FLAG_CASE."""
    kind = flags & ~8
    fold = bool(flags & 8)
    if kind == 1:
        a = space.to_float(w_a)
        b = space.to_float(w_b)
        return -1 if a < b else (1 if a > b else 0)
    if kind == 2 or kind == 5:
        sa = space.str(w_a)
        sb = space.str(w_b)
        if fold:
            sa = sa.lower()
            sb = sb.lower()
        return -1 if sa < sb else (1 if sa > sb else 0)
    if kind == 6:
        return natural_compare(space.str(w_a), space.str(w_b), fold)
    return space.compare(w_a, w_b)


def sort_entries(space, w_ref, fname, by_key, w_callback, reverse, keep_keys, w_flags):
    w_array = ref_array(space, w_ref, fname)
    if w_callback is not None:
        callback_arg(space, w_callback, fname, 2, False)
    items = entries(w_array)
    flags = space.to_int(w_flags) if w_flags is not None else 0
    sorter = ValueSorter(space, items, by_key, w_callback, reverse, flags)
    sorter.fname = fname
    sorter.sort()
    ordered = [items[i] for i in sorter.order]
    w_array.clear()
    for w_key, w_value in ordered:
        if keep_keys:
            w_array.set(w_key, w_value)
        else:
            w_array.append(w_value)
    return w_true


@functions.function("natsort")
def natsort(space, w_ref):
    return sort_entries(space, w_ref, "natsort", False, None, False, True, newint(6))


@functions.function("natcasesort")
def natcasesort(space, w_ref):
    return sort_entries(space, w_ref, "natcasesort", False, None, False, True, newint(14))


@functions.function("sort")
def sort(space, w_ref, w_flags=None):
    return sort_entries(space, w_ref, "sort", False, None, False, False, w_flags)


@functions.function("rsort")
def rsort(space, w_ref, w_flags=None):
    return sort_entries(space, w_ref, "rsort", False, None, True, False, w_flags)


@functions.function("usort")
def usort(space, w_ref, w_callback):
    return sort_entries(space, w_ref, "usort", False, w_callback, False, False, None)


@functions.function("uasort")
def uasort(space, w_ref, w_callback):
    return sort_entries(space, w_ref, "uasort", False, w_callback, False, True, None)


@functions.function("uksort")
def uksort(space, w_ref, w_callback):
    return sort_entries(space, w_ref, "uksort", True, w_callback, False, True, None)


@functions.function("asort")
def asort(space, w_ref, w_flags=None):
    return sort_entries(space, w_ref, "asort", False, None, False, True, w_flags)


@functions.function("arsort")
def arsort(space, w_ref, w_flags=None):
    return sort_entries(space, w_ref, "arsort", False, None, True, True, w_flags)


@functions.function("ksort")
def ksort(space, w_ref, w_flags=None):
    return sort_entries(space, w_ref, "ksort", True, None, False, True, w_flags)


@functions.function("krsort")
def krsort(space, w_ref, w_flags=None):
    return sort_entries(space, w_ref, "krsort", True, None, True, True, w_flags)


# -- functions, classes, constants --------------------------------------------------------

@functions.function("call_user_func")
def call_user_func(space, w_callback, args_w):
    callback_arg(space, w_callback, "call_user_func", 1, False)
    return call(space, w_callback, args_w)


@functions.function("call_user_func_array")
def call_user_func_array(space, w_callback, w_args):
    callback_arg(space, w_callback, "call_user_func_array", 1, False)
    args_w, named = space.split_args(array_arg(space, w_args, "call_user_func_array", 2,
                                               "args"))
    return space.call_value(space.top_frame(), w_callback, args_w, named)


@functions.function("func_get_args")
def func_get_args(space):
    frame = space.top_frame()
    result = []
    code = frame.code
    for i in range(min(frame.passed, len(code.params))):
        w_value = frame.getlocal(i)
        if code.params[i].variadic and w_value is not None and \
                isinstance(w_value.deref(), W_Array):
            w_rest = w_value.deref()
            assert isinstance(w_rest, W_Array)
            for w_item in w_rest.values_w():
                result.append(w_item)
            continue
        result.append(w_null if w_value is None else w_value.deref())
    if frame.args_w is not None:
        for i in range(len(code.params), len(frame.args_w)):
            result.append(frame.args_w[i].deref())
    return new_list(result)


@functions.function("func_num_args")
def func_num_args(space):
    frame = space.top_frame()
    if frame.args_w is not None:
        return newint(len(frame.args_w))
    code = frame.code
    if code.is_variadic:
        w_rest = frame.getlocal(len(code.params) - 1)
        if w_rest is not None and isinstance(w_rest.deref(), W_Array):
            w_array = w_rest.deref()
            assert isinstance(w_array, W_Array)
            return newint(len(code.params) - 1 + w_array.length())
    return newint(frame.passed)


@functions.function("function_exists")
def function_exists(space, w_name):
    return newbool(space.str(w_name).lower() in space.functions)


def find_class_autoloading(space, w_name, w_autoload):
    name = space.str(w_name)
    if name.startswith("\\"):
        name = name[1:]
    w_class = space.find_class(name)
    if w_class is None and (w_autoload is None or space.truthy(w_autoload)):
        w_class = space.autoload(name)
    return w_class


@functions.function("class_exists")
def class_exists(space, w_name, w_autoload=None):
    w_class = find_class_autoloading(space, w_name, w_autoload)
    return newbool(w_class is not None and w_class.kind == "class")


@functions.function("trait_exists")
def trait_exists(space, w_name, w_autoload=None):
    w_class = find_class_autoloading(space, w_name, w_autoload)
    return newbool(w_class is not None and w_class.kind == "trait")


@functions.function("spl_autoload_register")
def spl_autoload_register(space, w_callback=None, w_throw=None, w_prepend=None):
    if w_callback is not None:
        if w_prepend is not None and space.truthy(w_prepend):
            space.autoloaders_w.insert(0, w_callback)
        else:
            space.autoloaders_w.append(w_callback)
    return w_true


@functions.function("get_included_files")
def get_included_files(space):
    return new_list([W_String(path) for path in space.included_order])


@functions.function("get_required_files")
def get_required_files(space):
    return get_included_files(space)


@functions.function("interface_exists")
def interface_exists(space, w_name, w_autoload=None):
    w_class = find_class_autoloading(space, w_name, w_autoload)
    return newbool(w_class is not None and w_class.kind == "interface")


@functions.function("enum_exists")
def enum_exists(space, w_name, w_autoload=None):
    w_class = space.find_class(space.str(w_name))
    return newbool(w_class is not None and w_class.kind == "enum")


def class_of(space, w_value):
    if isinstance(w_value, W_Object):
        return w_value.getclass()
    return space.find_class(space.str(w_value))


@functions.function("method_exists")
def method_exists(space, w_obj, w_name):
    w_class = class_of(space, w_obj)
    return newbool(w_class is not None and
                   w_class.find_method(space.str(w_name).lower()) is not None)


@functions.function("property_exists")
def property_exists(space, w_obj, w_name):
    name = space.str(w_name)
    w_class = class_of(space, w_obj)
    if w_class is None:
        return w_false
    if w_class.find_prop(name) is not None or name in w_class.static_props:
        return w_true
    if isinstance(w_obj, W_Object):
        return newbool(w_obj.read_attr(name) is not None)
    return w_false


@functions.function("get_parent_class")
def get_parent_class(space, w_obj=None):
    w_class = class_of(space, w_obj) if w_obj is not None else None
    if w_class is None or w_class.w_parent is None:
        return w_false
    return W_String(w_class.w_parent.name)


@functions.function("get_object_vars")
def get_object_vars(space, w_obj):
    if not isinstance(w_obj, W_Object):
        return w_null
    return space.object_to_array_visible(w_obj)


@functions.function("get_class_methods")
def get_class_methods(space, w_obj):
    w_class = class_of(space, w_obj)
    if w_class is None:
        return W_Array()
    return new_list([W_String(w.name) for w in w_class.methods.values()
                     if isinstance(w, W_Function)])


@functions.function("is_a")
def is_a(space, w_obj, w_name, w_allow_string=None):
    w_class = space.find_class(space.str(w_name))
    if w_class is None:
        return w_false
    if isinstance(w_obj, W_Object):
        return newbool(w_obj.getclass().is_subclass_of(w_class))
    if isinstance(w_obj, W_String) and w_allow_string is not None and \
            space.truthy(w_allow_string):
        w_own = space.find_class(w_obj.strval)
        return newbool(w_own is not None and w_own.is_subclass_of(w_class))
    return w_false


@functions.function("is_subclass_of")
def is_subclass_of(space, w_obj, w_name, w_allow_string=None):
    w_class = space.find_class(space.str(w_name))
    w_own = class_of(space, w_obj)
    if w_class is None or w_own is None or w_own is w_class:
        return w_false
    return newbool(w_own.is_subclass_of(w_class))


@functions.function("spl_object_id")
def spl_object_id(space, w_obj):
    if isinstance(w_obj, W_Object):
        return newint(w_obj.handle)
    return newint(0)


@functions.function("define")
def define(space, w_name, w_value, w_ci=None):
    name = space.str(w_name)
    if name in space.constants:
        space.warning("Constant %s already defined" % name)
        return w_false
    space.constants[name] = w_value
    space.functions_version = FunctionsVersion()
    return w_true


@functions.function("defined")
def defined(space, w_name):
    name = space.str(w_name)
    sep = name.find("::")
    if sep > 0:
        assert sep > 0
        w_class = space.find_class(name[:sep])
        const = name[sep + 2:]
        return newbool(w_class is not None and (const in w_class.consts or
                                                const in w_class.const_codes))
    return newbool(name in space.constants)


@functions.function("constant")
def constant(space, w_name):
    name = space.str(w_name)
    sep = name.find("::")
    if sep > 0:
        assert sep > 0
        return space.class_constant(space.lookup_class(name[:sep]), name[sep + 2:])
    return space.constant(name)


@functions.function("error_reporting")
def error_reporting(space, w_level=None):
    old = space.error_reporting
    if w_level is not None and w_level.tname() != "NULL":
        space.error_reporting = space.to_int(w_level)
    return newint(old)


@functions.function("ini_set")
def ini_set(space, w_name, w_value):
    return w_false


@functions.function("microtime")
def microtime(space, w_float=None):
    import time
    return W_Float(time.time())


@functions.function("hrtime")
def hrtime(space, w_as_number=None):
    import time
    return newint(int(time.time() * 1000000000.0))


@functions.function("__closure_bind")
def closure_bind(space, w_closure, w_this, w_scope):
    """Closure::bind and bindTo: a copy with another $this and class scope."""
    if not isinstance(w_closure, W_Closure):
        raise space.error("TypeError", "Closure::bind(): Argument #1 ($closure) must be of "
                          "type Closure, %s given" % space.debug_type(w_closure))
    w_func = w_closure.w_func
    w_class = None
    if isinstance(w_func, W_Function):
        w_class = w_func.w_class
    if isinstance(w_scope, W_Object):
        w_class = w_scope.getclass()
    elif isinstance(w_scope, W_String) and w_scope.strval != "static":
        w_class = space.lookup_class(w_scope.strval)
    elif isinstance(w_scope, W_Null):
        w_class = None
    if isinstance(w_func, W_Function) and w_class is not w_func.w_class:
        w_copy = W_Function(w_func.name, w_func.code, w_class)
        w_copy.is_static = w_func.is_static
        w_func = w_copy
    w_new_this = w_this if isinstance(w_this, W_Object) else None
    return W_Closure(w_closure.getclass(), space.new_handle(), w_func, w_new_this, w_class,
                     w_closure.captured_w)


@functions.function("__closure_from")
def closure_from(space, w_callback):
    if isinstance(w_callback, W_Closure):
        return w_callback
    if isinstance(w_callback, W_String) and w_callback.strval.find("::") < 0:
        return space.callable_closure(space.top_frame(),
                                      space.lookup_function(w_callback.strval))
    if isinstance(w_callback, W_Array) and w_callback.length() == 2:
        w_target = w_callback.get_int(0)
        w_name = w_callback.get_int(1)
        if w_target is not None and w_name is not None:
            w_target = w_target.deref()
            name = space.str(w_name.deref())
            if isinstance(w_target, W_Object):
                w_method = space.find_method_for_call(space.top_frame(), w_target, name)
                return space.method_closure(w_method, w_target)
            w_class = space.lookup_class(space.str(w_target))
            w_method = w_class.find_method(name.lower())
            if w_method is not None:
                return space.method_closure(w_method, w_class)
    raise space.error("TypeError", "Failed to create closure from callable")


@functions.function("__generator_op")
def generator_op(space, w_gen, w_op, w_arg):
    """The methods of Generator (prelude.php): current, key, next, valid, rewind,
    getReturn, send, throw."""
    assert isinstance(w_gen, W_Generator)
    op = space.to_int(w_op)
    if op == 7:
        if not w_gen.started:
            w_gen.started = True
        if w_gen.finished:
            raise PhpThrow(w_arg)
        w_gen.frame.w_pending = w_arg
        w_gen.resume(space)
        return w_gen.w_current or w_null
    if op == 6:
        if not w_gen.started:
            w_gen.resume(space)
        w_gen.w_sent = w_arg
        w_gen.resume(space)
        return w_gen.w_current or w_null
    if op == 5:
        if w_gen.finished and w_gen.w_return is not None:
            return w_gen.w_return
        if w_gen.finished:
            raise space.error("Exception", "Cannot get return value of a generator that "
                              "hasn't returned")
        raise space.error("Exception", "Cannot get return value of a generator that hasn't "
                          "returned")
    if op == 4:
        if w_gen.started and w_gen.auto_key > 1:
            raise space.error("Exception", "Cannot rewind a generator that was already run")
        w_gen.ensure_started(space)
        return w_null
    w_gen.ensure_started(space)
    if op == 0:
        return w_gen.w_current or w_null
    if op == 1:
        return w_gen.w_key or w_null
    if op == 2:
        w_gen.resume(space)
        return w_null
    return newbool(not w_gen.finished)


@functions.function("__enum_cases")
def enum_cases(space, w_name):
    w_class = space.lookup_class(space.str(w_name))
    return new_list([w_class.consts[name] for name in w_class.enum_cases])


@functions.function("__enum_try_from")
def enum_try_from(space, w_name, w_value):
    w_class = space.lookup_class(space.str(w_name))
    if w_class.enum_backed == "int" and not isinstance(w_value, W_Int):
        w_value = space.coerce_to_type("int", w_value, False, False)
        if w_value is None:
            return w_null
    elif w_class.enum_backed == "string" and not isinstance(w_value, W_String):
        w_value = W_String(space.str(w_value))
    for name in w_class.enum_cases:
        w_case = w_class.consts[name]
        assert isinstance(w_case, W_Object)
        w_backing = w_case.read_attr("value")
        if w_backing is not None and space.identical(w_backing, w_value):
            return w_case
    return w_null


@functions.function("trigger_error")
def trigger_error(space, w_message, w_level=None):
    level = space.to_int(w_level) if w_level is not None else 1024
    message = space.str(w_message)
    if space.call_error_handler(level, message):
        return w_true
    if level == 256:
        space.diagnostic("Fatal error", message)
        from languages.php.errors import PhpExit
        raise PhpExit(255)
    if level == 512:
        space.diagnostic("Warning", message)
    elif level == 16384:
        space.diagnostic("Deprecated", message)
    else:
        space.diagnostic("Notice", message)
    return w_true


@functions.function("user_error")
def user_error(space, w_message, w_level=None):
    return trigger_error(space, w_message, w_level)


@functions.function("set_error_handler")
def set_error_handler(space, w_handler, w_levels=None):
    w_old = space.w_error_handler
    space.w_error_handler = None if isinstance(w_handler, W_Null) else w_handler
    return w_old or w_null


@functions.function("restore_error_handler")
def restore_error_handler(space):
    space.w_error_handler = None
    return w_true


@functions.function("str_word_count")
def str_word_count(space, w_s, w_format=None, w_chars=None):
    s = space.str(w_s)
    extra = ""
    if w_chars is not None:
        mask = char_mask(space, space.str(w_chars), "str_word_count")
        extra = "".join([chr(c) for c in range(256) if mask[c]])
    fmt = space.to_int(w_format) if w_format is not None else 0
    words = []
    positions = []
    i = 0
    n = len(s)
    while i < n:
        while i < n and not is_word_char(s[i], extra):
            i += 1
        start = i
        while i < n and (is_word_char(s[i], extra) or s[i] == "'" or s[i] == "-"):
            i += 1
        end = i
        while end > start and s[end - 1] == "-":
            end -= 1
        if end > start:
            assert start >= 0
            words.append(s[start:end])
            positions.append(start)
    if fmt == 0:
        return newint(len(words))
    if fmt == 1:
        return new_list([W_String(w) for w in words])
    w_result = W_Array()
    for k in range(len(words)):
        w_result.set(newint(positions[k]), W_String(words[k]))
    return w_result


def is_word_char(ch, extra):
    return ("a" <= ch <= "z") or ("A" <= ch <= "Z") or ch in extra


@functions.function("is_nan")
def is_nan(space, w_value):
    return newbool(math.isnan(space.to_float(w_value)))


@functions.function("is_infinite")
def is_infinite(space, w_value):
    return newbool(math.isinf(space.to_float(w_value)))


@functions.function("is_finite")
def is_finite(space, w_value):
    f = space.to_float(w_value)
    return newbool(not math.isinf(f) and not math.isnan(f))


MATH_NAMES = ['exp', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'sinh', 'cosh', 'tanh', 'log10', 'log2', 'log1p', 'expm1', 'deg2rad', 'rad2deg']


def apply_math(kind, x):
    if kind == 0:
        return math.exp(x)
    if kind == 1:
        return math.sin(x)
    if kind == 2:
        return math.cos(x)
    if kind == 3:
        return math.tan(x)
    if kind == 4:
        return math.asin(x)
    if kind == 5:
        return math.acos(x)
    if kind == 6:
        return math.atan(x)
    if kind == 7:
        return math.sinh(x)
    if kind == 8:
        return math.cosh(x)
    if kind == 9:
        return math.tanh(x)
    if kind == 10:
        return math.log10(x)
    if kind == 11:
        return math.log(x) / math.log(2.0)
    if kind == 12:
        return math.log1p(x)
    if kind == 13:
        return math.expm1(x)
    if kind == 14:
        return x * math.pi / 180.0
    return x * 180.0 / math.pi


def math_function(space, kind, w_value):
    try:
        return W_Float(apply_math(kind, space.to_float(w_value)))
    except (ValueError, OverflowError):
        from languages.php.numbers import NAN
        return W_Float(NAN)


@functions.function("exp")
def math_exp(space, w_value):
    return math_function(space, 0, w_value)


@functions.function("sin")
def math_sin(space, w_value):
    return math_function(space, 1, w_value)


@functions.function("cos")
def math_cos(space, w_value):
    return math_function(space, 2, w_value)


@functions.function("tan")
def math_tan(space, w_value):
    return math_function(space, 3, w_value)


@functions.function("asin")
def math_asin(space, w_value):
    return math_function(space, 4, w_value)


@functions.function("acos")
def math_acos(space, w_value):
    return math_function(space, 5, w_value)


@functions.function("atan")
def math_atan(space, w_value):
    return math_function(space, 6, w_value)


@functions.function("sinh")
def math_sinh(space, w_value):
    return math_function(space, 7, w_value)


@functions.function("cosh")
def math_cosh(space, w_value):
    return math_function(space, 8, w_value)


@functions.function("tanh")
def math_tanh(space, w_value):
    return math_function(space, 9, w_value)


@functions.function("log10")
def math_log10(space, w_value):
    return math_function(space, 10, w_value)


@functions.function("log2")
def math_log2(space, w_value):
    return math_function(space, 11, w_value)


@functions.function("log1p")
def math_log1p(space, w_value):
    return math_function(space, 12, w_value)


@functions.function("expm1")
def math_expm1(space, w_value):
    return math_function(space, 13, w_value)


@functions.function("deg2rad")
def math_deg2rad(space, w_value):
    return math_function(space, 14, w_value)


@functions.function("rad2deg")
def math_rad2deg(space, w_value):
    return math_function(space, 15, w_value)


@functions.function("log")
def log(space, w_value, w_base=None):
    x = space.to_float(w_value)
    from languages.php.numbers import NAN, INFINITY
    if x < 0:
        return W_Float(NAN)
    if x == 0:
        return W_Float(-INFINITY)
    if w_base is not None:
        return W_Float(math.log(x) / math.log(space.to_float(w_base)))
    return W_Float(math.log(x))


@functions.function("atan2")
def atan2(space, w_y, w_x):
    return W_Float(math.atan2(space.to_float(w_y), space.to_float(w_x)))


@functions.function("hypot")
def hypot(space, w_x, w_y):
    return W_Float(math.hypot(space.to_float(w_x), space.to_float(w_y)))


def to_digits(value, base):
    return formats.to_base(value, base, False)


@functions.function("decbin")
def decbin(space, w_value):
    return W_String(to_digits(space.to_int(w_value), 2))


@functions.function("dechex")
def dechex(space, w_value):
    return W_String(to_digits(space.to_int(w_value), 16))


@functions.function("decoct")
def decoct(space, w_value):
    return W_String(to_digits(space.to_int(w_value), 8))


def strip_spaces(text):
    start = 0
    stop = len(text)
    while start < stop and text[start] in " \t\n\r\v\f":
        start += 1
    while stop > start and text[stop - 1] in " \t\n\r\v\f":
        stop -= 1
    assert start >= 0 and stop >= start
    return text[start:stop]


def from_digits(space, text, base, fname):
    value = 0
    fvalue = 0.0
    overflow = False
    invalid = False
    text = strip_spaces(text).lower()
    if len(text) >= 2 and text[0] == "0" and ((base == 16 and text[1] == "x") or
                                              (base == 8 and text[1] == "o") or
                                              (base == 2 and text[1] == "b")):
        text = text[2:]
    for ch in text:
        d = "0123456789abcdefghijklmnopqrstuvwxyz".find(ch)
        if d < 0 or d >= base:
            invalid = True
            continue
        if not overflow:
            if value > (MAXINT - d) // base:
                overflow = True
                fvalue = float(value) * base + d
            else:
                value = value * base + d
        else:
            fvalue = fvalue * base + d
    if invalid:
        space.deprecated("Invalid characters passed for attempted conversion, these have "
                         "been ignored")
    if overflow:
        return W_Float(fvalue)
    return newint(value)


@functions.function("bindec")
def bindec(space, w_s):
    return from_digits(space, space.str(w_s), 2, "bindec")


@functions.function("hexdec")
def hexdec(space, w_s):
    return from_digits(space, space.str(w_s), 16, "hexdec")


@functions.function("octdec")
def octdec(space, w_s):
    return from_digits(space, space.str(w_s), 8, "octdec")


@functions.function("base_convert")
def base_convert(space, w_s, w_from, w_to):
    for index, w_base, pname in [(2, w_from, "from_base"), (3, w_to, "to_base")]:
        base = space.to_int(w_base)
        if base < 2 or base > 36:
            raise space.error("ValueError", "base_convert(): Argument #%d ($%s) must be "
                              "between 2 and 36 (inclusive)" % (index, pname))
    w_value = from_digits(space, space.str(w_s), space.to_int(w_from), "base_convert")
    return W_String(to_digits(space.to_int(w_value), space.to_int(w_to)))


@functions.function("basename")
def basename(space, w_path, w_suffix=None):
    path = space.str(w_path)
    while len(path) > 1 and path.endswith("/"):
        cut = len(path) - 1
        assert cut >= 0
        path = path[:cut]
    i = path.rfind("/")
    name = path[i + 1:] if i >= 0 else path
    if w_suffix is not None:
        suffix = space.str(w_suffix)
        if suffix and name.endswith(suffix) and name != suffix:
            cut = len(name) - len(suffix)
            assert cut >= 0
            name = name[:cut]
    return W_String(name)


@functions.function("dirname")
def dirname(space, w_path, w_levels=None):
    from languages.php.compiler import dirname as dirname_of
    return W_String(dirname_of(space.str(w_path)))


@functions.function("array_walk")
def array_walk(space, w_ref, w_callback, w_extra=None):
    w_array = ref_array(space, w_ref, "array_walk")
    position = w_array.first_position()
    while position >= 0:
        w_key = w_array.key_at(position)
        w_elem = space.dim_ref(w_array, w_key)
        args_w = [w_elem, w_key]
        if w_extra is not None:
            args_w.append(w_extra)
        call(space, w_callback, args_w)
        position = w_array.next_position(position)
    return w_true


@functions.function("vprintf")
def vprintf(space, w_format, w_args):
    assert isinstance(w_args, W_Array)
    text = formats.sprintf(space, space.str(w_format), w_args.values_w())
    space.echo(text)
    return newint(len(text))


@functions.function("strncmp")
def strncmp(space, w_a, w_b, w_n):
    n = max(space.to_int(w_n), 0)
    a = space.str(w_a)[:n]
    b = space.str(w_b)[:n]
    return newint(byte_compare(a, b))


@functions.function("strncasecmp")
def strncasecmp(space, w_a, w_b, w_n):
    n = max(space.to_int(w_n), 0)
    return newint(byte_compare(space.str(w_a).lower()[:n], space.str(w_b).lower()[:n]))




@functions.function("strripos")
def strripos(space, w_hay, w_needle, w_offset=None):
    return last_position(space, "strripos", space.str(w_hay).lower(),
                         space.str(w_needle).lower(), w_offset)


@functions.function("str_ireplace")
def str_ireplace(space, w_search, w_replace, w_subject, w_count=None):
    return replace_entry(space, w_search, w_replace, w_subject, w_count, True)


@functions.function("sizeof")
def sizeof(space, w_value, w_mode=None):
    from languages.php.builtins import count as count_fn
    return count_fn(space, w_value, w_mode)


@functions.function("join")
def join(space, w_glue, w_pieces=None):
    from languages.php.builtins import implode as implode_fn
    return implode_fn(space, w_glue, w_pieces)


@functions.function("is_long")
def is_long(space, w_value):
    return newbool(isinstance(w_value, W_Int))


@functions.function("is_double")
def is_double(space, w_value):
    return newbool(isinstance(w_value, W_Float))


@functions.function("settype")
def settype(space, w_ref, w_type):
    kind = space.str(w_type).lower()
    kinds = {"int": 0, "integer": 0, "float": 1, "double": 1, "string": 2, "bool": 3,
             "boolean": 3, "array": 4, "object": 5, "null": 6}
    if kind not in kinds:
        raise space.error("ValueError", "settype(): Argument #2 ($type) must be a valid type")
    if isinstance(w_ref, W_Reference):
        w_ref.w_value = space.stored(space.cast(w_ref.w_value, kinds[kind]))
    return w_true


@functions.function("array_splice")
def array_splice(space, w_ref, w_offset, w_length=None, w_replacement=None):
    w_array = ref_array(space, w_ref, "array_splice")
    items = entries(w_array)
    n = len(items)
    offset = space.to_int(w_offset)
    if offset < 0:
        offset = max(n + offset, 0)
    offset = min(offset, n)
    end = n
    if w_length is not None and not isinstance(w_length, W_Null):
        length = space.to_int(w_length)
        end = max(n + length, offset) if length < 0 else min(offset + length, n)
    removed = items[offset:end]
    inserted = []
    if w_replacement is not None:
        if isinstance(w_replacement, W_Array):
            for w_value in w_replacement.values_w():
                inserted.append((newint(0), space.stored(w_value)))
        else:
            inserted.append((newint(0), space.stored(w_replacement)))
    renumber(space, w_array, items[:offset] + inserted + items[end:])
    w_result = W_Array()
    for w_key, w_value in removed:
        if isinstance(w_key, W_Int):
            w_result.append(w_value)
        else:
            w_result.set(w_key, w_value)
    return w_result


@functions.function("array_replace")
def array_replace(space, w_array, args_w):
    w_result = array_arg(space, w_array, "array_replace", 1, "array").copy()
    for w_other in args_w:
        for w_key, w_value in entries(array_arg(space, w_other, "array_replace", 2,
                                                "replacements")):
            w_result.set(w_key, space.stored(w_value.deref()))
    return w_result


@functions.function("array_pad")
def array_pad(space, w_array, w_size, w_value):
    w_array = array_arg(space, w_array, "array_pad", 1, "array")
    size = space.to_int(w_size)
    values = w_array.values_w()
    missing = abs(size) - len(values)
    if missing <= 0:
        return w_array
    w_result = W_Array()
    if size < 0:
        for i in range(missing):
            w_result.append(space.stored(w_value))
    for w_key, w_item in entries(w_array):
        if isinstance(w_key, W_Int):
            w_result.append(space.stored(w_item.deref()))
        else:
            w_result.set(w_key, space.stored(w_item.deref()))
    if size > 0:
        for i in range(missing):
            w_result.append(space.stored(w_value))
    return w_result


@functions.function("array_count_values")
def array_count_values(space, w_array):
    w_result = W_Array()
    for w_value in array_arg(space, w_array, "array_count_values", 1, "array").values_w():
        w_key = space.array_key(w_value)
        w_old = w_result.get(w_key)
        w_result.set(w_key, newint(1 if w_old is None else space.to_int(w_old) + 1))
    return w_result


def all_but_last(args_w):
    end = len(args_w) - 1
    assert end >= 0
    return args_w[:end]


def set_filter(space, w_array, others_w, by_key, by_value, keep_if_found, fname,
               w_value_cmp, w_key_cmp):
    w_result = W_Array()
    for w_key, w_value in entries(array_arg(space, w_array, fname, 1, "array")):
        w_value = w_value.deref()
        found_all = True
        found_any = False
        for w_other in others_w:
            found = False
            for w_okey, w_ovalue in entries(array_arg(space, w_other, fname, 2, "arrays")):
                w_ovalue = w_ovalue.deref()
                ok = True
                if by_value:
                    if w_value_cmp is not None:
                        ok = space.to_int(call(space, w_value_cmp, [w_value, w_ovalue])) == 0
                    else:
                        ok = space.str(w_value) == space.str(w_ovalue)
                if ok and by_key:
                    if w_key_cmp is not None:
                        ok = space.to_int(call(space, w_key_cmp, [w_key, w_okey])) == 0
                    else:
                        ok = space.str(w_key) == space.str(w_okey)
                if ok:
                    found = True
                    break
            if found:
                found_any = True
            else:
                found_all = False
        keep = found_all if keep_if_found else not found_any
        if keep:
            w_result.set(w_key, space.stored(w_value))
    return w_result


@functions.function("array_diff")
def array_diff(space, w_array, args_w):
    return set_filter(space, w_array, args_w, False, True, False, "array_diff", None, None)


@functions.function("array_diff_key")
def array_diff_key(space, w_array, args_w):
    return set_filter(space, w_array, args_w, True, False, False, "array_diff_key", None, None)


@functions.function("array_diff_assoc")
def array_diff_assoc(space, w_array, args_w):
    return set_filter(space, w_array, args_w, True, True, False, "array_diff_assoc", None,
                      None)


@functions.function("array_intersect")
def array_intersect(space, w_array, args_w):
    return set_filter(space, w_array, args_w, False, True, True, "array_intersect", None,
                      None)


@functions.function("array_intersect_key")
def array_intersect_key(space, w_array, args_w):
    return set_filter(space, w_array, args_w, True, False, True, "array_intersect_key", None,
                      None)


@functions.function("array_intersect_assoc")
def array_intersect_assoc(space, w_array, args_w):
    return set_filter(space, w_array, args_w, True, True, True, "array_intersect_assoc",
                      None, None)


@functions.function("array_udiff")
def array_udiff(space, w_array, args_w):
    w_cmp = args_w[len(args_w) - 1]
    return set_filter(space, w_array, all_but_last(args_w), False, True, False,
                      "array_udiff", w_cmp, None)


@functions.function("array_uintersect")
def array_uintersect(space, w_array, args_w):
    w_cmp = args_w[len(args_w) - 1]
    return set_filter(space, w_array, all_but_last(args_w), False, True, True,
                      "array_uintersect", w_cmp, None)


@functions.function("array_diff_ukey")
def array_diff_ukey(space, w_array, args_w):
    w_cmp = args_w[len(args_w) - 1]
    return set_filter(space, w_array, all_but_last(args_w), True, False, False,
                      "array_diff_ukey", None, w_cmp)


@functions.function("array_intersect_ukey")
def array_intersect_ukey(space, w_array, args_w):
    w_cmp = args_w[len(args_w) - 1]
    return set_filter(space, w_array, all_but_last(args_w), True, False, True,
                      "array_intersect_ukey", None, w_cmp)


@functions.function("array_udiff_assoc")
def array_udiff_assoc(space, w_array, args_w):
    w_cmp = args_w[len(args_w) - 1]
    return set_filter(space, w_array, all_but_last(args_w), True, True, False,
                      "array_udiff_assoc", w_cmp, None)


@functions.function("array_uintersect_assoc")
def array_uintersect_assoc(space, w_array, args_w):
    w_cmp = args_w[len(args_w) - 1]
    return set_filter(space, w_array, all_but_last(args_w), True, True, True,
                      "array_uintersect_assoc", w_cmp, None)


@functions.function("array_diff_uassoc")
def array_diff_uassoc(space, w_array, args_w):
    w_cmp = args_w[len(args_w) - 1]
    return set_filter(space, w_array, all_but_last(args_w), True, True, False,
                      "array_diff_uassoc", None, w_cmp)


@functions.function("array_intersect_uassoc")
def array_intersect_uassoc(space, w_array, args_w):
    w_cmp = args_w[len(args_w) - 1]
    return set_filter(space, w_array, all_but_last(args_w), True, True, True,
                      "array_intersect_uassoc", None, w_cmp)


@functions.function("array_udiff_uassoc")
def array_udiff_uassoc(space, w_array, args_w):
    w_vcmp = args_w[len(args_w) - 2]
    w_kcmp = args_w[len(args_w) - 1]
    return set_filter(space, w_array, all_but_last(all_but_last(args_w)), True, True, False,
                      "array_udiff_uassoc", w_vcmp, w_kcmp)


@functions.function("array_uintersect_uassoc")
def array_uintersect_uassoc(space, w_array, args_w):
    w_vcmp = args_w[len(args_w) - 2]
    w_kcmp = args_w[len(args_w) - 1]
    return set_filter(space, w_array, all_but_last(all_but_last(args_w)), True, True, True,
                      "array_uintersect_uassoc", w_vcmp, w_kcmp)


@functions.function("array_walk_recursive")
def array_walk_recursive(space, w_ref, w_callback, w_extra=None):
    w_array = ref_array(space, w_ref, "array_walk_recursive")
    walk_recursive(space, w_array, w_callback, w_extra)
    return w_true


def walk_recursive(space, w_array, w_callback, w_extra):
    position = w_array.first_position()
    while position >= 0:
        w_key = w_array.key_at(position)
        w_item = w_array.value_at(position)
        w_value = w_item.deref()
        if isinstance(w_value, W_Array):
            w_inner = w_value.writable()
            if isinstance(w_item, W_Reference):
                w_item.w_value = w_inner
            else:
                w_array.set(w_key, w_inner)
            walk_recursive(space, w_inner, w_callback, w_extra)
        else:
            if not isinstance(w_item, W_Reference):
                w_item = W_Reference(w_value)
                w_array.set(w_key, w_item)
            args_w = [w_item, w_key]
            if w_extra is not None:
                args_w.append(w_extra)
            call(space, w_callback, args_w)
            if isinstance(w_item, W_Reference):
                w_array.set(w_key, w_item.w_value)
        position = w_array.next_position(position)


@functions.function("array_merge_recursive")
def array_merge_recursive(space, args_w):
    w_result = W_Array()
    for i in range(len(args_w)):
        w_array = array_arg(space, args_w[i], "array_merge_recursive", i + 1, "arrays")
        merge_recursive_into(space, w_result, w_array)
    return w_result


def merge_recursive_into(space, w_result, w_array):
    for w_key, w_item in entries(w_array):
        w_value = w_item.deref()
        if isinstance(w_key, W_Int):
            w_result.append(space.stored(w_value))
            continue
        w_old = w_result.get(w_key)
        if w_old is None:
            w_result.set(w_key, space.stored(w_value))
            continue
        w_old = w_old.deref()
        if isinstance(w_old, W_Array):
            w_merged = w_old.writable() if w_old.holders <= 1 else w_old.copy()
        else:
            w_merged = new_list([w_old])
        if isinstance(w_value, W_Array):
            merge_recursive_into(space, w_merged, w_value)
        else:
            w_merged.append(space.stored(w_value))
        w_merged.holders = 1
        w_result.set(w_key, w_merged)


@functions.function("array_replace_recursive")
def array_replace_recursive(space, w_array, args_w):
    w_result = array_arg(space, w_array, "array_replace_recursive", 1, "array").copy()
    for i in range(len(args_w)):
        w_other = array_arg(space, args_w[i], "array_replace_recursive", i + 2,
                            "replacements")
        replace_recursive_into(space, w_result, w_other)
    return w_result


def replace_recursive_into(space, w_result, w_other):
    for w_key, w_item in entries(w_other):
        w_value = w_item.deref()
        w_old = w_result.get(w_key)
        if w_old is not None and isinstance(w_old.deref(), W_Array) and \
                isinstance(w_value, W_Array):
            w_inner = w_old.deref()
            assert isinstance(w_inner, W_Array)
            w_copy = w_inner.copy()
            w_copy.holders = 1
            replace_recursive_into(space, w_copy, w_value)
            w_result.set(w_key, w_copy)
        else:
            w_result.set(w_key, space.stored(w_value))


def valid_var_name(name):
    if not name or name == "this":
        return False
    for i in range(len(name)):
        ch = name[i]
        if not (ch == "_" or "a" <= ch <= "z" or "A" <= ch <= "Z" or ord(ch) >= 0x80 or
                (i > 0 and "0" <= ch <= "9")):
            return False
    return True


@functions.function("extract")
def extract(space, w_ref, w_flags=None, w_prefix=None):
    w_array = w_ref.deref()
    if not isinstance(w_array, W_Array):
        raise space.error("TypeError", "extract(): Argument #1 ($array) must be of type "
                          "array, %s given" % space.debug_type(w_array))
    flags = space.to_int(w_flags) if w_flags is not None else 0
    by_ref = bool(flags & 256)
    mode = flags & 255
    prefix = space.str(w_prefix) if w_prefix is not None else ""
    if mode > 6:
        raise space.error("ValueError", "extract(): Argument #2 ($flags) must be a valid "
                          "extract type")
    if 2 <= mode <= 5 and w_prefix is None:
        raise space.error("ValueError", "extract(): Argument #3 ($prefix) is required when "
                          "using this extract type")
    frame = space.top_frame()
    count = 0
    for w_key, w_value in entries(w_array):
        name = space.str(w_key)
        exists = space.var_by_name(frame, name, False) is not None \
            if isinstance(w_key, W_String) else False
        if mode == 0 or mode == 1 or mode == 6:
            if not isinstance(w_key, W_String):
                continue
            if (mode == 1 and exists) or (mode == 6 and not exists):
                continue
        elif mode == 2:
            if not isinstance(w_key, W_String):
                continue
            if exists:
                name = prefix + "_" + name
        elif mode == 3:
            name = prefix + "_" + name
        elif mode == 4:
            if not isinstance(w_key, W_String) or not valid_var_name(name):
                name = prefix + "_" + name
        elif mode == 5:
            if not exists:
                continue
            name = prefix + "_" + name
        if not valid_var_name(name):
            continue
        w_var = space.var_by_name(frame, name, True)
        assert isinstance(w_var, W_Reference)
        if by_ref:
            w_item = w_value if isinstance(w_value, W_Reference) else None
            if w_item is None:
                w_item = W_Reference(w_value)
                w_array.set(w_key, w_item)
            slot = frame.code.slot_of(name)
            if slot >= 0:
                frame.setlocal(slot, w_item)
            elif frame.extra_vars is not None:
                frame.extra_vars[name] = w_item
        else:
            w_var.w_value = space.stored(w_value.deref())
        count += 1
    return newint(count)


@functions.function("get_defined_vars")
def get_defined_vars(space):
    frame = space.top_frame()
    w_result = W_Array()
    code = frame.code
    for i in range(code.nslots):
        name = code.varnames[i]
        w_value = frame.getlocal(i)
        if w_value is not None and not name.startswith("\0"):
            w_result.set_str(name, space.stored(w_value.deref()))
    return w_result


@functions.function("file_put_contents")
def file_put_contents(space, w_name, w_data, w_flags=None):
    import os
    if isinstance(w_data, W_Array):
        data = "".join([space.str(w) for w in w_data.values_w()])
    else:
        data = space.str(w_data)
    flags = os.O_WRONLY | os.O_CREAT
    if w_flags is not None and space.to_int(w_flags) & 8:
        flags |= os.O_APPEND
    else:
        flags |= os.O_TRUNC
    try:
        fd = os.open(space.str(w_name), flags, 0644)
        assert data is not None
        try:
            os.write(fd, data)
        finally:
            os.close(fd)
    except OSError:
        space.warning("file_put_contents(%s): Failed to open stream: No such file or "
                      "directory" % space.str(w_name))
        return w_false
    return newint(len(data))


@functions.function("file_get_contents")
def file_get_contents(space, w_name, w_include=None, w_context=None, w_offset=None,
                      w_length=None):
    from framework.entry import read_file
    try:
        data = read_file(space.str(w_name))
        if w_offset is not None:
            offset = space.to_int(w_offset)
            if offset < 0:
                offset = max(len(data) + offset, 0)
            offset = min(offset, len(data))
            assert offset >= 0
            data = data[offset:]
        if w_length is not None and w_length.tname() != "NULL":
            length = space.to_int(w_length)
            if length < 0:
                raise space.error("ValueError", "file_get_contents(): Argument #5 ($length) "
                                  "must be greater than or equal to 0")
            assert length >= 0
            data = data[:length]
        return W_String(data)
    except OSError:
        space.warning("file_get_contents(%s): Failed to open stream: No such file or "
                      "directory" % space.str(w_name))
        return w_false


@functions.function("file_exists")
def file_exists(space, w_name):
    import os
    try:
        os.stat(space.str(w_name))
        return w_true
    except OSError:
        return w_false


@functions.function("is_file")
def is_file(space, w_name):
    import os
    import stat
    try:
        return newbool(stat.S_ISREG(os.stat(space.str(w_name)).st_mode))
    except OSError:
        return w_false


@functions.function("is_dir")
def is_dir(space, w_name):
    import os
    import stat
    try:
        return newbool(stat.S_ISDIR(os.stat(space.str(w_name)).st_mode))
    except OSError:
        return w_false


@functions.function("filesize")
def filesize(space, w_name):
    import os
    try:
        return newint(int(os.stat(space.str(w_name)).st_size))
    except OSError:
        space.warning("filesize(): stat failed for %s" % space.str(w_name))
        return w_false


@functions.function("file")
def file_lines(space, w_name, w_flags=None, w_context=None):
    from framework.entry import read_file
    flags = space.to_int(w_flags) if w_flags is not None else 0
    try:
        data = read_file(space.str(w_name))
    except OSError:
        space.warning("file(%s): Failed to open stream: No such file or directory"
                      % space.str(w_name))
        return w_false
    lines = []
    start = 0
    while start < len(data):
        assert start >= 0
        end = data.find("\n", start)
        stop = len(data) if end < 0 else end + 1
        line = cut(data, start, stop)
        if flags & 2 and line.endswith("\n"):
            line = cut(line, 0, len(line) - 1)
        if not (flags & 4 and line == ""):
            lines.append(W_String(line))
        start = stop
    return new_list(lines)


@functions.function("unlink")
def unlink(space, w_name):
    import os
    try:
        os.unlink(space.str(w_name))
        return w_true
    except OSError:
        return w_false


@functions.function("get_called_class")
def get_called_class(space):
    frame = space.top_frame()
    if frame is not None and frame.w_static is not None:
        return W_String(frame.w_static.name)
    return w_false


# -- preg (regex.py) -----------------------------------------------------------------------

PREG_ERROR_MESSAGES = ["No error", "Internal error", "Backtrack limit exhausted",
                       "Recursion limit exhausted", "Malformed UTF-8 characters, possibly "
                       "incorrectly encoded", "The offset did not correspond to the beginning "
                       "of a valid UTF-8 code point", "JIT stack limit exhausted"]


@functions.function("preg_last_error")
def preg_last_error(space):
    return newint(space.preg_error)


@functions.function("preg_last_error_msg")
def preg_last_error_msg(space):
    return W_String(PREG_ERROR_MESSAGES[space.preg_error])


@functions.function("preg_replace_callback_array")
def preg_replace_callback_array(space, w_map, w_subject, w_limit=None, w_count=None,
                                w_flags=None):
    w_map = array_arg(space, w_map, "preg_replace_callback_array", 1, "pattern")
    w_result = w_subject
    for w_pattern, w_callback in entries(w_map):
        w_result = preg_replace_callback(space, w_pattern, w_callback.deref(), w_result,
                                         w_limit, None)
    return w_result


def get_regex(space, w_pattern, fname):
    space.preg_error = 0
    source = space.str(w_pattern)
    program = space.regex_cache.get(source, None)
    if program is None:
        try:
            program = regex.compile_regex(source)
        except regex.RegexError as e:
            space.warning("%s(): %s" % (fname, e.message))
            space.preg_error = 1
            return None
        space.regex_cache[source] = program
    return program


def group_array(space, program, s, caps, offset_capture, trim, as_null=False):
    w_groups = W_Array()
    last = program.ngroups - 1
    if trim and not as_null:
        while last > 0 and caps[last * 2] < 0:
            last -= 1
    for g in range(last + 1):
        a = caps[g * 2]
        b = caps[g * 2 + 1]
        if a >= 0 and b >= a:
            w_text = W_String(regex.slice_of(s, a, b))
        elif as_null:
            w_text = w_null
        else:
            w_text = W_String("")
        if offset_capture:
            w_item = new_list([w_text, newint(a)])
        else:
            w_item = w_text
        name = program.names[g] if g < len(program.names) else ""
        if name:
            w_groups.set_str(name, space.stored(w_item))
        w_groups.set(newint(g), space.stored(w_item))
    return w_groups


@functions.function("preg_match")
def preg_match(space, w_pattern, w_subject, w_matches=None, w_flags=None, w_offset=None):
    program = get_regex(space, w_pattern, "preg_match")
    if program is None:
        return w_false
    s = space.str(w_subject)
    offset = space.to_int(w_offset) if w_offset is not None else 0
    flags = space.to_int(w_flags) if w_flags is not None else 0
    caps = [-1] * (program.ngroups * 2)
    found = regex.search(program, s, max(offset, 0), caps)
    if isinstance(w_matches, W_Reference):
        if found:
            w_matches.w_value = group_array(space, program, s, caps, flags & 256 != 0,
                                            True, flags & 512 != 0).hold()
        else:
            w_matches.w_value = W_Array().hold()
    return newint(1 if found else 0)


@functions.function("preg_match_all")
def preg_match_all(space, w_pattern, w_subject, w_matches=None, w_flags=None,
                   w_offset=None):
    program = get_regex(space, w_pattern, "preg_match_all")
    if program is None:
        return w_false
    s = space.str(w_subject)
    flags = space.to_int(w_flags) if w_flags is not None else 1
    set_order = flags & 2 != 0
    offset_capture = flags & 256 != 0
    pos = space.to_int(w_offset) if w_offset is not None else 0
    caps = [-1] * (program.ngroups * 2)
    rows = []
    while pos <= len(s) and regex.search(program, s, pos, caps):
        rows.append(group_array(space, program, s, caps, offset_capture, set_order))
        end = caps[1]
        pos = end if end > caps[0] else end + 1
    if isinstance(w_matches, W_Reference):
        if set_order:
            w_result = new_list(rows)
        else:
            w_result = W_Array()
            for g in range(program.ngroups):
                w_column = W_Array()
                for w_row in rows:
                    w_item = w_row.get(newint(g))
                    w_column.append(space.stored(w_item.deref() if w_item is not None
                                                 else W_String("")))
                name = program.names[g] if g < len(program.names) else ""
                if name:
                    w_result.set_str(name, w_column.copy().hold())
                w_result.set(newint(g), w_column.hold())
        w_matches.w_value = w_result.hold()
    return newint(len(rows))


def expand_replacement(space, replacement, s, caps, ngroups):
    out = []
    i = 0
    n = len(replacement)
    while i < n:
        ch = replacement[i]
        if (ch == "$" or ch == "\\") and i + 1 < n:
            j = i + 1
            braced = ch == "$" and replacement[j] == "{"
            if braced:
                j += 1
            start = j
            while j < n and j - start < 2 and replacement[j].isdigit():
                j += 1
            if j > start:
                group = int(regex.slice_of(replacement, start, j))
                if braced:
                    if j < n and replacement[j] == "}":
                        j += 1
                if group < ngroups and caps[group * 2] >= 0:
                    out.append(regex.slice_of(s, caps[group * 2], caps[group * 2 + 1]))
                i = j
                continue
        out.append(ch)
        i += 1
    return "".join(out)


def replace_in(space, program, s, w_replacement, w_callback, limit, count):
    out = []
    pos = 0
    last = 0
    caps = [-1] * (program.ngroups * 2)
    done = 0
    while pos <= len(s) and (limit < 0 or done < limit) and regex.search(program, s, pos,
                                                                          caps):
        a = caps[0]
        b = caps[1]
        out.append(regex.slice_of(s, last, a))
        if w_callback is not None:
            w_groups = group_array(space, program, s, caps, False, True)
            out.append(space.str(call(space, w_callback, [w_groups])))
        else:
            out.append(expand_replacement(space, space.str(w_replacement), s, caps,
                                          program.ngroups))
        last = b
        done += 1
        if b == a:
            if b < len(s):
                out.append(s[b])
            last = b + 1
            pos = b + 1
        else:
            pos = b
    if last <= len(s):
        out.append(regex.slice_of(s, last, len(s)))
    count[0] += done
    return "".join(out)


def preg_replace_impl(space, w_pattern, w_replacement, w_callback, w_subject, w_limit,
                      w_count, fname):
    limit = space.to_int(w_limit) if w_limit is not None else -1
    count = [0]
    if isinstance(w_pattern, W_Array):
        patterns = w_pattern.values_w()
    else:
        patterns = [w_pattern]
    subjects_array = isinstance(w_subject, W_Array)
    subjects = w_subject.values_w() if isinstance(w_subject, W_Array) else [w_subject]
    results = []
    for w_subj in subjects:
        s = space.str(w_subj)
        for k in range(len(patterns)):
            program = get_regex(space, patterns[k], fname)
            if program is None:
                return w_null
            w_repl = w_replacement
            if isinstance(w_replacement, W_Array):
                reps = w_replacement.values_w()
                w_repl = reps[k] if k < len(reps) else W_String("")
            s = replace_in(space, program, s, w_repl, w_callback, limit, count)
        results.append(W_String(s))
    if isinstance(w_count, W_Reference):
        w_count.w_value = newint(count[0])
    if subjects_array:
        assert isinstance(w_subject, W_Array)
        w_result = W_Array()
        keys = w_subject.keys_w()
        for k in range(len(keys)):
            w_result.set(keys[k], results[k])
        return w_result
    return results[0]


@functions.function("preg_replace")
def preg_replace(space, w_pattern, w_replacement, w_subject, w_limit=None, w_count=None):
    return preg_replace_impl(space, w_pattern, w_replacement, None, w_subject, w_limit,
                             w_count, "preg_replace")


@functions.function("preg_replace_callback")
def preg_replace_callback(space, w_pattern, w_callback, w_subject, w_limit=None,
                          w_count=None):
    return preg_replace_impl(space, w_pattern, None, w_callback, w_subject, w_limit,
                             w_count, "preg_replace_callback")


@functions.function("preg_split")
def preg_split(space, w_pattern, w_subject, w_limit=None, w_flags=None):
    program = get_regex(space, w_pattern, "preg_split")
    if program is None:
        return w_false
    s = space.str(w_subject)
    limit = space.to_int(w_limit) if w_limit is not None else -1
    if limit == 0:
        limit = -1
    flags = space.to_int(w_flags) if w_flags is not None else 0
    no_empty = flags & 1 != 0
    delim_capture = flags & 2 != 0
    offset_capture = flags & 4 != 0
    pieces = []
    offsets = []
    caps = [-1] * (program.ngroups * 2)
    pos = 0
    last = 0
    while pos <= len(s) and (limit < 0 or len(pieces) < limit - 1) and \
            regex.search(program, s, pos, caps):
        a = caps[0]
        b = caps[1]
        if b == a:
            if a >= len(s):
                break
            if a == last and (a == 0 or no_empty):
                pos = a + 1
                continue
        piece = regex.slice_of(s, last, a)
        if not (no_empty and piece == ""):
            pieces.append(piece)
            offsets.append(last)
        if delim_capture:
            for g in range(1, program.ngroups):
                if caps[g * 2] >= 0:
                    text = regex.slice_of(s, caps[g * 2], caps[g * 2 + 1])
                    if not (no_empty and text == ""):
                        pieces.append(text)
                        offsets.append(caps[g * 2])
        last = b
        pos = b if b > a else b + 1
    tail = regex.slice_of(s, last, len(s))
    if not (no_empty and tail == ""):
        pieces.append(tail)
        offsets.append(last)
    if offset_capture:
        return new_list([new_list([W_String(pieces[i]), newint(offsets[i])])
                         for i in range(len(pieces))])
    return new_list([W_String(p) for p in pieces])


@functions.function("preg_quote")
def preg_quote(space, w_s, w_delim=None):
    special = ".\\+*?[^]$(){}=!<>|:-#"
    delim = space.str(w_delim) if w_delim is not None else ""
    out = []
    for ch in space.str(w_s):
        if ch == "\0":
            out.append("\\000")
            continue
        if ch in special or (delim and ch == delim[0]):
            out.append("\\")
        out.append(ch)
    return W_String("".join(out))


@functions.function("preg_grep")
def preg_grep(space, w_pattern, w_array, w_flags=None):
    program = get_regex(space, w_pattern, "preg_grep")
    if program is None:
        return w_false
    invert_match = w_flags is not None and space.to_int(w_flags) == 1
    w_result = W_Array()
    caps = [-1] * (program.ngroups * 2)
    for w_key, w_value in entries(array_arg(space, w_array, "preg_grep", 2, "array")):
        found = regex.search(program, space.str(w_value.deref()), 0, caps)
        if found != invert_match:
            w_result.set(w_key, space.stored(w_value.deref()))
    return w_result
