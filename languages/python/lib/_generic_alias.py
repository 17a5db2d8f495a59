"""types.GenericAlias: what `list[int]` gives (subscripting a built-in generic class)."""


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return "%s.%s" % (obj.__module__, obj.__qualname__)
    if obj is ...:
        return "..."
    return repr(obj)


class GenericAlias:
    def __init__(self, origin, args):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args
        params = []
        for arg in args:
            for param in getattr(arg, "__parameters__", ()) if not isinstance(arg, type) \
                    else ():
                if param not in params:
                    params.append(param)
            if hasattr(arg, "__typing_subst__") and arg not in params:
                params.append(arg)
        self.__parameters__ = tuple(params)

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __getattr__(self, name):
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        return getattr(self.__origin__, name)

    def __repr__(self):
        if not self.__args__:
            args = "()"
        else:
            args = ", ".join(_type_repr(arg) for arg in self.__args__)
        return "%s[%s]" % (_type_repr(self.__origin__), args)

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __getitem__(self, items):
        if not isinstance(items, tuple):
            items = (items,)
        substitution = dict(zip(self.__parameters__, items))
        args = tuple(substitution.get(arg, arg) for arg in self.__args__)
        return GenericAlias(self.__origin__, args)

    def __or__(self, other):
        return UnionType(self, other)

    def __ror__(self, other):
        return UnionType(other, self)


GenericAlias.__module__ = "types"


class UnionType:
    """`int | str` (types.UnionType): the members, flattened and without repeats."""

    def __init__(self, left, right):
        args = []
        for member in (left, right):
            members = member.__args__ if isinstance(member, UnionType) else (member,)
            for arg in members:
                if arg is None:
                    arg = type(None)
                if arg not in args:
                    args.append(arg)
        self.__args__ = tuple(args)
        self.__parameters__ = ()

    def __repr__(self):
        return " | ".join("None" if arg is type(None) else _type_repr(arg)
                          for arg in self.__args__)

    def __or__(self, other):
        return UnionType(self, other)

    def __ror__(self, other):
        return UnionType(other, self)

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__args__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__args__)


UnionType.__module__ = "types"
