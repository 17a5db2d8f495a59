"""CPython 3.11's limit on int/str conversions in bases that are not powers of two
(sys.set_int_max_str_digits, default 4300 digits): a huge decimal conversion is quadratic,
so str(10**100000) and int('1' * 5000) raise ValueError instead of running for seconds."""
from languages.python.objects.intobject import W_BigIntObject

DEFAULT_LIMIT = 4300
THRESHOLD = 640               # the smallest limit sys.set_int_max_str_digits accepts
TO_STR = ("Exceeds the limit (%d digits) for integer string conversion; use "
          "sys.set_int_max_str_digits() to increase the limit")
FROM_STR = ("Exceeds the limit (%d digits) for integer string conversion: value has %d "
            "digits; use sys.set_int_max_str_digits() to increase the limit")
LOG10_2 = 0.30102999566398120


def decimal_text(space, w_int):
    """str(w_int) in decimal, refused (ValueError) beyond the limit."""
    from languages.python.objects.intobject import int_str
    if isinstance(w_int, W_BigIntObject):
        refuse_long_decimal(space, w_int.bigval)
    return int_str(w_int)


def refuse_long_decimal(space, big):
    """ValueError when `big` has more decimal digits than the limit; a number certainly too
    long is refused from its bit length, before any conversion."""
    limit = space.int_max_str_digits
    if limit <= 0:
        return
    bits = big.bit_length()
    if bits * LOG10_2 + 1 <= limit:
        return
    if (bits - 1) * LOG10_2 >= limit or len(big.abs().str()) > limit:
        raise space.error(space.w_ValueError, TO_STR % limit)


def check_parse(space, text, base):
    """int(text, base) with more digits than the limit (bases 2, 4, 8, 16, 32 are free)."""
    limit = space.int_max_str_digits
    if limit <= 0 or len(text) <= THRESHOLD or base & (base - 1) == 0:
        return
    digits = 0
    for ch in text:
        if ch.isalnum():
            digits += 1
    if digits > limit:
        raise space.error(space.w_ValueError, FROM_STR % (limit, digits))


def set_limit(space, limit):
    if limit != 0 and limit < THRESHOLD:
        raise space.error(space.w_ValueError, "maxdigits must be 0 or larger than %d"
                          % THRESHOLD)
    space.int_max_str_digits = limit
