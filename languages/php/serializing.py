"""serialize/unserialize in php's format (N; b: i: d: s: a: O: E: R: r:), with
__sleep/__wakeup, __serialize/__unserialize, shared references and repeated objects."""
from rpython.rlib.rstring import ParseStringError
from rpython.rlib.rfloat import string_to_float

from framework.bytebuffer import ByteBuffer
from languages.php.arrays import W_Array
from languages.php.builtins import functions
from languages.php.strlib import cut
from languages.php.functions import W_Closure
from languages.php.numbers import format_float, INFINITY, NAN
from languages.php.objects import (W_Null, W_Bool, W_Int, W_Float, W_String, W_Reference,
                                   W_Object, w_null, w_true, w_false, newint)


class Serializer(object):
    def __init__(self, space):
        self.space = space
        self.buf = ByteBuffer()
        self.count = 0
        self.seen_refs = {}         # a W_Reference -> its number
        self.seen_objects = {}      # a W_Object -> its number

    def value(self, w_value):
        space = self.space
        buf = self.buf
        if isinstance(w_value, W_Reference):
            number = self.seen_refs.get(w_value, 0)
            if number:
                buf.append("R:%d;" % number)
                return
            self.seen_refs[w_value] = self.count + 1
            w_value = w_value.w_value
        self.count += 1
        if isinstance(w_value, W_Null):
            buf.append("N;")
        elif isinstance(w_value, W_Bool):
            buf.append("b:1;" if w_value.boolval else "b:0;")
        elif isinstance(w_value, W_Int):
            buf.append("i:%d;" % w_value.intval)
        elif isinstance(w_value, W_Float):
            text = format_float(w_value.floatval, 17)
            buf.append("d:%s;" % text)
        elif isinstance(w_value, W_String):
            buf.append('s:%d:"%s";' % (len(w_value.strval), w_value.strval))
        elif isinstance(w_value, W_Array):
            buf.append("a:%d:{" % w_value.length())
            self.entries(w_value)
            buf.append("}")
        elif isinstance(w_value, W_Object):
            self.object(w_value)
        else:
            buf.append("N;")

    def entries(self, w_array):
        position = w_array.first_position()
        while position >= 0:
            w_key = w_array.key_at(position)
            if isinstance(w_key, W_Int):
                self.buf.append("i:%d;" % w_key.intval)
            else:
                key = self.space.str(w_key)
                self.buf.append('s:%d:"%s";' % (len(key), key))
            self.value(w_array.value_at(position))
            position = w_array.next_position(position)

    def object(self, w_obj):
        space = self.space
        number = self.seen_objects.get(w_obj, 0)
        if number:
            self.buf.append("r:%d;" % number)
            return
        self.seen_objects[w_obj] = self.count
        w_class = w_obj.getclass()
        name = w_class.name
        if isinstance(w_obj, W_Closure) or name == "Generator":
            raise space.error("Exception", "Serialization of '%s' is not allowed" % name)
        if w_class.kind == "enum":
            text = "%s:%s" % (name, space.str(w_obj.read_attr("name") or w_null))
            self.buf.append('E:%d:"%s";' % (len(text), text))
            return
        w_method = w_class.find_method("__serialize")
        if w_method is not None:
            w_data = space.call_function(w_method, [], w_obj, w_class, None)
            if not isinstance(w_data, W_Array):
                raise space.error("TypeError", "%s::__serialize() must return an array"
                                  % name)
            self.buf.append('O:%d:"%s":%d:{' % (len(name), name, w_data.length()))
            self.entries(w_data)
            self.buf.append("}")
            return
        w_method = w_class.find_method("__sleep")
        w_names = None
        if w_method is not None:
            w_names = space.call_function(w_method, [], w_obj, w_class, None)
        w_props = space.object_to_array(w_obj, True)
        if w_method is not None:
            w_kept = W_Array()
            if isinstance(w_names, W_Array):
                for w_name in w_names.values_w():
                    prop = space.str(w_name)
                    key = mangled_name(space, w_obj, prop)
                    w_value = w_props.get(W_String(key))
                    if w_value is None:
                        space.warning('serialize(): "%s" returned as member variable from '
                                      '__sleep() but does not exist' % prop)
                        continue
                    w_kept.set(W_String(key), w_value)
            w_props = w_kept
        self.buf.append('O:%d:"%s":%d:{' % (len(name), name, w_props.length()))
        self.entries(w_props)
        self.buf.append("}")


def mangled_name(space, w_obj, prop):
    info = w_obj.getclass().find_prop(prop)
    if info is not None and info.visibility == "protected":
        return "\0*\0" + prop
    if info is not None and info.visibility == "private":
        return "\0" + info.w_class.name + "\0" + prop
    return prop


def demangled_name(key):
    if key.startswith("\0"):
        end = key.find("\0", 1)
        if end > 0:
            return cut(key, end + 1, len(key))
    return key


@functions.function("serialize")
def serialize(space, w_value):
    serializer = Serializer(space)
    serializer.value(w_value)
    return W_String(serializer.buf.build())


class BadInput(Exception):
    pass


class Unserializer(object):
    def __init__(self, space, text, allowed):
        self.space = space
        self.text = text
        self.pos = 0
        self.slots_w = []           # every value read, by number - 1 (R: and r:)
        self.allowed = allowed      # None: every class; else lower names allowed
        self.wakeups_w = []
        self.start = 0
        self.places = []            # where each numbered value was stored, or None

    def expect(self, ch):
        if self.pos >= len(self.text) or self.text[self.pos] != ch:
            raise BadInput
        self.pos += 1

    def read_until(self, stop):
        pos = self.pos
        assert pos >= 0
        end = self.text.find(stop, pos)
        if end < 0:
            raise BadInput
        start = self.pos
        assert start >= 0
        self.pos = end + 1
        return cut(self.text, start, end)

    def read_int(self, stop):
        digits = self.read_until(stop)
        body = digits
        if digits.startswith("-") or digits.startswith("+"):
            body = cut(digits, 1, len(digits))
        if not body:
            raise BadInput
        for ch in body:
            if not "0" <= ch <= "9":
                raise BadInput
        try:
            return int(digits)
        except ValueError:
            raise BadInput

    def read_string_body(self):
        length = self.read_int(":")
        self.expect('"')
        start = self.pos
        end = start + length
        if length < 0 or end > len(self.text):
            raise BadInput
        self.pos = end
        self.expect('"')
        return cut(self.text, start, end)

    def value(self):
        self.start = self.pos
        if self.pos >= len(self.text):
            raise BadInput
        kind = self.text[self.pos]
        self.pos += 1
        if kind == "N":
            self.expect(";")
            return self.keep(w_null)
        self.expect(":")
        if kind == "b":
            number = self.read_int(";")
            return self.keep(w_true if number else w_false)
        if kind == "i":
            return self.keep(newint(self.read_int(";")))
        if kind == "d":
            text = self.read_until(";")
            if text == "INF":
                return self.keep(W_Float(INFINITY))
            if text == "-INF":
                return self.keep(W_Float(-INFINITY))
            if text == "NAN":
                return self.keep(W_Float(NAN))
            try:
                return self.keep(W_Float(string_to_float(text)))
            except ParseStringError:
                raise BadInput
        if kind == "s":
            w_result = W_String(self.read_string_body())
            self.expect(";")
            return self.keep(w_result)
        if kind == "a":
            count = self.read_int(":")
            self.expect("{")
            w_array = W_Array()
            self.keep(w_array)
            self.entries_into(w_array, count)
            self.expect("}")
            return w_array
        if kind == "R" or kind == "r":
            number = self.read_int(";")
            if number < 1 or number > len(self.slots_w):
                raise BadInput
            w_target = self.slots_w[number - 1]
            if kind == "r":
                return self.keep(w_target)
            return ReferenceMarker(number - 1)
        if kind == "O":
            return self.object()
        if kind == "E":
            text = self.read_string_body()
            self.expect(";")
            colon = text.find(":")
            if colon < 0:
                raise BadInput
            w_class = self.space.find_class(cut(text, 0, colon))
            if w_class is None or w_class.kind != "enum":
                raise BadInput
            w_case = w_class.consts.get(cut(text, colon + 1, len(text)), None)
            if w_case is None:
                raise BadInput
            return self.keep(w_case)
        raise BadInput

    def keep(self, w_value):
        self.slots_w.append(w_value)
        self.places.append(None)
        return w_value

    def entries_into(self, w_array, count):
        space = self.space
        for i in range(count):
            w_key = self.value()
            self.slots_w.pop()          # keys are not numbered
            self.places.pop()
            if not isinstance(w_key, W_Int) and not isinstance(w_key, W_String):
                raise BadInput
            w_key = space.array_key(w_key)
            slot = len(self.slots_w)
            w_value = self.value()
            if isinstance(w_value, ReferenceMarker):
                w_value = self.reference_at(w_value.index)
                self.slots_w.append(w_value)
                self.places.append(None)
            elif isinstance(w_value, W_Array):
                w_value.hold()
            w_array.set(w_key, w_value)
            if slot < len(self.places):
                self.places[slot] = Place(w_array, w_key)

    def reference_at(self, index):
        """The value numbered index made a reference shared with where it is stored."""
        w_target = self.slots_w[index]
        if isinstance(w_target, W_Reference):
            return w_target
        w_ref = W_Reference(w_target)
        self.slots_w[index] = w_ref
        place = self.places[index]
        if place is not None:
            place.w_array.set(place.w_key, w_ref)
        return w_ref

    def object(self):
        space = self.space
        name = self.read_string_body()
        self.expect(":")
        count = self.read_int(":")
        self.expect("{")
        w_class = None
        if self.allowed is None or name.lower() in self.allowed:
            w_class = space.find_class(name)
            if w_class is None:
                w_class = space.autoload(name)
        if w_class is None:
            w_class = space.lookup_class("__PHP_Incomplete_Class")
        w_obj = space.new_object(w_class)
        self.keep(w_obj)
        w_data = W_Array()
        self.entries_into(w_data, count)
        self.expect("}")
        w_method = w_class.find_method("__unserialize")
        if w_method is not None:
            space.call_function(w_method, [w_data], w_obj, w_class, None)
            return w_obj
        if w_class.name == "__PHP_Incomplete_Class":
            w_obj.write_attr("__PHP_Incomplete_Class_Name", W_String(name))
        position = w_data.first_position()
        while position >= 0:
            prop = demangled_name(space.str(w_data.key_at(position)))
            w_obj.write_attr(prop, w_data.value_at(position))
            position = w_data.next_position(position)
        if w_class.find_method("__wakeup") is not None:
            self.wakeups_w.append(w_obj)
        return w_obj


class Place(object):
    def __init__(self, w_array, w_key):
        self.w_array = w_array
        self.w_key = w_key


class ReferenceMarker(W_Null):
    """An `R:n;` read: the caller stores a reference shared with value n."""

    def __init__(self, index):
        self.index = index


@functions.function("unserialize")
def unserialize(space, w_data, w_options=None):
    text = space.str(w_data)
    allowed = None
    if isinstance(w_options, W_Array):
        w_allowed = w_options.get(W_String("allowed_classes"))
        if w_allowed is not None:
            w_allowed = w_allowed.deref()
            if isinstance(w_allowed, W_Array):
                allowed = {}
                for w_name in w_allowed.values_w():
                    allowed[space.str(w_name).lower()] = None
            elif not space.truthy(w_allowed):
                allowed = {}
    reader = Unserializer(space, text, allowed)
    try:
        w_result = reader.value()
        if isinstance(w_result, ReferenceMarker):
            raise BadInput
    except BadInput:
        space.notice("unserialize(): Error at offset %d of %d bytes"
                     % (reader.start, len(text)))
        return w_false
    for w_obj in reader.wakeups_w:
        assert isinstance(w_obj, W_Object)
        w_class = w_obj.getclass()
        w_method = w_class.find_method("__wakeup")
        if w_method is not None:
            space.call_function(w_method, [], w_obj, w_class, None)
    return w_result
