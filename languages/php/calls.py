"""The half of the object space about code: calls and argument binding, classes and their
declaration, objects and properties, iteration, closures.  Mixed into Space."""
import math

from rpython.rlib import jit

from languages.php.arrays import W_Array
from languages.php.code import (FunctionTemplate, ClassTemplate, TYPE_ANY, TYPE_INT,
                                TYPE_FLOAT, TYPE_STRING, TYPE_BOOL, TYPE_ARRAY)
from languages.php.errors import PhpThrow, PhpFatal
from languages.php.signatures import PARAMS, param_type, param_name
from languages.php.functions import (W_Callable, W_Function, W_Builtin,
                                     W_Class, W_Closure, W_BoundMethod, PropInfo)
from languages.php.numbers import format_float, scan_number, NUMERIC, LEADING_NUMERIC
from languages.php.objects import w_uninit
from languages.php.objects import (W_Value, W_Null, W_Bool, W_Int, W_Float, W_String,
                                   W_Reference, W_Object, w_null, w_true, w_false,
                                   newbool, newint)


class ArrayIter(W_Value):
    """foreach over an array: by value over a held copy, by reference over the variable."""

    def __init__(self, w_array, w_ref):
        self.w_array = w_array
        self.w_ref = w_ref
        self.position = -2

    def tname(self):
        return "iterator"


class ObjectIter(W_Value):
    """foreach over an Iterator (or an object's visible properties: w_props)."""

    def __init__(self, w_obj):
        self.w_obj = w_obj
        self.started = False

    def tname(self):
        return "iterator"


class Calls(object):
    # -- functions -------------------------------------------------------------------------
    def lookup_function(self, name):
        w_func = self.find_function(name)
        if w_func is None:
            raise self.error("Error", "Call to undefined function %s()" % name)
        return w_func

    def find_function(self, name):
        """The function called `name`, or None.  Functions are only ever added, so in a
        trace the lookup of a constant name folds to a constant until the next
        declaration."""
        space = jit.promote(self)
        return space.find_function_at(name, jit.promote(space.functions_version))

    @jit.elidable
    def find_function_at(self, name, version):
        return self.functions.get(table_key(name), None)

    def declare_function(self, w_template):
        lower = w_template.name.lower()
        if lower in self.functions:
            raise PhpFatal("Cannot redeclare %s()" % w_template.name)
        self.functions[lower] = W_Function(w_template.name, w_template.code, None)
        self.functions_version = FunctionsVersion()

    def split_args(self, w_args):
        """A call's argument array: positional values, then named ones (or None)."""
        assert isinstance(w_args, W_Array)
        args_w = []
        named = None
        position = w_args.first_position()
        while position >= 0:
            w_key = w_args.key_at(position)
            w_value = w_args.value_at(position)
            if isinstance(w_key, W_String):
                if named is None:
                    named = W_Array()
                named.set(w_key, w_value)
            else:
                if named is not None:
                    raise self.error("Error", "Cannot use positional argument after named "
                                     "argument")
                args_w.append(w_value)
            position = w_args.next_position(position)
        return args_w, named

    def call_value(self, frame, w_callee, args_w, named):
        """Call whatever `w_callee` is (function, closure, invokable, callable string or
        array)."""
        if isinstance(w_callee, W_Function) or isinstance(w_callee, W_Builtin):
            return self.call_function(w_callee, args_w, None, None, named)
        if isinstance(w_callee, W_Closure):
            return self.call_closure(w_callee, args_w, named)
        if isinstance(w_callee, W_Object):
            w_invoke = w_callee.getclass().find_method("__invoke")
            if w_invoke is not None:
                return self.call_function(w_invoke, args_w, w_callee, w_callee.getclass(),
                                          named)
            raise self.error("Error", "Object of type %s is not callable"
                             % w_callee.getclass().name)
        if isinstance(w_callee, W_String):
            text = w_callee.strval
            sep = text.find("::")
            if sep > 0:
                assert sep > 0
                w_class = self.lookup_class(text[:sep])
                return self.call_static(frame, w_class, text[sep + 2:], args_w, named)
            return self.call_function(self.lookup_function(text), args_w, None, None, named)
        if isinstance(w_callee, W_Array) and w_callee.length() == 2:
            w_target = w_callee.get_int(0)
            w_name = w_callee.get_int(1)
            if w_target is not None and w_name is not None:
                w_target = w_target.deref()
                name = self.str(w_name.deref())
                if isinstance(w_target, W_Object):
                    w_method = self.find_method_for_call(frame, w_target, name)
                    return self.call_method_value(frame, w_method, w_target, args_w, named)
                w_class = self.lookup_class(self.str(w_target))
                if name.startswith("parent::"):
                    w_class = w_class.w_parent
                    name = name[8:]
                return self.call_static(frame, w_class, name, args_w, named)
        raise self.error("Error", "Value not callable")

    def call_static(self, frame, w_class, name, args_w, named):
        w_method = w_class.find_method(name.lower())
        if w_method is None:
            w_magic = w_class.find_method("__callstatic")
            if w_magic is not None:
                return self.call_magic(MagicCall(w_magic, name), w_class, args_w, named)
            raise self.error("Error", "Call to undefined method %s::%s()"
                             % (w_class.name, name))
        return self.call_function(w_method, args_w, None, w_class, named)

    def call_method_value(self, frame, w_method, w_context, args_w, named):
        if isinstance(w_method, W_Closure):
            return self.call_closure(w_method, args_w, named)
        if isinstance(w_method, MagicCall):
            return self.call_magic(w_method, w_context, args_w, named)
        if isinstance(w_context, W_Object):
            w_this = w_context
            if isinstance(w_method, W_Function) and w_method.is_static:
                w_this = None
            return self.call_function(w_method, args_w, w_this, w_context.getclass(), named)
        assert isinstance(w_context, W_Class)
        return self.call_function(w_method, args_w, None, w_context, named)

    def call_closure(self, w_closure, args_w, named):
        w_func = w_closure.w_func
        if isinstance(w_func, W_Function):
            w_scope = w_closure.w_scope
            w_static = w_scope
            if w_closure.w_this is not None:
                w_static = w_closure.w_this.getclass()
            return self.call_function(w_func, args_w, w_closure.w_this, w_static, named,
                                      w_closure.captured_w)
        return self.call_function(w_func, args_w, w_closure.w_this, w_closure.w_scope, named)

    def call_function(self, w_func, args_w, w_this, w_static, named, captured_w=None):
        if isinstance(w_func, W_Builtin):
            return self.call_builtin(w_func, args_w, named)
        assert isinstance(w_func, W_Function)
        code = jit.promote(w_func.code)
        if code is None:
            raise self.error("Error", "Cannot call abstract method %s()"
                             % w_func.display_name())
        frame = self.new_frame(code, w_func, w_this, w_static)
        self.bind_args(frame, w_func, code, args_w, named)
        if captured_w is not None:
            bind_captured(frame, code, captured_w)
        limits.check_depth(frame.depth)
        if code.is_generator:
            return self.new_generator(frame)
        w_result = self.run_code(code, frame)
        assert w_result is not None
        if isinstance(w_result, W_Reference) and not code.returns_ref:
            w_result = w_result.w_value
        return w_result

    def new_frame(self, code, w_func, w_this, w_static):
        """A frame called from the running one."""
        return self.frame_class(code, w_func, w_this, w_static, self.frame_ref,
                                self.top_depth + 1, self.top_strict)

    def run_code(self, code, frame):
        """Run `frame` as the top frame.  The frame is known to the rest of the
        interpreter through a virtual reference only (as PyPy's frames are), so in a trace
        a frame that nobody asks for stays virtual."""
        frame_ref = jit.virtual_ref(frame)
        previous_ref = self.frame_ref
        previous_depth = self.top_depth
        previous_strict = self.top_strict
        previous_scope = self.top_scope
        self.frame_ref = frame_ref
        self.top_depth = frame.depth
        self.top_strict = code.strict_types
        self.top_scope = self.scope_of(frame)
        try:
            return self.execute(code, frame)
        finally:
            self.frame_ref = previous_ref
            self.top_depth = previous_depth
            self.top_strict = previous_strict
            self.top_scope = previous_scope
            jit.virtual_ref_finish(frame_ref, frame)

    def top_frame(self):
        """The running frame (forces it out of a trace: for slow paths)."""
        return self.frame_ref()

    @jit.unroll_safe
    def bind_args(self, frame, w_func, code, args_w, named):
        params = code.params
        nparams = len(params)
        given = len(args_w)
        frame.passed = given
        for i in range(nparams):
            param = params[i]
            if param.variadic:
                w_rest = W_Array()
                for j in range(i, given):
                    w_arg = args_w[j]
                    if param.byref:
                        w_rest.append(w_arg if isinstance(w_arg, W_Reference)
                                      else W_Reference(w_arg))
                    else:
                        w_rest.append(self.stored(w_arg.deref()))
                if named is not None:
                    position = named.first_position()
                    while position >= 0:
                        w_key = named.key_at(position)
                        assert isinstance(w_key, W_String)
                        if code.slot_of(w_key.strval) < 0 or \
                                code.slot_of(w_key.strval) >= nparams:
                            w_rest.set(w_key, self.stored(named.value_at(position).deref()))
                        position = named.next_position(position)
                w_rest.hold()
                frame.setlocal(i, w_rest)
                frame.passed = nparams
                break
            if i < given:
                w_arg = args_w[i]
                if param.byref:
                    if not isinstance(w_arg, W_Reference):
                        w_arg = W_Reference(self.stored(w_arg))
                    frame.setlocal(i, w_arg)
                else:
                    frame.setlocal(i, self.stored(w_arg.deref()))
        if named is not None:
            position = named.first_position()
            while position >= 0:
                w_key = named.key_at(position)
                assert isinstance(w_key, W_String)
                slot = code.slot_of(w_key.strval)
                if 0 <= slot < nparams and not params[slot].variadic:
                    if slot < given:
                        raise self.error("Error", "Named parameter $%s overwrites previous "
                                         "argument" % w_key.strval)
                    w_value = named.value_at(position)
                    if params[slot].byref:
                        frame.setlocal(slot, w_value if isinstance(w_value, W_Reference)
                                       else W_Reference(w_value))
                    else:
                        frame.setlocal(slot, self.stored(w_value.deref()))
                    frame.passed = max(frame.passed, slot + 1)
                elif not code.is_variadic:
                    raise self.error("Error", "Unknown named parameter $%s" % w_key.strval)
                position = named.next_position(position)
        if given < code.required or named is not None:
            for i in range(code.required):
                if frame.getlocal(i) is None:
                    if named is not None:
                        raise self.error("ArgumentCountError",
                                         "%s(): Argument #%d ($%s) not passed" % (
                                             w_func.display_name(), i + 1, params[i].name))
                    self.too_few_args(w_func, code, given)
        if given > nparams and not code.is_variadic:
            frame.args_w = args_w

    def too_few_args(self, w_func, code, given):
        caller = self.top_frame()
        where = ""
        if caller is not None:
            where = " in %s on line %d" % (caller.code.filename, caller.line())
        exactly = "exactly" if code.required == len(code.params) and not code.is_variadic \
            else "at least"
        raise self.error("ArgumentCountError", "Too few arguments to function %s(), %d "
                         "passed%s and %s %d expected" % (w_func.display_name(), given, where,
                                                          exactly, code.required))

    @jit.unroll_safe
    def call_builtin(self, w_func, args_w, named):
        if named is not None and named.length() > 0:
            args_w = self.place_named_builtin(w_func, args_w, named)
        for i in range(len(args_w)):
            w_arg = args_w[i]
            if isinstance(w_arg, W_Reference) and not builtin_takes_ref(w_func.name, i):
                args_w[i] = w_arg.w_value
            elif w_arg is not None and not passes_builtin_check(w_func.name, i, w_arg):
                self.check_builtin_arg(w_func.name, i, w_arg)
        w_result = w_func.spec.wrapper(self, None, args_w, None, None)
        if w_result is None:
            return w_null
        return w_result

    def check_builtin_arg(self, fname, i, w_arg):
        """php's checks of a scalar parameter: an array (or a non-numeric string for an
        int) is a TypeError, null is deprecated."""
        kind = param_type(fname.lower(), i)
        if not kind:
            return
        if isinstance(w_arg, W_Null):
            self.deprecated("%s(): Passing null to parameter #%d ($%s) of type %s is "
                            "deprecated" % (fname, i + 1, param_name(fname.lower(), i), kind))
            return
        strict = self.top_strict
        if kind == "array|string":
            return
        bad = isinstance(w_arg, W_Array)
        if kind == "int" and isinstance(w_arg, W_String):
            bad = self.coerce_to_type("int", w_arg, False, False) is None
        if kind == "int|float" and isinstance(w_arg, W_String):
            bad = self.coerce_to_type("float", w_arg, False, False) is None
        if strict and not bad:
            if kind == "string":
                bad = not isinstance(w_arg, W_String) and not isinstance(w_arg, W_Object)
            elif kind == "int":
                bad = not isinstance(w_arg, W_Int)
            else:
                bad = not isinstance(w_arg, W_Int) and not isinstance(w_arg, W_Float)
        if bad:
            raise self.error("TypeError", "%s(): Argument #%d ($%s) must be of type %s, %s "
                             "given" % (fname, i + 1, param_name(fname.lower(), i), kind,
                                        self.debug_type(w_arg)))

    def place_named_builtin(self, w_func, args_w, named):
        """The positional arguments with the named ones put where php's own parameter
        names say; a gap left is None, the built-in's default."""
        names = PARAMS.get(w_func.name.lower(), None)
        result = [w_arg for w_arg in args_w]
        position = named.first_position()
        while position >= 0:
            name = self.str(named.key_at(position))
            index = -1
            if names is not None:
                for i in range(len(names)):
                    if names[i] == name:
                        index = i
            if index < 0:
                raise self.error("Error", "Unknown named parameter $%s" % name)
            if index < len(args_w):
                raise self.error("Error", "Named parameter $%s overwrites previous argument"
                                 % name)
            while len(result) <= index:
                result.append(None)
            result[index] = named.value_at(position).deref()
            position = named.next_position(position)
        for i in range(min(w_func.spec.min_args, len(result))):
            if result[i] is None:
                assert names is not None
                raise self.error("ArgumentCountError", "%s(): Argument #%d ($%s) not passed"
                                 % (w_func.name, i + 1, names[i]))
        return result

    def arity_error(self, name, min_args, max_args, got):
        if min_args == max_args:
            expected = "exactly %d" % min_args
        elif got < min_args:
            expected = "at least %d" % min_args
        else:
            expected = "at most %d" % max_args
        plural = "" if (max_args if got > max_args >= 0 else min_args) == 1 else "s"
        return self.error("ArgumentCountError", "%s() expects %s argument%s, %d given"
                          % (name, expected, plural, got))

    @jit.unroll_safe
    def verify_params(self, frame, code):
        """Check and coerce typed parameters (coercive mode unless the caller's file
        declared strict_types).  A value already of its simple declared type passes with
        one class check."""
        for i in range(len(code.params)):
            param = code.params[i]
            if param.type_kind == TYPE_ANY:
                continue
            if param.variadic:
                self.verify_variadic(frame, i, param, is_strict_call(frame))
                continue
            w_value = frame.getlocal(i)
            if w_value is None:
                continue
            if not has_simple_type(param.type_kind, w_value.deref()):
                self.verify_param(frame, i, param, w_value)

    def verify_param(self, frame, i, param, w_value):
        strict = is_strict_call(frame)
        w_plain = w_value.deref()
        w_new = self.coerce_to_type(param.type, w_plain, strict, param.default_null)
        if w_new is None:
            w_func = frame.w_func
            name = w_func.display_name() if isinstance(w_func, W_Callable) else "{main}"
            where = ""
            caller = frame.caller()
            if caller is not None:
                where = ", called in %s on line %d" % (caller.code.filename, caller.line())
            raise self.error("TypeError", "%s(): Argument #%d ($%s) must be of type %s, "
                             "%s given%s" % (name, i + 1, param.name,
                                             self.type_text(param.type),
                                             self.debug_type(w_plain), where))
        if w_new is not w_plain:
            if isinstance(w_value, W_Reference):
                w_value.w_value = w_new
            else:
                frame.setlocal(i, w_new)

    def type_text(self, text):
        """A declared type as php's messages print it: classes first, then the builtin
        types in php's own order, null as `?T` or `|null`."""
        nullable = text.startswith("?")
        if nullable:
            text = text[1:]
        parts = text.split("|")
        result = []
        builtins = ["static", "callable", "object", "array", "string", "int", "float",
                    "bool", "false", "true", "void", "never", "mixed", "iterable"]
        for part in parts:
            if part.lower() not in builtins and part.lower() != "null":
                result.append(part)
        for name in builtins:
            for part in parts:
                if part.lower() == name:
                    result.append(name)
        for part in parts:
            if part.lower() == "null":
                nullable = True
        if nullable and "mixed" not in result:
            if len(result) == 1:
                return "?" + result[0]
            result.append("null")
        return "|".join(result)

    def verify_variadic(self, frame, index, param, strict):
        w_rest = frame.getlocal(index)
        if not isinstance(w_rest, W_Array):
            return
        position = w_rest.first_position()
        number = index + 1
        while position >= 0:
            w_item = w_rest.value_at(position)
            w_plain = w_item.deref()
            w_new = self.coerce_to_type(param.type, w_plain, strict, False)
            if w_new is None:
                w_func = frame.w_func
                name = w_func.display_name() if isinstance(w_func, W_Callable) else "{main}"
                where = ""
                caller = frame.caller()
                if caller is not None:
                    where = ", called in %s on line %d" % (caller.code.filename, caller.line())
                raise self.error("TypeError", "%s(): Argument #%d must be of type %s, %s "
                                 "given%s" % (name, number, param.type,
                                              self.debug_type(w_plain), where))
            if w_new is not w_plain:
                if isinstance(w_item, W_Reference):
                    w_item.w_value = w_new
                else:
                    w_rest.set(w_rest.key_at(position), w_new)
            number += 1
            position = w_rest.next_position(position)

    def verify_return(self, frame, code, w_result):
        """php's check (and coercion) of a declared return type."""
        if code.is_generator or has_simple_type(code.return_kind, w_result):
            return w_result
        return self.verify_return_slowly(frame, code, w_result)

    def verify_return_slowly(self, frame, code, w_result):
        w_func = frame.w_func
        text = code.return_type
        lower = text.lower()
        if lower == "void" or lower == "never" or lower == "mixed" or lower == "static" or \
                lower == "self" or lower == "parent" or lower == "iterable" or \
                lower == "generator" or lower == "callable":
            return w_result
        w_new = self.coerce_to_type(text, w_result, code.strict_types, False)
        if w_new is None:
            name = w_func.display_name() if isinstance(w_func, W_Callable) else "{main}"
            raise self.error("TypeError", "%s(): Return value must be of type %s, %s returned"
                             % (name, self.type_text(text), self.debug_type(w_result)))
        return w_new

    def coerce_to_type(self, type_text, w_value, strict, default_null):
        """The value as the declared type takes it, or None for a TypeError."""
        nullable = default_null
        text = type_text
        if text.startswith("?"):
            nullable = True
            text = text[1:]
        names = text.lower().split("|")
        if "mixed" in names:
            return w_value
        if strict and isinstance(w_value, W_Int) and "float" in names:
            return W_Float(float(w_value.intval))
        if isinstance(w_value, W_Null):
            if nullable or "null" in names:
                return w_value
            return None
        for name in names:
            if self.matches_type(name, w_value):
                return w_value
        if isinstance(w_value, W_Int) and "float" in names:
            return W_Float(float(w_value.intval))
        if strict:
            return None
        if not (isinstance(w_value, W_Int) or isinstance(w_value, W_Float) or
                isinstance(w_value, W_String) or isinstance(w_value, W_Bool)):
            if isinstance(w_value, W_Object) and "string" in names and \
                    w_value.getclass().find_method("__tostring") is not None:
                return W_String(self.str(w_value))
            return None
        for name in ["int", "float", "string", "bool"]:
            if name not in names:
                continue
            if name == "int":
                if isinstance(w_value, W_Float):
                    f = w_value.floatval
                    if f == math.floor(f) and not math.isinf(f):
                        return newint(int(f))
                    if "float" in names:
                        continue
                    if math.isnan(f) or math.isinf(f):
                        return None
                    self.deprecated("Implicit conversion from float %s to int loses "
                                    "precision" % format_float(f, 17))
                    return newint(int(f))
                if isinstance(w_value, W_String):
                    scan = scan_number(w_value.strval)
                    if scan.kind == NUMERIC:
                        if not scan.is_float:
                            return newint(scan.intval)
                        if "float" in names:
                            continue
                        f = scan.floatval
                        if f == math.floor(f) and not math.isinf(f):
                            return newint(int(f))
                        if not math.isnan(f) and not math.isinf(f) and \
                                -9.2e18 < f < 9.2e18:
                            self.deprecated('Implicit conversion from float-string "%s" to '
                                            'int loses precision' % w_value.strval)
                            return newint(int(f))
                    continue
                if isinstance(w_value, W_Bool):
                    return newint(1 if w_value.boolval else 0)
            elif name == "float":
                if isinstance(w_value, W_String):
                    scan = scan_number(w_value.strval)
                    if scan.kind == NUMERIC:
                        return W_Float(scan.floatval if scan.is_float else
                                       float(scan.intval))
                    continue
                if isinstance(w_value, W_Bool):
                    return W_Float(1.0 if w_value.boolval else 0.0)
            elif name == "string":
                if isinstance(w_value, W_Int) or isinstance(w_value, W_Float) or \
                        isinstance(w_value, W_Bool):
                    return W_String(self.str(w_value))
            elif name == "bool":
                return newbool(self.truthy(w_value))
        return None

    def matches_type(self, name, w_value):
        if name == "int":
            return isinstance(w_value, W_Int)
        if name == "float":
            return isinstance(w_value, W_Float)
        if name == "string":
            return isinstance(w_value, W_String)
        if name == "bool":
            return isinstance(w_value, W_Bool)
        if name == "false":
            return isinstance(w_value, W_Bool) and not w_value.boolval
        if name == "true":
            return isinstance(w_value, W_Bool) and w_value.boolval
        if name == "array":
            return isinstance(w_value, W_Array)
        if name == "iterable":
            return isinstance(w_value, W_Array) or isinstance(w_value, W_Object)
        if name == "object":
            return isinstance(w_value, W_Object)
        if name == "callable":
            return isinstance(w_value, W_Closure) or isinstance(w_value, W_String) or \
                isinstance(w_value, W_Array) or isinstance(w_value, W_Object)
        if name == "self" or name == "static":
            return isinstance(w_value, W_Object)
        if isinstance(w_value, W_Object):
            w_class = self.find_class(name)
            if w_class is None:
                return False
            return w_value.getclass().is_subclass_of(w_class)
        return False

    # -- closures -----------------------------------------------------------------------------
    def make_closure(self, frame, w_template):
        code = w_template.code
        values_w = []
        for i in range(len(w_template.use_slots)):
            slot = w_template.use_slots[i]
            if code.uses_byref[i]:
                values_w.append(self.local_ref(frame, slot))
            else:
                w_value = frame.getlocal(slot)
                if w_value is None:
                    if not w_template.is_arrow:
                        self.warning("Undefined variable $%s" % code.uses[i])
                    values_w.append(None)
                else:
                    values_w.append(self.stored(w_value.deref()))
        w_scope = None
        if frame.w_func is not None and isinstance(frame.w_func, W_Function):
            w_scope = frame.w_func.w_class
        w_this = None if w_template.is_static else frame.w_this
        w_func = W_Function("{closure}", code, w_scope)
        return W_Closure(self.lookup_class("Closure"), self.new_handle(), w_func, w_this,
                         w_scope, values_w)

    def callable_closure(self, frame, w_callee):
        if isinstance(w_callee, W_Closure):
            return w_callee
        if isinstance(w_callee, W_Callable):
            return W_Closure(self.lookup_class("Closure"), self.new_handle(), w_callee, None,
                             None, None)
        raise self.error("Error", "Value not callable")

    def method_closure(self, w_method, w_context):
        assert isinstance(w_method, W_Callable)
        w_this = w_context if isinstance(w_context, W_Object) else None
        w_scope = None
        if isinstance(w_context, W_Class):
            w_scope = w_context
        elif isinstance(w_context, W_Object):
            w_scope = w_context.getclass()
        return W_Closure(self.lookup_class("Closure"), self.new_handle(), w_method, w_this,
                         w_scope, None)

    # -- classes ------------------------------------------------------------------------------
    def find_class(self, name):
        """The class called `name`, or None; folds in a trace as find_function does."""
        space = jit.promote(self)
        return space.find_class_at(name, jit.promote(space.functions_version))

    @jit.elidable
    def find_class_at(self, name, version):
        return self.classes.get(table_key(name), None)

    def lookup_class(self, name):
        w_class = self.find_class(name)
        if w_class is None:
            w_class = self.autoload(name)
        if w_class is None:
            raise self.error("Error", 'Class "%s" not found' % name)
        return w_class

    def autoload(self, name):
        return None

    def resolve_class(self, frame, name):
        lower = name.lower()
        if lower == "self" or lower == "static" or lower == "parent":
            w_func = frame.w_func
            w_self = None
            if isinstance(w_func, W_Function):
                w_self = w_func.w_class
            if lower == "static":
                if frame.w_static is not None:
                    return frame.w_static
                if w_self is None:
                    raise self.error("Error", 'Cannot use "static" when no class scope is '
                                     'active')
                return w_self
            if w_self is None:
                raise self.error("Error", 'Cannot use "%s" when no class scope is active'
                                 % lower)
            if lower == "parent":
                if w_self.w_parent is None:
                    raise self.error("Error", 'Cannot use "parent" when current class scope '
                                     'has no parent')
                return w_self.w_parent
            return w_self
        return self.lookup_class(name)

    def declare_class(self, frame, template):
        lower = template.name.lower()
        if lower in self.classes:
            if template.name.find("@anonymous\0") >= 0:
                return
            existing = self.classes[lower]
            if existing.template is template:
                return
            raise PhpFatal("Cannot declare class %s, because the name is already in use"
                           % template.name)
        w_parent = None
        if template.parent:
            w_parent = self.find_class(template.parent)
            if w_parent is None:
                if frame is self.main_frame and frame.pc == 0:
                    return
                raise self.error("Error", 'Class "%s" not found' % template.parent)
        for name in template.interfaces:
            if self.find_class(name) is None:
                if frame is self.main_frame and frame.pc == 0:
                    return
        for name in template.traits:
            if self.find_class(name) is None:
                if frame is self.main_frame and frame.pc == 0:
                    return
        w_class = W_Class(template.name, template.kind)
        w_class.template = template
        w_class.is_abstract = "abstract" in template.flags
        w_class.is_final = "final" in template.flags
        w_class.allow_dynamic = "allow_dynamic" in template.flags
        if w_parent is not None:
            if w_parent.is_final:
                raise PhpFatal("Class %s cannot extend final class %s"
                               % (template.name, w_parent.name))
            w_class.w_parent = w_parent
            for w_iface in w_parent.interfaces:
                w_class.interfaces.append(w_iface)
            for key, w_method in w_parent.methods.items():
                w_class.methods[key] = w_method
            for name in w_parent.const_order:
                w_class.const_order.append(name)
                if name in w_parent.consts:
                    w_class.consts[name] = w_parent.consts[name]
                else:
                    w_class.const_codes[name] = w_parent.const_codes[name]
                    w_class.const_owners[name] = w_parent.const_owners.get(name, w_parent)
            for info in w_parent.props:
                w_class.prop_index[info.name] = len(w_class.props)
                w_class.props.append(info)
            for key, w_ref in w_parent.static_props.items():
                w_class.static_props[key] = w_ref
        for name in template.interfaces:
            w_iface = self.lookup_class(name)
            self.add_interface(w_class, w_iface)
        for name in template.traits:
            self.use_trait(w_class, self.lookup_class(name), template)
        for c in template.consts:
            if c.name not in w_class.const_codes and c.name not in w_class.consts:
                w_class.const_order.append(c.name)
            if c.name in w_class.consts:
                del w_class.consts[c.name]
            if c.name in w_class.const_owners:
                del w_class.const_owners[c.name]
            w_class.const_codes[c.name] = c.code
        for p in template.props:
            self.add_prop(w_class, p.name, p.visibility, p.is_static, p.type, p.readonly,
                          p.default, w_class)
        for m in template.methods:
            w_method = W_Function(m.name, m.code, w_class)
            w_method.visibility = m.visibility
            w_method.is_static = m.is_static
            w_method.is_abstract = m.is_abstract
            w_method.is_final = m.is_final
            w_class.methods[m.name.lower()] = w_method
        if template.kind == "enum":
            self.setup_enum(w_class, template)
        if "__tostring" in w_class.methods and lower != "stringable":
            w_stringable = self.find_class("Stringable")     # implied by __toString
            if w_stringable is not None and w_stringable not in w_class.interfaces:
                w_class.interfaces.append(w_stringable)
        w_class.frozen()
        self.classes[lower] = w_class
        self.functions_version = FunctionsVersion()

    def add_interface(self, w_class, w_iface):
        if w_iface not in w_class.interfaces:
            w_class.interfaces.append(w_iface)
        for w_other in w_iface.interfaces:
            if w_other not in w_class.interfaces:
                w_class.interfaces.append(w_other)
        for name in w_iface.const_order:
            if name not in w_class.const_codes and name not in w_class.consts:
                w_class.const_order.append(name)
                if name in w_iface.consts:
                    w_class.consts[name] = w_iface.consts[name]
                else:
                    w_class.const_codes[name] = w_iface.const_codes[name]
        for key, w_method in w_iface.methods.items():
            if key not in w_class.methods:
                w_class.methods[key] = w_method

    def use_trait(self, w_class, w_trait, template):
        trait_template = w_trait.template
        assert isinstance(trait_template, ClassTemplate)
        for name in trait_template.traits:
            self.use_trait(w_class, self.lookup_class(name), trait_template)
        for p in trait_template.props:
            self.add_prop(w_class, p.name, p.visibility, p.is_static, p.type, p.readonly,
                          p.default, w_class)
        for m in trait_template.methods:
            excluded = False
            for rule in template.rules:
                if rule.method.lower() == m.name.lower() and rule.insteadof and \
                        w_trait.name.lower() in [t.lower() for t in rule.insteadof] and \
                        rule.trait.lower() != w_trait.name.lower():
                    excluded = True
            for rule in template.rules:
                if rule.method.lower() == m.name.lower() and not rule.insteadof and \
                        (not rule.trait or rule.trait.lower() == w_trait.name.lower()):
                    w_alias = W_Function(rule.alias or m.name, m.code, w_class)
                    w_alias.visibility = rule.visibility or m.visibility
                    w_alias.is_static = m.is_static
                    w_alias.is_abstract = m.is_abstract
                    if rule.alias:
                        w_class.methods[rule.alias.lower()] = w_alias
                    elif not excluded:
                        w_class.methods[m.name.lower()] = w_alias
                        excluded = True
            if excluded:
                continue
            if m.is_abstract and m.name.lower() in w_class.methods:
                continue
            w_method = W_Function(m.name, m.code, w_class)
            w_method.visibility = m.visibility
            w_method.is_static = m.is_static
            w_method.is_abstract = m.is_abstract
            w_class.methods[m.name.lower()] = w_method

    def add_prop(self, w_class, name, visibility, is_static, type_, readonly, code,
                 w_declaring):
        if is_static:
            w_value = w_null
            if code is not None:
                w_value = self.run_init_code(code, w_declaring)
            w_class.static_props[name] = W_Reference(self.stored(w_value))
            return
        info = PropInfo(name, visibility, w_declaring, False, type_, readonly, code)
        index = w_class.prop_index.get(name, -1)
        if index >= 0:
            w_class.props[index] = info
        else:
            w_class.prop_index[name] = len(w_class.props)
            w_class.props.append(info)

    def setup_enum(self, w_class, template):
        w_class.enum_backed = template.enum_type
        self.add_interface(w_class, self.lookup_class("UnitEnum"))
        if template.enum_type:
            self.add_interface(w_class, self.lookup_class("BackedEnum"))
        w_methods = self.find_class("__EnumMethods")
        if w_methods is not None:
            for key, w_method in w_methods.methods.items():
                if key == "cases" or template.enum_type:
                    assert isinstance(w_method, W_Function)
                    w_copy = W_Function(w_method.name, w_method.code, w_class)
                    w_copy.is_static = True
                    if key not in w_class.methods or w_class.methods[key] is w_method:
                        w_class.methods[key] = w_copy
        for case in template.cases:
            w_case = W_Object(w_class, 0)   # php makes case objects lazily: no handle
            w_case.write_attr("name", W_String(case.name))
            if case.code is not None:
                w_case.write_attr("value", self.run_init_code(case.code, w_class))
            w_class.consts[case.name] = w_case
            w_class.const_order.append(case.name)
            w_class.enum_cases.append(case.name)

    def run_init_code(self, code, w_class):
        w_func = W_Function("{init}", code, w_class)
        return self.call_function(w_func, [], None, w_class, None)

    def class_constant(self, w_class, name):
        if name == "class":
            return W_String(w_class.name)
        w_value = w_class.consts.get(name, None)
        if w_value is not None:
            return w_value
        code = w_class.const_codes.get(name, None)
        if code is None:
            raise self.error("Error", 'Undefined constant %s::%s' % (w_class.name, name))
        w_owner = w_class.const_owners.get(name, None)
        if w_owner is not None:
            w_value = self.class_constant(w_owner, name)     # self:: is the declarer
        else:
            w_value = self.run_init_code(code, w_class)
            if isinstance(w_value, W_Array):
                w_value.hold()                # the constant keeps it
        w_class.consts[name] = w_value
        return w_value

    def static_prop_ref(self, w_class, name):
        assert isinstance(w_class, W_Class)
        w_ref = w_class.static_props.get(name, None)
        if w_ref is None:
            raise self.error("Error", "Access to undeclared static property %s::$%s"
                             % (w_class.name, name))
        return w_ref

    def new_handle(self):
        handle = self.next_handle
        self.next_handle += 1
        return handle

    def prepare_defaults(self, w_class):
        if w_class.defaults_ready:
            return
        for info in w_class.props:
            if info.code is not None and info.w_default is None:
                w_default = self.run_init_code(info.code, info.w_class)
                if isinstance(w_default, W_Array):
                    w_default.hold()          # the class keeps it: objects copy on write
                info.w_default = w_default
        w_class.defaults_ready = True

    def new_object(self, w_class):
        if w_class.is_abstract or w_class.kind != "class":
            what = {"interface": "interface", "trait": "trait", "enum": "enum"}.get(
                w_class.kind, "abstract class")
            raise self.error("Error", "Cannot instantiate %s %s" % (what, w_class.name))
        self.prepare_defaults(w_class)
        return self.object_with_defaults(w_class)

    @jit.unroll_safe
    def object_with_defaults(self, w_class):
        w_obj = W_Object(w_class, self.new_handle())
        for info in w_class.instance_props:
            if info.w_default is not None:
                w_obj.write_attr(info.name, self.stored(info.w_default))
            elif not info.type:
                w_obj.write_attr(info.name, w_null)
            else:
                w_obj.write_attr(info.name, w_uninit)
        return w_obj

    def instantiate(self, frame, w_class, args_w, named):
        if not isinstance(w_class, W_Class):
            raise self.error("Error", "Cannot instantiate a non-class")
        w_obj = self.new_object(w_class)
        if self.is_throwable(w_obj):
            self.fill_exception(w_obj)
        w_ctor = w_class.find_method("__construct")
        if w_ctor is not None:
            self.call_function(w_ctor, args_w, w_obj, w_class, named)
        return w_obj

    def is_throwable(self, w_obj):
        w_throwable = self.find_class("Throwable")
        return w_throwable is not None and w_obj.getclass().is_subclass_of(w_throwable)

    def fill_exception(self, w_obj):
        filename, line = self.location()
        w_obj.write_attr("file", W_String(filename))
        w_obj.write_attr("line", newint(line))
        w_obj.write_attr("trace", self.backtrace())

    def backtrace(self):
        """The call stack as getTrace() gives it (innermost first, no arguments)."""
        w_trace = W_Array()
        frame = self.top_frame()
        while frame is not None and frame.caller() is not None:
            w_func = frame.w_func
            caller = frame.caller()
            if isinstance(w_func, W_Function) and w_func.name != "{init}" and \
                    not frame.code.filename.startswith("prelude:"):
                w_entry = W_Array()
                w_entry.set_str("file", W_String(caller.code.filename))
                w_entry.set_str("line", newint(caller.line()))
                name = w_func.name
                if name == "{closure}" and w_func.w_class is not None:
                    name = "{closure}"
                w_entry.set_str("function", W_String(name))
                if w_func.w_class is not None and w_func.name != "{closure}":
                    w_entry.set_str("class", W_String(w_func.w_class.name))
                    w_entry.set_str("type", W_String("->" if frame.w_this is not None
                                                     else "::"))
                w_trace.append(w_entry.hold())
            frame = caller
        return w_trace

    # -- methods --------------------------------------------------------------------------------
    def find_method_for_call(self, frame, w_obj, name):
        if not isinstance(w_obj, W_Object):
            raise self.error("Error", "Call to a member function %s() on %s"
                             % (name, self.debug_type(w_obj)))
        w_class = w_obj.getclass()
        w_method = w_class.find_method_lower(name)
        w_private = self.scope_private_method(frame, w_class, name)
        if w_private is not None:
            return w_private
        if w_method is None:
            if isinstance(w_obj, W_Closure) and name.lower() in ("call", "bindto", "bind",
                                                                  "__invoke"):
                return self.closure_method(name.lower())
            w_call = w_class.find_method("__call")
            if w_call is not None:
                return MagicCall(w_call, name)
            raise self.error("Error", "Call to undefined method %s::%s()"
                             % (w_class.name, name))
        if isinstance(w_method, W_Function) and w_method.visibility != "public":
            if not self.can_access(frame, w_method.w_class, w_method.visibility):
                w_call = w_class.find_method("__call")
                if w_call is not None:
                    return MagicCall(w_call, name)
                raise self.error("Error", "Call to %s method %s::%s() from %s" % (
                    w_method.visibility, w_class.name, w_method.name,
                    self.scope_description(frame)))
        return w_method

    def scope_private_method(self, frame, w_class, name):
        """A private method of the calling class wins over the object's class's own
        method of that name (php's private methods are not overridden)."""
        if frame is None:
            return None
        w_func = frame.w_func
        if not isinstance(w_func, W_Function):
            return None
        w_scope = w_func.w_class
        if w_scope is None or w_scope is w_class:
            return None
        w_method = w_scope.find_method_lower(name)
        if isinstance(w_method, W_Function) and w_method.visibility == "private" and \
                w_method.w_class is w_scope and w_class.is_subclass_of(w_scope):
            return w_method
        return None

    def closure_method(self, name):
        return self.lookup_function("__closure_" + name)

    def scope_description(self, frame):
        w_scope = self.scope_of(frame)
        if w_scope is None:
            return "global scope"
        return "scope %s" % w_scope.name

    def scope_of(self, frame):
        if frame is None:
            return None
        w_func = frame.w_func
        if isinstance(w_func, W_Function):
            return w_func.w_class
        return None

    def can_access_here(self, w_declaring, visibility):
        """can_access from the running frame."""
        return self.scope_can_access(self.top_scope, w_declaring, visibility)

    def can_access(self, frame, w_declaring, visibility):
        return self.scope_can_access(self.scope_of(frame), w_declaring, visibility)

    def scope_can_access(self, w_scope, w_declaring, visibility):
        if w_scope is None:
            return False
        if visibility == "private":
            return w_scope is w_declaring
        return w_scope.is_subclass_of(w_declaring) or w_declaring.is_subclass_of(w_scope)

    def push_static_method(self, frame, w_class, name, forwarding=True):
        w_method = w_class.find_method(name.lower())
        if w_method is None:
            w_magic = w_class.find_method("__callstatic")
            if frame.w_this is not None and frame.w_this.getclass().is_subclass_of(w_class):
                w_call = w_class.find_method("__call")
                if w_call is not None:
                    frame.push(MagicCall(w_call, name))
                    frame.push(frame.w_this)
                    return
            if w_magic is not None:
                frame.push(MagicCall(w_magic, name))
                frame.push(w_class)
                return
            raise self.error("Error", "Call to undefined method %s::%s()"
                             % (w_class.name, name))
        frame.push(w_method)
        is_static = isinstance(w_method, W_Function) and w_method.is_static
        if not is_static and frame.w_this is not None and \
                frame.w_this.getclass().is_subclass_of(w_class):
            frame.push(frame.w_this)
        elif frame.w_static is not None and w_class.name.lower() != "static" and \
                frame.w_static.is_subclass_of(w_class) and forwarding and \
                self.is_forwarding(frame, w_class):
            frame.push(frame.w_static)
        else:
            if not is_static and isinstance(w_method, W_Function):
                raise self.error("Error", "Non-static method %s::%s() cannot be called "
                                 "statically" % (w_class.name, w_method.name))
            frame.push(w_class)

    def is_forwarding(self, frame, w_class):
        """self::, parent:: and static:: keep the called class (late static binding)."""
        w_scope = self.scope_of(frame)
        return w_scope is not None and w_scope.is_subclass_of(w_class)

    def call_magic(self, w_magic, w_context, args_w, named=None):
        w_args = W_Array()
        for w_arg in args_w:
            w_args.append(self.stored(w_arg.deref()))
        if named is not None:
            position = named.first_position()
            while position >= 0:
                w_args.set(named.key_at(position),
                           self.stored(named.value_at(position).deref()))
                position = named.next_position(position)
        params = [W_String(w_magic.name), w_args]
        if isinstance(w_context, W_Object):
            return self.call_function(w_magic.w_method, params, w_context,
                                      w_context.getclass(), None)
        assert isinstance(w_context, W_Class)
        return self.call_function(w_magic.w_method, params, None, w_context, None)

    # -- properties -----------------------------------------------------------------------------
    def get_prop(self, w_obj, name, quiet):
        if not isinstance(w_obj, W_Object):
            if not quiet:
                self.warning('Attempt to read property "%s" on %s'
                             % (name, self.debug_type(w_obj)))
            return w_null
        w_value = w_obj.read_attr(name)
        if w_value is not None:
            info = w_obj.getclass().find_prop(name)
            if info is not None and info.visibility != "public" and \
                    not self.can_access_here(info.w_class, info.visibility):
                return self.magic_get(w_obj, name, quiet, info)
            return w_value.deref()
        return self.magic_get(w_obj, name, quiet, w_obj.getclass().find_prop(name))

    def magic_get(self, w_obj, name, quiet, info):
        w_get = w_obj.getclass().find_method("__get")
        if w_get is not None:
            w_isset = w_obj.getclass().find_method("__isset")
            if quiet and w_isset is not None:       # `??` and empty() ask __isset first
                if not self.truthy(self.call_function(w_isset, [W_String(name)], w_obj,
                                                      w_obj.getclass(), None)):
                    return w_null
            return self.call_function(w_get, [W_String(name)], w_obj, w_obj.getclass(), None)
        if info is not None and info.visibility != "public" and \
                not self.can_access_here(info.w_class, info.visibility):
            raise self.error("Error", "Cannot access %s property %s::$%s" % (
                info.visibility, w_obj.getclass().name, name))
        if info is not None and info.type:
            raise self.error("Error", "Typed property %s::$%s must not be accessed before "
                             "initialization" % (info.w_class.name, name))
        if not quiet:
            self.warning('Undefined property: %s::$%s' % (w_obj.getclass().name, name))
        return w_null

    def set_prop(self, w_obj, name, w_value):
        if not isinstance(w_obj, W_Object):
            raise self.error("Error", 'Attempt to assign property "%s" on %s'
                             % (name, self.debug_type(w_obj)))
        w_class = w_obj.getclass()
        if w_class.kind == "enum":
            if name == "name" or name == "value":
                raise self.error("Error", "Cannot modify readonly property %s::$%s"
                                 % (w_class.name, name))
            raise self.error("Error", "Cannot create dynamic property %s::$%s"
                             % (w_class.name, name))
        info = w_class.find_prop(name)
        w_current = w_obj.read_attr(name)
        if info is None:
            if w_current is None:
                w_set = w_class.find_method("__set")
                if w_set is not None:
                    self.call_function(w_set, [W_String(name), w_value], w_obj, w_class, None)
                    return
                if w_class.name != "stdClass" and not self.allows_dynamic(w_class):
                    self.deprecated("Creation of dynamic property %s::$%s is deprecated"
                                    % (w_class.name, name))
        else:
            if info.visibility != "public" and \
                    not self.can_access_here(info.w_class, info.visibility):
                w_set = w_class.find_method("__set")
                if w_set is not None:
                    self.call_function(w_set, [W_String(name), w_value], w_obj, w_class, None)
                    return
                if info.readonly:
                    raise self.error("Error", "Cannot modify readonly property %s::$%s"
                                     % (w_class.name, name))
                raise self.error("Error", "Cannot access %s property %s::$%s" % (
                    info.visibility, w_class.name, name))
            if info.readonly:
                if w_current is not None:
                    raise self.error("Error", "Cannot modify readonly property %s::$%s"
                                     % (w_class.name, name))
                w_scope = self.top_scope
                if w_scope is not info.w_class:
                    raise self.error("Error", "Cannot initialize readonly property %s::$%s "
                                     "from %s" % (w_class.name, name,
                                                  "global scope" if w_scope is None
                                                  else "scope " + w_scope.name))
            if info.type:
                w_value = self.coerce_property(info, w_class, w_value)
        if isinstance(w_current, W_Reference):
            w_current.w_value = self.stored(w_value)
        else:
            w_obj.write_attr(name, self.stored(w_value))

    def allows_dynamic(self, w_class):
        w = w_class
        while w is not None:
            if w.name == "stdClass" or w.allow_dynamic:
                return True
            w = w.w_parent
        return False

    def coerce_property(self, info, w_class, w_value):
        """A typed property takes a value as a parameter of its type would."""
        if has_simple_type(info.type_kind, w_value):
            return w_value
        lower = info.type.lower()
        if lower == "self" or lower == "static" or lower == "mixed" or lower == "iterable" \
                or lower == "callable" or lower == "parent":
            return w_value
        w_new = self.coerce_to_type(info.type, w_value.deref(), self.top_strict, False)
        if w_new is None:
            raise self.error("TypeError", "Cannot assign %s to property %s::$%s of type %s"
                             % (self.debug_type(w_value.deref()), info.w_class.name,
                                info.name, self.type_text(info.type)))
        return w_new

    def prop_container(self, w_obj, name):
        if not isinstance(w_obj, W_Object):
            raise self.error("Error", "Attempt to modify property \"%s\" on %s"
                             % (name, self.debug_type(w_obj)))
        w_current = w_obj.read_attr(name)
        if w_current is None:
            w_get = w_obj.getclass().find_method("__get")
            if w_get is not None:
                w_value = self.call_function(w_get, [W_String(name)], w_obj,
                                             w_obj.getclass(), None)
                if isinstance(w_value, W_Object):
                    return w_value
                self.notice("Indirect modification of overloaded property %s::$%s has no "
                            "effect" % (w_obj.getclass().name, name))
                return W_Array()
        if w_current is None or isinstance(w_current, W_Null):
            w_array = W_Array()
            w_array.hold()
            w_obj.write_attr(name, w_array)
            return w_array
        if isinstance(w_current, W_Reference):
            return self.ref_container(w_current)
        if isinstance(w_current, W_Array):
            info = w_obj.getclass().find_prop(name)
            if info is not None and info.readonly:
                raise self.error("Error", "Cannot modify readonly property %s::$%s"
                                 % (w_obj.getclass().name, name))
            w_writable = w_current.writable()
            if w_writable is not w_current:
                w_obj.write_attr(name, w_writable)
            return w_writable
        return self.container_of(w_current)

    def prop_ref(self, w_obj, name):
        if not isinstance(w_obj, W_Object):
            return W_Reference(w_null)
        w_current = w_obj.read_attr(name)
        if isinstance(w_current, W_Reference):
            return w_current
        w_ref = W_Reference(w_null if w_current is None else w_current)
        w_obj.write_attr(name, w_ref)
        return w_ref

    def isset_prop(self, w_obj, name):
        if not isinstance(w_obj, W_Object):
            return False
        w_value = w_obj.read_attr(name)
        if w_value is not None:
            info = w_obj.getclass().find_prop(name)
            if info is None or info.visibility == "public" or \
                    self.can_access_here(info.w_class, info.visibility):
                return not isinstance(w_value.deref(), W_Null)
        w_isset = w_obj.getclass().find_method("__isset")
        if w_isset is not None:
            return self.truthy(self.call_function(w_isset, [W_String(name)], w_obj,
                                                  w_obj.getclass(), None))
        return False

    def unset_prop(self, w_obj, name):
        if not isinstance(w_obj, W_Object):
            return
        info = w_obj.getclass().find_prop(name)
        if info is not None and info.readonly:
            raise self.error("Error", "Cannot unset readonly property %s::$%s"
                             % (w_obj.getclass().name, name))
        if w_obj.read_attr(name) is None:
            w_unset = w_obj.getclass().find_method("__unset")
            if w_unset is not None:
                self.call_function(w_unset, [W_String(name)], w_obj, w_obj.getclass(), None)
            return
        if not w_obj.map.devolved:
            w_obj.devolve(w_obj.map)
        del w_obj.attrs_w[name]

    def object_to_array(self, w_obj, mangle):
        w_array = W_Array()
        for name in w_obj.attr_names():
            w_value = w_obj.read_attr(name)
            if w_value is None:
                continue
            key = name
            if mangle:
                info = w_obj.getclass().find_prop(name)
                if info is not None and info.visibility == "protected":
                    key = "\0*\0" + name
                elif info is not None and info.visibility == "private":
                    key = "\0" + info.w_class.name + "\0" + name
            w_array.set(self.array_key(W_String(key)), self.stored(w_value.deref()))
        return w_array

    def object_offset_get(self, w_obj, w_key):
        w_method = w_obj.getclass().find_method("offsetget")
        if w_method is None:
            raise self.error("Error", "Cannot use object of type %s as array"
                             % w_obj.getclass().name)
        return self.call_function(w_method, [w_key], w_obj, w_obj.getclass(), None)

    def object_offset_set(self, w_obj, w_key, w_value):
        w_method = w_obj.getclass().find_method("offsetset")
        if w_method is None:
            raise self.error("Error", "Cannot use object of type %s as array"
                             % w_obj.getclass().name)
        self.call_function(w_method, [w_key, w_value], w_obj, w_obj.getclass(), None)

    def object_offset_exists(self, w_obj, w_key):
        w_method = w_obj.getclass().find_method("offsetexists")
        if w_method is None:
            raise self.error("Error", "Cannot use object of type %s as array"
                             % w_obj.getclass().name)
        return self.truthy(self.call_function(w_method, [w_key], w_obj, w_obj.getclass(),
                                              None))

    def object_offset_unset(self, w_obj, w_key):
        w_method = w_obj.getclass().find_method("offsetunset")
        if w_method is None:
            raise self.error("Error", "Cannot use object of type %s as array"
                             % w_obj.getclass().name)
        self.call_function(w_method, [w_key], w_obj, w_obj.getclass(), None)

    def clone(self, frame, w_obj):
        if not isinstance(w_obj, W_Object):
            raise self.error("Error", "__clone method called on non-object")
        w_class = w_obj.getclass()
        w_copy = W_Object(w_class, self.new_handle())
        for name in w_obj.attr_names():
            w_value = w_obj.read_attr(name)
            if w_value is not None:
                w_copy.write_attr(name, self.stored(w_value.deref()))
        w_clone = w_class.find_method("__clone")
        if w_clone is not None:
            self.call_function(w_clone, [], w_copy, w_class, None)
        return w_copy

    # -- iteration --------------------------------------------------------------------------------
    def iterate(self, w_subject, byref):
        if isinstance(w_subject, W_Reference):
            w_value = w_subject.w_value
            if isinstance(w_value, W_Array):
                return ArrayIter(None, w_subject)
            w_subject = w_value
        if isinstance(w_subject, W_Array):
            w_subject.hold()
            return ArrayIter(w_subject, None)
        if isinstance(w_subject, W_Object):
            w_class = w_subject.getclass()
            w_aggregate = self.find_class("IteratorAggregate")
            while w_aggregate is not None and w_class.is_subclass_of(w_aggregate):
                w_subject = self.call_function(w_class.find_method("getiterator"), [],
                                               w_subject, w_class, None)
                if not isinstance(w_subject, W_Object):
                    raise self.error("TypeError", "getIterator() must return Traversable")
                w_class = w_subject.getclass()
            if w_class.find_method("current") is not None and \
                    w_class.find_method("valid") is not None:
                return ObjectIter(w_subject)
            return ArrayIter(self.object_to_array_visible(w_subject), None)
        self.warning("foreach() argument must be of type array|object, %s given"
                     % self.debug_type(w_subject))
        return ArrayIter(W_Array(), None)

    def object_to_array_visible(self, w_obj):
        w_array = W_Array()
        for name in w_obj.attr_names():
            w_value = w_obj.read_attr(name)
            if w_value is None:
                continue
            info = w_obj.getclass().find_prop(name)
            if info is not None and info.visibility != "public" and \
                    not self.can_access_here(info.w_class, info.visibility):
                continue
            w_array.set(self.array_key(W_String(name)), self.stored(w_value.deref()))
        return w_array

    def iter_step_values(self, w_iter):
        """Advance; the key and value are left in iter_key and iter_value."""
        if isinstance(w_iter, ArrayIter):
            w_array = w_iter.w_array
            if w_iter.w_ref is not None:
                w_array = self.ref_container(w_iter.w_ref)
                if not isinstance(w_array, W_Array):
                    return False
            assert isinstance(w_array, W_Array)
            if w_iter.position == -2:
                position = w_array.first_position()
            else:
                position = w_array.next_position(w_iter.position)
            if position < 0:
                return False
            w_iter.position = position
            self.iter_key = w_array.key_at(position)
            if w_iter.w_ref is not None:
                self.iter_value = self.dim_ref(w_array, self.iter_key)
            else:
                self.iter_value = w_array.value_at(position).deref()
            return True
        if isinstance(w_iter, ObjectIter):
            w_obj = w_iter.w_obj
            w_class = w_obj.getclass()
            if isinstance(w_obj, W_Generator):
                return w_obj.step(self, w_iter)
            if not w_iter.started:
                w_iter.started = True
                self.call_function(w_class.find_method("rewind"), [], w_obj, w_class, None)
            else:
                self.call_function(w_class.find_method("next"), [], w_obj, w_class, None)
            if not self.truthy(self.call_function(w_class.find_method("valid"), [], w_obj,
                                                  w_class, None)):
                return False
            self.iter_value = self.call_function(w_class.find_method("current"), [], w_obj,
                                                 w_class, None)
            if self.iter_need_key:
                self.iter_key = self.call_function(w_class.find_method("key"), [], w_obj,
                                                   w_class, None)
            else:
                self.iter_key = w_null
            return True
        return False

    def iter_step(self, frame, w_iter):
        if not self.iter_step_values(w_iter):
            return False
        frame.push(self.iter_value)
        frame.push(self.iter_key)
        return True


def table_key(name):
    """The key of a function or class name in its table: PHP names are case-insensitive
    and a leading backslash (the global namespace) is dropped."""
    lower = name.lower()
    if lower.startswith("\\"):
        return lower[1:]
    return lower


def is_strict_call(frame):
    return frame.caller_strict


def has_simple_type(kind, w_value):
    """`w_value` passes a declared type of kind `kind` unchanged (False: ask the slow
    check, which may coerce it or raise)."""
    if kind == TYPE_ANY:
        return True
    if kind == TYPE_INT:
        return isinstance(w_value, W_Int)
    if kind == TYPE_FLOAT:
        return isinstance(w_value, W_Float)
    if kind == TYPE_STRING:
        return isinstance(w_value, W_String)
    if kind == TYPE_BOOL:
        return isinstance(w_value, W_Bool)
    if kind == TYPE_ARRAY:
        return isinstance(w_value, W_Array)
    return False


@jit.unroll_safe
def bind_captured(frame, code, captured_w):
    """A closure's `use` values go in the slots after its parameters."""
    for i in range(len(code.uses)):
        frame.setlocal(len(code.params) + i, captured_w[i])


class MagicCall(W_Callable):
    """A call that goes to __call/__callStatic under the name it was made with."""

    def __init__(self, w_method, name):
        self.w_method = w_method
        self.name = name

    def display_name(self):
        return self.name


from languages.php.compiler import BYREF_BUILTINS as BYREF_NAMES  # noqa: E402


@jit.elidable
def builtin_param_type(name, index):
    return param_type(name.lower(), index)


def passes_builtin_check(name, index, w_arg):
    """The common case of check_builtin_arg, folded in a trace: nothing to check, or the
    argument already of the parameter's type."""
    kind = builtin_param_type(name, index)
    if not kind:
        return True
    if kind == "string":
        return isinstance(w_arg, W_String)
    if kind == "int":
        return isinstance(w_arg, W_Int)
    return False


@jit.elidable
def builtin_takes_ref(name, index):
    positions = BYREF_NAMES.get(name, None)
    return positions is not None and index in positions


from languages.php.generators import W_Generator  # noqa: E402  (generators use Calls)
from languages.php.space import limits, FunctionsVersion  # noqa: E402
