"""Kernel#format / String#%: ruby's printf directives over the kit's float formatting."""
from rpython.rlib.rfloat import INFINITY, NAN
from framework.floatformat import format_printf
from languages.ruby.constants import symbol
from languages.ruby.objects import (nonneg, W_Integer, W_BigInt, W_Float, W_String, W_Hash,
                                    W_Array, w_nil)


def pad(text, width, left, zero, sign_len=0):
    if width <= len(text):
        return text
    if left:
        return text + " " * (width - len(text))
    if zero:
        return text[:nonneg(sign_len)] + "0" * (width - len(text)) + text[nonneg(sign_len):]
    return " " * (width - len(text)) + text


def int_digits(space, w_value, base, upper):
    from languages.ruby.builtins.numeric import int_to_s
    if isinstance(w_value, W_Float):
        from languages.ruby.builtins.numeric import float_to_integer
        w_value = float_to_integer(space, w_value.value)
    elif isinstance(w_value, W_String):
        from languages.ruby.builtins.kernel import kernel_Integer
        w_value = kernel_Integer(space.interp, w_nil, [w_value], None)
    elif not (isinstance(w_value, W_Integer) or isinstance(w_value, W_BigInt)):
        if w_value is w_nil:
            raise space.type_error("can't convert nil into Integer")
        w_value = space.interp.send(w_value, "to_i", [])
    text = int_to_s(space, w_value, base)
    if upper:
        text = text.upper()
    return text


def sprintf(interp, fmt, args_w):
    space = interp.space
    out = []
    i = 0
    n = len(fmt)
    arg_index = 0
    while i < n:
        ch = fmt[i]
        if ch != "%":
            out.append(ch)
            i += 1
            continue
        i += 1
        if i >= n:
            out.append("%")
            break
        if fmt[i] == "%":
            out.append("%")
            i += 1
            continue
        flags = ""
        width = -1
        precision = -1
        w_arg = None
        while i < n and fmt[i] in "-+ 0#":
            flags += fmt[i]
            i += 1
        if i < n and (fmt[i] == "<" or fmt[i] == "{"):
            closer = ">" if fmt[i] == "<" else "}"
            end = fmt.find(closer, nonneg(i))
            name = fmt[nonneg(i + 1):nonneg(end)]
            w_hash = args_w[0] if args_w else w_nil
            if not isinstance(w_hash, W_Hash):
                raise space.argument_error("one hash required")
            w_arg = w_hash.table.get(symbol(name))
            if w_arg is None:
                raise space.error(space.w_KeyError, "key<%s> not found" % name)
            brace = fmt[i] == "{"
            i = end + 1
            if brace:
                out.append(space.to_s(w_arg))
                continue
            while i < n and fmt[i] in "-+ 0#":
                flags += fmt[i]
                i += 1
        if i < n and fmt[i] == "*":
            if arg_index >= len(args_w):
                raise space.argument_error("too few arguments")
            width = space.expect_int(args_w[arg_index])
            arg_index += 1
            if width < 0:
                flags += "-"
                width = -width
            i += 1
        else:
            start = i
            while i < n and "0" <= fmt[i] <= "9":
                i += 1
            if i > start:
                width = parse_digits(fmt[nonneg(start):nonneg(i)])
            if i < n and fmt[i] == "$" and width > 0 and w_arg is None:
                if width > len(args_w):             # %2$s: the second argument
                    raise space.argument_error("too few arguments")
                w_arg = args_w[width - 1]
                width = -1
                i += 1
                while i < n and fmt[i] in "-+ 0#":
                    flags += fmt[i]
                    i += 1
                start = i
                while i < n and "0" <= fmt[i] <= "9":
                    i += 1
                if i > start:
                    width = parse_digits(fmt[nonneg(start):nonneg(i)])
        if i < n and fmt[i] == ".":
            i += 1
            start = i
            if i < n and fmt[i] == "*":
                if arg_index >= len(args_w):
                    raise space.argument_error("too few arguments")
                precision = space.expect_int(args_w[arg_index])
                arg_index += 1
                i += 1
            else:
                while i < n and "0" <= fmt[i] <= "9":
                    i += 1
                precision = parse_digits(fmt[nonneg(start):nonneg(i)]) if i > start else 0
        if i >= n:
            raise space.argument_error("malformed format string - %")
        conv = fmt[i]
        i += 1
        if w_arg is None:
            if arg_index >= len(args_w):
                raise space.argument_error("too few arguments")
            w_arg = args_w[arg_index]
            arg_index += 1
        left = "-" in flags
        zero = "0" in flags and not left
        if conv == "d" or conv == "i" or conv == "u":
            text = int_digits(space, w_arg, 10, False)
            negative = text.startswith("-")
            digits = text[1:] if negative else text
            if precision >= 0 and len(digits) < precision:
                digits = "0" * (precision - len(digits)) + digits
                zero = False
            sign = "-" if negative else ("+" if "+" in flags else (" " if " " in flags
                                                                    else ""))
            out.append(pad(sign + digits, width, left, zero, len(sign)))
        elif conv == "f" or conv == "e" or conv == "E" or conv == "g" or conv == "G":
            value = space.expect_float(w_arg)
            if value != value or value == INFINITY or value == -INFINITY:
                if value != value:
                    body = "NaN"
                elif value > 0:
                    body = "Inf"
                else:
                    body = "-Inf"
                if value == value and value > 0 and "+" in flags:
                    body = "+" + body
                out.append(pad(body, width, left, False))
            else:
                out.append(format_printf(value, conv, flags, width, precision))
        elif conv == "s" or conv == "p":
            text = space.to_s(w_arg) if conv == "s" else space.inspect(w_arg)
            if precision >= 0:
                text = text[:nonneg(precision)]
            out.append(pad(text, width, left, False))
        elif conv == "x" or conv == "X" or conv == "o" or conv == "b" or conv == "B":
            base = 16 if conv in "xX" else (8 if conv == "o" else 2)
            text = int_digits(space, w_arg, base, conv == "X")
            negative = text.startswith("-")
            digits = text[1:] if negative else text
            if precision >= 0 and len(digits) < precision:
                digits = "0" * (precision - len(digits)) + digits
            prefix = ""
            if "#" in flags:
                if conv == "x":
                    prefix = "0x"
                elif conv == "X":
                    prefix = "0X"
                elif conv == "o":
                    prefix = "0"
                elif conv == "b":
                    prefix = "0b"
                else:
                    prefix = "0B"
            sign = "-" if negative else ("+" if "+" in flags else (" " if " " in flags
                                                                    else ""))
            out.append(pad(sign + prefix + digits, width, left, zero,
                           len(sign) + len(prefix)))
        elif conv == "c":
            if isinstance(w_arg, W_Integer):
                from languages.ruby.lexer import utf8_encode
                text = utf8_encode(w_arg.value)
            else:
                text = space.to_s(w_arg)[:1]
            out.append(pad(text, width, left, False))
        else:
            raise space.argument_error("malformed format string - %%%s" % conv)
    return "".join(out)


def parse_digits(text):
    value = 0
    for ch in text:
        value = value * 10 + (ord(ch) - ord("0"))
    return value
