"""CPython's `_io`, made from Lib's pure-Python twin `_pyio`.  _pyio imports `io` (which
imports this module) and registers its classes with io's ABCs, so while it loads, a stand-in
`io` gives it the constants and ignores the registrations; io.py then builds on what _pyio
made, as it does on the C `_io`."""
import sys


class _Registrations:
    """Stands in for io.IOBase and friends while _pyio registers its classes."""
    def register(self, cls):
        return cls


class _IOStandIn:
    __all__ = ["BlockingIOError", "open", "open_code", "IOBase", "RawIOBase", "FileIO",
               "BytesIO", "StringIO", "BufferedIOBase", "BufferedReader", "BufferedWriter",
               "BufferedRWPair", "BufferedRandom", "TextIOBase", "TextIOWrapper",
               "UnsupportedOperation", "SEEK_SET", "SEEK_CUR", "SEEK_END"]
    SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2
    IOBase = RawIOBase = BufferedIOBase = TextIOBase = _Registrations()


class FileIO:
    """Replaced by _pyio's FileIO once it has loaded (it imports this name early)."""


_real_io = sys.modules.get("io")
sys.modules["io"] = _IOStandIn()
try:
    import _pyio
finally:
    if _real_io is None:
        del sys.modules["io"]
    else:
        sys.modules["io"] = _real_io

DEFAULT_BUFFER_SIZE = _pyio.DEFAULT_BUFFER_SIZE
BlockingIOError = BlockingIOError
UnsupportedOperation = _pyio.UnsupportedOperation
UnsupportedOperation.__module__ = "io"
open = _pyio.open
open_code = _pyio._open_code_with_warning
text_encoding = _pyio.text_encoding
_IOBase = _pyio.IOBase
_RawIOBase = _pyio.RawIOBase
_BufferedIOBase = _pyio.BufferedIOBase
_TextIOBase = _pyio.TextIOBase
FileIO = _pyio.FileIO
BytesIO = _pyio.BytesIO
StringIO = _pyio.StringIO
BufferedReader = _pyio.BufferedReader
BufferedWriter = _pyio.BufferedWriter
BufferedRWPair = _pyio.BufferedRWPair
BufferedRandom = _pyio.BufferedRandom
IncrementalNewlineDecoder = _pyio.IncrementalNewlineDecoder
TextIOWrapper = _pyio.TextIOWrapper
for _cls in (FileIO, BytesIO, StringIO, BufferedReader, BufferedWriter, BufferedRWPair,
             BufferedRandom, IncrementalNewlineDecoder, TextIOWrapper):
    _cls.__module__ = "_io"
del _cls


def open_code(path):
    return open(path, "rb")


# From here on open() gives io's file objects, which the code that imports io (tokenize,
# linecache, unittest) mixes with TextIOWrapper and BufferedReader.
import builtins
builtins.open = open
