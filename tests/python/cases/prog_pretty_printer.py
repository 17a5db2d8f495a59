# a hand-written JSON-like serializer, pretty printer and parser
def dumps(value, indent=None, level=0):
    pad = "" if indent is None else "\n" + " " * (indent * (level + 1))
    end = "" if indent is None else "\n" + " " * (indent * level)
    sep = "," if indent is not None else ", "
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        out = ['"']
        for ch in value:
            if ch == '"':
                out.append('\\"')
            elif ch == "\\":
                out.append("\\\\")
            elif ch == "\n":
                out.append("\\n")
            elif ord(ch) < 32 or ord(ch) > 126:
                out.append("\\u%04x" % ord(ch))
            else:
                out.append(ch)
        out.append('"')
        return "".join(out)
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        return "[" + sep.join(pad + dumps(v, indent, level + 1) for v in value) + end + "]"
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = (pad + dumps(str(k)) + ": " + dumps(v, indent, level + 1) for k, v in value.items())
        return "{" + sep.join(items) + end + "}"
    raise TypeError("Object of type %s is not serializable" % type(value).__name__)

class Parser:
    def __init__(self, text):
        self.text = text
        self.i = 0
    def ws(self):
        while self.i < len(self.text) and self.text[self.i] in " \n\t":
            self.i += 1
    def value(self):
        self.ws()
        ch = self.text[self.i]
        if ch == "{":
            self.i += 1
            result = {}
            self.ws()
            if self.text[self.i] == "}":
                self.i += 1
                return result
            while True:
                self.ws()
                key = self.value()
                self.ws()
                assert self.text[self.i] == ":", self.i
                self.i += 1
                result[key] = self.value()
                self.ws()
                if self.text[self.i] == "}":
                    self.i += 1
                    return result
                self.i += 1
        if ch == "[":
            self.i += 1
            result = []
            self.ws()
            if self.text[self.i] == "]":
                self.i += 1
                return result
            while True:
                result.append(self.value())
                self.ws()
                if self.text[self.i] == "]":
                    self.i += 1
                    return result
                self.i += 1
        if ch == '"':
            j = self.i + 1
            chars = []
            while self.text[j] != '"':
                if self.text[j] == "\\":
                    nxt = self.text[j + 1]
                    if nxt == "u":
                        chars.append(chr(int(self.text[j + 2:j + 6], 16)))
                        j += 6
                        continue
                    chars.append({"n": "\n", '"': '"', "\\": "\\"}[nxt])
                    j += 2
                    continue
                chars.append(self.text[j])
                j += 1
            self.i = j + 1
            return "".join(chars)
        for word, val in (("null", None), ("true", True), ("false", False)):
            if self.text.startswith(word, self.i):
                self.i += len(word)
                return val
        j = self.i
        while j < len(self.text) and self.text[j] in "+-0123456789.eE":
            j += 1
        num = self.text[self.i:j]
        self.i = j
        return float(num) if any(c in num for c in ".eE") else int(num)

doc = {"name": "Widget \"Pro\"", "price": 19.99, "tags": ["a", "b\nc", "é"], "stock": None,
       "active": True, "dims": {"w": 10, "h": 2.5, "empty": {}, "none": []}, "big": 2 ** 70, "neg": -1e-07}
compact = dumps(doc)
print(compact)
pretty = dumps(doc, indent=2)
print(pretty)
back = Parser(pretty).value()
print(back == doc, back["tags"], back["big"], back["neg"])
print(dumps([1, [2, [3, []]], (4, 5)], indent=1))
try:
    dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
