"""How to make each kind of value in each language, for the contract suite.

A fixture runs one small program in its language (untranslated) and takes the values the
program leaves in its globals.  Every fixture defines the same names, where its language has
the kind: `nothing, yes, no, count, ratio, text, items, table, add, point, error, fail`.
The Lox program also makes a closure over a variable (`tick`), so that an RPython program
holding only prebuilt Lox code still sees upvalues of a known type (tests/interop/test_rtyped).
`add(a, b)` returns a + b.  `point` has a field `x` of 1 and a method `get()` that returns it.
`fail()` raises the language's own error.  `kinds` lists the kinds the language has, and the
suite skips the rest explicitly.
"""
from framework import interop
from tests.interop.sender import failing_callable

PYTHON_SOURCE = '''
nothing = None
yes = True
no = False
count = 42
ratio = 2.5
text = "h\\u00e9llo"
items = [1, "two", 3.0]
table = {"a": 1, "b": 2}
def add(a, b):
    return a + b
class Point:
    def __init__(self):
        self.x = 1
    def get(self):
        return self.x
point = Point()
error = ValueError("bad value")
def fail():
    raise ValueError("bad value")
'''

LOX_SOURCE = '''
var nothing = nil;
var yes = true;
var no = false;
var count = 42;
var ratio = 2.5;
var text = "h\xc3\xa9llo";
fun add(a, b) { return a + b; }
class Point {
  init() { this.x = 1; }
  get() { return this.x; }
}
var point = Point();
fun fail() { return 1 + nil; }
fun counter() {
  var i = 0;
  fun next() { i = i + 1; return i; }
  return next;
}
var tick = counter();
'''


PHP_SOURCE = '''<?php
$nothing = null;
$yes = true;
$no = false;
$count = 42;
$ratio = 2.5;
$text = "h\xc3\xa9llo";
$items = [1, "two", 3.0];
$table = ["a" => 1, "b" => 2];
function add($a, $b) { return is_string($a) ? $a . $b : $a + $b; }
class Point {
    public $x;
    function __construct() { $this->x = 1; }
    function get() { return $this->x; }
}
$point = new Point();
$error = new ValueError("bad value");
function fail() { throw new ValueError("bad value"); }
$add = "add";
$fail = "fail";
'''


class PythonFixture(object):
    name = "python"
    kinds = [interop.NULL, interop.BOOLEAN, interop.NUMBER, interop.STRING, interop.ARRAY,
             interop.HASH, interop.CALLABLE, interop.OBJECT, interop.EXCEPTION]
    ints_are_ints = True           # count fits_int
    fail_message = "ValueError: bad value"
    item_displays = ["1", "two", "3.0"]
    displays = {"count": "42", "ratio": "2.5", "text": "h\xc3\xa9llo", "yes": "True",
                "nothing": "None", "add": "<function add at ", "point": "<fixture.Point object at "}
    errors = {"unsupported": "TypeError", "arity": "TypeError", "guest": "RuntimeError"}

    def __init__(self):
        from languages.python.language import PythonLanguage
        from languages.python.objects.moduleobject import W_ModuleObject
        from languages.python import interop as python_interop
        self.language = PythonLanguage()
        python_interop.attach(self.language.space)
        self.interop = python_interop
        self.module = W_ModuleObject("fixture")
        self.language.execute_module("<fixture>", PYTHON_SOURCE, self.module)

    def value(self, name):
        """A global of the fixture program, as other languages receive it."""
        return self.interop.boundary.export_value(self.module.w_dict.get(name))

    def error_raised_by(self, case):
        """The Python exception calling a failing foreign callable raises."""
        from languages.python.error import OperationError
        space = self.language.space
        w_adapter = self.interop.boundary.import_value(failing_callable(case))
        try:
            space.call_function(w_adapter, [])
        except OperationError as e:
            return space.type(e.w_value).name
        return None


class LoxFixture(object):
    name = "lox"
    kinds = [interop.NULL, interop.BOOLEAN, interop.NUMBER, interop.STRING, interop.CALLABLE,
             interop.OBJECT]
    ints_are_ints = False          # Lox numbers are doubles
    fail_message = "Operands must be two numbers or two strings."
    displays = {"count": "42", "ratio": "2.5", "text": "h\xc3\xa9llo", "yes": "true",
                "nothing": "nil", "add": "<fn add>", "point": "Point instance"}
    errors = {"unsupported": "LoxError", "arity": "LoxError", "guest": "LoxError"}

    def __init__(self):
        from languages.lox.compiler import compile_lox
        from languages.lox.interpreter import interpreter
        from languages.lox import interop as lox_interop
        self.interop = lox_interop
        interpreter.run_script(compile_lox(LOX_SOURCE, "<fixture>"), lox_interop.GLOBALS)

    def value(self, name):
        return self.interop.boundary.export_value(self.interop.GLOBALS.get(name))

    def error_raised_by(self, case):
        """The Lox runtime error calling a failing foreign callable raises (by name)."""
        from languages.lox.interpreter import LoxError, interpreter
        w_adapter = self.interop.boundary.import_value(failing_callable(case))
        try:
            w_adapter.call(interpreter, [])
        except LoxError:
            return "LoxError"
        return None


class PhpFixture(object):
    """PHP's functions are not values: `add` and `fail` are the functions themselves."""
    name = "php"
    kinds = [interop.NULL, interop.BOOLEAN, interop.NUMBER, interop.STRING, interop.ARRAY,
             interop.HASH, interop.CALLABLE, interop.OBJECT, interop.EXCEPTION]
    ints_are_ints = True
    fail_message = "ValueError: bad value"
    item_displays = ["1", "two", "3"]                # echo 3.0 prints 3
    displays = {"count": "42", "ratio": "2.5", "text": "h\xc3\xa9llo", "yes": "1",
                "nothing": "", "add": "add", "point": "Point Object"}
    errors = {"unsupported": "TypeError", "arity": "ArgumentCountError",
              "guest": "ForeignException"}

    def __init__(self):
        from languages.php.language import PhpLanguage  # noqa: F401  (registers interop)
        from languages.php import interop as php_interop
        from languages.php.compiler import compile_php
        self.interop = php_interop
        self.space = php_interop.php_space()
        code = compile_php(PHP_SOURCE, "<fixture>")
        self.frame = self.space.new_frame(code, None, None, None)
        self.space.run_code(code, self.frame)

    def variable(self, name):
        code = self.frame.code
        for i in range(code.nslots):
            if code.varnames[i] == name:
                return self.frame.getlocal(i).deref()
        raise KeyError(name)

    def value(self, name):
        if name in ("add", "fail"):
            return self.space.functions[name]
        return self.interop.export(self.variable(name))

    def error_raised_by(self, case):
        """The class of the PHP exception calling a failing foreign callable throws."""
        from languages.php.errors import PhpThrow
        w_adapter = self.interop.boundary.import_value(failing_callable(case))
        try:
            self.space.call_value(self.frame, w_adapter, [], None)
        except PhpThrow as e:
            return e.w_exception.getclass().name
        return None


FIXTURES = {"python": PythonFixture, "lox": LoxFixture, "php": PhpFixture}
_made = {}


def fixture(name):
    if name not in _made:
        _made[name] = FIXTURES[name]()
    return _made[name]
