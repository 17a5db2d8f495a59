"""Instances of user classes, and exceptions (built-in or user), with attributes on maps."""
from languages.python.kit import ClassDef
from framework.maps import MapStorage, import_from_mixin
from languages.python.objects.base import W_Object
from languages.python.objects.typeobject import W_TypeObject
from languages.python.objects.tupleobject import W_TupleObject
from languages.python.objects.listobject import PythonValueKinds

object_classdef = ClassDef("object")
exception_classdef = ClassDef("BaseException", object_classdef)


class W_InstanceObject(W_Object):
    """An object of a user-defined class; the class is the owner of its root map.  Int and
    float attributes are stored unboxed, as list items are."""
    import_from_mixin(MapStorage)
    attr_kinds = PythonValueKinds()

    def __init__(self, w_type):
        self.init_map_storage(w_type.root_map)

    def can_have_attrs(self):
        return True

    def getclass(self, space):
        w_type = self.map.owner
        assert isinstance(w_type, W_TypeObject)
        return w_type


class W_ExceptionObject(W_InstanceObject):
    """An exception instance: args, the traceback collected while it unwinds, and the
    __cause__/__context__ chain."""

    def __init__(self, w_type, args_w):
        W_InstanceObject.__init__(self, w_type)
        self.args_w = args_w
        self.traceback = []
        self.w_cause = None
        self.w_context = None
        self.suppress_context = False


@object_classdef.method("__init__")
def object_init(self, space, args_w):
    return space.w_None


@object_classdef.method("__init_subclass__", classmethod=True)
def object_init_subclass(w_cls, space, args_w, kwnames=None, kwvalues_w=None):
    """The end of every __init_subclass__ chain: it accepts no arguments (checked by hand,
    as CPython names the subclass in the error)."""
    assert isinstance(w_cls, W_TypeObject)
    if kwnames is not None:
        raise space.type_error("%s.__init_subclass__() takes no keyword arguments" % w_cls.name)
    if len(args_w) > 0:
        raise space.type_error("%s.__init_subclass__() takes no arguments (%d given)"
                               % (w_cls.name, len(args_w)))
    return space.w_None


@object_classdef.method("__getattribute__", attr="str")
def object_getattribute(self, space, attr):
    w_value = space.generic_getattr(self, attr, False)
    if w_value is None:
        raise space.attribute_error(self, attr)
    return w_value


@object_classdef.method("__setattr__", attr="str")
def object_setattr(self, space, attr, w_value):
    space.generic_setattr(self, attr, w_value)
    return space.w_None


@object_classdef.method("__delattr__", attr="str")
def object_delattr(self, space, attr):
    space.generic_delattr(self, attr)
    return space.w_None


@object_classdef.method("__repr__")
def object_repr(self, space):
    w_type = space.type(self)
    if w_type.module == "builtins":
        return space.newstr("<%s object at 0x%x>" % (w_type.qualname, space.id_of(self)))
    return space.newstr("<%s.%s object at 0x%x>" % (w_type.module, w_type.qualname,
                                                    space.id_of(self)))


@object_classdef.method("__str__")
def object_str(self, space):
    return space.newstr(space.repr_w(self))


@object_classdef.method("__hash__")
def object_hash(self, space):
    return space.newint(space.id_of(self) >> 4)


@object_classdef.method("__eq__")
def object_eq(self, space, w_other):
    if self is w_other:
        return space.w_True
    return space.w_NotImplemented


@object_classdef.method("__ne__")
def object_ne(self, space, w_other):
    w_result = space.call_method(self, "__eq__", [w_other])
    if w_result is space.w_NotImplemented:
        return w_result
    return space.newbool(not space.is_true(w_result))


@object_classdef.method("__reduce_ex__")
def object_reduce_ex(self, space, w_protocol=None):
    w_protocol = w_protocol or space.newint(0)
    return space.call_library("_object_reduce", "reduce_ex", [self, w_protocol])


@object_classdef.method("__reduce__")
def object_reduce(self, space):
    return space.call_library("_object_reduce", "reduce_newobj", [self])


@object_classdef.method("__dir__")
def object_dir(self, space):
    return space.call_library("_object_reduce", "dir_of", [self])


@object_classdef.method("__sizeof__")
def object_sizeof(self, space):
    return space.newint(16)


@object_classdef.method("__subclasshook__", classmethod=True)
def object_subclasshook(w_cls, space, args_w):
    return space.w_NotImplemented


@object_classdef.method("__format__", spec="str")
def object_format(self, space, spec):
    if spec:
        return space.format_value(space.str(self), spec)
    return space.str(self)


@object_classdef.getter("__class__")
def object_class(self, space):
    return space.type(self)


@object_classdef.getter("__dict__")
def object_dict(self, space):
    if not self.can_have_attrs():
        raise space.attribute_error(self, "__dict__")
    from languages.python.objects.dictobject import W_AttributesDictObject
    w_dict = W_AttributesDictObject(space, self)
    for name in self.attr_names():
        w_value = self.read_attr(name)
        if w_value is not None:
            w_dict.fill(space.newstr(name), w_value)
    return w_dict


object_classdef.exposes(W_Object)


@exception_classdef.method("__init__")
def exception_init(self, space, args_w):
    self.args_w = args_w
    return space.w_None


@exception_classdef.method("__str__")
def exception_str(self, space):
    if len(self.args_w) == 0:
        return space.newstr("")
    if space.type(self).is_subtype(space.w_OSError) and 2 <= len(self.args_w) <= 3:
        text = "[Errno %s] %s" % (space.str_text(self.args_w[0]), space.str_text(self.args_w[1]))
        if len(self.args_w) == 3:
            text += ": " + space.repr_w(self.args_w[2])
        return space.newstr(text)
    w_details = None
    if len(self.args_w) == 2 and space.type(self).is_subtype(space.w_SyntaxError):
        w_details = self.args_w[1]
    if isinstance(w_details, W_TupleObject):
        details_w = w_details.items_w
        if len(details_w) >= 2:
            return space.newstr("%s (%s, line %s)" % (space.str_text(self.args_w[0]),
                                                     space.str_text(details_w[0]),
                                                     space.str_text(details_w[1])))
    if len(self.args_w) == 1:
        if space.type(self).is_subtype(space.w_KeyError):
            return space.repr(self.args_w[0])      # KeyError shows its key's repr
        return space.str(self.args_w[0])
    return space.newstr(space.repr_w(space.newtuple(self.args_w)))


@exception_classdef.method("__repr__")
def exception_repr(self, space):
    name = space.type(self).name
    if len(self.args_w) == 1:
        return space.newstr("%s(%s)" % (name, space.repr_w(self.args_w[0])))
    return space.newstr(name + space.repr_w(space.newtuple(self.args_w)))


@exception_classdef.method("with_traceback")
def exception_with_traceback(self, space, w_tb):
    return self


@exception_classdef.getter("args")
def exception_args(self, space):
    return space.newtuple(self.args_w)


@exception_classdef.getter("__cause__")
def exception_cause(self, space):
    return self.w_cause if self.w_cause is not None else space.w_None


@exception_classdef.getter("__context__")
def exception_context(self, space):
    return self.w_context if self.w_context is not None else space.w_None


exception_classdef.exposes(W_ExceptionObject)


traceback_classdef = ClassDef("traceback")


class W_TracebackObject(W_Object):
    """exc.__traceback__: a view of the frames an exception passed, outermost first."""

    def __init__(self, w_exc, depth):
        self.w_exc = w_exc
        self.depth = depth           # 0 for the outermost frame (w_exc.traceback is
                                     # innermost first, so cutting it keeps depths valid)

    def getclass(self, space):
        return space.w_traceback

    def record(self):
        records = self.w_exc.traceback
        index = len(records) - 1 - self.depth
        if index < 0:
            index = 0
        return records[index]

    def cut_after(self):
        """`tb.tb_next = None` (unittest hides its own frames so): the frames inside this
        one are dropped from the exception's traceback."""
        records = self.w_exc.traceback
        drop = len(records) - 1 - self.depth
        if drop > 0:
            del records[:drop]


def traceback_of(space, w_exc):
    if not w_exc.traceback:
        return space.w_None
    return W_TracebackObject(w_exc, 0)


@traceback_classdef.getter("tb_lineno")
def traceback_lineno(self, space):
    return space.newint(self.record().line)


@traceback_classdef.getter("tb_next")
def traceback_next(self, space):
    if self.depth + 1 >= len(self.w_exc.traceback):
        return space.w_None
    return W_TracebackObject(self.w_exc, self.depth + 1)


@traceback_classdef.getter("tb_frame")
def traceback_frame(self, space):
    record = self.record()
    return space.call_library("_frames", "frame", [space.newstr(record.filename),
                                                   space.newstr(record.name),
                                                   space.newint(record.line)])


@traceback_classdef.getter("tb_lasti")
def traceback_lasti(self, space):
    return space.newint(-1)


traceback_classdef.exposes(W_TracebackObject)
