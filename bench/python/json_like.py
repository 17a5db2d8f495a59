# A JSON-like document serialised and parsed by hand: recursion over dicts, lists, strings,
# ints, floats, booleans and None (polymorphic recursive code, string building, char scans).


def make_document(seed, depth):
    if depth == 0:
        kind = seed % 6
        if kind == 0:
            return seed * 7 - 300
        if kind == 1:
            return "item%d \"q\"" % seed
        if kind == 2:
            return seed / 8.0
        if kind == 3:
            return seed % 4 == 1
        if kind == 4:
            return None
        return "plain"
    if seed % 3 == 0:
        return [make_document(seed * 3 + i + 1, depth - 1) for i in range(4)]
    return {"key%d" % i: make_document(seed * 5 + i + 2, depth - 1) for i in range(3)}


def escape(s):
    out = []
    for ch in s:
        if ch == '"':
            out.append('\\"')
        elif ch == '\\':
            out.append('\\\\')
        elif ch == '\n':
            out.append('\\n')
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def dumps(value):
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, str):
        return escape(value)
    if isinstance(value, list):
        return "[" + ", ".join([dumps(v) for v in value]) + "]"
    parts = []
    for k, v in value.items():
        parts.append(escape(k) + ": " + dumps(v))
    return "{" + ", ".join(parts) + "}"


class Parser:
    def __init__(self, text):
        self.text = text
        self.pos = 0

    def skip(self):
        text = self.text
        while self.pos < len(text) and text[self.pos] in " \n\t":
            self.pos += 1

    def parse(self):
        self.skip()
        ch = self.text[self.pos]
        if ch == "{":
            return self.parse_object()
        if ch == "[":
            return self.parse_array()
        if ch == '"':
            return self.parse_string()
        if ch == "n":
            self.pos += 4
            return None
        if ch == "t":
            self.pos += 4
            return True
        if ch == "f":
            self.pos += 5
            return False
        return self.parse_number()

    def parse_object(self):
        result = {}
        self.pos += 1
        self.skip()
        if self.text[self.pos] == "}":
            self.pos += 1
            return result
        while True:
            self.skip()
            key = self.parse_string()
            self.skip()
            self.pos += 1                     # ':'
            result[key] = self.parse()
            self.skip()
            ch = self.text[self.pos]
            self.pos += 1
            if ch == "}":
                return result

    def parse_array(self):
        result = []
        self.pos += 1
        self.skip()
        if self.text[self.pos] == "]":
            self.pos += 1
            return result
        while True:
            result.append(self.parse())
            self.skip()
            ch = self.text[self.pos]
            self.pos += 1
            if ch == "]":
                return result

    def parse_string(self):
        self.pos += 1
        text = self.text
        chunks = []
        start = self.pos
        while True:
            ch = text[self.pos]
            if ch == '"':
                chunks.append(text[start:self.pos])
                self.pos += 1
                return "".join(chunks)
            if ch == "\\":
                chunks.append(text[start:self.pos])
                escaped = text[self.pos + 1]
                chunks.append({"n": "\n", '"': '"', "\\": "\\"}[escaped])
                self.pos += 2
                start = self.pos
            else:
                self.pos += 1

    def parse_number(self):
        text = self.text
        start = self.pos
        while self.pos < len(text) and text[self.pos] in "-+0123456789.eE":
            self.pos += 1
        token = text[start:self.pos]
        if "." in token or "e" in token or "E" in token:
            return float(token)
        return int(token)


def count(value):
    if isinstance(value, dict):
        return 1 + sum([count(v) for v in value.values()])
    if isinstance(value, list):
        return 1 + sum([count(v) for v in value])
    return 1


def main(rounds):
    total = 0
    length = 0
    for r in range(rounds):
        doc = make_document(r + 1, 6)
        text = dumps(doc)
        back = Parser(text).parse()
        assert back == doc
        again = dumps(back)
        assert again == text
        total += count(back)
        length += len(text)
    return total, length


print(main(80))
