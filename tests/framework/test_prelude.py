"""framework/prelude.py: library modules compiled once, on demand or all before translation."""
import os

from framework.prelude import Prelude


class CountingCompiler(object):
    """Stands in for a language: 'compiles' by upper-casing and counts the calls."""

    def __init__(self):
        self.calls = []

    def compile(self, path, source):
        self.calls.append(path)
        return source.upper()


def make_prelude(tmpdir):
    tmpdir.join("alpha.toy").write("one")
    tmpdir.join("beta.toy").write("two")
    tmpdir.join("notes.txt").write("not a module")
    return Prelude(str(tmpdir), ".toy", "<toy-lib>/")


def test_reads_only_modules_with_the_extension(tmpdir):
    prelude = make_prelude(tmpdir)
    assert prelude.has("alpha") and prelude.has("beta")
    assert not prelude.has("notes")
    assert prelude.source("beta") == "two"


def test_paths_never_show_the_host_folder(tmpdir):
    prelude = make_prelude(tmpdir)
    assert prelude.path("alpha") == "<toy-lib>/alpha.toy"
    assert str(tmpdir) not in prelude.path("alpha")


def test_compiles_on_first_use_only(tmpdir):
    prelude = make_prelude(tmpdir)
    compiler = CountingCompiler()
    assert prelude.code("alpha", compiler) == "ONE"
    assert prelude.code("alpha", compiler) == "ONE"
    assert compiler.calls == ["<toy-lib>/alpha.toy"]


def test_compile_all_leaves_nothing_for_run_time(tmpdir):
    prelude = make_prelude(tmpdir)
    before = CountingCompiler()
    prelude.compile_all(before)
    assert sorted(before.calls) == ["<toy-lib>/alpha.toy", "<toy-lib>/beta.toy"]
    at_run_time = CountingCompiler()
    assert prelude.code("beta", at_run_time) == "TWO"
    assert at_run_time.calls == []
