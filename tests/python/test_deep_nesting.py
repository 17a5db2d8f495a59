"""Source nested deeper than the host stack allows: CPython's RecursionError, not a crash."""
import os
import subprocess
import sys

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def test_deeply_nested_expression_is_a_recursion_error(tmpdir):
    path = tmpdir.join("deep.py")
    path.write("x = " + "1+" * 100000 + "1\nprint(x)\n")
    process = subprocess.Popen([sys.executable, os.path.join(REPO, "targetpolyvm.py"),
                                str(path)], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out, err = process.communicate()
    assert process.returncode == 1
    assert out == ""
    assert err == "RecursionError: maximum recursion depth exceeded during compilation\n"
