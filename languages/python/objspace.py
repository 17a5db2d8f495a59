"""The Python object space: constructors, the type table, and the generic operations.

The interpreter never looks inside a value; it asks the space (`space.add`, `space.getattr`,
`space.call` ...).  Each operation has a fast path for the built-in types the JIT sees most
and otherwise follows Python's data model: look the special method up on the type
(version-tagged, so the JIT folds it), try the reflected method on NotImplemented, and word
the TypeError as CPython does.
"""
import errno
import math
import os

from framework.text import sort_strings

from rpython.rlib import jit
from rpython.rlib.objectmodel import (specialize, compute_identity_hash, we_are_translated,
                                      not_rpython)
from rpython.rlib.rarithmetic import ovfcheck, intmask
from rpython.rlib.rfloat import isfinite

from framework import integers
from framework.objspace import ObjectSpace
from languages.python.kit import ClassRegistry, FunctionTable, ModuleCache
from languages.python import opcodes
from languages.python.error import OperationError
from languages.python.objects.base import W_Object
from languages.python.objects import (intobject, floatobject, strobject, complexobject,
                                       listobject)
from languages.python.objects.intobject import W_IntObject, W_BigIntObject, W_AbstractIntObject
from languages.python.objects.boolobject import W_BoolObject
from languages.python.objects.floatobject import W_FloatObject
from languages.python.objects.strobject import W_StrObject
from languages.python.objects.tupleobject import W_TupleObject
from languages.python.objects.listobject import W_ListObject
from languages.python.objects.dictobject import W_DictObject, W_DictViewObject, PythonHashKeys
from languages.python.objects.rangeobject import (W_RangeObject, W_IteratorObject,
                                                  W_SeqIterator, W_RangeIterator)
from languages.python.objects.noneobject import W_NoneObject, W_SingletonObject
from languages.python.objects.typeobject import (W_TypeObject, LAYOUT_OBJECT,
                                                 LAYOUT_EXCEPTION, LAYOUT_BUILTIN)
from languages.python.objects.functionobject import (
    W_FunctionObject, W_BuiltinFunction, W_MethodObject, W_CellObject,
    W_StaticMethod, W_ClassMethod, W_Property, W_GetterDescriptor)
from languages.python.objects.instanceobject import W_InstanceObject, W_ExceptionObject
from languages.python.objects.sliceobject import W_SliceObject
from languages.python.objects.setobject import W_SetObject
from languages.python.objects.generatorobject import W_GeneratorObject
from languages.python.objects.moduleobject import W_ModuleObject
from languages.python.objects.bytesobject import W_BytesObject
from languages.python.objects.superobject import W_SuperObject


# name -> base name, in CPython's hierarchy (only the ones programs meet).
EXCEPTION_TREE = [
    ("Exception", "BaseException"), ("SystemExit", "BaseException"),
    ("KeyboardInterrupt", "BaseException"), ("GeneratorExit", "BaseException"),
    ("StopIteration", "Exception"), ("ArithmeticError", "Exception"),
    ("ZeroDivisionError", "ArithmeticError"), ("OverflowError", "ArithmeticError"),
    ("FloatingPointError", "ArithmeticError"), ("AssertionError", "Exception"),
    ("AttributeError", "Exception"), ("LookupError", "Exception"),
    ("IndexError", "LookupError"), ("KeyError", "LookupError"), ("NameError", "Exception"),
    ("UnboundLocalError", "NameError"), ("RuntimeError", "Exception"),
    ("RecursionError", "RuntimeError"), ("NotImplementedError", "RuntimeError"),
    ("TypeError", "Exception"), ("ValueError", "Exception"),
    ("UnicodeError", "ValueError"), ("ImportError", "Exception"),
    ("ModuleNotFoundError", "ImportError"), ("OSError", "Exception"),
    ("FileNotFoundError", "OSError"), ("EOFError", "Exception"),
    ("StopAsyncIteration", "Exception"), ("SyntaxError", "Exception"),
    ("BufferError", "Exception"), ("MemoryError", "Exception"),
    ("UnicodeDecodeError", "UnicodeError"), ("UnicodeEncodeError", "UnicodeError"),
    ("IndentationError", "SyntaxError"), ("TabError", "IndentationError"),
    ("FileExistsError", "OSError"), ("PermissionError", "OSError"),
    ("IsADirectoryError", "OSError"), ("NotADirectoryError", "OSError"),
    ("TimeoutError", "OSError"), ("ConnectionError", "OSError"),
    ("Warning", "Exception"), ("UserWarning", "Warning"),
    ("DeprecationWarning", "Warning"), ("RuntimeWarning", "Warning"),
    ("ReferenceError", "Exception"), ("SystemError", "Exception"),
    ("PendingDeprecationWarning", "Warning"), ("SyntaxWarning", "Warning"),
    ("FutureWarning", "Warning"), ("ImportWarning", "Warning"),
    ("UnicodeWarning", "Warning"), ("BytesWarning", "Warning"),
    ("ResourceWarning", "Warning"), ("EncodingWarning", "Warning"),
    ("UnicodeTranslateError", "UnicodeError"),
    ("BlockingIOError", "OSError"), ("ChildProcessError", "OSError"),
    ("InterruptedError", "OSError"), ("ProcessLookupError", "OSError"),
    ("BrokenPipeError", "ConnectionError"), ("ConnectionAbortedError", "ConnectionError"),
    ("ConnectionRefusedError", "ConnectionError"), ("ConnectionResetError", "ConnectionError"),
]

OSERROR_SUBCLASS_BY_ERRNO = {
    errno.ENOENT: "FileNotFoundError", errno.EEXIST: "FileExistsError",
    errno.EISDIR: "IsADirectoryError", errno.ENOTDIR: "NotADirectoryError",
    errno.EACCES: "PermissionError", errno.EPERM: "PermissionError",
    errno.ETIMEDOUT: "TimeoutError", errno.EAGAIN: "BlockingIOError",
    errno.EALREADY: "BlockingIOError", errno.EINPROGRESS: "BlockingIOError",
    errno.ECHILD: "ChildProcessError", errno.EINTR: "InterruptedError",
    errno.ESRCH: "ProcessLookupError", errno.EPIPE: "BrokenPipeError",
    errno.ECONNABORTED: "ConnectionAbortedError", errno.ECONNREFUSED: "ConnectionRefusedError",
    errno.ECONNRESET: "ConnectionResetError",
}

SPECIAL_BINARY = {}
for _i, _symbol in enumerate(opcodes.BINARY_OPERATORS):
    SPECIAL_BINARY[_symbol] = _i


class PythonSpace(ObjectSpace):
    def __init__(self):
        self.hash_keys = PythonHashKeys(self)
        self.w_None = W_NoneObject()
        self.w_True = W_BoolObject(1)
        self.w_False = W_BoolObject(0)
        self.w_NotImplemented = W_SingletonObject("NotImplemented", "NotImplementedType")
        self.w_Ellipsis = W_SingletonObject("Ellipsis", "ellipsis")
        self.small_ints = [W_IntObject(i) for i in range(-5, 257)]
        self.repr_stack = []
        self.install_class_registry(ClassRegistry())
        self.modules = ModuleCache()
        self.frame_ref = jit.vref_None      # the running frame (for dir(), locals() ...)
        self.w_sys_modules = W_DictObject(self)
        self.w_sys_path = None
        self.sre_state = None
        self.stdlib = None
        self.int_max_str_digits = 4300      # sys.set_int_max_str_digits (intdigits.py)
        self.main_dir = ""
        self.w_handled = None
        self.interpreter = None
        self.setup_types()
        self.setup_builtins()

    # -- types ----------------------------------------------------------------------------
    def make_type(self, classdef, w_base, layout=LAYOUT_BUILTIN):
        bases_w = [w_base] if w_base is not None else []
        w_type = W_TypeObject(classdef.name, bases_w, layout, True)
        self.fill_type(w_type, classdef)
        self.register_class(classdef.name, w_type)
        return w_type

    def fill_type(self, w_type, classdef):
        from languages.python.objects.subclassobject import SUBCLASSABLE
        for spec in classdef.specs():
            w_function = W_BuiltinFunction(spec, w_type)
            if spec.is_classmethod:
                w_type.methods[spec.name] = W_ClassMethod(w_function)
            else:
                w_type.methods[spec.name] = w_function
        for name, spec in classdef.getters.items():
            w_type.methods[name] = W_GetterDescriptor(spec, w_type)
        if classdef.name == "object":
            w_type.methods["__doc__"] = self.w_None
        if classdef.name in SUBCLASSABLE or classdef.name == "object":
            w_type.methods["__new__"] = W_BuiltinFunction(builtin_new_spec(classdef.name), None)
            w_type.builtin_name = classdef.name

    def setup_types(self):
        from languages.python.objects import (typeobject, intobject, boolobject, floatobject,
            strobject, tupleobject, listobject, dictobject, rangeobject, noneobject,
            functionobject, instanceobject, sliceobject, setobject, generatorobject,
            moduleobject, bytesobject)
        from languages.python import code
        self.w_object = self.make_type(instanceobject.object_classdef, None, LAYOUT_OBJECT)
        self.w_type = self.make_type(typeobject.classdef, self.w_object)
        self.w_int = self.make_type(intobject.classdef, self.w_object)
        self.w_bool = self.make_type(boolobject.classdef, self.w_int)
        self.w_float = self.make_type(floatobject.classdef, self.w_object)
        self.w_str = self.make_type(strobject.classdef, self.w_object)
        self.w_bytes = self.make_type(bytesobject.classdef, self.w_object)
        self.w_bytearray = self.make_type(bytesobject.array_classdef, self.w_object)
        self.w_complex = self.make_type(complexobject.classdef, self.w_object)
        self.w_tuple = self.make_type(tupleobject.classdef, self.w_object)
        self.w_list = self.make_type(listobject.classdef, self.w_object)
        self.w_dict = self.make_type(dictobject.classdef, self.w_object)
        self.w_dict_keys = self.make_type(dictobject.view_classdef, self.w_object)
        self.w_dict_keys.name = "dict_keys"
        self.w_dict_values = self.make_type(dictobject.view_classdef, self.w_object)
        self.w_dict_values.name = "dict_values"
        self.w_dict_items = self.make_type(dictobject.view_classdef, self.w_object)
        self.w_dict_items.name = "dict_items"
        self.w_set = self.make_type(setobject.classdef, self.w_object)
        self.w_frozenset = self.make_type(setobject.frozen_classdef, self.w_object)
        self.w_range = self.make_type(rangeobject.classdef, self.w_object)
        self.w_iterator = self.make_type(rangeobject.iter_classdef, self.w_object)
        self.iterator_types = {"iterator": self.w_iterator}
        self.w_slice = self.make_type(sliceobject.classdef, self.w_object)
        self.w_NoneType = self.make_type(noneobject.classdef, self.w_object)
        self.w_NotImplementedType = self.make_type(noneobject.singleton_classdef, self.w_object)
        self.w_ellipsis = self.w_NotImplementedType
        self.w_function = self.make_type(functionobject.function_classdef, self.w_object)
        self.w_builtin_function = self.make_type(functionobject.builtin_classdef, self.w_object)
        self.w_method = self.make_type(functionobject.method_classdef, self.w_object)
        self.w_cell = self.make_type(functionobject.cell_classdef, self.w_object)
        self.w_staticmethod = self.make_type(functionobject.staticmethod_classdef, self.w_object)
        self.w_classmethod = self.make_type(functionobject.classmethod_classdef, self.w_object)
        self.w_property = self.make_type(functionobject.property_classdef, self.w_object)
        self.w_getset_descriptor = self.make_type(functionobject.getter_classdef, self.w_object)
        self.w_generator = self.make_type(generatorobject.classdef, self.w_object)
        self.w_coroutine = self.make_type(generatorobject.coroutine_classdef, self.w_object)
        self.w_async_generator = self.make_type(generatorobject.async_generator_classdef,
                                                self.w_object)
        self.w_module = self.make_type(moduleobject.classdef, self.w_object)
        self.w_code = self.make_type(code.classdef, self.w_object)
        from languages.python.objects import superobject, fileobject
        self.w_super = self.make_type(superobject.classdef, self.w_object)
        from languages.python.objects import randomobject
        self.w_Random = self.make_type(randomobject.classdef, self.w_object)
        self.w_Random.module = "_random"
        self.w_traceback = self.make_type(instanceobject.traceback_classdef, self.w_object)
        self.w_TextIOWrapper = self.make_type(fileobject.classdef, self.w_object)
        self.w_TextIOWrapper.module = "_io"
        self.w_BufferedReader = self.make_type(fileobject.classdef, self.w_object)
        self.w_BufferedReader.name = "BufferedReader"
        self.w_BufferedReader.module = "_io"
        self.w_BufferedWriter = self.make_type(fileobject.classdef, self.w_object)
        self.w_BufferedWriter.name = "BufferedWriter"
        self.w_BufferedWriter.module = "_io"
        self.w_stdin = fileobject.W_FileObject("<stdin>", "r", 0, fileobject.STDIN, False,
                                               True, False)
        self.w_stdout = fileobject.W_FileObject("<stdout>", "w", 1, fileobject.STDOUT, False,
                                                False, True)
        self.w_stderr = fileobject.W_FileObject("<stderr>", "w", 2, fileobject.STDERR, False,
                                                False, True)
        self.w_BaseException = self.make_type(instanceobject.exception_classdef, self.w_object,
                                              LAYOUT_EXCEPTION)
        self.exception_types = {"BaseException": self.w_BaseException}
        for name, base in EXCEPTION_TREE:
            if not base:
                continue
            w_base = self.exception_types[base]
            w_exc = W_TypeObject(name, [w_base], LAYOUT_EXCEPTION, True)
            self.exception_types[name] = w_exc
            self.register_class(name, w_exc)
        w_unsupported = W_TypeObject("UnsupportedOperation", [self.exception_types["OSError"],
                                                              self.exception_types["ValueError"]],
                                     LAYOUT_EXCEPTION, True)
        w_unsupported.module = "io"
        self.w_UnsupportedOperation = w_unsupported
        self.exception_types["IOError"] = self.exception_types["OSError"]
        self.exception_types["EnvironmentError"] = self.exception_types["OSError"]
        get = self.exception_types.get
        self.w_Exception = get("Exception")
        self.w_TypeError = get("TypeError")
        self.w_ValueError = get("ValueError")
        self.w_ZeroDivisionError = get("ZeroDivisionError")
        self.w_OverflowError = get("OverflowError")
        self.w_IndexError = get("IndexError")
        self.w_KeyError = get("KeyError")
        self.w_NameError = get("NameError")
        self.w_UnboundLocalError = get("UnboundLocalError")
        self.w_AttributeError = get("AttributeError")
        self.w_StopIteration = get("StopIteration")
        self.w_RecursionError = get("RecursionError")
        self.w_RuntimeError = get("RuntimeError")
        self.w_AssertionError = get("AssertionError")
        self.w_NotImplementedError = get("NotImplementedError")
        self.w_ImportError = get("ImportError")
        self.w_ModuleNotFoundError = get("ModuleNotFoundError")
        self.w_SystemExit = get("SystemExit")
        self.w_GeneratorExit = get("GeneratorExit")
        self.w_KeyboardInterrupt = get("KeyboardInterrupt")
        self.w_OSError = get("OSError")
        self.w_FileNotFoundError = get("FileNotFoundError")
        self.w_EOFError = get("EOFError")
        self.w_SyntaxError = get("SyntaxError")
        self.w_UnicodeError = get("UnicodeError")
        self.w_UnicodeEncodeError = get("UnicodeEncodeError")
        self.w_UnicodeDecodeError = get("UnicodeDecodeError")
        self.w_LookupError = get("LookupError")
        self.w_ArithmeticError = get("ArithmeticError")

    def forget_module(self, name):
        self.modules.forget(name)
        w_key = self.newstr(name)
        self.w_sys_modules.delitem(w_key)

    def stdlib_dir(self):
        """CPython 3.11's Lib/ folder, or "" (looked for on the first import that needs it)."""
        if self.stdlib is None:
            from languages.python.stdlib import find_stdlib
            self.stdlib = find_stdlib()
        return self.stdlib

    def sys_path(self):
        """The list sys.path is (languages/python/stdlib.py: initial_path)."""
        if self.w_sys_path is None:
            from languages.python.stdlib import initial_path
            folders = initial_path(self.main_dir, self.stdlib_dir())
            self.w_sys_path = self.newlist([self.newstr(folder) for folder in folders])
        return self.w_sys_path

    def sys_path_folders(self):
        return [w_folder.utf8 for w_folder in self.listview(self.sys_path())
                if isinstance(w_folder, W_StrObject)]

    def register_module(self, name, w_module):
        """A module imported (or being imported): in `modules` and in sys.modules."""
        self.modules.add(name, w_module)
        self.w_sys_modules.setitem(self.newstr(name), w_module)

    # -- constructors ---------------------------------------------------------------------
    def newint(self, value):
        if -5 <= value <= 256:
            return self.small_ints[value + 5]
        return W_IntObject(value)

    def newbigint(self, big):
        return intobject.wrap_bigint(self, big)

    def newfloat(self, value):
        return W_FloatObject(value)

    def newstr(self, utf8):
        return W_StrObject(utf8)

    def newbytes(self, data):
        return W_BytesObject(data)

    def newbool(self, value):
        if value:
            return self.w_True
        return self.w_False

    def newtuple(self, items_w):
        return W_TupleObject(items_w)

    def newlist(self, items_w):
        return listobject.new_list(items_w)

    def newdict(self):
        return W_DictObject(self)

    def newset(self, items_w):
        w_set = W_SetObject(False)
        for w_item in items_w:
            w_set.add(self, w_item)
        return w_set

    def newseqiter(self, w_seq):
        return W_SeqIterator(w_seq, seqiter_kind(w_seq))

    def iterator_type(self, name):
        """The type of a built-in iterator kind (list_iterator, enumerate, map ...)."""
        w_type = self.iterator_types.get(name, None)
        if w_type is None:
            w_type = W_TypeObject(name, [self.w_iterator], LAYOUT_BUILTIN, True)
            self.iterator_types[name] = w_type
        return w_type

    def newslice(self, w_start, w_stop, w_step):
        return W_SliceObject(w_start, w_stop, w_step)

    # -- errors ---------------------------------------------------------------------------
    def error(self, w_type, message):
        """An OperationError carrying a new `w_type(message)`, ready to raise."""
        return OperationError(self.new_exception(w_type, [self.newstr(message)]))

    def error_noargs(self, w_type):
        return OperationError(self.new_exception(w_type, []))

    def new_exception(self, w_type, args_w):
        w_exc = W_ExceptionObject(w_type, args_w)
        return w_exc

    def key_error(self, w_key):
        return OperationError(self.new_exception(self.w_KeyError, [w_key]))

    def type_error(self, message):
        return self.error(self.w_TypeError, message)

    def arity_error(self, name, min_args, max_args, got):
        """A built-in that takes no keywords got the wrong number of arguments."""
        if max_args == min_args:
            if max_args == 0:
                return self.type_error("%s() takes no arguments (%d given)" % (name, got))
            if max_args == 1:
                return self.type_error("%s() takes exactly one argument (%d given)"
                                       % (name, got))
        return self.expected_arguments_error(name, min_args, max_args, got)

    def expected_arguments_error(self, name, min_args, max_args, got):
        """CPython's positional check: "divmod expected 2 arguments, got 1"."""
        if max_args == min_args:
            return self.type_error("%s expected %d argument%s, got %d"
                                   % (name, max_args, plural(max_args), got))
        if got < min_args:
            return self.type_error("%s expected at least %d argument%s, got %d"
                                   % (name, min_args, plural(min_args), got))
        return self.type_error("%s expected at most %d argument%s, got %d"
                               % (name, max_args, plural(max_args), got))

    # Argument errors of built-ins that take keywords, worded as CPython's argument parser
    # (Argument Clinic); those that collect **kwargs check their positionals by hand.
    def too_many_arguments_error(self, spec, given, nkw):
        nparams = spec.nparams()
        if spec.rest:
            named = nparams - spec.npos
            return self.type_error("%s() takes at most %d keyword argument%s (%d given)"
                                   % (spec.name, named, plural(named), nkw))
        if not spec.collects_keywords and given + nkw > nparams:
            return self.type_error("%s() takes at most %d %sargument%s (%d given)"
                                   % (spec.name, nparams, "keyword " if given == 0 else "",
                                      plural(nparams), given + nkw))
        if spec.npos == 0:
            return self.type_error("%s() takes no positional arguments" % spec.name)
        if spec.collects_keywords and spec.posonly == spec.npos:
            return self.expected_arguments_error(spec.name, spec.min_args, spec.max_args,
                                                 given)
        return self.type_error("%s() takes %s %d positional argument%s (%d given)"
                               % (spec.name, "at most" if spec.min_args < spec.npos
                                  else "exactly", spec.npos, plural(spec.npos), given))

    def missing_argument_error(self, spec, index, given):
        if index < spec.posonly:
            if spec.collects_keywords and spec.posonly == spec.npos:
                return self.expected_arguments_error(spec.name, spec.min_args,
                                                     spec.max_args, given)
            least = min(spec.posonly, spec.min_args)
            return self.type_error("%s() takes %s %d positional argument%s (%d given)"
                                   % (spec.name, "at least" if least < spec.npos
                                      else "exactly", least, plural(least), given))
        if index < spec.npos:
            return self.type_error("%s() missing required argument '%s' (pos %d)"
                                   % (spec.name, spec.argnames[index], index + 1))
        return self.type_error("%s() missing required keyword-only argument '%s'"
                               % (spec.name, spec.argnames[index]))

    def duplicate_argument_error(self, spec, index):
        return self.type_error("argument for %s() given by name ('%s') and position (%d)"
                               % (spec.name, spec.argnames[index], index + 1))

    def unexpected_keyword_error(self, spec, keyword):
        return self.type_error("'%s' is an invalid keyword argument for %s()"
                               % (keyword, spec.name))

    def no_keywords_error(self, spec):
        if spec.owner is not None:
            return self.type_error("%s.%s() takes no keyword arguments"
                                   % (spec.owner, spec.name))
        return self.type_error("%s() takes no keyword arguments" % spec.name)

    def exception_matches(self, w_exc, w_check):
        w_type = self.type(w_exc)
        if isinstance(w_check, W_TupleObject):
            for w_item in w_check.items_w:
                if self.exception_matches(w_exc, w_item):
                    return True
            return False
        if not isinstance(w_check, W_TypeObject) or not w_check.is_subtype(self.w_BaseException):
            raise self.type_error("catching classes that do not inherit from BaseException "
                                  "is not allowed")
        return w_type.is_subtype(w_check)

    # -- coercions used by ClassDef wrappers ----------------------------------------------
    def coerce_int(self, w_obj):
        return self.index_w(w_obj, "'%s' object cannot be interpreted as an integer")

    def coerce_str(self, w_obj):
        if isinstance(w_obj, W_StrObject):
            return w_obj.utf8
        raise self.type_error("must be str, not %s" % self.type(w_obj).name)

    def coerce_float(self, w_obj):
        return self.float_w(w_obj)

    # -- unwrapping -----------------------------------------------------------------------
    def is_int(self, w_obj):
        return isinstance(w_obj, W_AbstractIntObject)

    def is_none(self, w_obj):
        return w_obj is self.w_None

    def is_slice(self, w_obj):
        return isinstance(w_obj, W_SliceObject)

    def int_w(self, w_obj):
        """A machine int (OverflowError as Python's when it does not fit)."""
        if isinstance(w_obj, W_IntObject):
            return w_obj.intval
        if isinstance(w_obj, W_BigIntObject):
            raise self.error(self.w_OverflowError,
                             "Python int too large to convert to C ssize_t")
        return self.index_w(w_obj, "'%s' object cannot be interpreted as an integer")

    def index_w(self, w_obj, message):
        """An int from something usable as an index; `message` has one %s (type name)."""
        if isinstance(w_obj, W_IntObject):
            return w_obj.intval
        if isinstance(w_obj, W_BigIntObject):
            raise self.error(self.w_IndexError, "cannot fit 'int' into an index-sized integer")
        w_index = self.lookup(w_obj, "__index__")
        if w_index is None:
            raise self.type_error(format_type_message(message, self.type(w_obj).name))
        w_result = self.call_function(w_index, [w_obj])
        if not self.is_int(w_result):
            raise self.type_error("__index__ returned non-int (type %s)"
                                  % self.type(w_result).name)
        return self.int_w(w_result)

    def float_w(self, w_obj):
        if isinstance(w_obj, W_FloatObject):
            return w_obj.floatval
        if isinstance(w_obj, W_AbstractIntObject):
            return self.int_to_float(w_obj).floatval
        w_method = self.lookup(w_obj, "__float__")
        if w_method is None:
            raise self.type_error("must be real number, not %s" % self.type(w_obj).name)
        return self.float_w(self.call_function(w_method, [w_obj]))

    def str_w(self, w_obj):
        """The UTF-8 text of a str (TypeError otherwise)."""
        if isinstance(w_obj, W_StrObject):
            return w_obj.utf8
        raise self.type_error("expected str, got %s" % self.type(w_obj).name)

    def str_w_strict(self, w_obj, message):
        if isinstance(w_obj, W_StrObject):
            return w_obj.utf8
        raise self.type_error(format_type_message(message, self.type(w_obj).name))

    def int_to_float(self, w_obj):
        if isinstance(w_obj, W_IntObject):
            return W_FloatObject(float(w_obj.intval))
        assert isinstance(w_obj, W_BigIntObject)
        try:
            return W_FloatObject(w_obj.bigval.tofloat())
        except OverflowError:
            raise self.error(self.w_OverflowError, "int too large to convert to float")

    def float_to_int(self, value):
        if math.isnan(value):
            raise self.error(self.w_ValueError, "cannot convert float NaN to integer")
        if math.isinf(value):
            raise self.error(self.w_OverflowError, "cannot convert float infinity to integer")
        try:
            return self.newint(integers.float_to_int(value))
        except OverflowError:
            return self.newbigint(integers.float_to_big(value))

    def float_hash(self, value):
        if math.isnan(value):
            return 0
        if math.isinf(value):
            return 314159 if value > 0 else -314159
        m, e = math.frexp(value)
        sign = 1
        if m < 0:
            sign = -1
            m = -m
        modulus = (1 << 61) - 1
        x = 0
        while m:
            x = ((x << 28) & modulus) | (x >> (61 - 28))
            m *= 268435456.0
            e -= 28
            y = int(m)
            m -= y
            x += y
            if x >= modulus:
                x -= modulus
        e = e % 61 if e >= 0 else 61 - 1 - ((-1 - e) % 61)
        x = ((x << e) & modulus) | (x >> (61 - e))
        x = x * sign
        if x == -1:
            x = -2
        return x

    def is_iterable(self, w_obj):
        """Whether iter() would accept w_obj (it has __iter__ or the old __getitem__ protocol)."""
        return (self.lookup(w_obj, "__iter__") is not None
                or self.lookup(w_obj, "__getitem__") is not None)

    def listview(self, w_iterable):
        """The items of any iterable as an RPython list (a copy for lists)."""
        if type(w_iterable) is W_ListObject:
            return w_iterable.getitems_w()
        if type(w_iterable) is W_TupleObject:
            return w_iterable.items_w[:]
        w_iter = self.iter(w_iterable)
        items_w = []
        while True:
            w_item = self.next(w_iter)
            if w_item is None:
                break
            items_w.append(w_item)
        return items_w

    def tuple_items(self, w_obj, message):
        if isinstance(w_obj, W_TupleObject):
            return w_obj.items_w
        raise self.type_error(message)

    def fixedview(self, w_obj, count):
        """Unpack exactly `count` values (the UNPACK_SEQUENCE errors)."""
        if isinstance(w_obj, W_TupleObject):
            items_w = w_obj.items_w
        elif isinstance(w_obj, W_ListObject):
            items_w = w_obj.getitems_w()
        else:
            if not self.is_iterable(w_obj):
                raise self.type_error("cannot unpack non-iterable %s object"
                                      % self.type(w_obj).name)
            items_w = self.listview(w_obj)
        if len(items_w) > count:
            raise self.error(self.w_ValueError, "too many values to unpack (expected %d)" % count)
        if len(items_w) < count:
            raise self.error(self.w_ValueError, "not enough values to unpack (expected %d, got %d)"
                             % (count, len(items_w)))
        return items_w

    # -- type and attribute protocol -------------------------------------------------------
    def type(self, w_obj):
        assert isinstance(w_obj, W_Object)   # values are typed W_Root where languages meet
        return w_obj.getclass(self)

    def lookup(self, w_obj, name):
        """Special-method lookup on the type (never the instance)."""
        return jit.promote(self.type(w_obj)).lookup(name)

    def getattr(self, w_obj, name):
        w_value = self.findattr(w_obj, name)
        if w_value is None:
            raise self.attribute_error(w_obj, name)
        return w_value

    def attribute_error(self, w_obj, name):
        if isinstance(w_obj, W_TypeObject):
            return self.error(self.w_AttributeError, "type object '%s' has no attribute '%s'"
                              % (w_obj.name, name))
        if isinstance(w_obj, W_ModuleObject):
            return self.error(self.w_AttributeError, "module '%s' has no attribute '%s'"
                              % (w_obj.name, name))
        return self.error(self.w_AttributeError, "'%s' object has no attribute '%s'"
                          % (self.type(w_obj).name, name))

    def has_custom_getattribute(self, w_type):
        w_method = w_type.lookup("__getattribute__")
        return w_method is not None and not isinstance(w_method, W_BuiltinFunction)

    def findattr(self, w_obj, name):
        """Python's attribute lookup, or None when absent (no AttributeError built)."""
        w_type = jit.promote(self.type(w_obj))
        if self.has_custom_getattribute(w_type):
            try:
                return self.call_function(w_type.lookup("__getattribute__"),
                                          [w_obj, self.newstr(name)])
            except OperationError as e:
                if not e.match(self, self.w_AttributeError):
                    raise
                w_getattr = w_type.lookup("__getattr__")
                if w_getattr is None:
                    raise
                return self.call_function(w_getattr, [w_obj, self.newstr(name)])
        if w_type.lookup("__getattr__") is None:
            return self.generic_getattr(w_obj, name, False)
        try:
            w_value = self.generic_getattr(w_obj, name, False)
        except OperationError as e:
            if not e.match(self, self.w_AttributeError):
                raise
            w_value = None
        if w_value is None:
            return self.call_function(w_type.lookup("__getattr__"), [w_obj, self.newstr(name)])
        return w_value

    def generic_getattr(self, w_obj, name, use_getattr=True):
        """object.__getattribute__ (then __getattr__), None when absent."""
        if isinstance(w_obj, W_SuperObject):
            w_value, w_type = w_obj.find(self, name)
            if w_value is not None:
                w_self = w_obj.w_self
                if isinstance(w_self, W_TypeObject) and w_self is w_type:
                    if isinstance(w_value, W_ClassMethod):
                        return W_MethodObject(w_value.w_function, w_self)
                    if isinstance(w_value, W_StaticMethod):
                        return w_value.w_function
                    return w_value
                return self.descr_get(w_value, w_self, w_type)
        if isinstance(w_obj, W_TypeObject):
            return self.type_getattr(w_obj, name)
        if isinstance(w_obj, W_ModuleObject):
            w_value = w_obj.w_dict.get(name)
            if w_value is not None:
                return w_value
        w_type = jit.promote(self.type(w_obj))
        w_descr = w_type.lookup(name)
        if w_descr is not None and self.is_data_descriptor(w_descr):
            return self.descr_get(w_descr, w_obj, w_type)
        if w_obj.can_have_attrs():
            w_value = w_obj.read_attr(name)
            if w_value is not None:
                return w_value
            if isinstance(w_obj, W_ExceptionObject):
                w_value = self.exception_attr(w_obj, name)
                if w_value is not None:
                    return w_value
        elif isinstance(w_obj, W_FunctionObject) and w_obj.w_dict is not None:
            w_value = w_obj.w_dict.getitem(self.newstr(name))
            if w_value is not None:
                return w_value
        if w_descr is not None:
            return self.descr_get(w_descr, w_obj, w_type)
        if isinstance(w_obj, W_MethodObject):       # a bound method reads its function's
            return self.findattr(w_obj.w_function, name)
        if not use_getattr:
            return None
        w_getattr = w_type.lookup("__getattr__")
        if w_getattr is not None:
            return self.call_function(w_getattr, [w_obj, self.newstr(name)])
        return None

    def findattr_quiet(self, w_obj, name):
        """findattr, with an AttributeError raised by user code also giving None."""
        try:
            return self.findattr(w_obj, name)
        except OperationError as e:
            if e.match(self, self.w_AttributeError):
                return None
            raise

    def exception_attr(self, w_exc, name):
        """The attributes built-in exceptions compute from their arguments."""
        args_w = w_exc.args_w
        w_type = self.type(w_exc)
        if name == "__suppress_context__":
            return self.newbool(w_exc.suppress_context)
        if name == "__traceback__":
            from languages.python.objects.instanceobject import traceback_of
            return traceback_of(self, w_exc)
        if name == "value" and w_type.is_subtype(self.w_StopIteration):
            return args_w[0] if args_w else self.w_None
        if name == "code" and w_type.is_subtype(self.w_SystemExit):
            if not args_w:
                return self.w_None
            return args_w[0] if len(args_w) == 1 else self.newtuple(args_w)
        if w_type.is_subtype(self.w_OSError):
            index = -1
            if name == "errno":
                index = 0
            elif name == "strerror":
                index = 1
            elif name == "filename":
                index = 2
            elif name == "filename2":
                index = 3
            if index >= 0:
                if len(args_w) >= 2 and index < len(args_w):
                    return args_w[index]
                return self.w_None
        if w_type.is_subtype(self.w_SyntaxError):
            index = -1
            if name == "msg":
                return args_w[0] if args_w else self.w_None
            elif name == "filename":
                index = 0
            elif name == "lineno":
                index = 1
            elif name == "offset":
                index = 2
            elif name == "text":
                index = 3
            if index >= 0:
                w_details = args_w[1] if len(args_w) == 2 else None
                if isinstance(w_details, W_TupleObject):
                    details_w = w_details.items_w
                    if index < len(details_w):
                        return details_w[index]
                return self.w_None
        if name == "name" and (w_type.is_subtype(self.w_NameError) or
                               w_type.is_subtype(self.w_ImportError) or
                               w_type.is_subtype(self.w_AttributeError)):
            return self.w_None
        return None

    def set_exception_attr(self, w_exc, name, w_value):
        if name == "__cause__":
            w_exc.w_cause = None if self.is_none(w_value) else w_value
            w_exc.suppress_context = True
            return True
        if name == "__context__":
            w_exc.w_context = None if self.is_none(w_value) else w_value
            return True
        if name == "__suppress_context__":
            w_exc.suppress_context = self.is_true(w_value)
            return True
        if name == "__traceback__":
            return True
        return False

    def is_data_descriptor(self, w_descr):
        if isinstance(w_descr, W_Property) or isinstance(w_descr, W_GetterDescriptor):
            return True
        return isinstance(w_descr, W_InstanceObject) and (
            self.lookup(w_descr, "__set__") is not None or
            self.lookup(w_descr, "__delete__") is not None)

    def descr_get(self, w_descr, w_obj, w_type):
        """Bind what a class attribute lookup found to the instance it was found for."""
        if isinstance(w_descr, W_FunctionObject) or isinstance(w_descr, W_BuiltinFunction):
            return W_MethodObject(w_descr, w_obj)
        if isinstance(w_descr, W_ClassMethod):
            return W_MethodObject(w_descr.w_function, w_type)
        if isinstance(w_descr, W_StaticMethod):
            return w_descr.w_function
        if isinstance(w_descr, W_Property):
            if w_descr.w_fget is None or self.is_none(w_descr.w_fget):
                raise self.error(self.w_AttributeError, "property has no getter")
            return self.call_function(w_descr.w_fget, [w_obj])
        if isinstance(w_descr, W_GetterDescriptor):
            return w_descr.spec.wrapper(self, w_obj, [], None, None)
        w_get = self.lookup(w_descr, "__get__")
        if w_get is not None and not isinstance(w_descr, W_TypeObject):
            return self.call_function(w_get, [w_descr, w_obj, w_type])
        return w_descr

    def type_getattr(self, w_type, name):
        w_meta = self.type(w_type)
        w_descr = w_meta.lookup(name)
        if w_descr is not None and self.is_data_descriptor(w_descr):
            return self.descr_get(w_descr, w_type, w_meta)
        w_value = w_type.lookup(name)
        if w_value is not None:
            if isinstance(w_value, W_ClassMethod):
                return W_MethodObject(w_value.w_function, w_type)
            if isinstance(w_value, W_StaticMethod):
                return w_value.w_function
            if isinstance(w_value, W_Property) or isinstance(w_value, W_GetterDescriptor):
                return w_value
            if isinstance(w_value, W_InstanceObject):
                w_get = self.lookup(w_value, "__get__")
                if w_get is not None:
                    return self.call_function(w_get, [w_value, self.w_None, w_type])
            return w_value
        if w_descr is not None:
            return self.descr_get(w_descr, w_type, w_meta)
        return None

    def setattr(self, w_obj, name, w_value):
        from languages.python.objects.functionobject import set_function_attr
        if isinstance(w_obj, W_FunctionObject) and set_function_attr(self, w_obj, name,
                                                                     w_value):
            return
        w_type = jit.promote(self.type(w_obj))
        w_descr = w_type.lookup(name)
        if w_descr is not None and isinstance(w_descr, W_Property):
            if w_descr.w_fset is None or self.is_none(w_descr.w_fset):
                raise self.error(self.w_AttributeError, "property '%s' of '%s' object has no "
                                 "setter" % (property_name(self, w_descr, name), w_type.name))
            self.call_function(w_descr.w_fset, [w_obj, w_value])
            return
        if w_descr is not None and isinstance(w_descr, W_InstanceObject):
            w_set = self.lookup(w_descr, "__set__")
            if w_set is not None:
                self.call_function(w_set, [w_descr, w_obj, w_value])
                return
        if name == "tb_next" and self.is_none(w_value):
            from languages.python.objects.instanceobject import W_TracebackObject
            if isinstance(w_obj, W_TracebackObject):
                w_obj.cut_after()
                return
        if isinstance(w_obj, W_TypeObject) and not w_obj.is_builtin and (
                name == "__module__" or name == "__qualname__" or name == "__doc__" or
                name == "__name__"):
            if name == "__name__":
                w_obj.renamed = self.str_w_strict(w_value, "can only assign string to "
                                                  "%s.__name__, not '%%s'" % w_obj.name)
                return
            if name == "__qualname__":
                w_obj.qualname = self.str_w_strict(w_value, "can only assign string to "
                                                   "%s.__qualname__, not '%%s'" % w_obj.name)
                return
            if name == "__module__" and isinstance(w_value, W_StrObject):
                w_obj.module = w_value.utf8
            w_obj.set_method(name, w_value)
            return
        if w_descr is not None and isinstance(w_descr, W_GetterDescriptor) and \
                not isinstance(w_obj, W_ExceptionObject):
            raise self.error(self.w_AttributeError, "attribute '%s' of '%s' objects is not "
                             "writable" % (name, w_descr.w_owner.name))
        w_setattr = w_type.lookup("__setattr__")
        if w_setattr is not None and not isinstance(w_setattr, W_BuiltinFunction):
            self.call_function(w_setattr, [w_obj, self.newstr(name), w_value])
            return
        self.generic_setattr(w_obj, name, w_value)

    def generic_setattr(self, w_obj, name, w_value):
        if isinstance(w_obj, W_ExceptionObject) and self.set_exception_attr(w_obj, name,
                                                                            w_value):
            return
        if w_obj.can_have_attrs():
            if isinstance(w_obj, W_InstanceObject):
                slot_names = w_obj.getclass(self).slot_names
                if slot_names is not None and name not in slot_names:
                    raise self.attribute_error(w_obj, name)
            w_obj.write_attr(name, w_value)
        elif isinstance(w_obj, W_TypeObject) and not w_obj.is_builtin:
            w_obj.set_method(name, w_value)
        elif isinstance(w_obj, W_FunctionObject):
            if w_obj.w_dict is None:
                w_obj.w_dict = W_DictObject(self)
            w_obj.w_dict.setitem(self.newstr(name), w_value)
        elif isinstance(w_obj, W_ModuleObject):
            w_obj.w_dict.set(name, w_value)
        elif isinstance(w_obj, W_TypeObject):
            raise self.type_error("cannot set '%s' attribute of immutable type '%s'"
                                  % (name, w_obj.name))
        else:
            raise self.error(self.w_AttributeError, "'%s' object has no attribute '%s'"
                             % (self.type(w_obj).name, name))

    def delattr(self, w_obj, name):
        w_type = self.type(w_obj)
        w_descr = w_type.lookup(name)
        if w_descr is not None and isinstance(w_descr, W_Property):
            if w_descr.w_fdel is None or self.is_none(w_descr.w_fdel):
                raise self.error(self.w_AttributeError, "property '%s' of '%s' object has no "
                                 "deleter" % (property_name(self, w_descr, name), w_type.name))
            self.call_function(w_descr.w_fdel, [w_obj])
            return
        if w_descr is not None and isinstance(w_descr, W_InstanceObject):
            w_delete = self.lookup(w_descr, "__delete__")
            if w_delete is not None:
                self.call_function(w_delete, [w_descr, w_obj])
                return
        w_delattr = w_type.lookup("__delattr__")
        if w_delattr is not None and not isinstance(w_delattr, W_BuiltinFunction):
            self.call_function(w_delattr, [w_obj, self.newstr(name)])
            return
        self.generic_delattr(w_obj, name)

    def generic_delattr(self, w_obj, name):
        if w_obj.can_have_attrs():
            if w_obj.read_attr(name) is not None:
                w_obj.write_attr(name, None)
                return
        elif isinstance(w_obj, W_TypeObject) and not w_obj.is_builtin:
            if w_obj.delete_method(name):
                return
        raise self.attribute_error(w_obj, name)

    # -- calls ----------------------------------------------------------------------------
    def call_function(self, w_func, args_w):
        return self.call(w_func, args_w, None, None)

    def call_method(self, w_obj, name, args_w):
        """obj.name(*args) without building a bound method when the type defines it."""
        w_descr = self.lookup(w_obj, name)
        if w_descr is not None and (isinstance(w_descr, W_FunctionObject) or
                                    isinstance(w_descr, W_BuiltinFunction)):
            return self.call(w_descr, [w_obj] + args_w, None, None)
        return self.call(self.getattr(w_obj, name), args_w, None, None)

    def call(self, w_func, args_w, kwnames, kwvalues_w):
        """Call anything callable; kwnames/kwvalues_w are None when there are no keywords."""
        if isinstance(w_func, W_FunctionObject):
            return self.interpreter.call_function(w_func, args_w, kwnames, kwvalues_w)
        if isinstance(w_func, W_BuiltinFunction):
            return self.call_builtin(w_func, args_w, kwnames, kwvalues_w)
        if isinstance(w_func, W_MethodObject):
            return self.call(w_func.w_function, [w_func.w_self] + args_w, kwnames, kwvalues_w)
        if isinstance(w_func, W_TypeObject):
            if w_func.w_metaclass is not None:
                w_call = w_func.w_metaclass.lookup("__call__")
                if w_call is not None and not isinstance(w_call, W_BuiltinFunction):
                    return self.call(w_call, [w_func] + args_w, kwnames, kwvalues_w)
            return self.call_type(w_func, args_w, kwnames, kwvalues_w)
        if isinstance(w_func, W_StaticMethod):          # callable since 3.10
            return self.call(w_func.w_function, args_w, kwnames, kwvalues_w)
        w_call = self.lookup(w_func, "__call__")
        if w_call is None:
            raise self.type_error("'%s' object is not callable" % self.type(w_func).name)
        return self.call(w_call, [w_func] + args_w, kwnames, kwvalues_w)

    def call_builtin(self, w_func, args_w, kwnames, kwvalues_w):
        spec = w_func.spec
        if w_func.w_owner is None:
            return spec.wrapper(self, None, args_w, kwnames, kwvalues_w)
        if len(args_w) == 0:
            raise self.type_error("unbound method %s.%s() needs an argument"
                                  % (w_func.w_owner.name, spec.name))
        w_self = args_w[0]
        if not spec.is_classmethod and not self.type(w_self).is_subtype(w_func.w_owner) and \
                not self.builtin_layout_matches(w_self, w_func.w_owner):
            raise self.type_error("descriptor '%s' for '%s' objects doesn't apply to a '%s' "
                                  "object" % (spec.name, w_func.w_owner.name,
                                              self.type(w_self).name))
        given = len(args_w) - 1
        if (not spec.takes_keywords and spec.max_args == spec.min_args and
                spec.max_args <= 1 and given != spec.max_args and
                (kwnames is None or len(kwnames) == 0)):
            # METH_NOARGS / METH_O methods name their type: "int.bit_length() takes ..."
            raise self.arity_error("%s.%s" % (w_func.w_owner.name, spec.name), spec.min_args,
                                   spec.max_args, given)
        return spec.wrapper(self, w_self, args_w[1:], kwnames, kwvalues_w)

    def builtin_layout_matches(self, w_obj, w_owner):
        return False

    def call_type(self, w_type, args_w, kwnames, kwvalues_w):
        """Instantiate: built-in constructors, or __new__ then __init__ for classes."""
        if w_type.is_builtin and w_type.layout == LAYOUT_BUILTIN:
            constructor = self.constructors.get(w_type.name, None)
            if constructor is None:
                raise self.type_error("cannot create '%s' instances" % w_type.name)
            return constructor.wrapper(self, None, args_w, kwnames, kwvalues_w)
        w_new = w_type.lookup("__new__")
        if isinstance(w_new, W_StaticMethod):
            w_new = w_new.w_function
        default_new = w_new is None or is_builtin_new(w_new)
        if default_new:
            w_obj = self.default_new(w_type, args_w, kwnames, kwvalues_w)
        else:
            w_obj = self.call(w_new, [w_type] + args_w, kwnames, kwvalues_w)
            if not self.type(w_obj).is_subtype(w_type):
                return w_obj
        w_init = w_type.lookup("__init__")
        if w_init is not None:
            if isinstance(w_init, W_BuiltinFunction) and w_init.w_owner is self.w_object:
                if (args_w or kwnames) and default_new and w_type.layout == LAYOUT_OBJECT:
                    raise self.type_error("%s() takes no arguments" % w_type.name)
            else:
                w_result = self.call(w_init, [w_obj] + args_w, kwnames, kwvalues_w)
                if not self.is_none(w_result):
                    raise self.type_error("__init__() should return None, not '%s'"
                                          % self.type(w_result).name)
        return w_obj

    def check_not_abstract(self, w_type):
        """An ABC with abstract methods left cannot be instantiated (abc sets the names)."""
        w_abstract = w_type.lookup("__abstractmethods__")
        if w_abstract is None or isinstance(w_abstract, W_GetterDescriptor):
            return
        names = [self.str_w(w_name) for w_name in self.listview(w_abstract)]
        if not names:
            return
        sort_strings(names)
        plural = "s" if len(names) > 1 else ""
        raise self.type_error("Can't instantiate abstract class %s with abstract method%s %s"
                              % (w_type.name, plural, ", ".join(names)))

    def oserror_subclass(self, errno_value):
        """OSError(errno, strerror) builds the subclass CPython picks for that errno."""
        name = OSERROR_SUBCLASS_BY_ERRNO.get(errno_value, "OSError")
        return self.lookup_class(name)

    def default_new(self, w_type, args_w, kwnames, kwvalues_w):
        """object.__new__ and the built-ins' __new__: a bare instance of `w_type`."""
        from languages.python.objects.subclassobject import IMMUTABLE, new_instance
        if w_type.layout == LAYOUT_EXCEPTION:
            if w_type is self.w_OSError and len(args_w) >= 2:
                w_errno = args_w[0]
                if isinstance(w_errno, W_IntObject):
                    w_type = self.oserror_subclass(w_errno.intval)
            return W_ExceptionObject(w_type, args_w)
        if w_type.layout == LAYOUT_OBJECT:
            self.check_not_abstract(w_type)
            return W_InstanceObject(w_type)
        base = w_type.builtin_name
        constructor = self.constructors.get(base, None)
        if constructor is None:
            raise self.type_error("cannot create '%s' instances" % w_type.name)
        if base == "type":
            from languages.python.builtins import make_type
            w_value = make_type(self, args_w, kwnames, kwvalues_w, w_type)
        elif base in IMMUTABLE:
            w_value = constructor.wrapper(self, None, args_w, kwnames, kwvalues_w)
        else:
            w_value = constructor.wrapper(self, None, [], None, None)
        if w_type.is_builtin:
            return w_value
        if base == "type":
            # A metaclass: the new class itself, made by type(), remembers its maker.
            if not isinstance(w_value, W_TypeObject) or len(args_w) != 3:
                raise self.type_error("type.__new__() takes exactly 3 arguments (%d given)"
                                      % len(args_w))
            w_value.w_metaclass = w_type
            return w_value
        return new_instance(self, w_type, w_value)

    def builtin_new(self, base, args_w, kwnames, kwvalues_w):
        """`base.__new__(cls, *args)` called explicitly (super().__new__(cls) ...)."""
        if not args_w:
            raise self.type_error("%s.__new__(): not enough arguments" % base)
        w_cls = args_w[0]
        w_base = self.lookup_class(base)
        if not isinstance(w_cls, W_TypeObject):
            raise self.type_error("%s.__new__(X): X is not a type object (%s)"
                                  % (base, self.type(w_cls).name))
        if not w_cls.is_subtype(w_base):
            raise self.type_error("%s.__new__(%s): %s is not a subtype of %s"
                                  % (base, w_cls.name, w_cls.name, base))
        rest_w = args_w[1:]
        if base == "object" and w_cls.layout == LAYOUT_OBJECT:
            return W_InstanceObject(w_cls)
        return self.default_new(w_cls, rest_w, kwnames, kwvalues_w)

    # -- truth, identity, equality, hashing -------------------------------------------------
    def is_true(self, w_obj):
        if isinstance(w_obj, W_BoolObject):
            return w_obj.intval != 0
        if type(w_obj) is W_IntObject:
            return w_obj.intval != 0
        if w_obj is self.w_None:
            return False
        if type(w_obj) is W_StrObject:
            return len(w_obj.utf8) != 0
        if type(w_obj) is W_ListObject:
            return w_obj.length() != 0
        if type(w_obj) is W_TupleObject:
            return len(w_obj.items_w) != 0
        if type(w_obj) is W_FloatObject:
            return w_obj.floatval != 0.0
        if type(w_obj) is W_DictObject:
            return w_obj.length() != 0
        return self.is_true_slow(w_obj)

    def is_true_slow(self, w_obj):
        w_bool = self.lookup(w_obj, "__bool__")
        if w_bool is not None:
            w_result = self.call_function(w_bool, [w_obj])
            if not isinstance(w_result, W_BoolObject):
                raise self.type_error("__bool__ should return bool, returned %s"
                                      % self.type(w_result).name)
            return w_result.intval != 0
        w_len = self.lookup(w_obj, "__len__")
        if w_len is not None:
            return self.int_w(self.call_function(w_len, [w_obj])) != 0
        return True

    def is_w(self, w_a, w_b):
        return w_a.is_w(self, w_b)

    def eq_w(self, w_a, w_b):
        if w_a is w_b:
            return True
        return self.is_true(self.compare(w_a, w_b, "=="))

    def hash_w(self, w_obj):
        if type(w_obj) is W_StrObject:
            return w_obj.hash_value()
        if type(w_obj) is W_IntObject:
            return intobject.int_hash(w_obj)
        w_hash = self.lookup(w_obj, "__hash__")
        if w_hash is None or self.is_none(w_hash):
            raise self.type_error("unhashable type: '%s'" % self.type(w_obj).name)
        w_result = self.call_function(w_hash, [w_obj])
        if not self.is_int(w_result):
            raise self.type_error("__hash__ method should return an integer")
        if isinstance(w_result, W_IntObject):
            return w_result.intval
        return intobject.int_hash(w_result)

    def hash(self, w_obj):
        return self.newint(self.hash_w(w_obj))

    def id_of(self, w_obj):
        return compute_identity_hash(w_obj)

    # -- operators ------------------------------------------------------------------------
    @specialize.arg(3, 4)
    def binary_op(self, w_a, w_b, base, inplace=False):
        """`w_a base w_b` for a constant operator; `inplace` for the augmented form."""
        if is_plain_int(w_a) and is_plain_int(w_b):
            if (base == "&" or base == "|" or base == "^") and \
                    isinstance(w_a, W_BoolObject) and isinstance(w_b, W_BoolObject):
                return self.newbool(bool_logic(base, w_a.intval, w_b.intval))
            if base == "/":
                return self.int_truediv(w_a, w_b)
            if base == "**":
                return intobject.int_pow(self, w_a, w_b, None)
            if base != "@":
                return intobject.int_binop(self, base, w_a, w_b)
        if base != "<<" and base != ">>" and base != "&" and base != "|" and base != "^" \
                and base != "@":
            # float op float, and int op float as float.__rop__ computes it: in a trace
            # (i + 0.5) * h is float arithmetic, not a call.
            if type(w_a) is W_FloatObject:
                if type(w_b) is W_FloatObject:
                    return floatobject.float_binop(self, base, w_a.floatval, w_b.floatval)
                if type(w_b) is W_IntObject:
                    return floatobject.float_binop(self, base, w_a.floatval,
                                                   float(w_b.intval))
            elif type(w_a) is W_IntObject and type(w_b) is W_FloatObject:
                return floatobject.float_binop(self, base, float(w_a.intval), w_b.floatval)
        if base == "+" and type(w_a) is W_StrObject and type(w_b) is W_StrObject:
            return W_StrObject(w_a.utf8 + w_b.utf8, w_a.length + w_b.length)
        if base == "*" and type(w_a) is W_StrObject and type(w_b) is W_IntObject:
            times = w_b.intval
            if times <= 0:
                return W_StrObject("", 0)
            self.check_repeat(len(w_a.utf8), times)
            return W_StrObject(w_a.utf8 * times, w_a.length * times)
        return self.binary_op_slow(w_a, w_b, base, inplace)

    def binary_op_slow(self, w_a, w_b, symbol, inplace):
        names = BINARY_METHODS[symbol]
        if inplace:
            w_imethod = self.lookup(w_a, names[2])
            if w_imethod is not None:
                w_result = self.call_function(w_imethod, [w_a, w_b])
                if w_result is not self.w_NotImplemented:
                    return w_result
        w_type_a = self.type(w_a)
        w_type_b = self.type(w_b)
        w_left = self.lookup(w_a, names[0])
        w_right = self.lookup(w_b, names[1]) if w_type_b is not w_type_a else None
        if (w_right is not None and w_type_b.is_subtype(w_type_a) and
                w_type_a is not w_type_b):
            w_result = self.call_function(w_right, [w_b, w_a])
            if w_result is not self.w_NotImplemented:
                return w_result
            w_right = None
        if w_left is not None:
            w_result = self.call_function(w_left, [w_a, w_b])
            if w_result is not self.w_NotImplemented:
                return w_result
        if w_right is not None:
            w_result = self.call_function(w_right, [w_b, w_a])
            if w_result is not self.w_NotImplemented:
                return w_result
        if symbol == "|" and self.is_union_member(w_a) and self.is_union_member(w_b):
            return self.union_type(w_a, w_b)
        if symbol == "*":
            for w_seq, w_count in [(w_a, w_b), (w_b, w_a)]:
                if is_sequence(w_seq) and self.lookup(w_count, "__index__") is None:
                    raise self.type_error("can't multiply sequence by non-int of type '%s'"
                                          % self.type(w_count).name)
        shown = symbol + "=" if inplace else symbol
        if symbol == "**" and not inplace:
            shown = "** or pow()"
        raise self.type_error("unsupported operand type(s) for %s: '%s' and '%s'"
                              % (shown, w_type_a.name, w_type_b.name))

    def add(self, w_a, w_b):
        return self.binary_op(w_a, w_b, "+", False)

    def int_truediv(self, w_a, w_b):
        try:
            if isinstance(w_a, W_IntObject) and isinstance(w_b, W_IntObject):
                return self.newfloat(integers.int_truediv(w_a.intval, w_b.intval))
            return self.newfloat(integers.big_truediv(intobject.to_bigint(w_a),
                                                      intobject.to_bigint(w_b)))
        except ZeroDivisionError:
            raise self.error(self.w_ZeroDivisionError, "division by zero")
        except OverflowError:
            raise self.error(self.w_OverflowError, "integer division result too large for a float")

    def float_pow(self, w_a, w_b):
        a = self.float_w(w_a)
        b = self.float_w(w_b)
        if a == 0.0 and b < 0.0:
            raise self.error(self.w_ZeroDivisionError,
                             "0.0 cannot be raised to a negative power")
        if a < 0.0 and math.floor(b) != b and isfinite(b):
            return complexobject.complex_power(self, a, 0.0, b, 0.0)
        try:
            return self.newfloat(math.pow(a, b))
        except OverflowError:
            raise self.error(self.w_OverflowError, "(34, 'Numerical result out of range')")
        except ValueError:
            raise self.error(self.w_ValueError, "math domain error")

    def unary_op(self, w_obj, name, symbol):
        w_method = self.lookup(w_obj, name)
        if w_method is None:
            if symbol == "abs()":
                raise self.type_error("bad operand type for abs(): '%s'" % self.type(w_obj).name)
            raise self.type_error("bad operand type for unary %s: '%s'"
                                  % (symbol, self.type(w_obj).name))
        return self.call_function(w_method, [w_obj])

    def neg(self, w_obj):
        if type(w_obj) is W_IntObject:
            try:
                return self.newint(ovfcheck(-w_obj.intval))
            except OverflowError:
                pass
        if type(w_obj) is W_FloatObject:
            return self.newfloat(-w_obj.floatval)
        return self.unary_op(w_obj, "__neg__", "-")

    @specialize.arg(3)
    def compare(self, w_a, w_b, symbol):
        if (isinstance(w_a, W_IntObject) and isinstance(w_b, W_IntObject) and
                is_plain_int(w_a) and is_plain_int(w_b)):
            return self.newbool(compare_values(w_a.intval, w_b.intval, symbol))
        if type(w_a) is W_FloatObject and type(w_b) is W_FloatObject:
            return self.newbool(compare_values(w_a.floatval, w_b.floatval, symbol))
        if type(w_a) is W_StrObject and type(w_b) is W_StrObject:
            return self.newbool(compare_values(w_a.utf8, w_b.utf8, symbol))
        return self.compare_slow(w_a, w_b, symbol)

    def compare_slow(self, w_a, w_b, symbol):
        names = COMPARE_METHODS[symbol]
        w_type_a = self.type(w_a)
        w_type_b = self.type(w_b)
        checked_reflected_first = False
        if w_type_a is not w_type_b and w_type_b.is_subtype(w_type_a):
            w_right = self.lookup(w_b, names[1])
            if w_right is not None:
                checked_reflected_first = True
                w_result = self.call_function(w_right, [w_b, w_a])
                if w_result is not self.w_NotImplemented:
                    return w_result
        w_left = self.lookup(w_a, names[0])
        if w_left is not None:
            w_result = self.call_function(w_left, [w_a, w_b])
            if w_result is not self.w_NotImplemented:
                return w_result
        if not checked_reflected_first:
            w_right = self.lookup(w_b, names[1])
            if w_right is not None:
                w_result = self.call_function(w_right, [w_b, w_a])
                if w_result is not self.w_NotImplemented:
                    return w_result
        if symbol == "==":
            return self.newbool(w_a is w_b)
        if symbol == "!=":
            return self.newbool(w_a is not w_b)
        raise self.type_error("'%s' not supported between instances of '%s' and '%s'"
                              % (symbol, w_type_a.name, w_type_b.name))

    def compare_sequences(self, items1_w, items2_w, name):
        """Lexicographic comparison of two item lists; name is lt/le/gt/ge/eq/ne."""
        if name == "eq" or name == "ne":
            if len(items1_w) != len(items2_w):
                return name == "ne"
        n = min(len(items1_w), len(items2_w))
        for i in range(n):
            if not self.eq_w(items1_w[i], items2_w[i]):
                if name == "eq":
                    return False
                if name == "ne":
                    return True
                if name == "lt" or name == "le":
                    return self.is_true(self.compare(items1_w[i], items2_w[i], "<"))
                return self.is_true(self.compare(items1_w[i], items2_w[i], ">"))
        length1 = len(items1_w)
        length2 = len(items2_w)
        if name == "eq":
            return True
        if name == "ne":
            return False
        if name == "lt":
            return length1 < length2
        if name == "le":
            return length1 <= length2
        if name == "gt":
            return length1 > length2
        return length1 >= length2

    def contains(self, w_container, w_item):
        if type(w_container) is W_ListObject:
            return listobject.find_item(self, w_container, w_item, 0, w_container.length()) >= 0
        if type(w_container) is W_TupleObject:
            return self.sequence_contains(w_container.items_w, w_item)
        if type(w_container) is W_DictObject:
            return w_container.getitem(w_item) is not None
        w_method = self.lookup(w_container, "__contains__")
        if w_method is not None:
            return self.is_true(self.call_function(w_method, [w_container, w_item]))
        if not self.is_iterable(w_container):
            raise self.type_error("argument of type '%s' is not iterable"
                                  % self.type(w_container).name)
        w_iter = self.iter(w_container)
        while True:
            w_next = self.next(w_iter)
            if w_next is None:
                return False
            if self.eq_w(w_next, w_item):
                return True

    def sequence_contains(self, items_w, w_item):
        for w_x in items_w:
            if self.eq_w(w_x, w_item):
                return True
        return False

    def count_items(self, items_w, w_item):
        count = 0
        for w_x in items_w:
            if self.eq_w(w_x, w_item):
                count += 1
        return count

    def repeat_items(self, items_w, times):
        if times <= 0 or not items_w:
            return []
        self.check_repeat(len(items_w), times)
        result = []
        for i in range(times):
            result.extend(items_w)
        return result

    def check_repeat(self, size, times):
        """seq * n that cannot exist: CPython's MemoryError (not a wrapped size)."""
        try:
            total = ovfcheck(size * times)
        except OverflowError:
            total = -1
        if total < 0 or total > (1 << 40):
            raise self.error_noargs(self.exception_types["MemoryError"])

    # -- items ----------------------------------------------------------------------------
    def getitem(self, w_obj, w_index):
        if type(w_obj) is W_ListObject and type(w_index) is W_IntObject:
            index = w_index.intval
            length = w_obj.length()
            if index < 0:
                index += length
            if 0 <= index < length:
                return w_obj.getitem(index)
        if type(w_obj) is W_DictObject:
            w_value = w_obj.getitem(w_index)
            if w_value is not None:
                return w_value
        w_method = self.lookup(w_obj, "__getitem__")
        if w_method is None:
            if isinstance(w_obj, W_TypeObject):
                w_class_getitem = w_obj.lookup("__class_getitem__")
                if isinstance(w_class_getitem, W_ClassMethod):
                    w_class_getitem = w_class_getitem.w_function
                if w_class_getitem is not None:
                    return self.call_function(w_class_getitem, [w_obj, w_index])
                if w_obj.is_builtin and w_obj.name in GENERIC_BUILTINS:
                    return self.generic_alias(w_obj, w_index)
            raise self.type_error("'%s' object is not subscriptable" % self.type(w_obj).name)
        return self.call_function(w_method, [w_obj, w_index])

    def call_library(self, module, function, args_w):
        """Call a function of a module of lib/ (built-in behaviour written in Python)."""
        from languages.python.importing import import_dotted
        w_module = import_dotted(self, module)
        return self.call_function(self.getattr(w_module, function), args_w)

    def library_builtin(self, name):
        """A built-in written in Python (lib/_builtins_extra.py), put into builtins the
        first time a program names one; None for other names."""
        if name not in LIBRARY_BUILTINS:
            return None
        from languages.python.importing import import_dotted
        w_module = import_dotted(self, "_builtins_extra")
        for builtin in LIBRARY_BUILTINS:
            self.builtins.w_dict.set(builtin, self.getattr(w_module, builtin))
        return self.builtins.w_dict.get(name)

    def is_union_member(self, w_obj):
        return isinstance(w_obj, W_TypeObject) or self.is_none(w_obj)

    def union_type(self, w_a, w_b):
        """`int | str`: a types.UnionType (lib/_generic_alias.py)."""
        return self.call_library("_generic_alias", "UnionType", [w_a, w_b])

    def generic_alias(self, w_origin, w_args):
        """`list[int]`: a types.GenericAlias (written in Python, lib/_generic_alias.py)."""
        return self.call_library("_generic_alias", "GenericAlias", [w_origin, w_args])

    def setitem(self, w_obj, w_index, w_value):
        if type(w_obj) is W_ListObject and type(w_index) is W_IntObject:
            index = w_index.intval
            length = w_obj.length()
            if index < 0:
                index += length
            if 0 <= index < length:
                w_obj.setitem(index, w_value)
                return
        if type(w_obj) is W_DictObject:
            w_obj.setitem(w_index, w_value)
            return
        w_method = self.lookup(w_obj, "__setitem__")
        if w_method is None:
            raise self.type_error("'%s' object does not support item assignment"
                                  % self.type(w_obj).name)
        self.call_function(w_method, [w_obj, w_index, w_value])

    def delitem(self, w_obj, w_index):
        w_method = self.lookup(w_obj, "__delitem__")
        if w_method is None:
            raise self.type_error("'%s' object doesn't support item deletion"
                                  % self.type(w_obj).name)
        self.call_function(w_method, [w_obj, w_index])

    def sequence_item(self, w_seq, index):
        """Item `index` of a list/tuple/str for the sequence iterator; None past the end."""
        if isinstance(w_seq, W_ListObject):
            if index < w_seq.length():
                return w_seq.getitem(index)
            return None
        if isinstance(w_seq, W_TupleObject):
            if index < len(w_seq.items_w):
                return w_seq.items_w[index]
            return None
        if isinstance(w_seq, W_StrObject):
            if index < w_seq.length:
                return strobject.char_at(self, w_seq, index)
            return None
        try:
            return self.getitem(w_seq, self.newint(index))
        except OperationError as e:
            if e.match(self, self.w_IndexError) or e.match(self, self.w_StopIteration):
                return None
            raise

    def len_w(self, w_obj):
        if type(w_obj) is W_ListObject:
            return w_obj.length()
        if type(w_obj) is W_TupleObject:
            return len(w_obj.items_w)
        if type(w_obj) is W_StrObject:
            return w_obj.length
        w_method = self.lookup(w_obj, "__len__")
        if w_method is None:
            raise self.type_error("object of type '%s' has no len()" % self.type(w_obj).name)
        result = self.index_w(self.call_function(w_method, [w_obj]),
                              "'%s' object cannot be interpreted as an integer")
        if result < 0:
            raise self.error(self.w_ValueError, "__len__() should return >= 0")
        return result

    # -- slices ---------------------------------------------------------------------------
    def unpack_slice(self, w_slice, length):
        """(start, stop, step, slice length) clamped to a sequence of `length`."""
        assert isinstance(w_slice, W_SliceObject)
        return w_slice.indices(self, length)

    def slice_items(self, items_w, w_slice):
        start, stop, step, length = self.unpack_slice(w_slice, len(items_w))
        if step == 1:
            if stop < start:
                stop = start
            assert start >= 0 and stop >= start
            return items_w[start:stop]
        result = [None] * length
        for i in range(length):
            result[i] = items_w[start + i * step]
        return result

    # -- iteration ------------------------------------------------------------------------
    def iter(self, w_obj):
        if type(w_obj) is W_ListObject or type(w_obj) is W_TupleObject:
            return W_SeqIterator(w_obj, seqiter_kind(w_obj))
        if type(w_obj) is W_RangeObject:
            return W_RangeIterator(w_obj.start, w_obj.step, w_obj.length)
        if isinstance(w_obj, W_IteratorObject) or isinstance(w_obj, W_GeneratorObject):
            return w_obj
        w_method = self.lookup(w_obj, "__iter__")
        if w_method is None:
            if self.lookup(w_obj, "__getitem__") is not None:
                return W_SeqIterator(w_obj)
            raise self.type_error("'%s' object is not iterable" % self.type(w_obj).name)
        w_iter = self.call_function(w_method, [w_obj])
        if self.lookup(w_iter, "__next__") is None:
            raise self.type_error("iter() returned non-iterator of type '%s'"
                                  % self.type(w_iter).name)
        return w_iter

    def next(self, w_iter):
        """The next item, or None when the iterator is exhausted."""
        if isinstance(w_iter, W_IteratorObject):
            return w_iter.next_w(self)
        if isinstance(w_iter, W_GeneratorObject):
            return w_iter.resume(self, self.w_None, True)
        w_method = self.lookup(w_iter, "__next__")
        if w_method is None:
            raise self.type_error("'%s' object is not an iterator" % self.type(w_iter).name)
        try:
            return self.call_function(w_method, [w_iter])
        except OperationError as e:
            if e.match(self, self.w_StopIteration):
                return None
            raise

    # -- text -----------------------------------------------------------------------------
    def str(self, w_obj):
        if type(w_obj) is W_StrObject:
            return w_obj
        w_method = self.lookup(w_obj, "__str__")
        if w_method is None:
            w_method = self.lookup(w_obj, "__repr__")
        w_result = self.call_function(w_method, [w_obj])
        if not isinstance(w_result, W_StrObject):
            raise self.type_error("__str__ returned non-string (type %s)"
                                  % self.type(w_result).name)
        return w_result

    def str_text(self, w_obj):
        """str(w_obj) as UTF-8, with fast paths for what print() meets most."""
        if type(w_obj) is W_StrObject:
            return w_obj.utf8
        if type(w_obj) is W_IntObject:
            return str(w_obj.intval)
        if type(w_obj) is W_FloatObject:
            from framework.floatformat import repr_float
            return repr_float(w_obj.floatval)
        return self.str(w_obj).utf8

    def repr(self, w_obj):
        w_method = self.lookup(w_obj, "__repr__")
        w_result = self.call_function(w_method, [w_obj])
        if not isinstance(w_result, W_StrObject):
            raise self.type_error("__repr__ returned non-string (type %s)"
                                  % self.type(w_result).name)
        return w_result

    def repr_w(self, w_obj):
        if type(w_obj) is W_IntObject:
            return str(w_obj.intval)
        return self.repr(w_obj).utf8

    def join_reprs(self, items_w):
        return ", ".join([self.repr_w(w_item) for w_item in items_w])

    def enter_repr(self, w_obj):
        """True when `w_obj` is already being repr'd (a recursive container)."""
        for w_seen in self.repr_stack:
            if w_seen is w_obj:
                return True
        self.repr_stack.append(w_obj)
        return False

    def leave_repr(self, w_obj):
        self.repr_stack.pop()

    # -- misc helpers the objects call ----------------------------------------------------
    def dict_update(self, w_dict, w_other):
        assert isinstance(w_dict, W_DictObject)
        if isinstance(w_other, W_DictObject):
            for w_key, w_value in w_other.items():
                w_dict.setitem(w_key, w_value)
            return
        w_keys = self.lookup(w_other, "keys")
        if w_keys is not None:
            for w_key in self.listview(self.call_function(w_keys, [w_other])):
                w_dict.setitem(w_key, self.getitem(w_other, w_key))
            return
        index = 0
        for w_pair in self.listview(w_other):
            if self.lookup(w_pair, "__iter__") is None:
                raise self.type_error("cannot convert dictionary update sequence element #%d "
                                      "to a sequence" % index)
            items_w = self.listview(w_pair)
            if len(items_w) != 2:
                raise self.error(self.w_ValueError, "dictionary update sequence element #%d "
                                 "has length %d; 2 is required" % (index, len(items_w)))
            w_dict.setitem(items_w[0], items_w[1])
            index += 1

    def percent_format(self, w_format, w_values):
        from languages.python.formatting import percent_format
        return percent_format(self, w_format, w_values)

    def str_format(self, w_format, args_w):
        from languages.python.formatting import str_format
        return str_format(self, w_format, args_w, None, None)

    def format_value(self, w_obj, spec):
        from languages.python.formatting import format_value
        return format_value(self, w_obj, spec)

    def round_float(self, value, w_ndigits):
        from languages.python.formatting import round_float
        return round_float(self, value, w_ndigits)


def property_name(space, w_property, default):
    """The name a property reports in errors: its getter's __name__."""
    from languages.python.objects.functionobject import function_name
    if w_property.w_fget is not None and not space.is_none(w_property.w_fget):
        return function_name(space, w_property.w_fget)
    return default


def is_sequence(w_obj):
    """Has CPython's sq_repeat: list, tuple, str, bytes (and their subclasses)."""
    return (isinstance(w_obj, W_ListObject) or isinstance(w_obj, W_TupleObject) or
            isinstance(w_obj, W_StrObject) or isinstance(w_obj, W_BytesObject))


@specialize.arg(0)
def bool_logic(symbol, a, b):
    if symbol == "&":
        return (a & b) != 0
    if symbol == "|":
        return (a | b) != 0
    return (a ^ b) != 0


def is_plain_int(w_obj):
    """A machine int or bool whose operators are the built-in ones (no user subclass)."""
    return type(w_obj) is W_IntObject or type(w_obj) is W_BoolObject


NEW_SPECS = {}


@not_rpython
def builtin_new_spec(base):
    """The spec of `base.__new__(cls, *args, **kwargs)`, made once per built-in type."""
    if base not in NEW_SPECS:
        def builtin_new(space, args_w, kwnames, kwvalues_w):
            return space.builtin_new(base, args_w, kwnames, kwvalues_w)
        builtin_new.__name__ = "new_" + base
        table = FunctionTable()
        table.function("__new__")(builtin_new)
        NEW_SPECS[base] = table.functions["__new__"]
    return NEW_SPECS[base]


def is_builtin_new(w_func):
    return isinstance(w_func, W_BuiltinFunction) and w_func.spec.name == "__new__"


def plural(count):
    return "" if count == 1 else "s"


def seqiter_kind(w_seq):
    if isinstance(w_seq, W_ListObject):
        return "list_iterator"
    if isinstance(w_seq, W_TupleObject):
        return "tuple_iterator"
    if isinstance(w_seq, W_StrObject):
        return "str_ascii_iterator" if w_seq.is_ascii() else "str_iterator"
    return "iterator"


# The built-ins written in Python (lib/_builtins_extra.py).
LIBRARY_BUILTINS = ["memoryview", "aiter", "anext", "BaseExceptionGroup", "ExceptionGroup"]

# The built-in classes whose subscription gives a types.GenericAlias (`list[int]`).
GENERIC_BUILTINS = ["list", "dict", "tuple", "set", "frozenset", "type"]


def format_type_message(message, type_name):
    """Fill the one %s of an error template with a type name (templates are constants)."""
    index = message.find("%s")
    if index < 0:
        return message
    return message[:index] + type_name + message[index + 2:]


@specialize.call_location()
def compare_values(a, b, symbol):
    """a symbol b for ints, floats or strings (each call site gets its own copy)."""
    if symbol == "<":
        return a < b
    elif symbol == "<=":
        return a <= b
    elif symbol == "==":
        return a == b
    elif symbol == "!=":
        return a != b
    elif symbol == ">":
        return a > b
    return a >= b


BINARY_METHODS = {
    "+": ("__add__", "__radd__", "__iadd__"), "-": ("__sub__", "__rsub__", "__isub__"),
    "*": ("__mul__", "__rmul__", "__imul__"), "/": ("__truediv__", "__rtruediv__", "__itruediv__"),
    "//": ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
    "%": ("__mod__", "__rmod__", "__imod__"), "**": ("__pow__", "__rpow__", "__ipow__"),
    "<<": ("__lshift__", "__rlshift__", "__ilshift__"),
    ">>": ("__rshift__", "__rrshift__", "__irshift__"),
    "&": ("__and__", "__rand__", "__iand__"), "|": ("__or__", "__ror__", "__ior__"),
    "^": ("__xor__", "__rxor__", "__ixor__"), "@": ("__matmul__", "__rmatmul__", "__imatmul__"),
}

COMPARE_METHODS = {
    "<": ("__lt__", "__gt__"), "<=": ("__le__", "__ge__"), "==": ("__eq__", "__eq__"),
    "!=": ("__ne__", "__ne__"), ">": ("__gt__", "__lt__"), ">=": ("__ge__", "__le__"),
}


def setup_builtins(self):
    """The builtins module: declared functions, keyword built-ins, types, exceptions."""
    from languages.python import builtins
    from languages.python.objects.functionobject import W_BuiltinFunction
    self.constructors = builtins.constructors.functions
    w_module = W_ModuleObject("builtins")
    for spec in builtins.functions.specs():
        w_module.w_dict.set(spec.name, W_BuiltinFunction(spec, None))
    for name in self.class_names():
        if name in PUBLIC_TYPES:
            w_module.w_dict.set(name, self.lookup_class(name))
    for name, w_type in self.exception_types.items():
        w_module.w_dict.set(name, w_type)
    w_module.w_dict.set("None", self.w_None)
    w_module.w_dict.set("True", self.w_True)
    w_module.w_dict.set("False", self.w_False)
    w_module.w_dict.set("NotImplemented", self.w_NotImplemented)
    w_module.w_dict.set("Ellipsis", self.w_Ellipsis)
    w_module.w_dict.set("__name__", self.newstr("builtins"))
    self.builtins = w_module
    self.register_module("builtins", w_module)


PythonSpace.setup_builtins = setup_builtins

PUBLIC_TYPES = ["object", "type", "int", "bool", "float", "complex", "str", "bytes",
                "bytearray",
                "tuple", "list",
                "dict", "set", "frozenset", "range", "slice", "staticmethod", "classmethod",
                "property", "super"]


def isinstance_w(self, w_obj, w_classes):
    if isinstance(w_classes, W_TupleObject):
        for w_item in w_classes.items_w:
            if self.isinstance_w(w_obj, w_item):
                return True
        return False
    if not isinstance(w_classes, W_TypeObject):
        raise self.type_error("isinstance() arg 2 must be a type, a tuple of types, or a union")
    return self.type(w_obj).is_subtype(w_classes)


def issubclass_w(self, w_cls, w_classes):
    if isinstance(w_classes, W_TupleObject):
        for w_item in w_classes.items_w:
            if self.issubclass_w(w_cls, w_item):
                return True
        return False
    if not isinstance(w_classes, W_TypeObject):
        raise self.type_error("issubclass() arg 2 must be a class, a tuple of classes, or a "
                              "union")
    assert isinstance(w_cls, W_TypeObject)
    return w_cls.is_subtype(w_classes)


def build_class(self, w_body, name, bases_w, w_keywords):
    """`class name(bases): body` - run the body in a fresh namespace, then make the type
    (calling the metaclass when there is one: `metaclass=` or a base's)."""
    w_meta = None
    kwnames = []
    kwvalues_w = []
    orig_bases_w = bases_w
    bases_w = self.resolve_mro_entries(bases_w)
    if isinstance(w_keywords, W_DictObject):
        for w_key, w_value in w_keywords.items():
            key = self.str_w(w_key)
            if key == "metaclass":
                w_meta = w_value
            else:
                kwnames.append(key)
                kwvalues_w.append(w_value)
    if w_meta is None or isinstance(w_meta, W_TypeObject):
        w_winner = self.winner_metaclass(w_meta, bases_w)
        if w_winner is not None:
            w_meta = w_winner
    w_namespace = self.newdict()
    if w_meta is not None and w_meta is not self.w_type:
        w_prepare = self.findattr_quiet(w_meta, "__prepare__")
        if w_prepare is not None:
            w_prepared = self.call(w_prepare, [self.newstr(name), self.newtuple(bases_w)],
                                   kwnames if kwnames else None,
                                   kwvalues_w if kwnames else None)
            if isinstance(w_prepared, W_DictObject):
                w_namespace = w_prepared
    if bases_w is not orig_bases_w:
        self.setitem(w_namespace, self.newstr("__orig_bases__"), self.newtuple(orig_bases_w))
    self.interpreter.run_class_body(w_body, w_namespace)
    if w_meta is not None and w_meta is not self.w_type:
        return self.call(w_meta, [self.newstr(name), self.newtuple(bases_w), w_namespace],
                         kwnames if kwnames else None, kwvalues_w if kwnames else None)
    return self.new_class(name, bases_w, w_namespace, kwnames, kwvalues_w)


def resolve_mro_entries(self, bases_w):
    """The bases a class statement really gets: a base that is not a class is replaced by
    what its __mro_entries__ gives (typing's `Generic[T]`); the same list if none is."""
    changed = False
    for w_base in bases_w:
        if not isinstance(w_base, W_TypeObject) and \
                self.findattr_quiet(w_base, "__mro_entries__") is not None:
            changed = True
    if not changed:
        return bases_w
    w_original = self.newtuple(bases_w)
    result_w = []
    for w_base in bases_w:
        w_entries = None
        if not isinstance(w_base, W_TypeObject):
            w_entries = self.findattr_quiet(w_base, "__mro_entries__")
        if w_entries is None:
            result_w.append(w_base)
        else:
            for w_entry in self.listview(self.call_function(w_entries, [w_original])):
                result_w.append(w_entry)
    return result_w


def winner_metaclass(self, w_meta, bases_w):
    """The most derived of `w_meta` and the bases' metaclasses, None when that is type."""
    w_winner = w_meta
    if w_winner is self.w_type:
        w_winner = None
    for w_base in bases_w:
        if not isinstance(w_base, W_TypeObject) or w_base.w_metaclass is None:
            continue
        w_candidate = w_base.w_metaclass
        if w_winner is None:
            w_winner = w_candidate
        else:
            assert isinstance(w_winner, W_TypeObject)
            if w_candidate.is_subtype(w_winner):
                w_winner = w_candidate
            elif not w_winner.is_subtype(w_candidate):
                raise self.type_error("metaclass conflict: the metaclass of a derived class "
                                      "must be a (non-strict) subclass of the metaclasses of "
                                      "all its bases")
    return w_winner


def new_class(self, name, bases_w, w_namespace, kwnames, kwvalues_w, w_metaclass=None):
    """type.__new__: the class object; the class statement's keywords go to the nearest
    base's __init_subclass__ (object's accepts none)."""
    assert isinstance(w_namespace, W_DictObject)
    for w_base in bases_w:
        if not isinstance(w_base, W_TypeObject):
            raise self.type_error("bases must be types")
    if not bases_w:
        bases_w = [self.w_object]
    from languages.python.objects.subclassobject import SUBCLASSABLE
    layout = LAYOUT_OBJECT
    builtin_name = ""
    for w_base in bases_w:
        assert isinstance(w_base, W_TypeObject)
        if w_base.layout == LAYOUT_EXCEPTION:
            if builtin_name:
                raise self.type_error("multiple bases have instance lay-out conflict")
            layout = LAYOUT_EXCEPTION
        elif w_base.layout == LAYOUT_BUILTIN:
            if w_base.builtin_name not in SUBCLASSABLE:
                raise self.type_error("type '%s' is not an acceptable base type"
                                      % w_base.name)
            if layout == LAYOUT_EXCEPTION or (builtin_name and
                                              builtin_name != w_base.builtin_name):
                raise self.type_error("multiple bases have instance lay-out conflict")
            layout = LAYOUT_BUILTIN
            builtin_name = w_base.builtin_name
    typed_bases_w = []
    for w_base in bases_w:
        assert isinstance(w_base, W_TypeObject)
        typed_bases_w.append(w_base)
    w_type = W_TypeObject(name, typed_bases_w, layout, False)
    if w_metaclass is not None and w_metaclass is not self.w_type:
        w_type.w_metaclass = w_metaclass
    if not w_type.mro_ok:
        raise self.type_error("Cannot create a consistent method resolution\norder (MRO) "
                              "for bases %s" % ", ".join([w.name for w in typed_bases_w]))
    w_type.builtin_name = builtin_name
    w_type.module = "__main__"
    w_classcell = None
    for w_key, w_value in w_namespace.items():
        key = self.str_w(w_key)
        if key == "__classcell__":
            w_classcell = w_value
            continue
        if key == "__module__" and isinstance(w_value, W_StrObject):
            w_type.module = w_value.utf8
        if key == "__qualname__":
            w_type.qualname = self.str_w_strict(w_value, "type __qualname__ must be a str, "
                                                "not %s")
            continue
        if key == "__init_subclass__" and isinstance(w_value, W_FunctionObject):
            w_value = W_ClassMethod(w_value)              # implicitly a classmethod
        w_type.methods[key] = w_value
    if "__doc__" not in w_type.methods:
        w_type.methods["__doc__"] = self.w_None
    w_type.slot_names = self.collect_slot_names(w_type)
    if "__eq__" in w_type.methods and "__hash__" not in w_type.methods:
        w_type.methods["__hash__"] = self.w_None       # __eq__ without __hash__: unhashable
    if w_classcell is not None:
        assert isinstance(w_classcell, W_CellObject)
        w_classcell.w_value = w_type
    w_init_subclass = None
    for w_key, w_value in w_namespace.items():      # in definition order, as CPython
        key = self.str_w(w_key)
        if w_type.methods.get(key, None) is not w_value:
            continue
        w_set_name = self.lookup(w_value, "__set_name__")
        if w_set_name is not None:
            self.call_function(w_set_name, [w_value, w_type, w_key])
    for i in range(1, len(w_type.ancestors)):      # super(cls).__init_subclass__
        w_init_subclass = w_type.ancestors[i].methods.get("__init_subclass__", None)
        if w_init_subclass is not None:
            break
    if isinstance(w_init_subclass, W_ClassMethod):
        self.call(w_init_subclass.w_function, [w_type], kwnames if kwnames else None,
                  kwvalues_w if kwnames else None)
    return w_type


def collect_slot_names(self, w_type):
    """The attribute names __slots__ allow on w_type's instances, or None when they keep a
    __dict__ (some class on the MRO, object aside, has no __slots__ or lists '__dict__')."""
    names = []
    for w_class in w_type.ancestors:
        if w_class is self.w_object:
            continue
        w_slots = w_class.methods.get("__slots__", None)
        if w_slots is None:
            return None
        if isinstance(w_slots, W_StrObject):
            names.append(w_slots.utf8)
        else:
            for w_name in self.listview(w_slots):
                names.append(self.str_w_strict(w_name, "__slots__ items must be strings, "
                                                       "not '%s'"))
    if "__dict__" in names:
        return None
    return names


def make_exception_instance(self, w_exc, w_value):
    """What `gen.throw(type, value)` throws: `value` itself when it is already an instance
    of `type` (contextlib throws the exception it caught, traceback and all)."""
    if isinstance(w_exc, W_TypeObject) and isinstance(w_value, W_ExceptionObject) and \
            self.type(w_value).is_subtype(w_exc):
        return w_value
    if isinstance(w_exc, W_TypeObject):
        args_w = [] if w_value is None or self.is_none(w_value) else [w_value]
        w_instance = self.call_function(w_exc, args_w)
    else:
        w_instance = w_exc
    if not isinstance(w_instance, W_ExceptionObject):
        raise self.type_error("exceptions must derive from BaseException")
    return w_instance


def is_builtin_object_format(self, w_method):
    from languages.python.objects.functionobject import W_BuiltinFunction
    return isinstance(w_method, W_BuiltinFunction) and w_method.w_owner is self.w_object


def read_stdin_line(self):
    """One line of standard input without its newline, or None at end of input."""
    line = self.w_stdin.read_line(self)
    if not line:
        return None
    if line.endswith("\n"):
        end = len(line) - 1
        assert end >= 0
        line = line[:end]
    return line


def module_name(self, w_module):
    if isinstance(w_module, W_ModuleObject):
        return w_module.name
    return "?"


def module_dict(self, w_module):
    """A module's namespace as a dict that writes through to it (globals())."""
    from languages.python.objects.dictobject import W_ModuleDictObject
    w_namespace = w_module.w_namespace
    if w_namespace is None:
        w_namespace = W_ModuleDictObject(self, w_module)
        w_module.w_namespace = w_namespace
    assert isinstance(w_namespace, W_ModuleDictObject)
    w_namespace.refresh()
    return w_namespace


def globals_dict(self):
    w_main = self.modules.get("__main__")
    if w_main is None:
        return self.newdict()
    return self.module_dict(w_main)


def import_module(self, name, w_fromlist, level, frame):
    from languages.python.importing import import_name
    return import_name(self, name, w_fromlist, level, frame.w_globals)


def import_star(self, w_module, frame):
    """`from m import *`: the names in m.__all__, else m's names without a leading `_`."""
    w_all = self.findattr_quiet(w_module, "__all__")
    if w_all is not None:
        for w_name in self.listview(w_all):
            name = self.str_w(w_name)
            frame.w_globals.w_dict.set(name, self.getattr(w_module, name))
        return
    assert isinstance(w_module, W_ModuleObject)
    for name in w_module.w_dict.keys():
        if not name.startswith("_"):
            frame.w_globals.w_dict.set(name, w_module.w_dict.get(name))


for _function in [isinstance_w, issubclass_w, build_class, new_class, winner_metaclass,
                  resolve_mro_entries, collect_slot_names,
                  make_exception_instance,
                  is_builtin_object_format, read_stdin_line, module_name, globals_dict,
                  module_dict,
                  import_module, import_star]:
    setattr(PythonSpace, _function.__name__, _function)
