"""framework/symbols.py: one symbol per name, compared by identity."""
from rpython.rtyper.test.test_llinterp import interpret

from framework import symbols
from framework.kit import Kit
from framework.stamping import stamp

kit = Kit("test")


def test_equal_names_give_the_same_symbol():
    table = kit.SymbolTable()
    first = table.intern("each")
    assert table.intern("ea" + "ch") is first
    assert table.intern("map") is not first
    assert first.name == "each"
    assert isinstance(first, kit.Symbol)
    assert table.size() == 2


def test_find_makes_no_symbol():
    table = kit.SymbolTable()
    assert table.find("absent") is None
    assert table.size() == 0
    symbol = table.intern("present")
    assert table.find("present") is symbol
    assert sorted([s.name for s in table.all_symbols()]) == ["present"]


def test_tables_are_independent():
    assert kit.SymbolTable().intern("x") is not kit.SymbolTable().intern("x")


class W_Atom(object):
    """A language's own guest class for its symbols (a Prolog atom, say)."""
    def __init__(self, name):
        self.name = name


AtomTable = stamp(symbols.SymbolTable, "prologish", symbol_class=W_Atom)


def test_a_language_stamps_its_own_symbol_class():
    atom = AtomTable().intern("foo")
    assert isinstance(atom, W_Atom)


TABLE = kit.SymbolTable()
ATOMS = AtomTable()


def test_rtyped_interning():
    def main(n):
        name = "sym%d" % n
        a = TABLE.intern(name)
        b = TABLE.intern("sym" + str(n))
        atom = ATOMS.intern(name)
        result = 0
        if a is b:
            result += 1
        if TABLE.intern("other") is not a:
            result += 10
        if ATOMS.find(name) is atom and TABLE.find("never") is None:
            result += 100
        return result + len(atom.name)
    assert interpret(main, [7]) == 111 + 4
