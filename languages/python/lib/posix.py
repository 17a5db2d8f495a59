"""CPython's `posix` (what `os` is made of) over the system calls of _posix_core
(languages/python/posixmodule.py)."""
import _posix_core
from _posix_core import (getcwd, chdir, listdir, open, read, write, close, lseek, isatty,
                         umask,
                         getpid, getppid, getuid, getgid, strerror, urandom, uname as _uname,
                         O_RDONLY, O_WRONLY, O_RDWR, O_APPEND, O_CREAT, O_EXCL, O_TRUNC,
                         O_NONBLOCK, O_NOFOLLOW, O_DIRECTORY, O_CLOEXEC, F_OK, R_OK, W_OK,
                         X_OK, SEEK_SET, SEEK_CUR, SEEK_END)

error = OSError


# The calls Lib's os and shutil make with keywords (dir_fd, follow_symlinks) that are
# refused where set, as on a system without the *at() calls.
def _plain(dir_fd):
    if dir_fd is not None:
        raise NotImplementedError("dir_fd unavailable on this platform")


def chmod(path, mode, *, dir_fd=None, follow_symlinks=True):
    _plain(dir_fd)
    return _posix_core.chmod(path, mode)


def mkdir(path, mode=0o777, *, dir_fd=None):
    _plain(dir_fd)
    return _posix_core.mkdir(path, mode)


def unlink(path, *, dir_fd=None):
    _plain(dir_fd)
    return _posix_core.unlink(path)


remove = unlink


def rmdir(path, *, dir_fd=None):
    _plain(dir_fd)
    return _posix_core.rmdir(path)


def rename(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    _plain(src_dir_fd)
    _plain(dst_dir_fd)
    return _posix_core.rename(src, dst)


replace = rename


def readlink(path, *, dir_fd=None):
    _plain(dir_fd)
    return _posix_core.readlink(path)


def symlink(src, dst, target_is_directory=False, *, dir_fd=None):
    _plain(dir_fd)
    return _posix_core.symlink(src, dst)


_have_functions = []


def getcwdb():
    return getcwd().encode()


def fspath(path):
    if isinstance(path, (str, bytes)):
        return path
    fspath_method = getattr(type(path), "__fspath__", None)
    if fspath_method is None:
        raise TypeError("expected str, bytes or os.PathLike object, not %s"
                        % type(path).__name__)
    result = fspath_method(path)
    if not isinstance(result, (str, bytes)):
        raise TypeError("expected %s.__fspath__() to return str or bytes, not %s"
                        % (type(path).__name__, type(result).__name__))
    return result


def _check_dir_fd(dir_fd):
    if dir_fd is not None:
        raise NotImplementedError("dir_fd unavailable on this platform")


class stat_result(tuple):
    """os.stat_result: ten fields by position, more by name."""
    n_sequence_fields = 10
    n_fields = 16
    n_unnamed_fields = 3
    _names = ("st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size")

    def __new__(cls, values):
        values = tuple(values)
        self = tuple.__new__(cls, values[:7] + tuple(int(t) for t in values[7:10]))
        self._times = values[7:10]
        return self

    def __getattr__(self, name):
        if name in stat_result._names:
            return self[stat_result._names.index(name)]
        times = object.__getattribute__(self, "_times")
        if name in ("st_atime", "st_mtime", "st_ctime"):
            return times[("st_atime", "st_mtime", "st_ctime").index(name)]
        if name in ("st_atime_ns", "st_mtime_ns", "st_ctime_ns"):
            index = ("st_atime_ns", "st_mtime_ns", "st_ctime_ns").index(name)
            return int(times[index] * 1e9)
        if name == "st_blksize":
            return 4096
        if name == "st_blocks":
            return (self[6] + 511) // 512
        raise AttributeError("'os.stat_result' object has no attribute '%s'" % name)

    def __repr__(self):
        fields = ", ".join("%s=%r" % (name, value) for name, value in
                           zip(self._names + ("st_atime", "st_mtime", "st_ctime"), self))
        return "os.stat_result(%s)" % fields


stat_result.__module__ = "os"


def stat(path, *, dir_fd=None, follow_symlinks=True):
    _check_dir_fd(dir_fd)
    if not isinstance(path, int):
        path = fspath(path)
    return stat_result(_posix_core.stat(path, 1 if follow_symlinks else 0))


def lstat(path, *, dir_fd=None):
    return stat(path, dir_fd=dir_fd, follow_symlinks=False)


def fstat(fd):
    return stat_result(_posix_core.stat(fd, 1))


def access(path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True):
    return _posix_core.access(fspath(path), mode)


def utime(path, times=None, *, ns=None, dir_fd=None, follow_symlinks=True):
    import time
    if ns is not None:
        times = (ns[0] / 1e9, ns[1] / 1e9)
    if times is None:
        now = time.time()
        times = (now, now)
    _posix_core.utime(fspath(path), times[0], times[1])


def _exit(status):
    _posix_core.exit_now(status)


def get_terminal_size(fd=1):
    return terminal_size((80, 24))


class terminal_size(tuple):
    def __new__(cls, values):
        return tuple.__new__(cls, values)

    columns = property(lambda self: self[0])
    lines = property(lambda self: self[1])


class uname_result(tuple):
    def __new__(cls, values):
        return tuple.__new__(cls, values)

    sysname = property(lambda self: self[0])
    nodename = property(lambda self: self[1])
    release = property(lambda self: self[2])
    version = property(lambda self: self[3])
    machine = property(lambda self: self[4])


def uname():
    return uname_result(_uname())


def cpu_count():
    return _posix_core.cpu_count()


def device_encoding(fd):
    return "utf-8" if isatty(fd) else None


def putenv(name, value):
    _posix_core.putenv(name, value)


def unsetenv(name):
    _posix_core.unsetenv(name)


def fsync(fd):
    pass


def get_inheritable(fd):
    return False


def set_inheritable(fd, inheritable):
    pass


def get_blocking(fd):
    return True


def set_blocking(fd, blocking):
    pass


def waitstatus_to_exitcode(status):
    return status >> 8


environ = dict(_posix_core.environ_items())


class DirEntry:
    """What scandir() yields: a name in a folder, its stat fetched when first asked."""

    def __init__(self, folder, name):
        self.name = name
        if isinstance(name, bytes):
            self.path = folder + b"/" + name if folder != b"." else b"./" + name
        else:
            self.path = folder + "/" + name if folder != "." else "./" + name
        if folder in (".", b"."):
            self.path = self.path[2:] if isinstance(self.path, str) else self.path
        self._stat = None
        self._lstat = None

    def stat(self, *, follow_symlinks=True):
        if not follow_symlinks:
            if self._lstat is None:
                self._lstat = lstat(self.path)
            return self._lstat
        if self._stat is None:
            self._stat = stat(self.path)
        return self._stat

    def _mode(self, follow_symlinks):
        try:
            return self.stat(follow_symlinks=follow_symlinks).st_mode
        except OSError:
            return 0

    def is_dir(self, *, follow_symlinks=True):
        return self._mode(follow_symlinks) & 0o170000 == 0o040000

    def is_file(self, *, follow_symlinks=True):
        return self._mode(follow_symlinks) & 0o170000 == 0o100000

    def is_symlink(self):
        return self._mode(False) & 0o170000 == 0o120000

    def inode(self):
        return self.stat(follow_symlinks=False).st_ino

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return "<DirEntry %r>" % (self.name,)


DirEntry.__module__ = "posix"


class _ScandirIterator:
    def __init__(self, folder):
        self._folder = folder
        self._entries = iter([DirEntry(folder, name) for name in listdir(folder)])

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._entries)

    def close(self):
        self._entries = iter(())

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def scandir(path="."):
    if isinstance(path, int):
        raise NotImplementedError("scandir of a file descriptor")
    return _ScandirIterator(fspath(path))


def times():
    import time
    t = time.process_time()
    return times_result((t, 0.0, 0.0, 0.0, time.monotonic()))


class times_result(tuple):
    def __new__(cls, values):
        return tuple.__new__(cls, values)

    user = property(lambda self: self[0])
    system = property(lambda self: self[1])
    elapsed = property(lambda self: self[4])
