"""Where CPython 3.11's `Lib/` is: polyvm's Python takes the pure-Python standard library
from an installed CPython 3.11 instead of carrying a copy.

In order: the folder named by the environment variable POLYVM_PYTHON_LIB; the folder
`./polyvm setup` recorded in build/python-lib.path (read when this module is imported, so a
binary carries it); then the usual install places.  A folder counts when it holds
`_collections_abc.py` and `tomllib/__init__.py` (new in 3.11).  Without one, the programs
still run; only the modules that come from `Lib/` are missing.
"""
import os
import stat

ENVIRONMENT_VARIABLE = "POLYVM_PYTHON_LIB"
RECORD_FILE = "python-lib.path"
SITE_VARIABLE = "POLYVM_SITE_PACKAGES"
SITE_UNDER_HOME = ".local/lib/polyvm/python3.11/site-packages"
USUAL_PLACES = ["/usr/lib/python3.11", "/usr/local/lib/python3.11"]


def read_record(build_dir):
    """The folder recorded by setup, or "" (not RPython: runs when the module is imported)."""
    try:
        with open(os.path.join(build_dir, RECORD_FILE)) as f:
            return f.read().strip()
    except (IOError, OSError):
        return ""


REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
RECORDED = read_record(os.path.join(REPO, "build"))


def is_file(path):
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return False


def is_stdlib(folder):
    return (bool(folder) and is_file(folder + "/_collections_abc.py")
            and is_file(folder + "/tomllib/__init__.py"))


def initial_path(main_dir, lib):
    """sys.path at start: the main script's folder ("" for -c), the folders in PYTHONPATH,
    CPython's Lib/, then the site-packages folder if it exists."""
    folders = [main_dir]
    pythonpath = os.environ.get("PYTHONPATH")
    if pythonpath:
        for folder in pythonpath.split(":"):
            if folder:
                folders.append(folder)
    if lib:
        folders.append(lib)
    site = site_packages()
    if site and is_directory(site):
        folders.append(site)
    return folders


def site_packages():
    """Where `pip install --target` puts pure-Python packages for polyvm:
    POLYVM_SITE_PACKAGES, else ~/.local/lib/polyvm/python3.11/site-packages."""
    folder = os.environ.get(SITE_VARIABLE)
    if folder is not None:
        return folder
    home = os.environ.get("HOME")
    if not home:
        return ""
    return home + "/" + SITE_UNDER_HOME


def is_directory(path):
    try:
        return stat.S_ISDIR(os.stat(path).st_mode)
    except OSError:
        return False


def find_stdlib():
    """The `Lib/` folder to use, or "" when there is none."""
    override = os.environ.get(ENVIRONMENT_VARIABLE)
    if override is not None:
        return override.rstrip("/") if is_stdlib(override) else ""
    if is_stdlib(RECORDED):
        return RECORDED
    for place in USUAL_PLACES:
        if is_stdlib(place):
            return place
    return ""
