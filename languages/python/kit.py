"""Python's copies of the kit classes (framework/kit.py)."""
from framework.kit import Kit

kit = Kit("python")
ClassDef = kit.ClassDef
FunctionTable = kit.FunctionTable
VersionedDict = kit.VersionedDict
Map = kit.Map
Assembler = kit.Assembler
CodeBase = kit.CodeBase
Prelude = kit.Prelude
Grammar = kit.Grammar
Sorter = kit.Sorter
ModuleCache = kit.ModuleCache
ClassRecord = kit.ClassRecord
ClassRegistry = kit.ClassRegistry
