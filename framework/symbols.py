"""Interned symbols: one object per name, so equal names compare by identity.

Ruby's `:sym`, Prolog's atoms and the identifiers of PHP and Python all want a name that
compares in one pointer test.  A `SymbolTable` hands out the one symbol for a string;
`intern` is `@elidable` (its only side effect, filling the table on first use, is one that
can be repeated), so interning a name the trace knows is folded to a constant symbol.

The table is stamped per language with the class of its symbols (`symbol_class`, built as
`symbol_class(name)`): the kit's plain `Symbol` by default (framework/kit.py), or a
language's own guest class, e.g. `stamp(SymbolTable, "ruby", symbol_class=W_Symbol)`.
"""
from rpython.rlib import jit


class Symbol(object):
    """A name with identity: compare symbols with `is`."""
    _immutable_fields_ = ['name']

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Symbol(%s)" % self.name


class SymbolTable(object):
    symbol_class = Symbol

    def __init__(self):
        self.symbols = {}

    @jit.elidable
    def intern(self, name):
        """The one symbol named `name`, made on first use."""
        symbol = self.symbols.get(name, None)
        if symbol is None:
            symbol = self.symbol_class(name)
            self.symbols[name] = symbol
        return symbol

    def find(self, name):
        """The symbol named `name` if it was ever interned, else None (no new symbol)."""
        return self.symbols.get(name, None)

    def all_symbols(self):
        return self.symbols.values()

    def size(self):
        return len(self.symbols)
