"""Lox in-process: every crossing Lox has, its errors, its output (needs a shared build)."""
import pytest

import polyvm
from tests.embed.support import vm_or_skip


@pytest.fixture
def vm():
    vm = vm_or_skip("lox")
    yield vm
    vm.close()


def test_exec_eval_call(vm):
    vm.exec("fun add(a, b) { return a + b; }")
    assert vm.call("add", 1, 2) == 3.0
    assert vm.call("add", "a", "b") == "ab"
    assert vm.eval("add(0.5, 0.25)") == 0.75


@pytest.mark.parametrize("value, back", [(None, None), (True, True), (False, False),
                                         (7, 7.0), (2 ** 70, float(2 ** 70)), (-1.5, -1.5),
                                         ("h\u00e9llo", "h\u00e9llo")])
def test_primitives_cross_both_ways(vm, value, back):
    vm.exec("fun id(x) { return x; }")
    result = vm.call("id", value)
    assert result == back and type(result) is type(back)


@pytest.mark.parametrize("value, kind", [([1], "lists"), ((1,), "tuples"), ({}, "dicts"),
                                         (b"x", "bytes")])
def test_what_lox_lacks_is_a_type_error(vm, value, kind):
    vm.exec("fun id(x) { return x; }")
    with pytest.raises(TypeError, match="Lox has no %s" % kind):
        vm.call("id", value)


def test_a_value_of_another_type_is_refused_naming_it(vm):
    vm.exec("fun id(x) { return x; }")
    with pytest.raises(TypeError, match="'set'"):
        vm.call("id", {1})


def test_a_function_cannot_leave(vm):
    vm.exec("fun f() {}")
    with pytest.raises(TypeError, match="callable value cannot leave lox"):
        vm.eval("f")


def test_runtime_error_carries_the_lox_traceback(vm):
    vm.exec("fun bad(x) {\n  return x + nil;\n}\n", "calc.lox")
    with pytest.raises(polyvm.GuestError) as info:
        vm.call("bad", 1)
    error = info.value
    assert error.language == "lox" and error.type_name == "RuntimeError"
    assert error.message == "Operands must be two numbers or two strings."
    assert "[line 2] in bad()" in error.guest_traceback
    assert "[line 2] in bad()" in str(error)


def test_compile_error(vm):
    with pytest.raises(polyvm.GuestError) as info:
        vm.exec("var = ;")
    assert info.value.type_name == "CompileError"
    assert "Expect variable name." in info.value.message


def test_unknown_global_and_wrong_arity(vm):
    with pytest.raises(polyvm.GuestError, match="Undefined variable 'nope'"):
        vm.call("nope")
    vm.exec("fun one(a) { return a; }")
    with pytest.raises(polyvm.GuestError, match="Expected 1 arguments but got 2"):
        vm.call("one", 1, 2)


def test_print_goes_to_sys_stdout(vm, capsys):
    vm.exec('print "hello"; print 1 + 2;')
    assert capsys.readouterr().out == "hello\n3\n"


def test_output_before_an_error_is_kept(vm, capsys):
    with pytest.raises(polyvm.GuestError):
        vm.exec('print "before"; nil();')
    assert capsys.readouterr().out == "before\n"


def test_sessions_have_their_own_globals(vm):
    other = vm_or_skip("lox")
    vm.exec("var x = 1;")
    other.exec("var x = 2;")
    assert (vm.eval("x"), other.eval("x")) == (1.0, 2.0)
    other.close()
    with pytest.raises(polyvm.PolyvmError, match="closed"):
        other.eval("x")


def test_deep_recursion_is_a_guest_error_not_a_crash(vm):
    vm.exec("fun down(n) { return down(n + 1); }")
    with pytest.raises(polyvm.GuestError, match="Stack overflow|recursion"):
        vm.call("down", 0)
    assert vm.eval("1 + 1") == 2.0
