"""Trace shape of a PHP loop calling a Python function (issue 20, PyHyp's hot path): the
acceptance sample's `$acc += $double($i) % 7`, checked with the meta-interpreter over both
interpreters in one program (no translation).  Slow: the JIT of both languages is made once
(framework/jittesting.py), several CPU minutes."""
import pytest

from framework.jittesting import TraceRun, assert_none_of, CALL_ASSEMBLERS

from languages.php import interop as php_interop
from languages.php.objects import W_Int
from targetpolyvm import make_entry

entry = make_entry(["php", "python"])
PHP = entry.by_name("php").get()
PYTHON = entry.by_name("python").get()
space = php_interop.php_space()
w_drive = PHP.polyglot_eval("function drive($n, $f) {\n"
                            "    $acc = 0;\n"
                            "    for ($i = 0; $i < $n; $i++) { $acc += $f($i) % 7; }\n"
                            "    return $acc;\n"
                            "}\n", None)
w_double = php_interop.boundary.import_value(
    PYTHON.polyglot_eval("def double(x):\n    return x * 2\n", None))


def main(which, n):
    w_result = space.call_value(php_interop.running_frame(space), w_drive, [W_Int(n), w_double], None)
    assert isinstance(w_result, W_Int)
    return w_result.intval


RUN = TraceRun(main, [("php_calls_python", 300)], languages=("php", "python"))


@pytest.mark.skip(reason="written, not run yet: the codewriter over both interpreters did "
                         "not finish on the shared machine in the time available")
def test_php_loop_calling_python_compiles_one_loop_through_both():
    traces = RUN["php_calls_python"]
    assert traces.result == sum((i * 2) % 7 for i in range(300))
    ops = traces.simple_loop()
    # Python's function is traced into PHP's loop, not called as another compiled loop.
    assert_none_of(CALL_ASSEMBLERS, ops)
