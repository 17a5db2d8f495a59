"""Declaring built-in methods: `@builtin("Array", "push append", 0, -1)` registers one
RPython function `(interp, w_self, args_w, w_block) -> w_result` under each name, with its
arity (max -1: any number); the interpreter checks the arity and words the error as ruby.
`singleton=True` puts it on the class object itself (`Integer.sqrt`)."""
from rpython.rlib.objectmodel import not_rpython

from languages.ruby.objects import W_Builtin, PUBLIC, PRIVATE

TABLE = []


@not_rpython
def builtin(class_name, names, min_args=0, max_args=0, singleton=False, private=False):
    def register(func):
        for name in names.split():
            TABLE.append((class_name, name, func, min_args, max_args, singleton, private))
        return func
    return register


def install(space):
    for class_name, name, func, min_args, max_args, singleton, private in TABLE:
        w_class = space.w_Object.lookup_constant(class_name)
        if w_class is None:
            w_class = space.lookup_path(class_name)
        if singleton:
            w_class = space.singleton_class(w_class)
        w_func = W_Builtin(name, func, min_args, max_args, PRIVATE if private else PUBLIC)
        w_func.w_owner = w_class
        w_class.methods[name] = w_func
    for w_class in space.all_classes():
        w_class.mutated()
