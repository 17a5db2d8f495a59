"""The library modules written in Python (languages/python/lib/*.py: collections, functools,
itertools, random ...).

Their text is read here, when this module is imported before translation, so the binary
carries it and never looks for the repository at run time.  modules.py compiles a module's
source the first time a program imports it.
"""
import os

LIB_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib")


def _read_sources():
    sources = {}
    for entry in sorted(os.listdir(LIB_DIR)):
        if entry.endswith(".py"):
            with open(os.path.join(LIB_DIR, entry)) as f:
                sources[entry[:-3]] = f.read()
    return sources


SOURCES = _read_sources()


def lib_path(name):
    """The file name tracebacks show for a library module."""
    return "<polyvm-lib>/" + name + ".py"
