"""Python and Lox meeting through the protocol, untranslated: a Lox function called from Python
through Python's adapter, a Python function called from Lox through Lox's native-call path,
values going out and coming home as themselves, and each language's errors."""
import pytest

from framework import output
from languages.lox import interop as lox_interop
from languages.lox.compiler import compile_lox
from languages.lox.interpreter import LoxError, interpreter
from languages.lox.objects import W_Number
from languages.python import interop as python_interop
from languages.python.error import OperationError
from languages.python.objects.moduleobject import W_ModuleObject
from tests.interop.fixtures import fixture
from framework.testing import Capture
from tests.interop.sender import W_TestArray, W_TestInt, W_TestStr, W_TestOpaque

PY = fixture("python")
LOX = fixture("lox")
space = PY.language.space


@pytest.fixture
def out(monkeypatch):
    capture = Capture()
    monkeypatch.setattr(output, "stdout", capture)
    return capture.text


def run_python(source, **globals_w):
    """Run Python `source` with the given values (any language's) as globals; its module."""
    w_module = W_ModuleObject("crossing")
    for name, w_value in globals_w.items():
        w_module.w_dict.set(name, python_interop.boundary.import_value(w_value))
    PY.language.execute_module("<crossing>", source, w_module)
    return w_module


def run_lox(source, **globals_w):
    for name, w_value in globals_w.items():
        lox_interop.GLOBALS.set(name, lox_interop.boundary.import_value(w_value))
    interpreter.run_script(compile_lox(source, "<crossing>"), lox_interop.GLOBALS)


def python_global(w_module, name):
    return python_interop.boundary.export_value(w_module.w_dict.get(name))


def test_python_calls_a_lox_function(out):
    run_python("print(add(1, 2), add('a', 'b'))\nprint(add)", add=LOX.value("add"))
    assert out() == "3.0 ab\n<fn add>\n"          # Lox numbers are doubles


def test_lox_calls_a_python_function(out):
    w_module = run_python("def twice(x):\n    return x * 2\n")
    run_lox('print twice(21); print twice("ab"); print twice;',
            twice=python_global(w_module, "twice"))
    assert out() == "42\nabab\n<function twice at " + out().split("<function twice at ")[1]


def test_python_uses_a_lox_object(out):
    run_python("print(point.x, point.get())\npoint.x = 5\nprint(point.get())\n"
               "point.x = 1\nprint(point)", point=LOX.value("point"))
    assert out() == "1.0 1.0\n5.0\nPoint instance\n"


def test_a_python_value_comes_home_as_itself():
    w_items = PY.value("items")
    run_lox("fun same(x) { return x; }")
    w_back = python_interop.boundary.import_value(LOX.value("same")).w_foreign.interop_call(
        [w_items])
    assert w_back is w_items
    w_module = run_python("back = same(items)\nsame_object = back is items",
                          same=LOX.value("same"), items=w_items)
    assert w_module.w_dict.get("same_object") is space.w_True


def test_a_lox_value_comes_home_as_itself():
    w_module = run_python("def same(x):\n    return x\n")
    run_lox("var back = same(add); var same_object = back == add;",
            same=python_global(w_module, "same"))
    assert lox_interop.GLOBALS.get("back") is lox_interop.GLOBALS.get("add")
    assert lox_interop.boundary.export_value(lox_interop.GLOBALS.get("same_object")) \
        .interop_as_bool() is True


def test_an_adapter_is_made_once_per_value():
    w_add = LOX.value("add")
    w_module = run_python("first = add\n", add=w_add)
    w_second = python_interop.boundary.import_value(w_add)
    assert w_module.w_dict.get("first") is w_second
    assert python_interop.boundary.export_value(w_second) is w_add


def test_a_foreign_array_in_python(out):
    w_array = W_TestArray([W_TestInt(1), W_TestStr("two")])
    run_python("print(len(arr), arr[0], arr[1])\nfor x in arr:\n    print(x)\n"
               "arr[0] = 10\nprint(arr[0], arr)", arr=w_array)
    assert out() == "2 1 two\n1\ntwo\n10 <test array of 2>\n"
    assert w_array.items_w[0].interop_as_int() == 10


@pytest.mark.parametrize("source,error", [
    ("arr[5]", "IndexError"), ("arr['k']", "TypeError"), ("arr.nothing", "AttributeError"),
    ("arr()", "TypeError"), ("len(point)", "TypeError"), ("point.nowhere", "AttributeError"),
    ("add(1)", "TypeError"), ("fail()", "RuntimeError"), ("iter(point)", "TypeError")])
def test_protocol_errors_in_python(source, error):
    w_array = W_TestArray([W_TestInt(1)])
    with pytest.raises(OperationError) as info:
        run_python(source, arr=w_array, point=LOX.value("point"), add=LOX.value("add"),
                   fail=LOX.value("fail"))
    assert space.type(info.value.w_value).name == error


def test_a_python_exception_goes_through_lox_and_keeps_its_message():
    w_module = run_python("def boom():\n    raise KeyError('k')\n")
    with pytest.raises(LoxError) as info:
        run_lox("boom();", boom=python_global(w_module, "boom"))
    assert info.value.message == "KeyError: 'k'"


def test_a_python_exception_comes_home_as_itself():
    w_module = run_python("def boom():\n    raise KeyError('k')\n"
                          "def catch(f):\n    try:\n        f()\n"
                          "    except KeyError as e:\n        return e\n")
    w_boom = python_global(w_module, "boom")
    # Python -> foreign sender -> Python: the GuestException carries Python's own exception
    from framework.interop import GuestException
    with pytest.raises(GuestException) as info:
        w_boom.interop_call([])
    w_exc = info.value.w_exception
    assert space.type(w_exc).name == "KeyError"
    err = python_interop.python_error(info.value)
    assert err.w_value is w_exc


@pytest.mark.parametrize("source,message", [
    ("opaque();", "unsupported message: call"),
    ("twice();", "twice() (Python, <crossing>, line 1) expected 1 argument, got 0")])
def test_protocol_errors_in_lox(source, message):
    w_module = run_python("def twice(x):\n    return x * 2\n")
    with pytest.raises(LoxError) as info:
        run_lox(source, opaque=W_TestOpaque(), twice=python_global(w_module, "twice"))
    assert info.value.message == message


def test_foreign_numbers_in_lox_are_numbers():
    run_lox("var n = 2 * big;", big=W_TestInt(21))
    w_n = lox_interop.GLOBALS.get("n")
    assert isinstance(w_n, W_Number) and w_n.value == 42.0
