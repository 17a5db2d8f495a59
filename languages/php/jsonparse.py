"""json_decode: a recursive-descent reader of RFC 8259 text into php values, with php's
error codes (syntax, depth, control characters, malformed UTF-8, unpaired surrogates)."""
from rpython.rlib.rfloat import string_to_float

from languages.php.arrays import W_Array
from languages.php.builtins import functions
from languages.php.strlib import cut
from languages.php.errors import PhpThrow
from languages.php.formats import JsonError, JSON_THROW_ON_ERROR
from languages.php.numbers import MAXINT
from languages.php.objects import (W_String, W_Float, W_Object, w_null, w_true, w_false,
                                   newint)
from languages.php.strlib import hex_value, utf8_encode

JSON_OBJECT_AS_ARRAY = 1
JSON_BIGINT_AS_STRING = 2
MESSAGES = {1: "Maximum stack depth exceeded", 3: "Control character error, possibly "
            "incorrectly encoded", 4: "Syntax error", 5: "Malformed UTF-8 characters, "
            "possibly incorrectly encoded", 9: "The decoded property name is invalid",
            10: "Single unpaired UTF-16 surrogate in unicode escape"}


def json_fail(code):
    return JsonError(code, MESSAGES[code])


def utf8_length(s, i):
    """The length of the well-formed UTF-8 sequence at i, or 0."""
    c = ord(s[i])
    if c < 0x80:
        return 1
    if 0xc2 <= c <= 0xdf:
        need = 1
    elif 0xe0 <= c <= 0xef:
        need = 2
    elif 0xf0 <= c <= 0xf4:
        need = 3
    else:
        return 0
    if i + need >= len(s):
        return 0
    for k in range(1, need + 1):
        if not (0x80 <= ord(s[i + k]) <= 0xbf):
            return 0
    c1 = ord(s[i + 1])
    if c == 0xe0 and c1 < 0xa0 or c == 0xed and c1 > 0x9f:
        return 0
    if c == 0xf0 and c1 < 0x90 or c == 0xf4 and c1 > 0x8f:
        return 0
    return need + 1


class JsonReader(object):
    def __init__(self, space, text, assoc, max_depth, flags):
        self.space = space
        self.text = text
        self.pos = 0
        self.assoc = assoc
        self.max_depth = max_depth
        self.flags = flags
        self.depth = 0

    def skip_space(self):
        text = self.text
        while self.pos < len(text) and text[self.pos] in " \t\n\r":
            self.pos += 1

    def peek(self):
        if self.pos < len(self.text):
            return self.text[self.pos]
        return "\0"

    def document(self):
        self.skip_space()
        w_value = self.value()
        self.skip_space()
        if self.pos != len(self.text):
            raise json_fail(4)
        return w_value

    def value(self):
        self.skip_space()
        ch = self.peek()
        if ch == "{":
            return self.object()
        if ch == "[":
            return self.array()
        if ch == '"':
            return W_String(self.string())
        if ch == "-" or "0" <= ch <= "9":
            return self.number()
        for word, w_value in [("true", w_true), ("false", w_false), ("null", w_null)]:
            if cut(self.text, self.pos, self.pos + len(word)) == word:
                self.pos += len(word)
                return w_value
        raise json_fail(4)

    def enter(self):
        self.depth += 1
        if self.depth > self.max_depth:
            raise json_fail(1)

    def array(self):
        self.enter()
        self.pos += 1
        w_array = W_Array()
        self.skip_space()
        if self.peek() == "]":
            self.pos += 1
            self.depth -= 1
            return w_array
        while True:
            w_value = self.value()
            if isinstance(w_value, W_Array):
                w_value.hold()
            w_array.append(w_value)
            self.skip_space()
            ch = self.peek()
            self.pos += 1
            if ch == "]":
                break
            if ch != ",":
                raise json_fail(4)
        self.depth -= 1
        return w_array

    def object(self):
        self.enter()
        self.pos += 1
        space = self.space
        entries = []
        self.skip_space()
        if self.peek() == "}":
            self.pos += 1
        else:
            while True:
                self.skip_space()
                if self.peek() != '"':
                    raise json_fail(4)
                key = self.string()
                self.skip_space()
                if self.peek() != ":":
                    raise json_fail(4)
                self.pos += 1
                entries.append((key, self.value()))
                self.skip_space()
                ch = self.peek()
                self.pos += 1
                if ch == "}":
                    break
                if ch != ",":
                    raise json_fail(4)
        self.depth -= 1
        if self.assoc:
            w_array = W_Array()
            for key, w_value in entries:
                if isinstance(w_value, W_Array):
                    w_value.hold()
                w_array.set(space.array_key(W_String(key)), w_value)
            return w_array
        w_obj = space.new_object(space.lookup_class("stdClass"))
        for key, w_value in entries:
            if key.startswith("\0"):
                raise json_fail(9)
            w_obj.write_attr(key, space.stored(w_value))
        return w_obj

    def string(self):
        text = self.text
        self.pos += 1
        out = []
        while True:
            if self.pos >= len(text):
                raise json_fail(4)
            ch = text[self.pos]
            if ch == '"':
                self.pos += 1
                return "".join(out)
            if ch == "\\":
                self.pos += 1
                out.append(self.escape())
                continue
            if ord(ch) < 0x20:
                raise json_fail(3)
            if ord(ch) >= 0x80:
                length = utf8_length(text, self.pos)
                if length == 0:
                    raise json_fail(5)
                out.append(cut(text, self.pos, self.pos + length))
                self.pos += length
                continue
            out.append(ch)
            self.pos += 1

    def escape(self):
        ch = self.peek()
        self.pos += 1
        simple = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n",
                  "r": "\r", "t": "\t"}
        if ch in simple:
            return simple[ch]
        if ch != "u":
            raise json_fail(4)
        code = self.hex4()
        if 0xd800 <= code <= 0xdbff:
            if cut(self.text, self.pos, self.pos + 2) == "\\u":
                self.pos += 2
                low = self.hex4()
                if 0xdc00 <= low <= 0xdfff:
                    return utf8_encode(0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00))
            raise json_fail(10)
        if 0xdc00 <= code <= 0xdfff:
            raise json_fail(10)
        return utf8_encode(code)

    def hex4(self):
        if self.pos + 4 > len(self.text):
            raise json_fail(4)
        code = 0
        for k in range(4):
            digit = hex_value(self.text[self.pos + k])
            if digit < 0:
                raise json_fail(4)
            code = code * 16 + digit
        self.pos += 4
        return code

    def number(self):
        text = self.text
        start = self.pos
        if self.peek() == "-":
            self.pos += 1
        if self.peek() == "0":
            self.pos += 1
        elif "1" <= self.peek() <= "9":
            while "0" <= self.peek() <= "9":
                self.pos += 1
        else:
            raise json_fail(4)
        is_float = False
        if self.peek() == ".":
            self.pos += 1
            if not "0" <= self.peek() <= "9":
                raise json_fail(4)
            while "0" <= self.peek() <= "9":
                self.pos += 1
            is_float = True
        if self.peek() == "e" or self.peek() == "E":
            self.pos += 1
            if self.peek() == "+" or self.peek() == "-":
                self.pos += 1
            if not "0" <= self.peek() <= "9":
                raise json_fail(4)
            while "0" <= self.peek() <= "9":
                self.pos += 1
            is_float = True
        stop = self.pos
        assert stop >= start
        literal = cut(text, start, stop)
        if not is_float:
            digits = cut(literal, 1, len(literal)) if literal.startswith("-") else literal
            limit = str(MAXINT) if not literal.startswith("-") else str(MAXINT + 1)
            if len(digits) < len(limit) or (len(digits) == len(limit) and digits <= limit):
                return newint(int(literal))
            if self.flags & JSON_BIGINT_AS_STRING:
                return W_String(literal)
        return W_Float(string_to_float(literal))


def json_exception(space, code, message):
    w_class = space.lookup_class("JsonException")
    w_exc = space.instantiate(space.top_frame(), w_class, [W_String(message),
                                                             newint(code)], None)
    return PhpThrow(w_exc)


@functions.function("json_decode")
def json_decode(space, w_json, w_assoc=None, w_depth=None, w_flags=None):
    text = space.str(w_json)
    flags = space.to_int(w_flags) if w_flags is not None else 0
    depth = space.to_int(w_depth) if w_depth is not None else 512
    if depth <= 0:
        raise space.error("ValueError", "json_decode(): Argument #3 ($depth) must be greater "
                          "than 0")
    if w_assoc is None or w_assoc.tname() == "NULL":
        assoc = bool(flags & JSON_OBJECT_AS_ARRAY)
    else:
        assoc = space.truthy(w_assoc)
    try:
        if not text:
            raise json_fail(4)
        w_result = JsonReader(space, text, assoc, depth, flags).document()
    except JsonError as e:
        if flags & JSON_THROW_ON_ERROR:
            raise json_exception(space, e.code, e.message)
        space.json_error = e.code
        space.json_message = e.message
        return w_null
    if not flags & JSON_THROW_ON_ERROR:
        space.json_error = 0
        space.json_message = "No error"
    return w_result
