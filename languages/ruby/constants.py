"""Values the compiler puts in code objects: interned Symbols, numbers, and string literals
(a literal is copied into a fresh mutable String each time it is evaluated)."""
from framework.stamping import stamp
from framework import symbols as kit_symbols
from languages.ruby.objects import W_Value, W_Symbol, W_Integer, W_BigInt, W_Float  # noqa: F401

SymbolTable = stamp(kit_symbols.SymbolTable, "ruby", symbol_class=W_Symbol)
symbol_table = SymbolTable()


def symbol(name):
    """The one Symbol named `name`."""
    return symbol_table.intern(name)


class W_StrConst(W_Value):
    """A string literal's text in a code object's constants."""
    _immutable_fields_ = ['value']

    def __init__(self, value):
        self.value = value
