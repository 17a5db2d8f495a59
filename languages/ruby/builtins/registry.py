"""Declaring built-in methods: `@builtin("Array", "push append", 0, -1)` registers one
RPython function `(interp, w_self, args_w, w_block) -> w_result` under each name, with its
arity (max -1: any number); the interpreter checks the arity and words the error as ruby.
`singleton=True` puts it on the class object itself (`Integer.sqrt`)."""
from rpython.rlib.objectmodel import not_rpython

from languages.ruby.objects import W_Builtin, PUBLIC, PRIVATE

TABLE = []


@not_rpython
def builtin(class_name, names, min_args=0, max_args=0, singleton=False, private=False,
            enum=False):
    """`enum=True`: called without a block, the method returns an Enumerator over itself."""
    def register(func):
        for name in names.split():
            entry = blockless_enumerator(func, name) if enum else func
            TABLE.append((class_name, name, entry, min_args, max_args, singleton, private))
        return func
    return register


@not_rpython
def blockless_enumerator(func, name):
    def enumerating(interp, w_self, args_w, w_block):
        if w_block is None:
            return interp.space.make_enumerator(w_self, name, args_w)
        return func(interp, w_self, args_w, w_block)
    enumerating.__name__ = "%s_or_enum" % func.__name__
    return enumerating


def install(space):
    for class_name, name, func, min_args, max_args, singleton, private in TABLE:
        w_class = space.w_Object.lookup_constant(class_name)
        if w_class is None:
            w_class = space.lookup_path(class_name)
        if singleton:
            w_class = space.singleton_class(w_class)
        w_func = W_Builtin(name, func, min_args, max_args, w_class,
                           PRIVATE if private else PUBLIC)
        w_class.methods[name] = w_func
    for w_class in space.all_classes():
        w_class.mutated()


# Narrowing helpers: the annotator does not narrow `args_w[i]` after an isinstance test, so
# a built-in reads a checked argument through one of these.

def as_string(w_value):
    from languages.ruby.objects import W_String
    assert isinstance(w_value, W_String)
    return w_value


def as_array(w_value):
    from languages.ruby.objects import W_Array
    assert isinstance(w_value, W_Array)
    return w_value


def as_hash(w_value):
    from languages.ruby.objects import W_Hash
    assert isinstance(w_value, W_Hash)
    return w_value


def as_integer(w_value):
    from languages.ruby.objects import W_Integer
    assert isinstance(w_value, W_Integer)
    return w_value


def as_float(w_value):
    from languages.ruby.objects import W_Float
    assert isinstance(w_value, W_Float)
    return w_value


def as_regexp(w_value):
    from languages.ruby.regexp import W_Regexp
    assert isinstance(w_value, W_Regexp)
    return w_value
