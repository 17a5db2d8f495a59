"""importlib's everyday part (import_module, reload) over the built-in import system; its
submodules (util, machinery, resources, metadata) are not available yet."""
import sys


def import_module(name, package=None):
    level = 0
    if name.startswith("."):
        if not package:
            raise TypeError("the 'package' argument is required to perform a relative "
                            "import for %r" % name)
        while level < len(name) and name[level] == ".":
            level += 1
    module = __import__(name[level:], {"__package__": package, "__name__": package or ""},
                        None, ["__name__"] if name[level:] or level else None, level)
    if level == 0 and "." in name:
        return sys.modules[name]
    return module


def reload(module):
    name = module.__name__
    del sys.modules[name]
    return import_module(name)


def invalidate_caches():
    pass
