"""PHP's copies of the kit classes (framework/kit.py)."""
from framework.kit import Kit

kit = Kit("php")
FunctionTable = kit.FunctionTable
Map = kit.Map
Assembler = kit.Assembler
CodeBase = kit.CodeBase
HostLimits = kit.HostLimits
OrderedHash = kit.OrderedHash
Sorter = kit.Sorter
