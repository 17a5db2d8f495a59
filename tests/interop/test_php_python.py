"""PHP and Python in one process, untranslated: whole programs run through the entry point
over both languages, reaching each other by name (framework/polyglot.py) with PyHyp's API.

tests/interop/programs/ holds a program per direction with its expected output, read and
checked by hand line by line (there is no reference VM for the pair); tests/interop/samples/
holds the two programs of issue 20's acceptance.  The Python language is the contract
fixture's, so the other interop tests keep their space."""
import os

import pytest

from framework import output, polyglot
from framework.testing import Capture
from languages.php import interop as php_interop
from languages.python import interop as python_interop
from tests.interop.fixtures import fixture
from targetpolyvm import make_entry

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLES = os.path.join(HERE, "samples")
PROGRAMS = os.path.join(HERE, "programs")
BINARY = os.path.join(os.path.dirname(os.path.dirname(HERE)), "build", "polyvm-php+python")


@pytest.fixture
def run(monkeypatch):
    """Run a program (a path, or source with its extension) by the php+python entry point;
    its standard output and error, together."""
    entry = make_entry(["php", "python"])
    entry.by_name("python").language = fixture("python").language
    saved = (php_interop.context.space, php_interop.context.w_foreign_class,
             list(polyglot.registry.slots))
    capture = Capture()
    monkeypatch.setattr(output, "stdout", capture)
    monkeypatch.setattr(output, "stderr", capture)

    def run_program(path):
        php_interop.context.space = None        # each program starts its own PHP
        php_interop.context.w_foreign_class = None
        entry.main(["polyvm", path])
        return capture.text()
    yield run_program
    php_interop.context.space, php_interop.context.w_foreign_class, slots = saved
    polyglot.register_slots(slots)
    python_interop.attach(fixture("python").language.space)


def program(path):
    with open(path) as f:
        return f.read()


def write(tmpdir, name, source):
    path = str(tmpdir.join(name))
    with open(path, "w") as f:
        f.write(source)
    return path


@pytest.mark.parametrize("name", sorted(name for name in os.listdir(PROGRAMS)
                                         if not name.endswith(".out")))
def test_programs(run, name):
    expected = program(os.path.join(PROGRAMS, name.rsplit(".", 1)[0] + ".out"))
    assert run(os.path.join(PROGRAMS, name)) == expected


def test_the_python_sample(run):
    assert run(os.path.join(SAMPLES, "pyhyp.py")) == "4\n12\ncaught PHPException\n"


def test_the_php_sample_with_a_shorter_loop(run, tmpdir):
    """The sample's loop of 1,000,000 calls takes minutes untranslated: 1,000 here."""
    source = program(os.path.join(SAMPLES, "pyhyp.php")).replace("1000000", "1000")
    assert run(write(tmpdir, "sample.php", source)) == "42\n7\n10\n2998\ncaught PyException\n"


@pytest.mark.skipif(not os.path.exists(BINARY), reason="no build/polyvm-php+python")
@pytest.mark.parametrize("name,expected", [
    ("pyhyp.php", "42\n7\n10\n2999997\ncaught PyException\n"),
    ("pyhyp.py", "4\n12\ncaught PHPException\n")])
def test_the_samples_on_the_combined_binary(name, expected):
    import subprocess
    out = subprocess.check_output([BINARY, os.path.join(SAMPLES, name)])
    assert out.decode("utf-8") == expected


def test_a_language_not_in_the_binary(run, tmpdir):
    path = write(tmpdir, "lonely.php", '<?php\ntry { polyglot_eval("cobol", "x"); }\n'
                 'catch (Error $e) { echo $e->getMessage(), "\\n"; }\n')
    assert run(path) == "language 'cobol' is not in this binary (linked: php, python)\n"


def test_a_language_without_the_hooks(run, tmpdir):
    path = write(tmpdir, "mods.py", 'try:\n    polyglot_import("php", "x")\n'
                 'except TypeError as e:\n    print(e)\n')
    assert run(path) == "unsupported message: php: PHP has no modules (asked for 'x')\n"


@pytest.mark.parametrize("name", ["report.php", "words.py"])
def test_examples(run, name):
    examples = os.path.join(os.path.dirname(os.path.dirname(HERE)), "examples", "interop")
    expected = program(os.path.join(examples, name.rsplit(".", 1)[0] + ".out"))
    assert run(os.path.join(examples, name)) == expected


def test_a_binary_of_one_language_reaches_none(run, tmpdir, monkeypatch):
    """As a one-language target is annotated (framework/interop.py, SEVERAL_LANGUAGES): the
    polyglot built-ins stay, and say the other language is not linked."""
    from framework import interop
    monkeypatch.setattr(interop, "SEVERAL_LANGUAGES", False)
    path = write(tmpdir, "alone.py", 'try:\n    compile_php_func("function f() {}")\n'
                 'except RuntimeError as e:\n    print(e)\n')
    assert run(path) == "language 'php': this binary links only php, python\n"


def test_the_target_decides_whether_languages_meet(monkeypatch):
    from framework import interop
    monkeypatch.setattr(interop, "SEVERAL_LANGUAGES", True)
    interop.link(["python"])
    assert not interop.SEVERAL_LANGUAGES
    interop.link(["php", "python"])
    assert interop.SEVERAL_LANGUAGES
