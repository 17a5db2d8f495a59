"""Running a program: the interpreter with its built-ins and prelude, the main frame,
and the end of the program (uncaught exceptions and fatal errors as php prints them)."""
import os

from framework import output
from framework.errors import SourceError
from languages.php.arrays import W_Array
from languages.php.builtins import functions
from languages.php import lib  # noqa: F401  (registers the library's functions)
from languages.php.code import PhpCode
from languages.php.compiler import compile_php
from languages.php.errors import PhpThrow, PhpExit, PhpFatal
from languages.php.functions import W_Builtin, W_Function
from languages.php.generators import W_Generator
from languages.php.interpreter import Interpreter, Frame
from languages.php.numbers import escape_quotes, NAN, INFINITY
from languages.php.objects import W_String, W_Object, w_null, newint

PRELUDE_PATH = os.path.join(os.path.dirname(__file__), "prelude.php")
with open(PRELUDE_PATH) as f:
    PRELUDE_SOURCE = f.read()
PRELUDE_CODE = compile_php(PRELUDE_SOURCE, "prelude:php")


class PhpInterpreter(Interpreter):
    frame_class = Frame

    def __init__(self):
        Interpreter.__init__(self)
        self.iter_key = w_null
        self.iter_value = w_null
        self.regex_cache = {}
        self.json_error = 0
        self.json_message = "No error"
        for spec in functions.specs():
            self.functions[spec.name.lower()] = W_Builtin(spec.name, spec)

    def new_generator(self, frame):
        w_gen = W_Generator(self.lookup_class("Generator"), self.new_handle(), frame)
        frame.generator = w_gen
        return w_gen

    def run_code(self, code, frame):
        back = self.current_frame
        self.current_frame = frame
        try:
            return self.execute(code, frame)
        finally:
            self.current_frame = back

    def include(self, frame, path, kind):
        raise PhpFatal("include is not supported yet")

    def constant(self, name):
        w_value = self.constants.get(name, None)
        if w_value is None:
            w_value = self.constants.get(name.upper(), None)
        if w_value is None:
            raise self.error("Error", 'Undefined constant "%s"' % name)
        return w_value

    def define_constant(self, name, w_value):
        if name in self.constants:
            self.warning("Constant %s already defined" % name)
            return
        self.constants[name] = w_value

    def export_short(self, w_value):
        if isinstance(w_value, W_String):
            return "'%s'" % escape_quotes(w_value.strval)
        if isinstance(w_value, W_Object):
            return "of type " + w_value.getclass().name
        if isinstance(w_value, W_Array):
            return "of type array"
        return self.str(w_value) if not w_value.tname() == "NULL" else "NULL"


def install_constants(space):
    from languages.php.numbers import MAXINT, MININT
    from languages.php.objects import W_Int, W_Float
    space.constants["PHP_INT_MAX"] = W_Int(MAXINT)
    space.constants["PHP_INT_MIN"] = W_Int(MININT)
    space.constants["PHP_INT_SIZE"] = W_Int(8)
    space.constants["PHP_EOL"] = W_String("\n")
    space.constants["PHP_VERSION"] = W_String("8.2.36")
    space.constants["PHP_OS"] = W_String("Linux")
    space.constants["PHP_FLOAT_EPSILON"] = W_Float(2.220446049250313e-16)
    space.constants["PHP_FLOAT_MAX"] = W_Float(1.7976931348623157e308)
    space.constants["PHP_FLOAT_MIN"] = W_Float(2.2250738585072014e-308)
    space.constants["NAN"] = W_Float(NAN)
    space.constants["INF"] = W_Float(INFINITY)
    space.constants["M_PI"] = W_Float(3.141592653589793)
    space.constants["M_E"] = W_Float(2.718281828459045)
    space.constants["E_ALL"] = W_Int(32767)
    space.constants["E_ERROR"] = W_Int(1)
    space.constants["E_WARNING"] = W_Int(2)
    space.constants["E_NOTICE"] = W_Int(8)
    space.constants["E_DEPRECATED"] = W_Int(8192)
    space.constants["E_USER_ERROR"] = W_Int(256)
    space.constants["E_USER_WARNING"] = W_Int(512)
    space.constants["E_USER_NOTICE"] = W_Int(1024)
    space.constants["E_USER_DEPRECATED"] = W_Int(16384)
    space.constants["E_STRICT"] = W_Int(2048)
    space.constants["COUNT_RECURSIVE"] = W_Int(1)
    space.constants["SORT_REGULAR"] = W_Int(0)
    space.constants["SORT_NUMERIC"] = W_Int(1)
    space.constants["SORT_STRING"] = W_Int(2)
    space.constants["SORT_FLAG_CASE"] = W_Int(8)
    space.constants["SORT_NATURAL"] = W_Int(6)
    space.constants["ARRAY_FILTER_USE_KEY"] = W_Int(2)
    space.constants["ARRAY_FILTER_USE_BOTH"] = W_Int(1)
    space.constants["STR_PAD_RIGHT"] = W_Int(1)
    space.constants["STR_PAD_LEFT"] = W_Int(0)
    space.constants["STR_PAD_BOTH"] = W_Int(2)
    space.constants["JSON_PRETTY_PRINT"] = W_Int(128)
    space.constants["JSON_UNESCAPED_SLASHES"] = W_Int(64)
    space.constants["JSON_UNESCAPED_UNICODE"] = W_Int(256)
    space.constants["JSON_THROW_ON_ERROR"] = W_Int(4194304)
    space.constants["JSON_PRESERVE_ZERO_FRACTION"] = W_Int(1024)
    space.constants["JSON_NUMERIC_CHECK"] = W_Int(32)
    space.constants["JSON_FORCE_OBJECT"] = W_Int(16)
    space.constants["JSON_HEX_TAG"] = W_Int(1)
    space.constants["JSON_HEX_AMP"] = W_Int(2)
    space.constants["JSON_HEX_APOS"] = W_Int(4)
    space.constants["JSON_HEX_QUOT"] = W_Int(8)
    space.constants["JSON_ERROR_NONE"] = W_Int(0)
    space.constants["PREG_PATTERN_ORDER"] = W_Int(1)
    space.constants["PREG_SET_ORDER"] = W_Int(2)
    space.constants["PREG_OFFSET_CAPTURE"] = W_Int(256)
    space.constants["PREG_SPLIT_NO_EMPTY"] = W_Int(1)
    space.constants["PREG_SPLIT_DELIM_CAPTURE"] = W_Int(2)
    space.constants["PREG_UNMATCHED_AS_NULL"] = W_Int(512)
    space.constants["M_SQRT2"] = W_Float(1.4142135623730951)
    space.constants["PHP_FLOAT_DIG"] = W_Int(15)


def run_main(code, filename, args):
    space = PhpInterpreter()
    space.filename = filename
    install_constants(space)
    prelude_frame = Frame(PRELUDE_CODE, None, None, None, None)
    space.main_frame = prelude_frame
    space.run_code(PRELUDE_CODE, prelude_frame)
    frame = Frame(code, None, None, None, None)
    space.main_frame = frame
    status = 0
    try:
        try:
            space.run_code(code, frame)
        except PhpThrow as e:
            report_uncaught(space, e.w_exception)
            status = 255
    except PhpExit as e:
        status = e.status
    except PhpFatal as e:
        filename, line = space.location()
        output.write_out("\nFatal error: %s in %s on line %d\n" % (e.message, filename, line))
        status = 255
    return status


def report_uncaught(space, w_exc):
    try:
        text = space.str(w_exc)
    except PhpThrow:
        text = "exception"
    filename = space.str(w_exc.read_attr("file") or w_null)
    line = space.str(w_exc.read_attr("line") or w_null)
    output.write_out("\nFatal error: Uncaught %s\n  thrown in %s on line %s\n"
                     % (text, filename, line))
    output.write_err("PHP Fatal error:  Uncaught %s\n  thrown in %s on line %s\n"
                     % (text, filename, line))
