"""Ruby's copies of the kit classes (framework/kit.py)."""
from framework.kit import Kit

kit = Kit("ruby")
Map = kit.Map
Assembler = kit.Assembler
CodeBase = kit.CodeBase
HostLimits = kit.HostLimits
ClassRecord = kit.ClassRecord
OrderedHash = kit.OrderedHash
Sorter = kit.Sorter
