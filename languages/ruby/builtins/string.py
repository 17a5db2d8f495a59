"""String (mutable: the text is replaced in place, so aliases see the change) and Symbol."""
from rpython.rlib.rstring import StringBuilder, replace

from languages.ruby.builtins.registry import (builtin, as_string, as_array, as_hash,
                                               as_integer, as_float, as_regexp)
from languages.ruby.constants import symbol
from languages.ruby.objects import (nonneg, W_Integer, W_Float, W_String, W_Symbol, W_Array,
                                    W_Hash, W_Range, W_Proc, w_nil, w_true, w_false,
                                    newbool, W_BigInt)
from languages.ruby.space import inspect_string, inspect_symbol
from languages.ruby.regexp import W_Regexp, W_MatchData
from languages.ruby.builtins.format import sprintf
from languages.ruby.casemap import upcase, downcase, capitalize, swapcase
from framework.integers import parse_int, parse_big, InvalidLiteral, parse_float


def str_of(w_value):
    assert isinstance(w_value, W_String)
    return w_value.value


def modify(space, w_self, value):
    assert isinstance(w_self, W_String)
    if w_self.frozen:
        raise space.frozen_error(w_self)
    w_self.value = value


def new_like(space, w_self, value):
    return space.newstr(value)


def arg_str(space, w_value):
    return space.expect_str(w_value)


def is_space(ch):
    return ch == " " or ch == "\t" or ch == "\n" or ch == "\r" or ch == "\f" or \
        ch == "\v" or ch == "\0"


@builtin("String", "initialize", 0, 1, private=True)
def str_initialize(interp, w_self, args_w, w_block):
    if args_w and isinstance(args_w[0], W_String):
        assert isinstance(w_self, W_String)
        w_self.value = as_string(args_w[0]).value
    return w_nil


@builtin("String", "to_s to_str", 0, 0)
def str_to_s(interp, w_self, args_w, w_block):
    return w_self


@builtin("String", "inspect dump", 0, 0)
def str_inspect(interp, w_self, args_w, w_block):
    return interp.space.newstr(inspect_string(str_of(w_self)))


@builtin("String", "==  === eql?", 1, 1)
def str_eq(interp, w_self, args_w, w_block):
    w_other = args_w[0]
    return newbool(isinstance(w_other, W_String) and w_other.value == str_of(w_self))


@builtin("String", "hash", 0, 0)
def str_hash(interp, w_self, args_w, w_block):
    return W_Integer(interp.space.hash_value(w_self))


@builtin("String", "<=>", 1, 1)
def str_cmp(interp, w_self, args_w, w_block):
    w_other = args_w[0]
    if not isinstance(w_other, W_String):
        return w_nil
    a = str_of(w_self)
    b = w_other.value
    return W_Integer(-1 if a < b else (1 if a > b else 0))


@builtin("String", "+", 1, 1)
def str_add(interp, w_self, args_w, w_block):
    space = interp.space
    w_other = args_w[0]
    if not isinstance(w_other, W_String):
        raise space.type_error("no implicit conversion of %s into String" %
                               space.type_name_for_conversion(w_other))
    return space.newstr(str_of(w_self) + w_other.value)


@builtin("String", "*", 1, 1)
def str_mul(interp, w_self, args_w, w_block):
    count = interp.space.expect_int(args_w[0])
    if count < 0:
        raise interp.space.argument_error("negative argument")
    return interp.space.newstr(str_of(w_self) * count)


@builtin("String", "%", 1, 1)
def str_format(interp, w_self, args_w, w_block):
    w_arg = args_w[0]
    if isinstance(w_arg, W_Array):
        values_w = w_arg.items_w
    else:
        values_w = [w_arg]
    return interp.space.newstr(sprintf(interp, str_of(w_self), values_w))


@builtin("String", "<< concat", 0, -1)
def str_append(interp, w_self, args_w, w_block):
    space = interp.space
    text = str_of(w_self)
    for w_arg in args_w:
        if isinstance(w_arg, W_Integer):
            from languages.ruby.lexer import utf8_encode
            text += utf8_encode(w_arg.value)
        else:
            text += space.expect_str(w_arg)
    modify(space, w_self, text)
    return w_self


@builtin("String", "prepend", 1, -1)
def str_prepend(interp, w_self, args_w, w_block):
    prefix = ""
    for w_arg in args_w:
        prefix += interp.space.expect_str(w_arg)
    modify(interp.space, w_self, prefix + str_of(w_self))
    return w_self


@builtin("String", "insert", 2, 2)
def str_insert(interp, w_self, args_w, w_block):
    space = interp.space
    text = str_of(w_self)
    index = space.expect_int(args_w[0])
    other = space.expect_str(args_w[1])
    if index < 0:
        index = len(text) + index + 1
    if index < 0 or index > len(text):
        raise space.error(space.w_IndexError, "index %d out of string" %
                          space.expect_int(args_w[0]))
    modify(space, w_self, text[:nonneg(index)] + other + text[nonneg(index):])
    return w_self


@builtin("String", "replace", 1, 1)
def str_replace(interp, w_self, args_w, w_block):
    modify(interp.space, w_self, interp.space.expect_str(args_w[0]))
    return w_self


@builtin("String", "clear", 0, 0)
def str_clear(interp, w_self, args_w, w_block):
    modify(interp.space, w_self, "")
    return w_self


@builtin("String", "length size", 0, 0)
def str_length(interp, w_self, args_w, w_block):
    return W_Integer(utf8_length(str_of(w_self)))


@builtin("String", "bytesize", 0, 0)
def str_bytesize(interp, w_self, args_w, w_block):
    return W_Integer(len(str_of(w_self)))


def utf8_length(s):
    count = 0
    for ch in s:
        if (ord(ch) & 0xC0) != 0x80:
            count += 1
    return count


def is_ascii(s):
    for ch in s:
        if ord(ch) >= 128:
            return False
    return True


def utf8_chars(s):
    chars = []
    i = 0
    n = len(s)
    while i < n:
        j = i + 1
        while j < n and (ord(s[j]) & 0xC0) == 0x80:
            j += 1
        chars.append(s[nonneg(i):nonneg(j)])
        i = j
    return chars


def char_list(s):
    if is_ascii(s):
        return [ch for ch in s]
    return utf8_chars(s)


def slice_chars(space, s, w_index, w_length):
    """str[index], str[start, len], str[range], str[str], str[regexp]: text or None."""
    chars = None
    if isinstance(w_index, W_String):
        if s.find(w_index.value) >= 0:
            return w_index.value
        return None
    if isinstance(w_index, W_Regexp):
        w_match = w_index.match_at(space, s, 0)
        if w_match is None:
            space.set_gvar("$~", w_nil)
            return None
        space.set_gvar("$~", w_match)
        group = 0
        if w_length is not None:
            if isinstance(w_length, W_String) or isinstance(w_length, W_Symbol):
                group = w_match.named_index(space.to_s(w_length))
            else:
                group = space.expect_int(w_length)
        w_group = w_match.group(space, group)
        if w_group is w_nil:
            return None
        return space.str_w(w_group)
    if is_ascii(s):
        chars = None
        n = len(s)
    else:
        chars = utf8_chars(s)
        n = len(chars)
    if isinstance(w_index, W_Range):
        start, length = range_bounds(space, w_index, n)
        if start < 0:
            return None
    else:
        start = space.expect_int(w_index)
        if w_length is None:
            if start < 0:
                start += n
            if start < 0 or start >= n:
                return None
            if chars is None:
                return s[start]
            return chars[start]
        length = space.expect_int(w_length)
        if start < 0:
            start += n
        if start < 0 or start > n or length < 0:
            return None
    end = min(start + length, n)
    if end < start:
        end = start
    if chars is None:
        return s[nonneg(start):nonneg(end)]
    return "".join(chars[nonneg(start):nonneg(end)])


def range_bounds(space, w_range, n):
    """(start, length) of a range over a sequence of n items; start -1 when outside."""
    w_first = w_range.w_first
    w_last = w_range.w_last
    start = 0 if w_first is w_nil else space.expect_int(w_first)
    if start < 0:
        start += n
    if start < 0 or start > n:
        return -1, 0
    if w_last is w_nil:
        end = n
    else:
        end = space.expect_int(w_last)
        if end < 0:
            end += n
        if not w_range.exclusive:
            end += 1
    if end > n:
        end = n
    length = end - start
    if length < 0:
        length = 0
    return start, length


@builtin("String", "[] slice", 1, 2)
def str_index(interp, w_self, args_w, w_block):
    text = slice_chars(interp.space, str_of(w_self), args_w[0],
                       args_w[1] if len(args_w) > 1 else None)
    if text is None:
        return w_nil
    return interp.space.newstr(text)


@builtin("String", "[]=", 2, 3)
def str_setindex(interp, w_self, args_w, w_block):
    space = interp.space
    s = str_of(w_self)
    chars = char_list(s)
    n = len(chars)
    w_value = args_w[-1]
    value = space.expect_str(w_value)
    w_index = args_w[0]
    if isinstance(w_index, W_String):
        pos = s.find(w_index.value)
        if pos < 0:
            raise space.error(space.w_IndexError, "string not matched")
        modify(space, w_self, s[:nonneg(pos)] + value + s[nonneg(pos + len(w_index.value)):])
        return w_value
    if isinstance(w_index, W_Regexp):
        w_match = w_index.match_at(space, s, 0)
        if w_match is None:
            raise space.error(space.w_IndexError, "regexp not matched")
        start, end = w_match.span(0)
        modify(space, w_self, s[:nonneg(start)] + value + s[nonneg(end):])
        return w_value
    if isinstance(w_index, W_Range):
        start, length = range_bounds(space, w_index, n)
    elif len(args_w) == 3:
        start = space.expect_int(w_index)
        length = space.expect_int(args_w[1])
        if start < 0:
            start += n
    else:
        start = space.expect_int(w_index)
        length = 1
        if start < 0:
            start += n
        if start < 0 or start >= n:
            raise space.error(space.w_IndexError, "index %d out of string" %
                              space.expect_int(w_index))
    if start < 0 or start > n:
        raise space.error(space.w_IndexError, "index out of string")
    end = min(start + length, n)
    modify(space, w_self, "".join(chars[:nonneg(start)]) + value + "".join(chars[nonneg(end):]))
    return w_value


@builtin("String", "slice!", 1, 2)
def str_slice_bang(interp, w_self, args_w, w_block):
    space = interp.space
    s = str_of(w_self)
    text = slice_chars(space, s, args_w[0], args_w[1] if len(args_w) > 1 else None)
    if text is None:
        return w_nil
    pos = s.find(text)
    if isinstance(args_w[0], W_Integer) or isinstance(args_w[0], W_Range):
        chars = char_list(s)
        if isinstance(args_w[0], W_Range):
            start, length = range_bounds(space, args_w[0], len(chars))
        else:
            start = space.expect_int(args_w[0])
            if start < 0:
                start += len(chars)
            length = space.expect_int(args_w[1]) if len(args_w) > 1 else 1
        end = min(start + length, len(chars))
        modify(space, w_self, "".join(chars[:nonneg(start)]) + "".join(chars[nonneg(end):]))
    elif pos >= 0:
        modify(space, w_self, s[:nonneg(pos)] + s[nonneg(pos + len(text)):])
    return space.newstr(text)


@builtin("String", "chars", 0, 0)
def str_chars(interp, w_self, args_w, w_block):
    space = interp.space
    return space.newarray([space.newstr(ch) for ch in char_list(str_of(w_self))])


@builtin("String", "each_char", 0, 0)
def str_each_char(interp, w_self, args_w, w_block):
    space = interp.space
    if w_block is None:
        return space.make_enumerator(w_self, "each_char", [])
    for ch in char_list(str_of(w_self)):
        interp.call_proc(w_block, [space.newstr(ch)])
    return w_self


@builtin("String", "bytes", 0, 0)
def str_bytes(interp, w_self, args_w, w_block):
    return interp.space.newarray([W_Integer(ord(ch)) for ch in str_of(w_self)])


@builtin("String", "each_byte", 0, 0)
def str_each_byte(interp, w_self, args_w, w_block):
    for ch in str_of(w_self):
        interp.call_proc(w_block, [W_Integer(ord(ch))])
    return w_self


def split_lines(s, chomp):
    lines = []
    start = 0
    while start < len(s):
        nl = s.find("\n", nonneg(start))
        if nl < 0:
            lines.append(s[nonneg(start):])
            break
        lines.append(s[nonneg(start):nonneg(nl)] if chomp else s[nonneg(start):nonneg(nl + 1)])
        start = nl + 1
    return lines


def chomp_option(args_w):
    for w_arg in args_w:
        if isinstance(w_arg, W_Hash):
            w_chomp = w_arg.table.get(symbol("chomp"))
            if w_chomp is not None and w_chomp.is_true():
                return True
    return False


@builtin("String", "lines", 0, 1)
def str_lines(interp, w_self, args_w, w_block):
    space = interp.space
    return space.newarray([space.newstr(line) for line in
                           split_lines(str_of(w_self), chomp_option(args_w))])


@builtin("String", "each_line", 0, 1)
def str_each_line(interp, w_self, args_w, w_block):
    space = interp.space
    if w_block is None:
        return space.make_enumerator(w_self, "each_line", args_w)
    for line in split_lines(str_of(w_self), chomp_option(args_w)):
        interp.call_proc(w_block, [space.newstr(line)])
    return w_self


@builtin("String", "upcase", 0, 1)
def str_upcase(interp, w_self, args_w, w_block):
    return interp.space.newstr(upcase(str_of(w_self)))


@builtin("String", "downcase", 0, 1)
def str_downcase(interp, w_self, args_w, w_block):
    return interp.space.newstr(downcase(str_of(w_self)))


@builtin("String", "capitalize", 0, 1)
def str_capitalize(interp, w_self, args_w, w_block):
    return interp.space.newstr(capitalize(str_of(w_self)))


@builtin("String", "swapcase", 0, 1)
def str_swapcase(interp, w_self, args_w, w_block):
    return interp.space.newstr(swapcase(str_of(w_self)))


def bang(interp, w_self, new_value):
    """A bang method's result: self when it changed, else nil."""
    if new_value == str_of(w_self):
        interp.space.check_frozen(w_self)
        return w_nil
    modify(interp.space, w_self, new_value)
    return w_self


@builtin("String", "upcase!", 0, 1)
def str_upcase_bang(interp, w_self, args_w, w_block):
    return bang(interp, w_self, upcase(str_of(w_self)))


@builtin("String", "downcase!", 0, 1)
def str_downcase_bang(interp, w_self, args_w, w_block):
    return bang(interp, w_self, downcase(str_of(w_self)))


@builtin("String", "capitalize!", 0, 1)
def str_capitalize_bang(interp, w_self, args_w, w_block):
    return bang(interp, w_self, capitalize(str_of(w_self)))


@builtin("String", "swapcase!", 0, 1)
def str_swapcase_bang(interp, w_self, args_w, w_block):
    return bang(interp, w_self, swapcase(str_of(w_self)))


def lstrip(s):
    i = 0
    while i < len(s) and is_space(s[i]):
        i += 1
    return s[nonneg(i):]


def rstrip(s):
    j = len(s)
    while j > 0 and is_space(s[j - 1]):
        j -= 1
    return s[:nonneg(j)]


@builtin("String", "strip", 0, 0)
def str_strip(interp, w_self, args_w, w_block):
    return interp.space.newstr(lstrip(rstrip(str_of(w_self))))


@builtin("String", "lstrip", 0, 0)
def str_lstrip(interp, w_self, args_w, w_block):
    return interp.space.newstr(lstrip(str_of(w_self)))


@builtin("String", "rstrip", 0, 0)
def str_rstrip(interp, w_self, args_w, w_block):
    return interp.space.newstr(rstrip(str_of(w_self)))


@builtin("String", "strip!", 0, 0)
def str_strip_bang(interp, w_self, args_w, w_block):
    return bang(interp, w_self, lstrip(rstrip(str_of(w_self))))


@builtin("String", "lstrip!", 0, 0)
def str_lstrip_bang(interp, w_self, args_w, w_block):
    return bang(interp, w_self, lstrip(str_of(w_self)))


@builtin("String", "rstrip!", 0, 0)
def str_rstrip_bang(interp, w_self, args_w, w_block):
    return bang(interp, w_self, rstrip(str_of(w_self)))


def chomp(s, suffix):
    if suffix is None:
        if s.endswith("\r\n"):
            return drop_last(s, 2)
        if s.endswith("\n") or s.endswith("\r"):
            return drop_last(s, 1)
        return s
    if suffix and s.endswith(suffix):
        return s[:nonneg(len(s) - len(suffix))]
    return s


@builtin("String", "chomp", 0, 1)
def str_chomp(interp, w_self, args_w, w_block):
    suffix = interp.space.expect_str(args_w[0]) if args_w else None
    return interp.space.newstr(chomp(str_of(w_self), suffix))


@builtin("String", "chomp!", 0, 1)
def str_chomp_bang(interp, w_self, args_w, w_block):
    suffix = interp.space.expect_str(args_w[0]) if args_w else None
    return bang(interp, w_self, chomp(str_of(w_self), suffix))


def chop(s):
    if s.endswith("\r\n"):
        return drop_last(s, 2)
    chars = char_list(s)
    return "".join(chars[:nonneg(len(chars) - 1)]) if chars else ""


@builtin("String", "chop", 0, 0)
def str_chop(interp, w_self, args_w, w_block):
    return interp.space.newstr(chop(str_of(w_self)))


@builtin("String", "chop!", 0, 0)
def str_chop_bang(interp, w_self, args_w, w_block):
    return bang(interp, w_self, chop(str_of(w_self)))


@builtin("String", "chr", 0, 0)
def str_chr(interp, w_self, args_w, w_block):
    chars = char_list(str_of(w_self))
    return interp.space.newstr(chars[0] if chars else "")


@builtin("String", "reverse", 0, 0)
def str_reverse(interp, w_self, args_w, w_block):
    chars = char_list(str_of(w_self))
    chars.reverse()
    return interp.space.newstr("".join(chars))


@builtin("String", "reverse!", 0, 0)
def str_reverse_bang(interp, w_self, args_w, w_block):
    chars = char_list(str_of(w_self))
    chars.reverse()
    modify(interp.space, w_self, "".join(chars))
    return w_self


@builtin("String", "include?", 1, 1)
def str_include(interp, w_self, args_w, w_block):
    return newbool(str_of(w_self).find(interp.space.expect_str(args_w[0])) >= 0)


@builtin("String", "start_with?", 0, -1)
def str_start_with(interp, w_self, args_w, w_block):
    s = str_of(w_self)
    for w_prefix in args_w:
        if isinstance(w_prefix, W_Regexp):
            w_match = w_prefix.match_at(interp.space, s, 0)
            if w_match is not None and w_match.span(0)[0] == 0:
                return w_true
            continue
        if s.startswith(interp.space.expect_str(w_prefix)):
            return w_true
    return w_false


@builtin("String", "end_with?", 0, -1)
def str_end_with(interp, w_self, args_w, w_block):
    s = str_of(w_self)
    for w_suffix in args_w:
        if s.endswith(interp.space.expect_str(w_suffix)):
            return w_true
    return w_false


def byte_to_char_index(s, byte_index):
    if is_ascii(s):
        return byte_index
    return utf8_length(s[:nonneg(byte_index)])


def char_to_byte_index(s, char_index):
    if is_ascii(s):
        return char_index
    count = 0
    i = 0
    while i < len(s) and count < char_index:
        i += 1
        while i < len(s) and (ord(s[i]) & 0xC0) == 0x80:
            i += 1
        count += 1
    return i


@builtin("String", "index", 1, 2)
def str_find(interp, w_self, args_w, w_block):
    space = interp.space
    s = str_of(w_self)
    start = 0
    if len(args_w) > 1:
        start = space.expect_int(args_w[1])
        if start < 0:
            start += utf8_length(s)
        if start < 0:
            return w_nil
    byte_start = char_to_byte_index(s, start)
    if isinstance(args_w[0], W_Regexp):
        w_match = as_regexp(args_w[0]).match_at(space, s, byte_start)
        if w_match is None:
            return w_nil
        space.set_gvar("$~", w_match)
        return W_Integer(byte_to_char_index(s, w_match.span(0)[0]))
    pos = s.find(space.expect_str(args_w[0]), byte_start)
    if pos < 0:
        return w_nil
    return W_Integer(byte_to_char_index(s, pos))


@builtin("String", "rindex", 1, 2)
def str_rfind(interp, w_self, args_w, w_block):
    space = interp.space
    s = str_of(w_self)
    end = len(s)
    if len(args_w) > 1:
        limit = space.expect_int(args_w[1])
        if limit < 0:
            limit += utf8_length(s)
        if limit < 0:
            return w_nil
        end = char_to_byte_index(s, limit)
    if isinstance(args_w[0], W_Regexp):
        i = min(end, len(s))
        while i >= 0:
            w_match = as_regexp(args_w[0]).match_here(space, s, i)
            if w_match is not None:
                return W_Integer(byte_to_char_index(s, i))
            i -= 1
        return w_nil
    needle = space.expect_str(args_w[0])
    pos = s.rfind(needle, 0, min(len(s), end + len(needle)))
    if pos < 0:
        return w_nil
    return W_Integer(byte_to_char_index(s, pos))


def justify(interp, w_self, args_w, mode):
    space = interp.space
    s = str_of(w_self)
    width = space.expect_int(args_w[0])
    fill = space.expect_str(args_w[1]) if len(args_w) > 1 else " "
    if not fill:
        raise space.argument_error("zero width padding")
    n = utf8_length(s)
    if width <= n:
        return space.newstr(s)
    total = width - n
    if mode == "left":
        left = 0
    elif mode == "right":
        left = total
    else:
        left = total // 2
    right = total - left
    return space.newstr(repeat_to(fill, left) + s + repeat_to(fill, right))


def repeat_to(fill, count):
    out = []
    i = 0
    while i < count:
        out.append(fill[i % len(fill)])
        i += 1
    return "".join(out)


@builtin("String", "center", 1, 2)
def str_center(interp, w_self, args_w, w_block):
    return justify(interp, w_self, args_w, "center")


@builtin("String", "ljust", 1, 2)
def str_ljust(interp, w_self, args_w, w_block):
    return justify(interp, w_self, args_w, "left")


@builtin("String", "rjust", 1, 2)
def str_rjust(interp, w_self, args_w, w_block):
    return justify(interp, w_self, args_w, "right")


def split_whitespace(s, limit):
    parts = []
    i = 0
    n = len(s)
    while i < n:
        while i < n and is_space(s[i]):
            i += 1
        if i >= n:
            if limit < 0:
                parts.append("")        # trailing whitespace: an empty last field
            break
        if limit > 0 and len(parts) == limit - 1:
            parts.append(s[nonneg(i):])
            return parts
        j = i
        while j < n and not is_space(s[j]):
            j += 1
        parts.append(s[nonneg(i):nonneg(j)])
        i = j
    return parts


@builtin("String", "split", 0, 2)
def str_split(interp, w_self, args_w, w_block):
    space = interp.space
    s = str_of(w_self)
    limit = space.expect_int(args_w[1]) if len(args_w) > 1 else 0
    w_sep = args_w[0] if args_w else w_nil
    if w_sep is w_nil or (isinstance(w_sep, W_String) and w_sep.value == " "):
        parts = split_whitespace(s, limit)
    elif isinstance(w_sep, W_Regexp):
        parts = w_sep.split(space, s, limit)
    else:
        sep = space.expect_str(w_sep)
        if sep == "":
            parts = char_list(s)
            if limit > 0 and len(parts) > limit:
                parts = parts[:nonneg(limit - 1)] + ["".join(parts[nonneg(limit - 1):])]
        else:
            parts = []
            start = 0
            while True:
                if limit > 0 and len(parts) == limit - 1:
                    parts.append(s[nonneg(start):])
                    break
                pos = s.find(sep, nonneg(start))
                if pos < 0:
                    parts.append(s[nonneg(start):])
                    break
                parts.append(s[nonneg(start):nonneg(pos)])
                start = pos + len(sep)
    if limit == 0:
        while parts and parts[-1] == "":
            parts.pop()
    result_w = [space.newstr(part) for part in parts]
    if w_block is not None:
        for w_part in result_w:
            interp.call_proc(w_block, [w_part])
        return w_self
    return space.newarray(result_w)


@builtin("String", "to_i", 0, 1)
def str_to_i(interp, w_self, args_w, w_block):
    base = interp.space.expect_int(args_w[0]) if args_w else 10
    return parse_leading_int(str_of(w_self), base)


def parse_leading_int(s, base):
    s = lstrip(s)
    i = 0
    n = len(s)
    sign = ""
    if i < n and (s[i] == "-" or s[i] == "+"):
        sign = s[i] if s[i] == "-" else ""
        i += 1
    if base == 0:                       # the prefix chooses: 0x 0b 0o 0 or decimal
        prefix = s[nonneg(i):nonneg(i + 2)].lower()
        if prefix == "0x":
            base = 16
        elif prefix == "0b":
            base = 2
        elif prefix == "0o" or (prefix.startswith("0") and len(prefix) == 2):
            base = 8
        else:
            base = 10
    if base == 16 and s[nonneg(i):nonneg(i + 2)].lower() == "0x":
        i += 2
    elif base == 2 and s[nonneg(i):nonneg(i + 2)].lower() == "0b":
        i += 2
    elif base == 8 and s[nonneg(i):nonneg(i + 2)].lower() == "0o":
        i += 2
    start = i
    while i < n:
        ch = s[i].lower()
        if "0" <= ch <= "9":
            value = ord(ch) - ord("0")
        elif "a" <= ch <= "z":
            value = ord(ch) - ord("a") + 10
        elif ch == "_" and i > start and i + 1 < n and s[i + 1] != "_":
            i += 1
            continue
        else:
            break
        if value >= base:
            break
        i += 1
    digits = replace(s[nonneg(start):nonneg(i)], "_", "")
    if not digits:
        return W_Integer(0)
    try:
        return W_Integer(parse_int(sign + digits, base))
    except OverflowError:
        from languages.ruby.objects import wrap_big
        return wrap_big(parse_big(sign + digits, base))
    except InvalidLiteral:
        return W_Integer(0)


@builtin("String", "hex", 0, 0)
def str_hex(interp, w_self, args_w, w_block):
    return parse_leading_int(str_of(w_self), 16)


@builtin("String", "oct", 0, 0)
def str_oct(interp, w_self, args_w, w_block):
    s = lstrip(str_of(w_self))
    body = s[1:] if s.startswith("-") else s
    base = 8
    if body.startswith("0x") or body.startswith("0X"):
        base = 16
    elif body.startswith("0b") or body.startswith("0B"):
        base = 2
    return parse_leading_int(s, base)


@builtin("String", "to_f", 0, 0)
def str_to_f(interp, w_self, args_w, w_block):
    s = lstrip(str_of(w_self))
    i = 0
    n = len(s)
    if i < n and s[i] in "+-":
        i += 1
    while i < n and ("0" <= s[i] <= "9" or (s[i] == "_" and i > 0)):
        i += 1
    if i < n and s[i] == "." and i + 1 < n and "0" <= s[i + 1] <= "9":
        i += 1
        while i < n and "0" <= s[i] <= "9":
            i += 1
    if i < n and s[i] in "eE":
        j = i + 1
        if j < n and s[j] in "+-":
            j += 1
        if j < n and "0" <= s[j] <= "9":
            while j < n and "0" <= s[j] <= "9":
                j += 1
            i = j
    text = replace(s[:nonneg(i)], "_", "")
    try:
        return W_Float(parse_float(text))
    except InvalidLiteral:
        return W_Float(0.0)


@builtin("String", "to_sym intern", 0, 0)
def str_to_sym(interp, w_self, args_w, w_block):
    return symbol(str_of(w_self))


@builtin("String", "ord", 0, 0)
def str_ord(interp, w_self, args_w, w_block):
    s = str_of(w_self)
    if not s:
        raise interp.space.argument_error("empty string")
    first = ord(s[0])
    if first < 0x80:
        return W_Integer(first)
    chars = utf8_chars(s)
    ch = chars[0]
    code = first & (0x1F if len(ch) == 2 else (0x0F if len(ch) == 3 else 0x07))
    for k in range(1, len(ch)):
        code = (code << 6) | (ord(ch[k]) & 0x3F)
    return W_Integer(code)


@builtin("String", "sum", 0, 0)
def str_sum(interp, w_self, args_w, w_block):
    total = 0
    for ch in str_of(w_self):
        total += ord(ch)
    return W_Integer(total)


@builtin("String", "empty?", 0, 0)
def str_empty(interp, w_self, args_w, w_block):
    return newbool(len(str_of(w_self)) == 0)


@builtin("String", "freeze", 0, 0)
def str_freeze(interp, w_self, args_w, w_block):
    assert isinstance(w_self, W_String)
    w_self.frozen = True
    return w_self


@builtin("String", "-@ dedup", 0, 0)
def str_dedup(interp, w_self, args_w, w_block):
    assert isinstance(w_self, W_String)
    if w_self.frozen:
        return w_self
    w_copy = interp.space.newstr(w_self.value)
    w_copy.frozen = True
    return w_copy


@builtin("String", "+@", 0, 0)
def str_unfreeze(interp, w_self, args_w, w_block):
    assert isinstance(w_self, W_String)
    if w_self.frozen:
        return interp.space.newstr(w_self.value)
    return w_self


def expand_set(spec):
    """tr/delete/count character sets: ranges a-z and a leading ^ (negation)."""
    negate = False
    if len(spec) > 1 and spec[0] == "^":
        negate = True
        spec = spec[1:]
    chars = []
    i = 0
    while i < len(spec):
        ch = spec[i]
        if ch == "\\" and i + 1 < len(spec):
            chars.append(spec[i + 1])
            i += 2
            continue
        if i + 2 < len(spec) and spec[i + 1] == "-":
            for code in range(ord(ch), ord(spec[i + 2]) + 1):
                chars.append(chr(code))
            i += 3
            continue
        chars.append(ch)
        i += 1
    return chars, negate


def in_sets(ch, sets):
    for chars, negate in sets:
        found = ch in chars
        if found == negate:
            return False
    return True


def parse_sets(space, args_w):
    sets = []
    for w_arg in args_w:
        sets.append(expand_set(space.expect_str(w_arg)))
    return sets


@builtin("String", "count", 1, -1)
def str_count(interp, w_self, args_w, w_block):
    sets = parse_sets(interp.space, args_w)
    count = 0
    for ch in str_of(w_self):
        if in_sets(ch, sets):
            count += 1
    return W_Integer(count)


def delete_chars(space, s, args_w):
    sets = parse_sets(space, args_w)
    return "".join([ch for ch in s if not in_sets(ch, sets)])


@builtin("String", "delete", 1, -1)
def str_delete(interp, w_self, args_w, w_block):
    return interp.space.newstr(delete_chars(interp.space, str_of(w_self), args_w))


@builtin("String", "delete!", 1, -1)
def str_delete_bang(interp, w_self, args_w, w_block):
    return bang(interp, w_self, delete_chars(interp.space, str_of(w_self), args_w))


def squeeze(space, s, args_w):
    sets = parse_sets(space, args_w)
    out = []
    for ch in s:
        if out and out[-1] == ch and (not sets or in_sets(ch, sets)):
            continue
        out.append(ch)
    return "".join(out)


@builtin("String", "squeeze", 0, -1)
def str_squeeze(interp, w_self, args_w, w_block):
    return interp.space.newstr(squeeze(interp.space, str_of(w_self), args_w))


@builtin("String", "squeeze!", 0, -1)
def str_squeeze_bang(interp, w_self, args_w, w_block):
    return bang(interp, w_self, squeeze(interp.space, str_of(w_self), args_w))


def translate(space, s, w_from, w_to, squeeze_runs):
    source, negate = expand_set(space.expect_str(w_from))
    target, _ = expand_set(space.expect_str(w_to))
    out = []
    last = ""
    for ch in s:
        if negate:
            if ch in source:
                out.append(ch)
                last = ""
                continue
            repl = target[-1] if target else ""
        else:
            index = -1
            for k in range(len(source)):
                if source[k] == ch:
                    index = k
            if index < 0:
                out.append(ch)
                last = ""
                continue
            if not target:
                repl = ""
            elif index < len(target):
                repl = target[index]
            else:
                repl = target[-1]
        if squeeze_runs and repl == last and repl:
            continue
        out.append(repl)
        last = repl
    return "".join(out)


@builtin("String", "tr", 2, 2)
def str_tr(interp, w_self, args_w, w_block):
    return interp.space.newstr(translate(interp.space, str_of(w_self), args_w[0], args_w[1],
                                         False))


@builtin("String", "tr!", 2, 2)
def str_tr_bang(interp, w_self, args_w, w_block):
    return bang(interp, w_self, translate(interp.space, str_of(w_self), args_w[0], args_w[1],
                                          False))


@builtin("String", "tr_s", 2, 2)
def str_tr_s(interp, w_self, args_w, w_block):
    return interp.space.newstr(translate(interp.space, str_of(w_self), args_w[0], args_w[1],
                                         True))


def succ(s):
    if not s:
        return ""
    chars = [ch for ch in s]
    i = len(chars) - 1
    has_alnum = False
    for ch in chars:
        if ch.isalnum():
            has_alnum = True
    while i >= 0:
        ch = chars[i]
        if has_alnum and not ch.isalnum():
            i -= 1
            continue
        if ch == "z":
            chars[i] = "a"
            carry = "a"
        elif ch == "Z":
            chars[i] = "A"
            carry = "A"
        elif ch == "9":
            chars[i] = "0"
            carry = "1"
        elif not has_alnum and ord(ch) == 255:
            chars[i] = "\0"
            carry = "\1"
        else:
            chars[i] = chr(ord(ch) + 1)
            return "".join(chars)
        # carry to the next alphanumeric on the left, or insert
        j = i - 1
        while j >= 0 and has_alnum and not chars[j].isalnum():
            j -= 1
        if j < 0:
            return "".join(chars[:nonneg(i)]) + carry + "".join(chars[nonneg(i):])
        i = j
    return "".join(chars)


@builtin("String", "succ next", 0, 0)
def str_succ(interp, w_self, args_w, w_block):
    return interp.space.newstr(succ(str_of(w_self)))


@builtin("String", "upto", 1, 2)
def str_upto(interp, w_self, args_w, w_block):
    space = interp.space
    if w_block is None:
        return space.make_enumerator(w_self, "upto", args_w)
    current = str_of(w_self)
    last = space.expect_str(args_w[0])
    exclusive = len(args_w) > 1 and args_w[1].is_true()
    if all_digits(current) and all_digits(last) and len(current) <= 18 and len(last) <= 18:
        width = len(current)                # "08".upto("11"): numbers, zero-padded
        i = int(current)
        end = int(last)
        while i < end or (i == end and not exclusive):
            text = str(i)
            if len(text) < width:
                text = "0" * (width - len(text)) + text
            interp.call_proc(w_block, [space.newstr(text)])
            i += 1
        return w_self
    if current > last or (exclusive and current == last):
        return w_self
    while True:
        interp.call_proc(w_block, [space.newstr(current)])
        if not exclusive and current == last:
            break
        current = succ(current)
        if exclusive and current == last:
            break
        if len(current) > len(last) or len(current) == 0:
            break
    return w_self


def all_digits(text):
    if not text:
        return False
    for ch in text:
        if not ("0" <= ch <= "9"):
            return False
    return True


@builtin("String", "=~", 1, 1)
def str_match_op(interp, w_self, args_w, w_block):
    w_re = args_w[0]
    if isinstance(w_re, W_String):
        raise interp.space.type_error("type mismatch: String given")
    return interp.send(w_re, "=~", [w_self])


@builtin("Symbol", "=~", 1, 1)
def sym_match_op(interp, w_self, args_w, w_block):
    assert isinstance(w_self, W_Symbol)
    return interp.send(args_w[0], "=~", [interp.space.newstr(w_self.name)])


@builtin("String", "match?", 1, 2)
def str_match_p(interp, w_self, args_w, w_block):
    w_re = args_w[0]
    if isinstance(w_re, W_String):
        return newbool(str_of(w_self).find(w_re.value) >= 0)
    assert isinstance(w_re, W_Regexp)
    return newbool(w_re.match_at(interp.space, str_of(w_self), 0) is not None)


@builtin("String", "match", 1, 2)
def str_match(interp, w_self, args_w, w_block):
    w_re = args_w[0]
    if isinstance(w_re, W_String):
        w_re = interp.space.newregexp(escape_regexp(w_re.value), 0)
    return interp.send(w_re, "match", [w_self] + args_w[1:])


def escape_regexp(s):
    out = []
    for ch in s:
        if ch in ".*?+^$|()[]{}\\/-":
            out.append("\\")
        if ch == "\n":
            out.append("\\n")
            continue
        if ch == "\t":
            out.append("\\t")
            continue
        if ch == " ":
            out.append("\\ ")
            continue
        out.append(ch)
    return "".join(out)


def pattern_of(space, w_pattern):
    if isinstance(w_pattern, W_Regexp):
        return w_pattern
    return space.newregexp(escape_regexp(space.expect_str(w_pattern)), 0)


def expand_replacement(space, template, w_match):
    out = []
    i = 0
    while i < len(template):
        ch = template[i]
        if ch == "\\" and i + 1 < len(template):
            nxt = template[i + 1]
            if "0" <= nxt <= "9":
                w_group = w_match.group(space, ord(nxt) - ord("0"))
                if w_group is not w_nil:
                    out.append(space.str_w(w_group))
                i += 2
                continue
            if nxt == "&":
                out.append(space.str_w(w_match.group(space, 0)))
                i += 2
                continue
            if nxt == "k" and i + 2 < len(template) and template[i + 2] == "<":
                end = template.find(">", nonneg(i))
                name = template[nonneg(i + 3):nonneg(end)]
                w_group = w_match.group(space, w_match.named_index(name))
                if w_group is not w_nil:
                    out.append(space.str_w(w_group))
                i = end + 1
                continue
            if nxt == "\\":
                out.append("\\")
                i += 2
                continue
        out.append(ch)
        i += 1
    return "".join(out)


def substitute(interp, w_self, args_w, w_block, global_):
    space = interp.space
    s = str_of(w_self)
    w_re = pattern_of(space, args_w[0])
    out = []
    pos = 0
    changed = False
    while pos <= len(s):
        w_match = w_re.match_at(space, s, pos)
        if w_match is None:
            break
        start, end = w_match.span(0)
        out.append(s[nonneg(pos):nonneg(start)])
        changed = True
        space.set_gvar("$~", w_match)
        if len(args_w) > 1:
            w_repl = args_w[1]
            if isinstance(w_repl, W_Hash):
                w_value = interp.send(w_repl, "[]", [w_match.group(space, 0)])
                out.append(space.to_s(w_value))
            else:
                out.append(expand_replacement(space, space.expect_str(w_repl), w_match))
        elif w_block is not None:
            w_value = interp.call_proc(w_block, [w_match.group(space, 0)])
            space.set_gvar("$~", w_match)
            out.append(space.to_s(w_value))
        else:
            raise space.argument_error("wrong number of arguments (given 1, expected 2)")
        if end == start:
            if start < len(s):
                out.append(s[start])
            pos = end + 1
        else:
            pos = end
        if not global_:
            break
    if pos <= len(s):
        out.append(s[nonneg(pos):])
    return "".join(out), changed


@builtin("String", "sub", 1, 2)
def str_sub(interp, w_self, args_w, w_block):
    text, changed = substitute(interp, w_self, args_w, w_block, False)
    return interp.space.newstr(text)


@builtin("String", "gsub", 1, 2)
def str_gsub(interp, w_self, args_w, w_block):
    if len(args_w) == 1 and w_block is None:
        return interp.space.make_enumerator(w_self, "gsub", args_w)
    text, changed = substitute(interp, w_self, args_w, w_block, True)
    return interp.space.newstr(text)


@builtin("String", "sub!", 1, 2)
def str_sub_bang(interp, w_self, args_w, w_block):
    text, changed = substitute(interp, w_self, args_w, w_block, False)
    if not changed:
        return w_nil
    modify(interp.space, w_self, text)
    return w_self


@builtin("String", "gsub!", 1, 2)
def str_gsub_bang(interp, w_self, args_w, w_block):
    text, changed = substitute(interp, w_self, args_w, w_block, True)
    if not changed:
        return w_nil
    modify(interp.space, w_self, text)
    return w_self


@builtin("String", "scan", 1, 1)
def str_scan(interp, w_self, args_w, w_block):
    space = interp.space
    s = str_of(w_self)
    w_re = pattern_of(space, args_w[0])
    results_w = []
    pos = 0
    while pos <= len(s):
        w_match = w_re.match_at(space, s, pos)
        if w_match is None:
            break
        start, end = w_match.span(0)
        space.set_gvar("$~", w_match)
        if w_match.group_count() > 0:
            groups_w = []
            for g in range(1, w_match.group_count() + 1):
                groups_w.append(w_match.group(space, g))
            w_item = space.newarray(groups_w)
        else:
            w_item = w_match.group(space, 0)
        if w_block is not None:
            interp.call_proc(w_block, [w_item])
        else:
            results_w.append(w_item)
        pos = end + 1 if end == start else end
    if w_block is not None:
        return w_self
    return space.newarray(results_w)


@builtin("String", "delete_prefix", 1, 1)
def str_delete_prefix(interp, w_self, args_w, w_block):
    s = str_of(w_self)
    prefix = interp.space.expect_str(args_w[0])
    if s.startswith(prefix):
        s = s[len(prefix):]
    return interp.space.newstr(s)


@builtin("String", "delete_suffix", 1, 1)
def str_delete_suffix(interp, w_self, args_w, w_block):
    s = str_of(w_self)
    suffix = interp.space.expect_str(args_w[0])
    if suffix and s.endswith(suffix):
        s = s[:nonneg(len(s) - len(suffix))]
    return interp.space.newstr(s)


@builtin("String", "casecmp", 1, 1)
def str_casecmp(interp, w_self, args_w, w_block):
    if not isinstance(args_w[0], W_String):
        return w_nil
    a = str_of(w_self).lower()
    b = as_string(args_w[0]).value.lower()
    return W_Integer(-1 if a < b else (1 if a > b else 0))


@builtin("String", "casecmp?", 1, 1)
def str_casecmp_p(interp, w_self, args_w, w_block):
    if not isinstance(args_w[0], W_String):
        return w_nil
    return newbool(str_of(w_self).lower() == as_string(args_w[0]).value.lower())


@builtin("String", "force_encoding encode unicode_normalize scrub b", 0, 2)
def str_force_encoding(interp, w_self, args_w, w_block):
    return w_self


@builtin("String", "valid_encoding? ascii_only?", 0, 0)
def str_valid_encoding(interp, w_self, args_w, w_block):
    return w_true


@builtin("String", "unpack1 unpack", 1, 1)
def str_unpack(interp, w_self, args_w, w_block):
    return w_nil


@builtin("String", "between?", 2, 2)
def str_between(interp, w_self, args_w, w_block):
    s = str_of(w_self)
    return newbool(interp.space.expect_str(args_w[0]) <= s <= interp.space.expect_str(args_w[1]))


# -- Symbol -------------------------------------------------------------------------------

def sym_of(w_value):
    assert isinstance(w_value, W_Symbol)
    return w_value.name


@builtin("Symbol", "to_s id2name name", 0, 0)
def sym_to_s(interp, w_self, args_w, w_block):
    return interp.space.newstr(sym_of(w_self))


@builtin("Symbol", "to_sym", 0, 0)
def sym_to_sym(interp, w_self, args_w, w_block):
    return w_self


@builtin("Symbol", "inspect", 0, 0)
def sym_inspect(interp, w_self, args_w, w_block):
    return interp.space.newstr(inspect_symbol(sym_of(w_self)))


@builtin("Symbol", "to_proc", 0, 0)
def sym_to_proc(interp, w_self, args_w, w_block):
    return interp.space.symbol_proc(sym_of(w_self))


@builtin("Symbol", "length size", 0, 0)
def sym_length(interp, w_self, args_w, w_block):
    return W_Integer(utf8_length(sym_of(w_self)))


@builtin("Symbol", "<=>", 1, 1)
def sym_cmp(interp, w_self, args_w, w_block):
    if not isinstance(args_w[0], W_Symbol):
        return w_nil
    a = sym_of(w_self)
    b = sym_of(args_w[0])
    return W_Integer(-1 if a < b else (1 if a > b else 0))


@builtin("Symbol", "upcase", 0, 0)
def sym_upcase(interp, w_self, args_w, w_block):
    return symbol(sym_of(w_self).upper())


@builtin("Symbol", "downcase", 0, 0)
def sym_downcase(interp, w_self, args_w, w_block):
    return symbol(sym_of(w_self).lower())


@builtin("Symbol", "capitalize", 0, 0)
def sym_capitalize(interp, w_self, args_w, w_block):
    return symbol(capitalize(sym_of(w_self)))


@builtin("Symbol", "succ", 0, 0)
def sym_succ(interp, w_self, args_w, w_block):
    return symbol(succ(sym_of(w_self)))


@builtin("Symbol", "[]", 1, 2)
def sym_index(interp, w_self, args_w, w_block):
    text = slice_chars(interp.space, sym_of(w_self), args_w[0],
                       args_w[1] if len(args_w) > 1 else None)
    if text is None:
        return w_nil
    return interp.space.newstr(text)


@builtin("Symbol", "start_with?", 1, -1)
def sym_start_with(interp, w_self, args_w, w_block):
    for w_prefix in args_w:
        if sym_of(w_self).startswith(interp.space.expect_str(w_prefix)):
            return w_true
    return w_false


@builtin("Symbol", "end_with?", 1, -1)
def sym_end_with(interp, w_self, args_w, w_block):
    for w_suffix in args_w:
        if sym_of(w_self).endswith(interp.space.expect_str(w_suffix)):
            return w_true
    return w_false


@builtin("Symbol", "empty?", 0, 0)
def sym_empty(interp, w_self, args_w, w_block):
    return newbool(sym_of(w_self) == "")


def drop_last(text, count):
    """text without its last `count` characters (RPython slices take no negative stop)."""
    end = len(text) - count
    if end < 0:
        end = 0
    return text[:nonneg(end)]
