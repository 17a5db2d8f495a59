"""Text and binary files: open(), and sys.stdin/stdout/stderr.

Standard output and error go through framework.output (buffered, flushed before errors);
other files are read whole on the first read and written straight through os.write, so
nothing is lost when a program exits without closing them.  Text files are UTF-8; sizes
and write() results count code points, as CPython's text layer does.
"""
import os
from rpython.rlib.rarithmetic import intmask

from framework import output
from languages.python.kit import ClassDef
from framework.text import codepoint_count
from languages.python.objects.base import W_Object

classdef = ClassDef("TextIOWrapper")

STDIN = 0
STDOUT = 1
STDERR = 2
DISK = 3

ERRNO_NAMES = {2: ("FileNotFoundError", "No such file or directory"),
               13: ("PermissionError", "Permission denied"),
               17: ("FileExistsError", "File exists"),
               20: ("NotADirectoryError", "Not a directory"),
               21: ("IsADirectoryError", "Is a directory")}


class W_FileObject(W_Object):
    def __init__(self, name, mode, fd, kind, binary, readable, writable):
        self.name = name
        self.mode = mode
        self.fd = fd
        self.kind = kind
        self.binary = binary
        self.readable = readable
        self.writable = writable
        self.closed = False
        self.data = ""          # what has been read from the file, consumed from `pos`
        self.pos = 0
        self.eof = False

    def getclass(self, space):
        if self.binary:
            if self.readable:
                return space.w_BufferedReader
            return space.w_BufferedWriter
        return space.w_TextIOWrapper

    # -- helpers ------------------------------------------------------------------------
    def check_open(self, space):
        if self.closed:
            raise space.error(space.w_ValueError, "I/O operation on closed file.")

    def check_readable(self, space):
        self.check_open(space)
        if not self.readable:
            raise space.error(space.w_UnsupportedOperation, "not readable")

    def fill(self, space, want_line):
        """Read more: a disk file whole; stdin up to a newline when `want_line`."""
        if self.eof:
            return
        start = self.pos
        assert start >= 0
        pieces = [self.data[start:]]
        while True:
            try:
                chunk = os.read(self.fd, 65536 if self.kind == DISK else 4096)
            except OSError:
                chunk = ""
            if not chunk:
                self.eof = True
                break
            pieces.append(chunk)
            if want_line and "\n" in chunk:
                break
        self.data = "".join(pieces)
        self.pos = 0

    def wrap(self, space, text):
        if self.binary:
            return space.newbytes(text)
        return space.newstr(text)

    def read_all(self, space):
        self.fill(space, False)
        start = self.pos
        assert start >= 0
        self.pos = len(self.data)
        return self.data[start:]

    def read_count(self, space, count):
        """`count` characters (bytes in binary mode)."""
        self.fill(space, False)
        start = self.pos
        end = start
        if self.binary:
            end = min(len(self.data), start + count)
        else:
            seen = 0
            while end < len(self.data) and seen < count:
                end += 1
                while end < len(self.data) and (ord(self.data[end]) & 0xC0) == 0x80:
                    end += 1
                seen += 1
        self.pos = end
        assert start >= 0 and end >= start
        return self.data[start:end]

    def read_line(self, space):
        newline = self.data.find("\n", self.pos)
        if newline < 0:
            self.fill(space, True)
            newline = self.data.find("\n", self.pos)
        start = self.pos
        if newline < 0:
            end = len(self.data)
        else:
            end = newline + 1
        self.pos = end
        assert start >= 0 and end >= start
        return self.data[start:end]

    def write_text(self, space, text):
        if self.kind == STDOUT:
            output.write_out(text)
        elif self.kind == STDERR:
            output.write_err(text)
        else:
            while text:
                try:
                    written = os.write(self.fd, text)
                except OSError as e:
                    raise space.error(space.w_OSError, "[Errno %d] write failed" % e.errno)
                if written <= 0:
                    break
                text = text[written:]

    def close(self):
        if not self.closed and self.kind == DISK:
            try:
                os.close(self.fd)
            except OSError:
                pass
        self.closed = True


def open_file(space, name, mode):
    """open(name, mode) with CPython's mode checks and OSError subclasses."""
    from languages.python.error import OperationError
    kinds = 0
    readable = writable = binary = plus = False
    flags = 0
    for ch in mode:
        if ch == "r" or ch == "w" or ch == "a" or ch == "x":
            kinds += 1
        elif ch == "b":
            binary = True
        elif ch == "+":
            plus = True
        elif ch != "t":
            raise space.error(space.w_ValueError, "invalid mode: '%s'" % mode)
    if kinds != 1:
        raise space.error(space.w_ValueError, "must have exactly one of create/read/write/"
                          "append mode")
    if "r" in mode:
        readable = True
        writable = plus
        flags = os.O_RDWR if plus else os.O_RDONLY
    else:
        writable = True
        readable = plus
        flags = (os.O_RDWR if plus else os.O_WRONLY) | os.O_CREAT
        if "w" in mode:
            flags |= os.O_TRUNC
        elif "a" in mode:
            flags |= os.O_APPEND
        else:
            flags |= os.O_EXCL
    try:
        fd = os.open(name, flags, 0666)
    except OSError as e:
        errno = e.errno
        type_name, message = ERRNO_NAMES.get(errno, ("OSError", "OS error"))
        w_type = space.exception_types[type_name]
        raise OperationError(space.new_exception(w_type, [space.newint(errno),
                                                          space.newstr(message),
                                                          space.newstr(name)]))
    return W_FileObject(name, mode, fd, DISK, binary, readable, writable)


@classdef.method("read")
def file_read(self, space, w_size=None):
    self.check_readable(space)
    if w_size is None or space.is_none(w_size):
        return self.wrap(space, self.read_all(space))
    size = space.int_w(w_size)
    if size < 0:
        return self.wrap(space, self.read_all(space))
    return self.wrap(space, self.read_count(space, size))


@classdef.method("readline")
def file_readline(self, space, w_size=None):
    self.check_readable(space)
    return self.wrap(space, self.read_line(space))


@classdef.method("readlines")
def file_readlines(self, space, w_hint=None):
    self.check_readable(space)
    lines_w = []
    while True:
        line = self.read_line(space)
        if not line:
            break
        lines_w.append(self.wrap(space, line))
    return space.newlist(lines_w)


@classdef.method("__iter__")
def file_iter(self, space):
    self.check_open(space)
    return self


@classdef.method("__next__")
def file_next(self, space):
    self.check_readable(space)
    line = self.read_line(space)
    if not line:
        raise space.error_noargs(space.w_StopIteration)
    return self.wrap(space, line)


@classdef.method("write")
def file_write(self, space, w_data):
    self.check_open(space)
    if not self.writable:
        raise space.error(space.w_UnsupportedOperation, "not writable")
    if self.binary:
        from languages.python.objects.bytesobject import W_BytesObject
        if not isinstance(w_data, W_BytesObject):
            raise space.type_error("a bytes-like object is required, not '%s'"
                                   % space.type(w_data).name)
        self.write_text(space, w_data.data)
        return space.newint(len(w_data.data))
    from languages.python.objects.strobject import W_StrObject
    if not isinstance(w_data, W_StrObject):
        raise space.type_error("write() argument must be str, not %s"
                               % space.type(w_data).name)
    self.write_text(space, w_data.utf8)
    return space.newint(w_data.length)


@classdef.method("writelines")
def file_writelines(self, space, w_lines):
    w_iter = space.iter(w_lines)
    while True:
        w_line = space.next(w_iter)
        if w_line is None:
            break
        file_write(self, space, w_line)
    return space.w_None


@classdef.method("flush")
def file_flush(self, space):
    self.check_open(space)
    if self.kind == STDOUT:
        output.stdout.flush()
    return space.w_None


@classdef.method("close")
def file_close(self, space):
    if self.kind == STDOUT:
        output.stdout.flush()
    self.close()
    return space.w_None


@classdef.method("fileno")
def file_fileno(self, space):
    return space.newint(self.fd)


@classdef.method("seekable")
def file_seekable(self, space):
    self.check_open(space)
    return space.newbool(self.kind == DISK and not self.writable)


@classdef.method("seek", offset="int", whence="int")
def file_seek(self, space, offset, whence=0):
    """Reading files on disk only (what tokenize and linecache ask of them)."""
    self.check_open(space)
    if self.kind != DISK or self.writable:
        raise space.error(space.w_UnsupportedOperation, "seek")
    if whence == 1:
        offset += file_position(self)
        whence = 0
    try:
        position = os.lseek(self.fd, offset, whence)
    except OSError as e:
        raise space.error(space.w_OSError, "[Errno %d] %s" % (e.errno, os.strerror(e.errno)))
    self.data = ""
    self.pos = 0
    self.eof = False
    return space.newint(intmask(position))


@classdef.method("tell")
def file_tell(self, space):
    self.check_open(space)
    if self.kind != DISK or self.writable:
        raise space.error(space.w_UnsupportedOperation, "tell")
    return space.newint(file_position(self))


def file_position(self):
    """Where the next read starts: the OS position less what is read ahead."""
    return intmask(os.lseek(self.fd, 0, 1)) - (len(self.data) - self.pos)


@classdef.method("read1")
def file_read1(self, space, w_size=None):
    return file_read(self, space, w_size)


@classdef.getter("closed")
def file_closed(self, space):
    return space.newbool(self.closed)


@classdef.method("readable")
def file_readable(self, space):
    self.check_open(space)
    return space.newbool(self.readable)


@classdef.method("writable")
def file_writable(self, space):
    self.check_open(space)
    return space.newbool(self.writable)


@classdef.method("isatty")
def file_isatty(self, space):
    return space.w_False


@classdef.method("__enter__")
def file_enter(self, space):
    self.check_open(space)
    return self


@classdef.method("__exit__")
def file_exit(self, space, args_w):
    self.close()
    return space.w_None


@classdef.method("__repr__")
def file_repr(self, space):
    from languages.python.objects.strobject import repr_text
    if self.binary:
        kind = "BufferedReader" if self.readable else "BufferedWriter"
        return space.newstr("<_io.%s name=%s>" % (kind, repr_text(self.name)))
    return space.newstr("<_io.TextIOWrapper name=%s mode=%s encoding='utf-8'>"
                        % (repr_text(self.name), repr_text(self.mode)))


@classdef.getter("closed")
def file_closed(self, space):
    return space.newbool(self.closed)


@classdef.getter("name")
def file_name(self, space):
    return space.newstr(self.name)


@classdef.getter("mode")
def file_mode(self, space):
    return space.newstr(self.mode)


@classdef.getter("encoding")
def file_encoding(self, space):
    return space.newstr("utf-8")


classdef.exposes(W_FileObject)
