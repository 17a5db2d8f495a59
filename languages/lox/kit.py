"""Lox's copies of the kit classes (framework/kit.py)."""
from framework.kit import Kit

kit = Kit("lox")
FunctionTable = kit.FunctionTable
VersionedDict = kit.VersionedDict
Map = kit.Map
Assembler = kit.Assembler
CodeBase = kit.CodeBase
PrattParser = kit.PrattParser
