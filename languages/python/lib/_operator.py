"""CPython's `_operator`: lib/operator.py's functions, and `_compare_digest` for hmac and
secrets (a comparison whose time does not depend on where the inputs differ)."""
from operator import *


def _compare_digest(a, b):
    if isinstance(a, str) and isinstance(b, str):
        if not a.isascii() or not b.isascii():
            raise TypeError("comparing strings with non-ASCII characters is not supported")
        a = a.encode("ascii")
        b = b.encode("ascii")
    elif isinstance(a, str) or isinstance(b, str):
        raise TypeError("unsupported operand types(s) or combination of types: '%s' and '%s'"
                        % (type(a).__name__, type(b).__name__))
    a = bytes(a)
    b = bytes(b)
    result = len(a) ^ len(b)
    if result:
        b = a
    for x, y in zip(a, b):
        result |= x ^ y
    return result == 0
