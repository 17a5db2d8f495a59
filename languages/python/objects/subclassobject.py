"""Instances of user classes that derive from a built-in type (`class Stack(list)`).

Each is an RPython subclass of the built-in's W_ class, so every built-in method and every
`isinstance(w, W_ListObject)` accepts it, plus attributes on a map whose root belongs to the
user class (which is how `getclass` finds that class).  The space's fast paths check the
exact RPython class (`type(w) is W_ListObject`), so overridden special methods are honoured.

`new_instance(space, w_type, w_value)` copies a value of the built-in base into an instance
of `w_type`: immutable bases (tuple, str, int ...) are made by the base's constructor first.
"""
from rpython.rlib.objectmodel import import_from_mixin

from framework.maps import MapStorage
from languages.python.objects.typeobject import W_TypeObject
from languages.python.objects.intobject import W_IntObject, W_BigIntObject
from languages.python.objects.floatobject import W_FloatObject
from languages.python.objects.strobject import W_StrObject
from languages.python.objects.bytesobject import W_BytesObject
from languages.python.objects.tupleobject import W_TupleObject
from languages.python.objects.listobject import W_ListObject, PythonValueKinds, strategies
from languages.python.objects.dictobject import W_DictObject
from languages.python.objects.setobject import W_SetObject
from languages.python.objects.functionobject import W_ClassMethod, W_StaticMethod, W_Property

# The built-in types a class may derive from (besides object and the exceptions).
SUBCLASSABLE = ["int", "float", "str", "bytes", "tuple", "list", "dict", "set", "frozenset",
                "type", "classmethod", "staticmethod", "property"]
# Those whose value is made by __new__ (the rest are filled by __init__).
IMMUTABLE = ["int", "float", "str", "bytes", "tuple", "frozenset", "type", "classmethod",
             "staticmethod", "property"]


def make_user_class(base):
    class W_User(base):
        import_from_mixin(MapStorage)
        attr_kinds = PythonValueKinds()

        def getclass(self, space):
            w_type = self.map.owner
            assert isinstance(w_type, W_TypeObject)
            return w_type

        def can_have_attrs(self):
            return True

        def is_w(self, space, w_other):
            return self is w_other

    W_User.__name__ = base.__name__.replace("Object", "User")
    return W_User


W_IntUser = make_user_class(W_IntObject)
W_BigIntUser = make_user_class(W_BigIntObject)
W_FloatUser = make_user_class(W_FloatObject)
W_StrUser = make_user_class(W_StrObject)
W_BytesUser = make_user_class(W_BytesObject)
W_TupleUser = make_user_class(W_TupleObject)
W_ListUser = make_user_class(W_ListObject)
W_DictUser = make_user_class(W_DictObject)
W_SetUser = make_user_class(W_SetObject)
W_ClassMethodUser = make_user_class(W_ClassMethod)
W_StaticMethodUser = make_user_class(W_StaticMethod)
W_PropertyUser = make_user_class(W_Property)


def new_instance(space, w_type, w_value):
    """An instance of user class `w_type` holding the built-in value `w_value`."""
    root = w_type.root_map
    if isinstance(w_value, W_IntObject):
        w_obj = W_IntUser(w_value.intval)
    elif isinstance(w_value, W_BigIntObject):
        w_obj = W_BigIntUser(w_value.bigval)
    elif isinstance(w_value, W_FloatObject):
        w_obj = W_FloatUser(w_value.floatval)
    elif isinstance(w_value, W_StrObject):
        w_obj = W_StrUser(w_value.utf8, w_value.length)
    elif isinstance(w_value, W_BytesObject):
        w_obj = W_BytesUser(w_value.data)
    elif isinstance(w_value, W_TupleObject):
        w_obj = W_TupleUser(w_value.items_w)
    elif isinstance(w_value, W_ListObject):
        w_list = W_ListUser(strategies.empty, strategies.empty.no_storage())
        w_list.extend(w_value)
        w_obj = w_list
    elif isinstance(w_value, W_DictObject):
        w_dict = W_DictUser(space)
        for w_key, w_item in w_value.items():
            w_dict.setitem(w_key, w_item)
        w_obj = w_dict
    elif isinstance(w_value, W_SetObject):
        w_set = W_SetUser(w_value.frozen)
        w_set.merge(space, w_value)
        w_obj = w_set
    elif isinstance(w_value, W_ClassMethod):
        w_obj = W_ClassMethodUser(w_value.w_function)
    elif isinstance(w_value, W_StaticMethod):
        w_obj = W_StaticMethodUser(w_value.w_function)
    elif isinstance(w_value, W_Property):
        w_obj = W_PropertyUser(w_value.w_fget, w_value.w_fset, w_value.w_fdel, w_value.w_doc)
    else:
        raise space.type_error("cannot subclass '%s'" % space.type(w_value).name)
    w_obj.init_map_storage(root)
    return w_obj
