"""Built-in functions, declared through the kit's FunctionTable (one decorated function
each; the wrapper checks the argument count and php words the error)."""
from framework.bytebuffer import ByteBuffer
from languages.php.arrays import W_Array
from languages.php.kit import FunctionTable
from languages.php.numbers import format_float, repr_float
from languages.php.objects import (W_Null, W_Bool, W_Int, W_Float, W_String, W_Reference,
                                   W_Object, w_null, w_true, w_false, newbool, newint)

functions = FunctionTable()


@functions.function("strlen")
def strlen(space, w_s):
    return newint(len(space.str(w_s)))


@functions.function("count")
def count(space, w_value, w_mode=None):
    if isinstance(w_value, W_Array):
        return newint(w_value.length())
    if isinstance(w_value, W_Object):
        w_method = w_value.getclass().find_method("count")
        if w_method is not None:
            return space.call_function(w_method, [], w_value, w_value.getclass(), None)
    raise space.error("TypeError", "count(): Argument #1 ($value) must be of type "
                      "Countable|array, %s given" % space.debug_type(w_value))


@functions.function("implode")
def implode(space, w_glue, w_pieces=None):
    if w_pieces is None:
        w_pieces = w_glue
        w_glue = W_String("")
    if isinstance(w_glue, W_Array):
        w_glue, w_pieces = w_pieces, w_glue
    assert isinstance(w_pieces, W_Array)
    glue = space.str(w_glue)
    return W_String(glue.join([space.str(w) for w in w_pieces.values_w()]))


@functions.function("gettype")
def gettype(space, w_value):
    return W_String(w_value.tname())


@functions.function("get_debug_type")
def get_debug_type(space, w_value):
    return W_String(space.debug_type(w_value))


@functions.function("get_class")
def get_class(space, w_obj=None):
    if isinstance(w_obj, W_Object):
        return W_String(w_obj.getclass().name)
    raise space.error("TypeError", "get_class(): Argument #1 ($object) must be of type "
                      "object, %s given" % space.debug_type(w_obj or w_null))


@functions.function("var_dump")
def var_dump(space, args_w):
    for w_value in args_w:
        buf = ByteBuffer()
        dump(space, buf, w_value, 0, False)
        space.echo(buf.build())


def dump(space, buf, w_value, indent, is_ref):
    pad = " " * indent
    if isinstance(w_value, W_Reference):
        w_value = w_value.w_value
    if isinstance(w_value, W_Null):
        buf.append(pad + "NULL\n")
    elif isinstance(w_value, W_Bool):
        buf.append(pad + ("bool(true)\n" if w_value.boolval else "bool(false)\n"))
    elif isinstance(w_value, W_Int):
        buf.append(pad + "int(%d)\n" % w_value.intval)
    elif isinstance(w_value, W_Float):
        buf.append(pad + "float(%s)\n" % format_float(w_value.floatval, 17))
    elif isinstance(w_value, W_String):
        buf.append(pad + 'string(%d) "%s"\n' % (len(w_value.strval), w_value.strval))
    elif isinstance(w_value, W_Array):
        buf.append(pad + "array(%d) {\n" % w_value.length())
        position = w_value.first_position()
        while position >= 0:
            w_key = w_value.key_at(position)
            if isinstance(w_key, W_Int):
                buf.append(pad + "  [%d]=>\n" % w_key.intval)
            else:
                buf.append(pad + '  ["%s"]=>\n' % space.str(w_key))
            dump(space, buf, w_value.value_at(position), indent + 2, False)
            position = w_value.next_position(position)
        buf.append(pad + "}\n")
    elif isinstance(w_value, W_Object):
        w_class = w_value.getclass()
        names = w_value.attr_names()
        if w_class.kind == "enum":
            buf.append(pad + "enum(%s::%s)\n" % (w_class.name,
                                                 space.str(w_value.read_attr("name"))))
            return
        count = 0
        for name in names:
            if w_value.read_attr(name) is not None:
                count += 1
        buf.append(pad + "object(%s)#%d (%d) {\n" % (w_class.name, w_value.handle, count))
        for name in names:
            info = w_class.find_prop(name)
            label = '"%s"' % name
            if info is not None and info.visibility == "protected":
                label += ":protected"
            elif info is not None and info.visibility == "private":
                label += ':"%s":private' % info.w_class.name
            buf.append(pad + "  [%s]=>\n" % label)
            w_prop = w_value.read_attr(name)
            if w_prop is None:
                buf.append(pad + "  uninitialized(%s)\n" % (info.type if info is not None
                                                             else "mixed"))
            else:
                dump(space, buf, w_prop, indent + 2, False)
        buf.append(pad + "}\n")


@functions.function("print_r")
def print_r(space, w_value, w_return=None):
    buf = ByteBuffer()
    print_r_into(space, buf, w_value, 0)
    if w_return is not None and space.truthy(w_return):
        return W_String(buf.build())
    space.echo(buf.build())
    return w_true


def print_r_into(space, buf, w_value, indent):
    if isinstance(w_value, W_Array) or isinstance(w_value, W_Object):
        pad = " " * indent
        if isinstance(w_value, W_Array):
            buf.append("Array\n")
            w_array = w_value
        else:
            buf.append("%s Object\n" % w_value.getclass().name)
            w_array = space.object_to_array(w_value, False)
        buf.append(pad + "(\n")
        position = w_array.first_position()
        while position >= 0:
            buf.append(pad + "    [%s] => " % space.str(w_array.key_at(position)))
            print_r_into(space, buf, w_array.value_at(position).deref(), indent + 8)
            buf.append("\n")
            position = w_array.next_position(position)
        buf.append(pad + ")\n")
    else:
        buf.append(space.str(w_value))


@functions.function("__trace_string")
def trace_string(space, w_trace):
    lines = []
    i = 0
    if isinstance(w_trace, W_Array):
        for w_entry in w_trace.values_w():
            assert isinstance(w_entry, W_Array)
            w_class = w_entry.get_str("class")
            name = space.str(w_entry.get_str("function") or w_null)
            if w_class is not None:
                name = space.str(w_class) + space.str(w_entry.get_str("type") or w_null) + name
            lines.append("#%d %s(%s): %s()" % (i, space.str(w_entry.get_str("file") or w_null),
                                                space.str(w_entry.get_str("line") or w_null),
                                                name))
            i += 1
    lines.append("#%d {main}" % i)
    return W_String("\n".join(lines))


@functions.function("__throwable_string")
def throwable_string(space, w_exc):
    parts = []
    w_current = w_exc
    while isinstance(w_current, W_Object):
        parts.append(one_throwable(space, w_current))
        w_current = (w_current.read_attr("previous") or w_null).deref()
    parts.reverse()
    return W_String("\n\nNext ".join(parts))


def one_throwable(space, w_exc):
    message = space.str((w_exc.read_attr("message") or w_null).deref())
    text = w_exc.getclass().name
    if message:
        text += ": " + message
    text += " in %s:%s\nStack trace:\n" % (space.str(w_exc.read_attr("file") or w_null),
                                          space.str(w_exc.read_attr("line") or w_null))
    w_trace = trace_string(space, (w_exc.read_attr("trace") or w_null).deref())
    return text + space.str(w_trace)
