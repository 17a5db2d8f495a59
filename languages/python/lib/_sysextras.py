"""The parts of sys written in Python, run in the sys module when it is first imported."""


class version_info(tuple):
    def __new__(cls, *args):
        return tuple.__new__(cls, args)

    major = property(lambda self: self[0])
    minor = property(lambda self: self[1])
    micro = property(lambda self: self[2])
    releaselevel = property(lambda self: self[3])
    serial = property(lambda self: self[4])

    def __repr__(self):
        return ("sys.version_info(major=%r, minor=%r, micro=%r, releaselevel=%r, serial=%r)"
                % tuple(self))


version_info = version_info(3, 11, 7, "final", 0)
hexversion = 0x030b07f0
implementation_name = "polyvm"


class SimpleNamespace:
    """types.SimpleNamespace is the type of sys.implementation, as in CPython."""

    def __init__(self, /, **kwargs):
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __repr__(self):
        items = ("%s=%r" % (name, value) for name, value in self.__dict__.items())
        return "namespace(%s)" % ", ".join(items)

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented


SimpleNamespace.__module__ = "types"
implementation = SimpleNamespace(name="polyvm", cache_tag=None, version=version_info,
                                 hexversion=hexversion, _multiarch="x86_64-linux-gnu")


class _Record(tuple):
    """A read-only record like sys.flags: a tuple whose items also have names."""
    _fields = ()

    def __new__(cls, *values):
        return tuple.__new__(cls, values)

    def __getattr__(self, name):
        fields = type(self)._fields
        if name in fields:
            return self[fields.index(name)]
        raise AttributeError(name)

    def __repr__(self):
        pairs = ", ".join("%s=%r" % pair for pair in zip(type(self)._fields, self))
        return "sys.%s(%s)" % (type(self).__name__, pairs)


class flags(_Record):
    _fields = ("debug", "inspect", "interactive", "optimize", "dont_write_bytecode",
               "no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning",
               "quiet", "hash_randomization", "isolated", "dev_mode", "utf8_mode",
               "warn_default_encoding", "safe_path", "int_max_str_digits")


class float_info(_Record):
    _fields = ("max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig",
               "mant_dig", "epsilon", "radix", "rounds")


class int_info(_Record):
    _fields = ("bits_per_digit", "sizeof_digit", "default_max_str_digits",
               "str_digits_check_threshold")


class hash_info(_Record):
    _fields = ("width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits",
               "seed_bits", "cutoff")


flags = flags(0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, False, 0, 0, False, 4300)
float_info = float_info(1.7976931348623157e+308, 1024, 308, 2.2250738585072014e-308, -1021,
                        -307, 15, 53, 2.220446049250313e-16, 2, 1)
int_info = int_info(30, 4, 4300, 640)
hash_info = hash_info(64, 2305843009213693951, 314159, 0, 1000003, "siphash13", 64, 128, 0)
maxunicode = 0x10FFFF
float_repr_style = "short"
api_version = 1013
copyright = "polyvm"
prefix = exec_prefix = base_prefix = base_exec_prefix = "/usr"
platlibdir = "lib"
pycache_prefix = None
dont_write_bytecode = True
meta_path = []
path_hooks = []
path_importer_cache = {}
warnoptions = []
_xoptions = {}
abiflags = ""
builtin_module_names = ("_codecs", "_io", "_random", "_sre", "_string", "_weakref", "builtins",
                        "errno", "math", "posix", "sys", "time")
orig_argv = ["polyvm"] + argv
__stdin__ = stdin
__stdout__ = stdout
__stderr__ = stderr


def getfilesystemencodeerrors():
    return "surrogateescape"


def getrefcount(obj):
    return 2


def getsizeof(obj, default=None):
    return 64


def audit(event, *args):
    pass


def addaudithook(hook):
    pass


def is_finalizing():
    return False


def getswitchinterval():
    return 0.005


def setswitchinterval(interval):
    pass


def _getframe(depth=0):
    """Frames are not objects in polyvm yet: callers (warnings, typing, namedtuple) fall
    back to their defaults on ValueError."""
    raise ValueError("call stack is not deep enough")


def excepthook(exctype, value, traceback):
    """What an uncaught exception prints (the interpreter itself does the same)."""
    import traceback as _traceback
    _traceback.print_exception(exctype, value, traceback)


__excepthook__ = excepthook


def displayhook(value):
    if value is not None:
        import builtins
        builtins._ = value
        stdout.write(repr(value) + "\n")


__displayhook__ = displayhook


def unraisablehook(unraisable):
    stderr.write("Exception ignored in: %r\n" % (unraisable.object,))


__unraisablehook__ = unraisablehook
