"""The system calls behind `posix` (and so `os`): module `_posix_core`.  Each function
is a thin wrapper over rpython's `os`; lib/posix.py builds CPython's module on them
(stat_result, scandir, environ).  Paths are str (UTF-8) or bytes; a failed call raises
the OSError subclass CPython raises, with errno, strerror and the file name."""
import os

from rpython.rlib.rarithmetic import intmask

from languages.python.kit import FunctionTable
from languages.python.error import OperationError
from languages.python.objects.moduleobject import W_ModuleObject
from languages.python.objects.functionobject import W_BuiltinFunction
from languages.python.objects.strobject import W_StrObject
from languages.python.objects.bytesobject import W_BytesObject

posix_functions = FunctionTable()


def path_of(space, w_path):
    if isinstance(w_path, W_StrObject):
        return w_path.utf8
    if isinstance(w_path, W_BytesObject):
        return w_path.data
    w_fspath = space.lookup(w_path, "__fspath__")
    if w_fspath is not None:
        return path_of(space, space.call_function(w_fspath, [w_path]))
    raise space.type_error("expected str, bytes or os.PathLike object, not %s"
                           % space.type(w_path).name)


def wrap_like(space, w_path, text):
    """A name in the kind (str or bytes) of the path it came from."""
    if isinstance(w_path, W_BytesObject):
        return space.newbytes(text)
    return space.newstr(text)


def oserror(space, e, w_filename=None):
    errno = e.errno
    args_w = [space.newint(errno), space.newstr(os.strerror(errno))]
    if w_filename is not None:
        args_w.append(w_filename)
    return OperationError(space.call_function(space.w_OSError, args_w))


@posix_functions.function("getcwd")
def posix_getcwd(space):
    try:
        return space.newstr(os.getcwd())
    except OSError as e:
        raise oserror(space, e)


@posix_functions.function("chdir")
def posix_chdir(space, w_path):
    try:
        os.chdir(path_of(space, w_path))
    except OSError as e:
        raise oserror(space, e, w_path)
    return space.w_None


@posix_functions.function("listdir")
def posix_listdir(space, w_path=None):
    if w_path is None or space.is_none(w_path):
        w_path = space.newstr(".")
    try:
        names = os.listdir(path_of(space, w_path))
    except OSError as e:
        raise oserror(space, e, w_path)
    return space.newlist([wrap_like(space, w_path, name) for name in names])


def stat_tuple(space, st):
    return space.newtuple([
        space.newint(intmask(st.st_mode)), space.newint(intmask(st.st_ino)),
        space.newint(intmask(st.st_dev)), space.newint(intmask(st.st_nlink)),
        space.newint(intmask(st.st_uid)), space.newint(intmask(st.st_gid)),
        space.newint(intmask(st.st_size)),
        space.newfloat(st.st_atime), space.newfloat(st.st_mtime), space.newfloat(st.st_ctime)])


@posix_functions.function("stat", follow="int")
def posix_stat(space, w_path, follow=1):
    """(mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime) of a path or an fd."""
    try:
        if space.type(w_path).is_subtype(space.w_int):
            st = os.fstat(space.int_w(w_path))
        elif follow:
            st = os.stat(path_of(space, w_path))
        else:
            st = os.lstat(path_of(space, w_path))
    except OSError as e:
        raise oserror(space, e, w_path)
    return stat_tuple(space, st)


@posix_functions.function("open", flags="int", mode="int")
def posix_open(space, w_path, flags, mode=0o777):
    try:
        return space.newint(os.open(path_of(space, w_path), flags, mode))
    except OSError as e:
        raise oserror(space, e, w_path)


@posix_functions.function("read", fd="int", count="int")
def posix_read(space, fd, count):
    try:
        return space.newbytes(os.read(fd, count))
    except OSError as e:
        raise oserror(space, e)


@posix_functions.function("write", fd="int")
def posix_write(space, fd, w_data):
    from languages.python.objects.bytesobject import W_BytearrayObject
    if isinstance(w_data, W_BytesObject):
        data = w_data.data
    elif isinstance(w_data, W_BytearrayObject):
        data = w_data.get_data()
    else:
        w_bytes = space.call_function(space.w_bytes, [w_data])
        assert isinstance(w_bytes, W_BytesObject)
        data = w_bytes.data
    assert data is not None
    try:
        return space.newint(os.write(fd, data))
    except OSError as e:
        raise oserror(space, e)


@posix_functions.function("close", fd="int")
def posix_close(space, fd):
    try:
        os.close(fd)
    except OSError as e:
        raise oserror(space, e)
    return space.w_None


@posix_functions.function("lseek", fd="int", position="int", how="int")
def posix_lseek(space, fd, position, how):
    try:
        return space.newint(intmask(os.lseek(fd, position, how)))
    except OSError as e:
        raise oserror(space, e)


@posix_functions.function("isatty", fd="int")
def posix_isatty(space, fd):
    return space.newbool(os.isatty(fd))


@posix_functions.function("unlink")
def posix_unlink(space, w_path):
    try:
        os.unlink(path_of(space, w_path))
    except OSError as e:
        raise oserror(space, e, w_path)
    return space.w_None


@posix_functions.function("rmdir")
def posix_rmdir(space, w_path):
    try:
        os.rmdir(path_of(space, w_path))
    except OSError as e:
        raise oserror(space, e, w_path)
    return space.w_None


@posix_functions.function("mkdir", mode="int")
def posix_mkdir(space, w_path, mode=0o777):
    try:
        os.mkdir(path_of(space, w_path), mode)
    except OSError as e:
        raise oserror(space, e, w_path)
    return space.w_None


@posix_functions.function("rename")
def posix_rename(space, w_source, w_target):
    try:
        os.rename(path_of(space, w_source), path_of(space, w_target))
    except OSError as e:
        raise oserror(space, e, w_source)
    return space.w_None


@posix_functions.function("chmod", mode="int")
def posix_chmod(space, w_path, mode):
    try:
        os.chmod(path_of(space, w_path), mode)
    except OSError as e:
        raise oserror(space, e, w_path)
    return space.w_None


@posix_functions.function("utime", atime="float", mtime="float")
def posix_utime(space, w_path, atime, mtime):
    try:
        os.utime(path_of(space, w_path), (atime, mtime))
    except OSError as e:
        raise oserror(space, e, w_path)
    return space.w_None


@posix_functions.function("readlink")
def posix_readlink(space, w_path):
    try:
        return wrap_like(space, w_path, os.readlink(path_of(space, w_path)))
    except OSError as e:
        raise oserror(space, e, w_path)


@posix_functions.function("symlink")
def posix_symlink(space, w_source, w_target):
    try:
        os.symlink(path_of(space, w_source), path_of(space, w_target))
    except OSError as e:
        raise oserror(space, e, w_source)
    return space.w_None


@posix_functions.function("access", mode="int")
def posix_access(space, w_path, mode):
    return space.newbool(os.access(path_of(space, w_path), mode))


@posix_functions.function("umask", mask="int")
def posix_umask(space, mask):
    return space.newint(intmask(os.umask(mask)))


@posix_functions.function("getpid")
def posix_getpid(space):
    return space.newint(os.getpid())


@posix_functions.function("getppid")
def posix_getppid(space):
    return space.newint(os.getppid())


@posix_functions.function("getuid")
def posix_getuid(space):
    return space.newint(intmask(os.getuid()))


@posix_functions.function("getgid")
def posix_getgid(space):
    return space.newint(intmask(os.getgid()))


@posix_functions.function("strerror", code="int")
def posix_strerror(space, code):
    return space.newstr(os.strerror(code))


@posix_functions.function("urandom", count="int")
def posix_urandom(space, count):
    if count < 0:
        raise space.error(space.w_ValueError, "negative argument not allowed")
    try:
        fd = os.open("/dev/urandom", os.O_RDONLY, 0)
        try:
            parts = []
            remaining = count
            while remaining > 0:
                chunk = os.read(fd, remaining)
                if not chunk:
                    break
                parts.append(chunk)
                remaining -= len(chunk)
        finally:
            os.close(fd)
    except OSError as e:
        raise oserror(space, e)
    return space.newbytes("".join(parts))


@posix_functions.function("exit_now", status="int")
def posix_exit_now(space, status):
    from framework import output
    output.flush_all()
    os._exit(status)
    return space.w_None


@posix_functions.function("environ_items")
def posix_environ_items(space):
    """[(name, value) ...] as bytes, what posix.environ is made of."""
    items_w = []
    for name, value in os.environ.items():
        items_w.append(space.newtuple([space.newbytes(name), space.newbytes(value)]))
    return space.newlist(items_w)


@posix_functions.function("putenv")
def posix_putenv(space, w_name, w_value):
    name = path_of(space, w_name)
    value = path_of(space, w_value)
    assert name is not None and value is not None
    os.environ[name] = value
    return space.w_None


@posix_functions.function("unsetenv")
def posix_unsetenv(space, w_name):
    name = path_of(space, w_name)
    assert name is not None
    if os.environ.get(name) is not None:
        del os.environ[name]
    return space.w_None


@posix_functions.function("uname")
def posix_uname(space):
    sysname, nodename, release, version, machine = os.uname()
    return space.newtuple([space.newstr(sysname), space.newstr(nodename),
                           space.newstr(release), space.newstr(version),
                           space.newstr(machine)])


@posix_functions.function("cpu_count")
def posix_cpu_count(space):
    return space.newint(2)


CONSTANTS = [("O_RDONLY", os.O_RDONLY), ("O_WRONLY", os.O_WRONLY), ("O_RDWR", os.O_RDWR),
             ("O_APPEND", os.O_APPEND), ("O_CREAT", os.O_CREAT), ("O_EXCL", os.O_EXCL),
             ("O_TRUNC", os.O_TRUNC), ("O_NONBLOCK", os.O_NONBLOCK),
             ("O_NOFOLLOW", getattr(os, "O_NOFOLLOW", 0)),
             ("O_DIRECTORY", getattr(os, "O_DIRECTORY", 0)),
             ("O_CLOEXEC", getattr(os, "O_CLOEXEC", 0)),
             ("F_OK", os.F_OK), ("R_OK", os.R_OK), ("W_OK", os.W_OK), ("X_OK", os.X_OK),
             ("SEEK_SET", 0), ("SEEK_CUR", 1), ("SEEK_END", 2)]


def make_posix_core(space):
    w_module = W_ModuleObject("_posix_core")
    for spec in posix_functions.specs():
        w_module.w_dict.set(spec.name, W_BuiltinFunction(spec, None))
    for name, value in CONSTANTS:
        w_module.w_dict.set(name, space.newint(value))
    return w_module
