"""Finding module sources along search paths, and the module cache's life cycle."""
import os

from framework.kit import Kit
from framework.modules import find_source, relative_path

kit = Kit("test")


class Module(object):
    def __init__(self, name):
        self.name = name


def write(path, text):
    with open(str(path), "w") as f:
        f.write(text)


def test_relative_path_of_dotted_names():
    assert relative_path("util", ".py") == "util.py"
    assert relative_path("pkg.sub.mod", ".rb") == "pkg/sub/mod.rb"


def test_find_source_takes_the_first_path_that_has_it(tmpdir):
    first = tmpdir.mkdir("first")
    second = tmpdir.mkdir("second")
    write(second.join("util.py"), "x = 2\n")
    write(first.join("other.py"), "y = 1\n")
    found = find_source("util", [str(first), str(second)], ".py")
    assert found.path == str(second) + "/util.py"
    assert found.source == "x = 2\n"
    write(first.join("util.py"), "x = 1\n")
    assert find_source("util", [str(first), str(second)], ".py").source == "x = 1\n"


def test_find_source_of_a_dotted_name_and_a_missing_one(tmpdir):
    tmpdir.mkdir("pkg")
    write(tmpdir.join("pkg", "mod.lox"), "print 1;\n")
    assert find_source("pkg.mod", [str(tmpdir)], ".lox").source == "print 1;\n"
    assert find_source("pkg.absent", [str(tmpdir)], ".lox") is None
    assert find_source("pkg", [str(tmpdir)], "") is None          # a folder is not a file
    assert find_source("anything", [], ".py") is None


def test_empty_search_path_is_the_current_directory(tmpdir):
    write(tmpdir.join("here.py"), "z = 3\n")
    cwd = os.getcwd()
    os.chdir(str(tmpdir))
    try:
        found = find_source("here", [""], ".py")
    finally:
        os.chdir(cwd)
    assert found.path == "here.py" and found.source == "z = 3\n"


def test_cache_returns_the_one_loaded_module():
    cache = kit.ModuleCache()
    assert cache.get("m") is None
    module = Module("m")
    cache.add("m", module)
    assert cache.get("m") is module
    assert not cache.is_initialising("m")


def test_cache_tracks_partially_initialised_modules():
    cache = kit.ModuleCache()
    a = Module("a")
    cache.add("a", a)
    cache.mark_initialising("a")
    assert cache.get("a") is a                 # a cyclic import finds the partial module
    assert cache.is_initialising("a")
    cache.mark_initialised("a")
    assert not cache.is_initialising("a")
    assert cache.get("a") is a


def test_forgetting_a_failed_module():
    cache = kit.ModuleCache()
    cache.add("broken", Module("broken"))
    cache.mark_initialising("broken")
    cache.forget("broken")
    assert cache.get("broken") is None
    assert not cache.is_initialising("broken")
    cache.forget("never-loaded")               # harmless


def test_each_language_has_its_own_cache_class():
    other = Kit("other")
    assert other.ModuleCache is not kit.ModuleCache
    assert other.ModuleCache.__name__ == "ModuleCache_other"
