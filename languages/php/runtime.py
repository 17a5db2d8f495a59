"""Running a program: the interpreter with its built-ins and prelude, the main frame,
and the end of the program (uncaught exceptions and fatal errors as php prints them)."""
import os

from rpython.rlib import jit

from framework import output
from framework.errors import SourceError
from languages.php.arrays import W_Array
from languages.php.builtins import functions
# the modules that register built-ins
from languages.php import lib, strlib, hashing, mtrand, jsonparse, serializing  # noqa: F401
from languages.php.code import PhpCode
from languages.php.compiler import compile_php
from languages.php.errors import PhpThrow, PhpExit, PhpFatal
from languages.php.functions import W_Builtin, W_Function
from languages.php.generators import W_Generator
from languages.php.interpreter import Interpreter, Frame
from languages.php.including import include_file
from languages.php.numbers import escape_quotes, NAN, INFINITY
from languages.php.objects import W_String, W_Object, w_null, newint
from languages.php.space import FunctionsVersion

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
        self.random = None
        self.iter_need_key = True
        self.preg_error = 0
        self.included = {}
        self.included_order = []
        self.included_code = {}
        self.autoloaders_w = []
        self.autoloading = {}
        self.json_message = "No error"
        for spec in functions.specs():
            self.functions[spec.name.lower()] = W_Builtin(spec.name, spec)

    def new_generator(self, frame):
        w_gen = W_Generator(self.lookup_class("Generator"), self.new_handle(), frame)
        frame.generator = w_gen
        return w_gen

    def include(self, frame, path, kind):
        return include_file(self, frame, path, kind)

    def autoload(self, name):
        """Ask the spl_autoload_register callbacks, in order, for a missing class."""
        if not self.autoloaders_w or name.lower() in self.autoloading:
            return None
        self.autoloading[name.lower()] = None
        try:
            for w_loader in self.autoloaders_w:
                self.call_value(self.top_frame(), w_loader, [W_String(name)], None)
                w_class = self.find_class(name)
                if w_class is not None:
                    return w_class
        finally:
            del self.autoloading[name.lower()]
        return None

    def raise_value_error_empty_path(self, name):
        raise self.error("ValueError", "Path cannot be empty")

    def constant(self, name):
        space = jit.promote(self)
        w_value = space.find_constant_at(name, jit.promote(space.functions_version))
        if w_value is None:
            raise self.error("Error", 'Undefined constant "%s"' % name)
        return w_value

    @jit.elidable
    def find_constant_at(self, name, version):
        """Constants are only ever added: a constant name folds in a trace."""
        w_value = self.constants.get(name, None)
        if w_value is None:
            w_value = self.constants.get(name.upper(), None)
        return w_value

    def define_constant(self, name, w_value):
        if name in self.constants:
            self.warning("Constant %s already defined" % name)
            return
        self.constants[name] = w_value
        self.functions_version = FunctionsVersion()

    def export_short(self, w_value):
        if isinstance(w_value, W_String):
            return "'%s'" % escape_quotes(w_value.strval)
        if isinstance(w_value, W_Object):
            return "of type " + w_value.getclass().name
        if isinstance(w_value, W_Array):
            return "of type array"
        return self.str(w_value) if not w_value.tname() == "NULL" else "NULL"

EXTRA_INT_CONSTANTS = [
    ("ENT_COMPAT", 2), ("ENT_QUOTES", 3), ("ENT_NOQUOTES", 0), ("ENT_HTML401", 0),
    ("ENT_IGNORE", 4), ("ENT_SUBSTITUTE", 8), ("ENT_XML1", 16), ("ENT_XHTML", 32),
    ("ENT_HTML5", 48), ("ENT_DISALLOWED", 128),
    ("EXTR_OVERWRITE", 0), ("EXTR_SKIP", 1), ("EXTR_PREFIX_SAME", 2), ("EXTR_PREFIX_ALL", 3),
    ("EXTR_PREFIX_INVALID", 4), ("EXTR_IF_EXISTS", 6), ("EXTR_PREFIX_IF_EXISTS", 5),
    ("EXTR_REFS", 256),
    ("FILE_USE_INCLUDE_PATH", 1), ("FILE_IGNORE_NEW_LINES", 2), ("FILE_SKIP_EMPTY_LINES", 4),
    ("FILE_APPEND", 8), ("FILE_NO_DEFAULT_CONTEXT", 16), ("LOCK_SH", 1), ("LOCK_EX", 2),
    ("LOCK_UN", 3), ("SEEK_SET", 0), ("SEEK_CUR", 1), ("SEEK_END", 2),
    ("JSON_ERROR_DEPTH", 1), ("JSON_ERROR_STATE_MISMATCH", 2), ("JSON_ERROR_CTRL_CHAR", 3),
    ("JSON_ERROR_SYNTAX", 4), ("JSON_ERROR_UTF8", 5), ("JSON_ERROR_RECURSION", 6),
    ("JSON_ERROR_INF_OR_NAN", 7), ("JSON_ERROR_UNSUPPORTED_TYPE", 8),
    ("JSON_ERROR_INVALID_PROPERTY_NAME", 9), ("JSON_ERROR_UTF16", 10),
    ("JSON_OBJECT_AS_ARRAY", 1), ("JSON_BIGINT_AS_STRING", 2),
    ("JSON_INVALID_UTF8_IGNORE", 1048576), ("JSON_INVALID_UTF8_SUBSTITUTE", 2097152),
    ("JSON_PARTIAL_OUTPUT_ON_ERROR", 512), ("JSON_UNESCAPED_LINE_TERMINATORS", 2048),
    ("PREG_SPLIT_OFFSET_CAPTURE", 4), ("PREG_GREP_INVERT", 1), ("PREG_NO_ERROR", 0),
    ("PREG_INTERNAL_ERROR", 1), ("PREG_BACKTRACK_LIMIT_ERROR", 2),
    ("PREG_RECURSION_LIMIT_ERROR", 3), ("PREG_BAD_UTF8_ERROR", 4),
    ("PREG_BAD_UTF8_OFFSET_ERROR", 5), ("PREG_JIT_STACKLIMIT_ERROR", 6),
    ("SORT_ASC", 4), ("SORT_DESC", 3), ("SORT_LOCALE_STRING", 5),
    ("COUNT_NORMAL", 0), ("PHP_ROUND_HALF_UP", 1), ("PHP_ROUND_HALF_DOWN", 2),
    ("PHP_ROUND_HALF_EVEN", 3), ("PHP_ROUND_HALF_ODD", 4), ("E_PARSE", 4),
    ("E_CORE_ERROR", 16), ("E_CORE_WARNING", 32), ("E_COMPILE_ERROR", 64),
    ("E_COMPILE_WARNING", 128), ("E_RECOVERABLE_ERROR", 4096), ("PHP_MAJOR_VERSION", 8),
    ("PHP_MINOR_VERSION", 2), ("PHP_RELEASE_VERSION", 36), ("PHP_VERSION_ID", 80236),
    ("PHP_DEBUG", 0), ("PHP_MAXPATHLEN", 4096), ("MT_RAND_MT19937", 0), ("MT_RAND_PHP", 1),
    ("STR_PAD_LEFT", 0), ("CASE_LOWER", 0), ("CASE_UPPER", 1), ("ARRAY_UNIQUE_REGULAR", 0),
    ("LC_ALL", 6), ("LC_NUMERIC", 4), ("INI_ALL", 7), ("PHP_OUTPUT_HANDLER_STDFLAGS", 112),
]
EXTRA_FLOAT_CONSTANTS = [
    ("M_PI_2", 1.5707963267948966), ("M_PI_4", 0.7853981633974483),
    ("M_1_PI", 0.3183098861837907), ("M_2_PI", 0.6366197723675814),
    ("M_SQRTPI", 1.772453850905516), ("M_2_SQRTPI", 1.1283791670955126),
    ("M_LOG2E", 1.4426950408889634), ("M_LOG10E", 0.4342944819032518),
    ("M_LN2", 0.6931471805599453), ("M_LN10", 2.302585092994046),
    ("M_SQRT1_2", 0.7071067811865476), ("M_SQRT3", 1.7320508075688772),
    ("M_EULER", 0.5772156649015329), ("M_LNPI", 1.1447298858494002),
]


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
    space.constants["PHP_OS_FAMILY"] = W_String("Linux")
    space.constants["DIRECTORY_SEPARATOR"] = W_String("/")
    space.constants["PATH_SEPARATOR"] = W_String(":")
    for name, value in EXTRA_INT_CONSTANTS:
        space.constants[name] = W_Int(value)
    for name, fvalue in EXTRA_FLOAT_CONSTANTS:
        space.constants[name] = W_Float(fvalue)


def run_main(code, filename, args):
    space = PhpInterpreter()
    space.filename = filename
    space.included_order.append(filename)
    space.included[filename] = None
    install_constants(space)
    prelude_frame = space.new_frame(PRELUDE_CODE, None, None, None)
    space.main_frame = prelude_frame
    space.run_code(PRELUDE_CODE, prelude_frame)
    frame = space.new_frame(code, None, None, None)
    space.main_frame = frame
    for message, line in code.deprecations:
        output.write_out("\nDeprecated: %s in %s on line %d\n" % (message, filename, line))
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
