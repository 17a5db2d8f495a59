"""Python's library modules (languages/python/lib) as a prelude compiled before translation."""
from languages.python.language import PythonLanguage
from framework import output


class RefusingCompiler(object):
    def compile(self, path, source):
        raise AssertionError("compiled at run time: " + path)


def test_every_library_module_compiles_before_translation():
    language = PythonLanguage()
    language.prepare_for_translation()
    for name in sorted(language.prelude.sources):
        assert language.prelude.code(name, RefusingCompiler()) is not None


def test_prepared_modules_run_and_keep_their_source_for_tracebacks(capfd):
    language = PythonLanguage()
    language.prepare_for_translation()
    status = language.run("main.py", "import collections, functools\n"
                                     "print(collections.Counter('abca').most_common(1))\n"
                                     "functools.reduce(lambda a, b: a // b, [1, 0])\n", [])
    output.flush_all()
    out, err = capfd.readouterr()
    assert status == 1
    assert out == "[('a', 2)]\n"
    assert '"<polyvm-lib>/functools.py", line' in err
    assert "value = function(value, element)" in err
