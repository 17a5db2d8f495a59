"""Python in-process: every crossing, errors, output, @polyvm.jit (needs a shared build)."""
import pytest

import polyvm
from tests.embed.support import vm_or_skip


@pytest.fixture
def vm():
    vm = vm_or_skip("python")
    yield vm
    vm.close()


VALUES = [None, True, False, 0, -7, 2 ** 63 - 1, -2 ** 63, 2 ** 100, -3 ** 90, 1.25,
          float("inf"), "", "h\u00e9llo \U0001f600", b"", b"\x00bytes\xff", [], (), {},
          [1, "two", 3.0], (1, (2, [3])), {"a": 1, 2: [None], (1, 2): {"x": b"y"}}]


@pytest.mark.parametrize("value", VALUES, ids=repr)
def test_values_cross_both_ways_as_copies(vm, value):
    vm.exec("def identity(x):\n    return x\n")
    back = vm.call("identity", value)
    assert back == value and type(back) is type(value)


def test_the_guest_sees_its_own_types(vm):
    vm.exec("def describe(*args):\n    return [type(a).__name__ for a in args]\n")
    assert vm.call("describe", None, True, 1, 2 ** 80, 1.0, "s", b"b", [], (), {}) == \
        ["NoneType", "bool", "int", "int", "float", "str", "bytes", "list", "tuple", "dict"]


def test_copies_not_references(vm):
    items = [1, 2]
    vm.exec("def grow(xs):\n    xs.append(3)\n    return xs\n")
    assert vm.call("grow", items) == [1, 2, 3]
    assert items == [1, 2]


def test_exec_eval_call_share_the_session(vm):
    vm.exec("import math\ntotal = 0\ndef add(n):\n    global total\n    total += n\n"
            "    return total\n")
    vm.call("add", 5)
    assert vm.call("add", 2) == 7
    assert vm.eval("total * 2") == 14
    assert vm.eval("math.sqrt(16.0)") == 4.0


def test_a_bad_argument_type_is_a_type_error(vm):
    vm.exec("def f(x):\n    return x\n")
    with pytest.raises(TypeError, match="'object' cannot cross into the VM"):
        vm.call("f", object())


def test_a_result_that_cannot_cross_is_a_type_error(vm):
    with pytest.raises(TypeError, match="type 'function' cannot leave"):
        vm.eval("lambda: 1")
    with pytest.raises(TypeError, match="type 'set' cannot leave"):
        vm.eval("{1, 2}")


def test_guest_exception_is_the_builtin_and_carries_the_traceback(vm):
    vm.exec("def inner(d):\n    return 1 // d\n\ndef outer(d):\n    return inner(d)\n",
            "calc.py")
    with pytest.raises(ZeroDivisionError) as info:
        vm.call("outer", 0)
    error = info.value
    assert isinstance(error, polyvm.GuestError)
    assert error.type_name == "ZeroDivisionError" and error.language == "python"
    assert error.message == "integer division or modulo by zero"
    assert error.guest_traceback.splitlines() == [
        "Traceback (most recent call last):",
        '  File "calc.py", line 5, in outer',
        "    return inner(d)",
        '  File "calc.py", line 2, in inner',
        "    return 1 // d",
        "ZeroDivisionError: integer division or modulo by zero"]


def test_guest_only_exception_types_are_guest_errors(vm):
    vm.exec("class Oops(Exception):\n    pass\ndef f():\n    raise Oops('no')\n")
    with pytest.raises(polyvm.GuestError) as info:
        vm.call("f")
    assert info.value.type_name == "Oops" and info.value.message == "no"


def test_syntax_errors(vm):
    with pytest.raises(SyntaxError) as info:
        vm.exec("def f(:\n", "broken.py")
    assert 'File "broken.py", line 1' in info.value.guest_traceback
    with pytest.raises(SyntaxError, match="eval takes an expression"):
        vm.eval("x = 1")


def test_unknown_global(vm):
    with pytest.raises(NameError, match="name 'nope' is not defined"):
        vm.call("nope")


def test_print_goes_to_sys_stdout(vm, capsys):
    vm.exec("print('hello', 42)\nimport sys\nprint('oops', file=sys.stderr)\n")
    captured = capsys.readouterr()
    assert captured.out == "hello 42\n"
    assert captured.err == "oops\n"


def test_recursion_error_leaves_the_vm_usable(vm):
    vm.exec("def down(n):\n    return down(n + 1)\n")
    with pytest.raises(RecursionError):
        vm.call("down", 0)
    assert vm.eval("1 + 1") == 2


def test_two_languages_in_one_process():
    python = vm_or_skip("python")
    lox = vm_or_skip("lox")
    lox.exec("fun twice(x) { return x * 2; }")
    python.exec("def twice(x):\n    return x * 2\n")
    assert python.call("twice", lox.call("twice", 5)) == 20.0


def test_jit_decorator_runs_the_function_in_the_guest():
    vm_or_skip("python").close()

    @polyvm.jit
    def fib(n):
        if n < 2:
            return n
        return fib(n - 1) + fib(n - 2)

    @polyvm.jit
    def uses_fib(n):
        return [fib(i) for i in range(n)]

    assert fib(20) == 6765
    assert uses_fib(8) == [0, 1, 1, 2, 3, 5, 8, 13]
    assert fib.__name__ == "fib" and fib.vm is uses_fib.vm
    assert fib.vm.eval("type(fib).__name__") == "function"


def test_jit_tracebacks_point_into_this_file():
    vm_or_skip("python").close()

    @polyvm.jit
    def broken(x):
        return x.nope

    with pytest.raises(AttributeError) as info:
        broken(1)
    assert 'test_python.py", line %d, in broken' % (broken.__wrapped__.__code__.co_firstlineno + 2) \
        in info.value.guest_traceback
    assert "return x.nope" in info.value.guest_traceback


def test_a_traceback_through_two_jit_functions_shows_both_lines():
    vm_or_skip("python").close()

    @polyvm.jit
    def helper(x):
        return 10 // x

    @polyvm.jit
    def caller(x):
        return helper(x) + 1

    assert caller(5) == 3
    with pytest.raises(ZeroDivisionError) as info:
        caller(0)
    text = info.value.guest_traceback
    assert "return helper(x) + 1" in text and "return 10 // x" in text


def test_jit_refuses_what_has_no_source():
    vm = vm_or_skip("python")
    with pytest.raises(TypeError, match="not a lambda"):
        polyvm.jit(lambda x: x, vm=vm)
    namespace = {}
    exec("def made(x):\n    return x\n", namespace)
    with pytest.raises(TypeError, match="defined in a source file"):
        polyvm.jit(namespace["made"], vm=vm)
