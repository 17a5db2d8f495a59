"""Finding and loading a shared build of polyvm (`./polyvm build --shared`) through cffi.

Where a library is looked for, first found first:
  1. $POLYVM_LIBRARY: a libpolyvm-*.so, or a folder holding some;
  2. this package's own folder (`pip install ./embed` copies the repository's build/ there);
  3. the build/ folder of the repository this package comes from.
A library is checked before use: it must export this package's C API at its ABI version and,
when it sits in a repository's build/, have been built from that repository's sources as they
are now ($POLYVM_ALLOW_STALE=1 skips that check).
"""
import glob
import importlib.util
import os
import threading

from polyvm import wire

ABI = 2
BUFFER = 1 << 16          # the result buffer every call reuses; longer results take 2 calls
PACKAGE_DIR = os.path.dirname(os.path.abspath(__file__))
CDEF = """
    void rpython_startup_code(void);
    long polyvm_abi(void);
    long polyvm_info(char *, long);
    long polyvm_take(char *, long);
    long polyvm_new(char *, long);
    long polyvm_drop(long);
    long polyvm_exec(long, char *, long, char *, long, char *, long);
    long polyvm_eval(long, char *, long, char *, long);
    long polyvm_call(long, char *, long, char *, long, char *, long);
"""


class PolyvmError(Exception):
    """A library that is missing, broken or stale, or a request the VM refused."""


class LibraryNotFound(PolyvmError):
    pass


def source_repository():
    """The repository this package was installed from or is imported from, or None."""
    try:
        from polyvm import _origin
        candidates = [_origin.REPOSITORY]
    except ImportError:
        candidates = []
    candidates.append(os.path.dirname(os.path.dirname(PACKAGE_DIR)))     # embed/polyvm/
    for repo in candidates:
        if os.path.isfile(os.path.join(repo, "framework", "toolchain.py")):
            return repo
    return None


def candidate_paths():
    """Every libpolyvm-*.so where this package looks, in the order it looks."""
    paths = []
    configured = os.environ.get("POLYVM_LIBRARY")
    if configured:
        if os.path.isdir(configured):
            paths += sorted(glob.glob(os.path.join(configured, "libpolyvm-*.so")))
        else:
            paths.append(configured)
    paths += sorted(glob.glob(os.path.join(PACKAGE_DIR, "libpolyvm-*.so")))
    repo = source_repository()
    if repo:
        paths += sorted(glob.glob(os.path.join(repo, "build", "libpolyvm-*.so")))
    return paths


def languages_in(path):
    """The languages a library holds, from its name: libpolyvm-python+lox.so."""
    name = os.path.basename(path)
    if not (name.startswith("libpolyvm-") and name.endswith(".so")):
        return []
    return name[len("libpolyvm-"):-len(".so")].split("+")


def where_looked():
    places = ["$POLYVM_LIBRARY (unset)" if not os.environ.get("POLYVM_LIBRARY")
              else "$POLYVM_LIBRARY=" + os.environ["POLYVM_LIBRARY"], PACKAGE_DIR]
    repo = source_repository()
    if repo:
        places.append(os.path.join(repo, "build"))
    return ", ".join(places)


_loaded = {}                # real path -> Library
_loading = threading.Lock()


def library_for(language):
    """The loaded Library holding `language` (loaded on first use)."""
    paths = candidate_paths()
    configured = os.environ.get("POLYVM_LIBRARY")
    if configured and not os.path.isdir(configured) and not os.path.exists(configured):
        raise LibraryNotFound("polyvm: $POLYVM_LIBRARY names %s, which does not exist"
                              % configured)
    for library in _loaded.values():
        if language in library.languages:
            return library
    for path in paths:
        if language in languages_in(path) or (configured and path == configured):
            library = load(path)
            if language in library.languages:
                return library
    built = sorted(set(l for p in paths for l in languages_in(p)))
    raise LibraryNotFound(
        "polyvm: no shared library holds %s (looked in %s; found %s). Build one in the "
        "repository with `./polyvm build --shared --lang %s`, then `pip install ./embed` "
        "again or set POLYVM_LIBRARY" % (language, where_looked(),
                                         ", ".join(built) or "none", language))


def load(path):
    real = os.path.realpath(path)
    with _loading:
        if real not in _loaded:
            _loaded[real] = Library(real)
        return _loaded[real]


class Library(object):
    """One loaded libpolyvm-*.so: its C API, serialized by a lock (the VM is one thread, and
    every call's result arrives in the one buffer)."""

    def __init__(self, path):
        try:
            import cffi
        except ImportError:
            raise PolyvmError("polyvm needs cffi (pip install cffi)")
        self.path = path
        self.ffi = cffi.FFI()
        self.ffi.cdef(CDEF)
        try:
            self.lib = self.ffi.dlopen(path)
        except OSError as e:
            raise PolyvmError("polyvm: cannot load %s: %s" % (path, e))
        try:
            self.lib.polyvm_abi
        except AttributeError:
            raise PolyvmError("polyvm: %s is not a polyvm shared library (no polyvm_abi); "
                              "build one with `./polyvm build --shared`" % path)
        self.lock = threading.RLock()
        self.lib.rpython_startup_code()
        abi = self.lib.polyvm_abi()
        if abi != ABI:
            raise PolyvmError("polyvm: %s was built from other sources: its C API is version "
                              "%d and this package speaks version %d; rebuild it, or install "
                              "the package from the same sources" % (path, abi, ABI))
        self.buffer = self.ffi.new("char[]", BUFFER)
        facts = self.result(self.lib.polyvm_info(self.buffer, BUFFER))[3]
        self.languages = list(facts["languages"])
        self.sources = facts["sources"]
        self.jit = facts["jit"]
        self.check_fresh()

    def check_fresh(self):
        """A library in a repository's build/ must come from that repository's sources."""
        build = os.path.dirname(self.path)
        repo = os.path.dirname(build)
        toolchain_path = os.path.join(repo, "framework", "toolchain.py")
        if (os.path.basename(build) != "build" or not os.path.isfile(toolchain_path)
                or os.environ.get("POLYVM_ALLOW_STALE")):
            return
        spec = importlib.util.spec_from_file_location("polyvm_toolchain", toolchain_path)
        toolchain = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(toolchain)
        names = languages_in(self.path)
        if self.sources != toolchain.source_hash(repo, names):
            raise PolyvmError(
                "polyvm: %s was built from other sources than %s has now (rebuild it with "
                "`./polyvm build --shared --lang %s`, or set POLYVM_ALLOW_STALE=1 to load it "
                "anyway)" % (self.path, repo, ",".join(names)))

    def result(self, length):
        """The result a call left in the buffer, decoded: (status, stdout, stderr, payload)."""
        if length < 0:
            return wire.decode_result(self.take(length))
        return wire.decode_result(self.ffi.unpack(self.buffer, length))

    def take(self, length):
        """A result too long for the buffer (its length negated), fetched whole."""
        whole = self.ffi.new("char[]", -length)
        return self.ffi.unpack(whole, self.lib.polyvm_take(whole, -length))
