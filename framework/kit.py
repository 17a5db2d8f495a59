"""The kit as one language receives it: its own copy of every kit class that holds guest
values or calls back into the language (framework/stamping.py says why).

    kit = Kit("python")        # in languages/python/kit.py, at import time
    ClassDef = kit.ClassDef    # ... re-exported as module globals

Read the copies at import time only and re-export them from `languages/<lang>/kit.py`:
a `Kit` object is host-side, and reading `kit.Map` in RPython code would make the
annotator see every language's `Map` at that read.
"""
from rpython.rlib.objectmodel import not_rpython

from framework import (bytecode, classdef, classtable, maps, modules, objspace, opprec,
                       parsing, prelude, sorting, symbols, trampoline)
from framework.stamping import stamp


class Kit(object):
    @not_rpython
    def __init__(self, language):
        self.language = language
        self.BuiltinSpec = stamp(classdef.BuiltinSpec, language)
        self.ClassDef = stamp(classdef.ClassDef, language, spec_class=self.BuiltinSpec)
        self.FunctionTable = stamp(classdef.FunctionTable, language,
                                   spec_class=self.BuiltinSpec)
        self.Cell = stamp(objspace.Cell, language)
        self.VersionedDict = stamp(objspace.VersionedDict, language, cell_class=self.Cell)
        self.Map = stamp(maps.Map, language)
        self.Assembler = stamp(bytecode.Assembler, language)
        self.CodeBase = stamp(bytecode.CodeBase, language)
        self.Prelude = stamp(prelude.Prelude, language)
        self.Reduction = stamp(parsing.Reduction, language)
        self.Grammar = stamp(parsing.Grammar, language, reduction_class=self.Reduction)
        self.PrattParser = stamp(parsing.PrattParser, language)
        self.TermParser = stamp(opprec.TermParser, language)
        self.Continuation = stamp(trampoline.Continuation, language)
        self.Sorter = stamp(sorting.Sorter, language)
        self.ModuleCache = stamp(modules.ModuleCache, language)
        self.ClassRecord = stamp(classtable.ClassRecord, language)
        self.ClassRegistry = stamp(classtable.ClassRegistry, language)
        self.Symbol = stamp(symbols.Symbol, language)
        self.SymbolTable = stamp(symbols.SymbolTable, language, symbol_class=self.Symbol)
