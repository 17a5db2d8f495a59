"""Python embedded in a host process (framework/embedding.py).

A session is a module of its own, `__polyvm__`: exec runs source in it, eval evaluates an
expression there (the REPL's way: assigned to a hidden global, then read back), and a call
looks a global up and calls it.  An uncaught exception leaves as the host's exception with
CPython's traceback text.  Values cross as copies: bool, int of any size, float, str, bytes,
None, list, tuple and dict (no subclasses: a value of any other type is refused by its name).
"""
from rpython.rlib.objectmodel import import_from_mixin
from rpython.rlib.rbigint import rbigint

from framework.embedding import Codec, CannotCross, EmbeddedError
from framework.errors import SourceError
from languages.python.error import OperationError
from languages.python.language import syntax_error_text
from languages.python.objects.moduleobject import W_ModuleObject
from languages.python.objects.boolobject import W_BoolObject
from languages.python.objects.intobject import W_IntObject, W_BigIntObject
from languages.python.objects.floatobject import W_FloatObject
from languages.python.objects.strobject import W_StrObject
from languages.python.objects.bytesobject import W_BytesObject
from languages.python.objects.noneobject import W_NoneObject
from languages.python.objects.listobject import W_ListObject
from languages.python.objects.tupleobject import W_TupleObject
from languages.python.objects.dictobject import W_DictObject

RESULT = "__polyvm_result__"
MODULE_NAME = "__polyvm__"


class Embedding(object):
    import_from_mixin(Codec)
    language_name = "python"

    def __init__(self, language):
        self.language = language
        self.space = language.space
        self.modules = []           # a session's module, None once dropped

    # -- sessions -----------------------------------------------------------------------
    def new_session(self):
        w_module = W_ModuleObject(MODULE_NAME)
        w_module.w_dict.set("__name__", self.space.newstr(MODULE_NAME))
        self.modules.append(w_module)
        return len(self.modules) - 1

    def drop_session(self, session):
        if self.module_or_none(session) is None:
            return False
        self.modules[session] = None
        return True

    def module_or_none(self, session):
        if 0 <= session < len(self.modules):
            return self.modules[session]
        return None

    def module(self, session):
        from framework.embedding import BadCall
        w_module = self.module_or_none(session)
        if w_module is None:
            raise BadCall("no python session %d" % session)
        return w_module

    def exec_source(self, session, filename, source):
        w_module = self.module(session)
        language = self.language
        shown = language.sources.get(filename, "")
        try:
            code = language.compile(filename, source)
        except SourceError as e:
            raise self.syntax_error(filename, source, e)
        # The host sends a file's functions one by one, each at its own lines: tracebacks
        # show the lines of all of them.
        language.sources[filename] = overlay(shown, source)
        try:
            language.run_code(code, filename, w_module)
        except OperationError as e:
            raise self.guest_error(e)

    def eval_source(self, session, source):
        w_module = self.module(session)
        language = self.language
        expression = source.strip(" \t\n;")
        try:
            code = language.compile("<eval>", RESULT + " = (" + expression + "\n)\n")
        except SourceError:
            raise self.not_an_expression(expression)
        language.sources["<eval>"] = expression         # the line a traceback shows
        try:
            language.run_code(code, "<eval>", w_module)
        except OperationError as e:
            raise self.guest_error(e)
        w_result = w_module.w_dict.get(RESULT)
        w_module.w_dict.set(RESULT, None)
        if w_result is None:
            return self.space.w_None
        return w_result

    def call_global(self, session, name, args_w):
        w_module = self.module(session)
        w_function = w_module.w_dict.get(name)
        if w_function is None:
            message = "name '%s' is not defined" % name
            raise EmbeddedError("NameError", message, "NameError: %s\n" % message)
        try:
            return self.space.call_function(w_function, args_w)
        except OperationError as e:
            raise self.guest_error(e)

    def not_an_expression(self, source):
        """The syntax error of `source` itself, or, when it is statements, that eval
        takes an expression."""
        try:
            self.language.compile("<eval>", source)
        except SourceError as e:
            return self.syntax_error("<eval>", source, e)
        message = "eval takes an expression; exec runs statements"
        return EmbeddedError("SyntaxError", message, "SyntaxError: %s\n" % message)

    def guest_error(self, error):
        space = self.space
        w_exc = error.w_value
        try:
            message = space.str_text(w_exc)
        except OperationError:
            message = "<exception str() failed>"
        return EmbeddedError(space.type(w_exc).name, message,
                             self.language.format_exception(w_exc))

    def syntax_error(self, filename, source, error):
        kind = error.kind or "SyntaxError"
        if error.line < 0:
            return EmbeddedError(kind, error.message, "%s: %s\n" % (kind, error.message))
        return EmbeddedError(kind, error.message,
                             syntax_error_text(filename, source, error.line, error.column,
                                               kind, error.message))

    # -- values in ------------------------------------------------------------------------
    def new_null(self):
        return self.space.w_None

    def new_bool(self, value):
        return self.space.newbool(value)

    def new_int(self, value):
        return self.space.newint(value)

    def new_bigint(self, decimal):
        try:
            return self.space.newbigint(rbigint.fromdecimalstr(decimal))
        except Exception:
            raise CannotCross("a malformed int")

    def new_float(self, value):
        return self.space.newfloat(value)

    def new_str(self, utf8):
        return self.space.newstr(utf8)

    def new_bytes(self, data):
        return self.space.newbytes(data)

    def new_list(self, items_w):
        return self.space.newlist(items_w)

    def new_tuple(self, items_w):
        return self.space.newtuple(items_w)

    def new_dict(self, keys_w, values_w):
        space = self.space
        w_dict = space.newdict()
        for i in range(len(keys_w)):
            try:
                space.setitem(w_dict, keys_w[i], values_w[i])
            except OperationError as e:
                raise CannotCross(self.guest_error(e).message)
        return w_dict

    # -- values out -----------------------------------------------------------------------
    def export_own(self, w_value, writer, depth):
        """Every Python value is written here: the kinds below, by exact type."""
        if isinstance(w_value, W_NoneObject):
            writer.none()
        elif type(w_value) is W_BoolObject:
            writer.bool(w_value.intval != 0)
        elif type(w_value) is W_IntObject:
            writer.int(w_value.intval)
        elif type(w_value) is W_BigIntObject:
            writer.bigint(w_value.bigval.str())
        elif type(w_value) is W_FloatObject:
            writer.float(w_value.floatval)
        elif type(w_value) is W_StrObject:
            writer.str(self.space.str_w(w_value))
        elif type(w_value) is W_BytesObject:
            writer.bytes(w_value.data)
        elif type(w_value) is W_ListObject:
            self.export_items("l", w_value.getitems_w(), writer, depth)
        elif type(w_value) is W_TupleObject:
            self.export_items("t", w_value.items_w, writer, depth)
        elif type(w_value) is W_DictObject:
            pairs = w_value.items()
            writer.sequence("d", len(pairs))
            for w_key, w_item in pairs:
                self.export_value(w_key, writer, depth + 1)
                self.export_value(w_item, writer, depth + 1)
        else:
            raise CannotCross("a Python value of type '%s' cannot leave the VM (only None, "
                              "bool, int, float, str, bytes, and lists, tuples and dicts of "
                              "those cross)" % self.space.type(w_value).name)
        return True

    def export_items(self, tag, items_w, writer, depth):
        writer.sequence(tag, len(items_w))
        for w_item in items_w:
            self.export_value(w_item, writer, depth + 1)


def overlay(old, new):
    """`new`'s lines, with `old`'s where `new` has a blank line."""
    old_lines = old.split("\n")
    new_lines = new.split("\n")
    lines = []
    for i in range(max(len(old_lines), len(new_lines))):
        line = new_lines[i] if i < len(new_lines) else ""
        if not line.strip(" \t\r") and i < len(old_lines):
            line = old_lines[i]
        lines.append(line)
    return "\n".join(lines)
