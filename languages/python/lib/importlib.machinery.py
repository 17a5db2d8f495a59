"""importlib.machinery's names for code that inspects modules (inspect, pkgutil); polyvm's
import system is built in, so the finders and loaders here find nothing themselves."""
import sys

SOURCE_SUFFIXES = [".py"]
DEBUG_BYTECODE_SUFFIXES = OPTIMIZED_BYTECODE_SUFFIXES = BYTECODE_SUFFIXES = [".pyc"]
EXTENSION_SUFFIXES = []


def all_suffixes():
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES


class ModuleSpec:
    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self.cached = None
        self.has_location = origin is not None

    @property
    def parent(self):
        if self.submodule_search_locations is None:
            return self.name.rpartition(".")[0]
        return self.name

    def __repr__(self):
        return "ModuleSpec(name=%r, loader=%r, origin=%r)" % (self.name, self.loader,
                                                              self.origin)


class _NothingFinder:
    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        return None

    @classmethod
    def invalidate_caches(cls):
        pass


class BuiltinImporter(_NothingFinder):
    pass


class FrozenImporter(_NothingFinder):
    pass


class PathFinder(_NothingFinder):
    pass


class WindowsRegistryFinder(_NothingFinder):
    pass


class FileFinder:
    def __init__(self, path, *loader_details):
        self.path = path

    def find_spec(self, fullname, target=None):
        return None


class SourceFileLoader:
    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def get_filename(self, fullname=None):
        return self.path

    def get_data(self, path):
        with open(path, "rb") as f:
            return f.read()


class SourcelessFileLoader(SourceFileLoader):
    pass


class ExtensionFileLoader(SourceFileLoader):
    pass


class NamespaceLoader:
    def __init__(self, name, path, path_finder):
        self.name = name
        self.path = path
