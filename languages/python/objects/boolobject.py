"""bool: a subclass of int with exactly two instances, True and False."""
from languages.python.kit import ClassDef
from languages.python.objects.intobject import W_IntObject, classdef as int_classdef

classdef = ClassDef("bool", int_classdef)


class W_BoolObject(W_IntObject):
    def getclass(self, space):
        return space.w_bool

    def __repr__(self):
        return "W_Bool(%d)" % self.intval


@classdef.method("__repr__")
def bool_repr(self, space):
    return space.newstr("True" if self.intval else "False")


def make_logic_method(name, symbol):
    def logic(self, space, w_other):
        if isinstance(w_other, W_BoolObject):
            if symbol == "&":
                return space.newbool(bool(self.intval & w_other.intval))
            elif symbol == "|":
                return space.newbool(bool(self.intval | w_other.intval))
            return space.newbool(bool(self.intval ^ w_other.intval))
        return space.call_method(space.w_int, "__%s__" % name, [self, w_other])
    logic.__name__ = "bool_" + name
    return logic


for _name, _symbol in [("and", "&"), ("or", "|"), ("xor", "^")]:
    classdef.method("__%s__" % _name)(make_logic_method(_name, _symbol))
    classdef.method("__r%s__" % _name)(make_logic_method(_name, _symbol))

classdef.exposes(W_BoolObject)
