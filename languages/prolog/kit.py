"""Prolog's copies of the kit classes (framework/kit.py)."""
from framework.kit import Kit

kit = Kit("prolog")
Continuation = kit.Continuation
TermParser = kit.TermParser
Sorter = kit.Sorter
