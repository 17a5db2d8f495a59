"""`./polyvm build --shared --no-jit --lang lox`, then the library it made, in a fresh process
(slow: a translation of two CPU minutes, so it runs only with POLYVM_SLOW_TESTS=1)."""
import os
import subprocess
import sys

import pytest

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CHECK = """
import polyvm
vm = polyvm.VM("lox")
vm.exec('fun greet(name) { print "hi " + name; return 42; }')
assert vm.call("greet", "you") == 42.0
print(vm.library.jit, vm.library.languages)
"""


@pytest.mark.slow
@pytest.mark.skipif(not os.environ.get("POLYVM_SLOW_TESTS"),
                    reason="a translation: set POLYVM_SLOW_TESTS=1 to run it")
def test_shared_build_of_lox_loads_and_runs():
    pytest.importorskip("cffi")
    build = subprocess.run([sys.executable, os.path.join(REPO, "polyvm"), "build", "--shared",
                            "--no-jit", "--lang", "lox"], cwd=REPO, capture_output=True,
                           text=True)
    assert build.returncode == 0, build.stdout + build.stderr
    library = os.path.join(REPO, "build", "libpolyvm-lox.so")
    assert os.path.exists(library) and os.path.exists(library[:-3] + ".json")
    run = subprocess.run([sys.executable, "-c", CHECK], capture_output=True, text=True,
                         env=dict(os.environ, POLYVM_LIBRARY=library,
                                  PYTHONPATH=os.path.join(REPO, "embed")))
    assert run.returncode == 0, run.stderr
    assert run.stdout == "hi you\nFalse ['lox']\n"
