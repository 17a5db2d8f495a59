"""CPython's `_string`: the parsing behind string.Formatter."""


def formatter_parser(text):
    """(literal, field name, format spec, conversion) for each part of a format string."""
    i = 0
    literal = []
    n = len(text)
    while i < n:
        c = text[i]
        if c == "{":
            if i + 1 < n and text[i + 1] == "{":
                literal.append("{")
                i += 2
                continue
            depth = 1
            j = i + 1
            while j < n and depth:
                if text[j] == "{":
                    depth += 1
                elif text[j] == "}":
                    depth -= 1
                j += 1
            if depth:
                raise ValueError("expected '}' before end of string")
            field = text[i + 1:j - 1]
            name, conversion, spec = _split_field(field)
            yield ("".join(literal), name, spec, conversion)
            literal = []
            i = j
        elif c == "}":
            if i + 1 < n and text[i + 1] == "}":
                literal.append("}")
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        else:
            literal.append(c)
            i += 1
    if literal:
        yield ("".join(literal), None, None, None)


def _split_field(field):
    depth = 0
    name_end = len(field)
    for k, c in enumerate(field):
        if c == "[":
            depth += 1
        elif c == "]":
            depth -= 1
        elif depth == 0 and c in "!:":
            name_end = k
            break
    name = field[:name_end]
    rest = field[name_end:]
    conversion = None
    spec = ""
    if rest.startswith("!"):
        if len(rest) < 2:
            raise ValueError("end of string while looking for conversion specifier")
        conversion = rest[1]
        rest = rest[2:]
        if rest and not rest.startswith(":"):
            raise ValueError("expected ':' after conversion specifier")
    if rest.startswith(":"):
        spec = rest[1:]
    return name, conversion, spec


def formatter_field_name_split(name):
    """(first, [(is_attribute, key) ...]) of a field name such as `a.b[0]`."""
    i = 0
    while i < len(name) and name[i] not in ".[":
        i += 1
    first = name[:i]
    if first.isdigit():
        first = int(first)
    rest = []
    while i < len(name):
        if name[i] == ".":
            j = i + 1
            while j < len(name) and name[j] not in ".[":
                j += 1
            rest.append((True, name[i + 1:j]))
            i = j
        else:
            j = name.index("]", i)
            key = name[i + 1:j]
            rest.append((False, int(key) if key.isdigit() else key))
            i = j + 1
    return first, iter(rest)
