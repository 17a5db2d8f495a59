"""CPython's `_codecs`: the codec registry and the codecs Lib/encodings/ builds on.  UTF-8,
Latin-1 and ASCII go through str.encode and bytes.decode; the rest is written here."""

_search_functions = []
_cache = {}


def register(search_function):
    if not callable(search_function):
        raise TypeError("argument must be callable")
    _search_functions.append(search_function)


def unregister(search_function):
    if search_function in _search_functions:
        _search_functions.remove(search_function)
    _cache.clear()


def _normalize(encoding):
    return encoding.lower().replace(" ", "_")


def lookup(encoding):
    if not isinstance(encoding, str):
        raise TypeError("lookup() argument must be str, not %s" % type(encoding).__name__)
    key = _normalize(encoding)
    if key in _cache:
        return _cache[key]
    if not _search_functions:
        import encodings
    for search in _search_functions:
        info = search(key)
        if info is not None:
            if not isinstance(info, tuple) or len(info) != 4:
                raise TypeError("codec search functions must return 4-tuples")
            _cache[key] = info
            return info
    raise LookupError("unknown encoding: %s" % encoding)


def encode(obj, encoding="utf-8", errors="strict"):
    result = lookup(encoding).encode(obj, errors)
    return result[0]


def decode(obj, encoding="utf-8", errors="strict"):
    result = lookup(encoding).decode(obj, errors)
    return result[0]


def _forget_codec(encoding):
    _cache.pop(_normalize(encoding), None)


# -- error handlers ------------------------------------------------------------------------

def strict_errors(exc):
    if isinstance(exc, BaseException):
        raise exc
    raise TypeError("codec must pass exception instance")


def ignore_errors(exc):
    if isinstance(exc, UnicodeEncodeError):
        return ("", exc.end)
    if isinstance(exc, (UnicodeDecodeError, UnicodeTranslateError)):
        return ("", exc.end)
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def replace_errors(exc):
    if isinstance(exc, UnicodeEncodeError):
        return ("?" * (exc.end - exc.start), exc.end)
    if isinstance(exc, UnicodeDecodeError):
        return ("\ufffd", exc.end)
    if isinstance(exc, UnicodeTranslateError):
        return ("\ufffd" * (exc.end - exc.start), exc.end)
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def backslashreplace_errors(exc):
    if isinstance(exc, UnicodeEncodeError):
        return ("".join(_escape(ord(c)) for c in exc.object[exc.start:exc.end]), exc.end)
    if isinstance(exc, UnicodeDecodeError):
        return ("".join("\\x%02x" % b for b in exc.object[exc.start:exc.end]), exc.end)
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def xmlcharrefreplace_errors(exc):
    if isinstance(exc, UnicodeEncodeError):
        return ("".join("&#%d;" % ord(c) for c in exc.object[exc.start:exc.end]), exc.end)
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def namereplace_errors(exc):
    if isinstance(exc, UnicodeEncodeError):
        import unicodedata
        parts = []
        for c in exc.object[exc.start:exc.end]:
            try:
                parts.append("\\N{%s}" % unicodedata.name(c))
            except (ValueError, KeyError):
                parts.append(_escape(ord(c)))
        return ("".join(parts), exc.end)
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def surrogateescape_errors(exc):
    if isinstance(exc, UnicodeDecodeError):
        data = exc.object[exc.start:exc.end]
        if all(b >= 128 for b in data):
            return ("".join(chr(0xDC00 + b) for b in data), exc.end)
    raise exc


def _escape(code):
    if code < 0x100:
        return "\\x%02x" % code
    if code < 0x10000:
        return "\\u%04x" % code
    return "\\U%08x" % code


_error_handlers = {
    "strict": strict_errors, "ignore": ignore_errors, "replace": replace_errors,
    "backslashreplace": backslashreplace_errors,
    "xmlcharrefreplace": xmlcharrefreplace_errors, "namereplace": namereplace_errors,
    "surrogateescape": surrogateescape_errors,
    "surrogatepass": strict_errors,     # polyvm's str holds no lone surrogates yet
}


def register_error(name, handler):
    if not callable(handler):
        raise TypeError("handler must be callable")
    _error_handlers[name] = handler


def lookup_error(name):
    try:
        return _error_handlers[name]
    except KeyError:
        raise LookupError("unknown error handler name '%s'" % name) from None


# -- encoding by code-point limit (ASCII, Latin-1) -----------------------------------------

def _encode_limited(text, errors, limit, encoding):
    if errors == "strict" or all(ord(c) < limit for c in text):
        return (text.encode(encoding), len(text))
    handler = lookup_error(errors)
    out = bytearray()
    i = 0
    while i < len(text):
        c = text[i]
        if ord(c) < limit:
            out.append(ord(c))
            i += 1
            continue
        end = i + 1
        while end < len(text) and ord(text[end]) >= limit:
            end += 1
        reason = "ordinal not in range(%d)" % limit
        replacement, i = handler(UnicodeEncodeError(encoding, text, i, end, reason))
        out += replacement.encode(encoding) if isinstance(replacement, str) else replacement
    return (bytes(out), len(text))


def _decode_with(data, errors, encoding):
    data = bytes(data)
    if errors in ("strict", "replace", "ignore", "backslashreplace"):
        return (data.decode(encoding, errors), len(data))
    handler = lookup_error(errors)
    out = []
    position = 0
    while True:
        try:
            out.append(data[position:].decode(encoding))
            return ("".join(out), len(data))
        except UnicodeDecodeError as e:
            out.append(data[position:position + e.start].decode(encoding))
            error = UnicodeDecodeError(encoding, data, position + e.start, position + e.end,
                                       e.reason)
            replacement, position = handler(error)
            out.append(replacement)


def ascii_encode(text, errors=None):
    return _encode_limited(text, errors or "strict", 128, "ascii")


def latin_1_encode(text, errors=None):
    return _encode_limited(text, errors or "strict", 256, "latin-1")


def ascii_decode(data, errors=None, final=False):
    return _decode_with(data, errors or "strict", "ascii")


def latin_1_decode(data, errors=None, final=False):
    return _decode_with(data, errors or "strict", "latin-1")


def utf_8_encode(text, errors=None):
    if errors not in (None, "strict", "replace", "ignore", "backslashreplace"):
        errors = "strict"           # valid text encodes the same under every handler
    return (text.encode("utf-8", errors or "strict"), len(text))


def utf_8_decode(data, errors=None, final=False):
    data = bytes(data)
    if not final:
        cut = _incomplete_utf8_tail(data)
        data = data[:len(data) - cut]
    return _decode_with(data, errors or "strict", "utf-8")


def _incomplete_utf8_tail(data):
    """How many bytes at the end start a UTF-8 sequence the next chunk may complete."""
    for back in range(1, min(4, len(data)) + 1):
        byte = data[-back]
        if byte & 0xC0 != 0x80:
            need = 2 if byte & 0xE0 == 0xC0 else 3 if byte & 0xF0 == 0xE0 else \
                4 if byte & 0xF8 == 0xF0 else 1
            return back if need > back else 0
    return 0


def _utf_16_32_encode(text, errors, width, byteorder, bom):
    out = bytearray()
    if bom:
        out += (0xFEFF).to_bytes(width, byteorder)
    for c in text:
        code = ord(c)
        if width == 2 and code >= 0x10000:
            code -= 0x10000
            out += (0xD800 | (code >> 10)).to_bytes(2, byteorder)
            out += (0xDC00 | (code & 0x3FF)).to_bytes(2, byteorder)
        else:
            out += code.to_bytes(width, byteorder)
    return (bytes(out), len(text))


def _utf_16_32_decode(data, errors, width, byteorder, final, detect=False):
    data = bytes(data)
    start = 0
    if detect and len(data) >= width:
        if data[:width] == (0xFEFF).to_bytes(width, "little"):
            byteorder, start = "little", width
        elif data[:width] == (0xFEFF).to_bytes(width, "big"):
            byteorder, start = "big", width
    usable = start + (len(data) - start) // width * width
    out = []
    i = start
    while i < usable:
        code = int.from_bytes(data[i:i + width], byteorder)
        i += width
        if width == 2 and 0xD800 <= code < 0xDC00 and i + 2 <= usable:
            low = int.from_bytes(data[i:i + 2], byteorder)
            if 0xDC00 <= low < 0xE000:
                code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                i += 2
        out.append(chr(code))
    if final and usable != len(data):
        if errors == "strict":
            raise UnicodeDecodeError("utf-%d" % (8 * width), data, usable, len(data),
                                     "truncated data")
        if errors == "replace":
            out.append("\ufffd")
        usable = len(data)
    return ("".join(out), usable)


def utf_16_encode(text, errors=None, byteorder=0):
    order = "big" if byteorder > 0 else "little"
    return _utf_16_32_encode(text, errors, 2, order, byteorder == 0)


def utf_16_le_encode(text, errors=None):
    return _utf_16_32_encode(text, errors, 2, "little", False)


def utf_16_be_encode(text, errors=None):
    return _utf_16_32_encode(text, errors, 2, "big", False)


def utf_16_decode(data, errors=None, final=False):
    return _utf_16_32_decode(data, errors or "strict", 2, "little", final, True)


def utf_16_le_decode(data, errors=None, final=False):
    return _utf_16_32_decode(data, errors or "strict", 2, "little", final)


def utf_16_be_decode(data, errors=None, final=False):
    return _utf_16_32_decode(data, errors or "strict", 2, "big", final)


def utf_16_ex_decode(data, errors=None, byteorder=0, final=False):
    order = "big" if byteorder > 0 else "little"
    text, consumed = _utf_16_32_decode(data, errors or "strict", 2, order, final,
                                       byteorder == 0)
    return (text, consumed, byteorder)


def utf_32_encode(text, errors=None, byteorder=0):
    order = "big" if byteorder > 0 else "little"
    return _utf_16_32_encode(text, errors, 4, order, byteorder == 0)


def utf_32_le_encode(text, errors=None):
    return _utf_16_32_encode(text, errors, 4, "little", False)


def utf_32_be_encode(text, errors=None):
    return _utf_16_32_encode(text, errors, 4, "big", False)


def utf_32_decode(data, errors=None, final=False):
    return _utf_16_32_decode(data, errors or "strict", 4, "little", final, True)


def utf_32_le_decode(data, errors=None, final=False):
    return _utf_16_32_decode(data, errors or "strict", 4, "little", final)


def utf_32_be_decode(data, errors=None, final=False):
    return _utf_16_32_decode(data, errors or "strict", 4, "big", final)


def utf_32_ex_decode(data, errors=None, byteorder=0, final=False):
    order = "big" if byteorder > 0 else "little"
    text, consumed = _utf_16_32_decode(data, errors or "strict", 4, order, final,
                                       byteorder == 0)
    return (text, consumed, byteorder)


def charmap_decode(data, errors=None, mapping=None):
    if mapping is None:
        return latin_1_decode(data, errors)
    out = []
    for byte in bytes(data):
        if isinstance(mapping, str):
            out.append(mapping[byte] if byte < len(mapping) else "\ufffe")
        else:
            value = mapping.get(byte)
            out.append(chr(value) if isinstance(value, int) else (value or "\ufffe"))
    text = "".join(out)
    if "\ufffe" in text and (errors or "strict") == "strict":
        index = text.index("\ufffe")
        raise UnicodeDecodeError("charmap", bytes(data), index, index + 1,
                                 "character maps to <undefined>")
    return (text.replace("\ufffe", "\ufffd" if errors == "replace" else ""), len(data))


def charmap_encode(text, errors=None, mapping=None):
    if mapping is None:
        return latin_1_encode(text, errors)
    out = bytearray()
    for i, c in enumerate(text):
        value = mapping.get(ord(c)) if isinstance(mapping, dict) else None
        if value is None:
            if (errors or "strict") == "strict":
                raise UnicodeEncodeError("charmap", text, i, i + 1,
                                         "character maps to <undefined>")
            if errors == "replace":
                out += b"?"
            continue
        out += bytes([value]) if isinstance(value, int) else value
    return (bytes(out), len(text))


def charmap_build(decoding_table):
    return {ord(c): i for i, c in enumerate(decoding_table)}


def escape_encode(data, errors=None):
    return (repr(bytes(data))[2:-1].encode("latin-1"), len(data))


def escape_decode(data, errors=None):
    if isinstance(data, str):
        data = data.encode("latin-1")
    text = unicode_escape_decode(data, errors)[0]
    return (text.encode("latin-1"), len(data))


def unicode_escape_encode(text, errors=None):
    out = []
    for c in text:
        code = ord(c)
        if c == "\\":
            out.append("\\\\")
        elif 32 <= code < 127:
            out.append(c)
        elif c in "\t\n\r":
            out.append({"\t": "\\t", "\n": "\\n", "\r": "\\r"}[c])
        else:
            out.append(_escape(code))
    return ("".join(out).encode("latin-1"), len(text))


def unicode_escape_decode(data, errors=None, final=True):
    if isinstance(data, str):
        data = data.encode("latin-1")
    data = bytes(data)
    simple = {"n": "\n", "t": "\t", "r": "\r", "\\": "\\", "'": "'", '"': '"', "a": "\a",
              "b": "\b", "f": "\f", "v": "\v", "\n": ""}
    out = []
    i = 0
    text = data.decode("latin-1")
    while i < len(text):
        c = text[i]
        if c != "\\" or i + 1 >= len(text):
            out.append(c)
            i += 1
            continue
        nxt = text[i + 1]
        if nxt in simple:
            out.append(simple[nxt])
            i += 2
        elif nxt in "xuU":
            width = {"x": 2, "u": 4, "U": 8}[nxt]
            digits = text[i + 2:i + 2 + width]
            if len(digits) != width or not all(d in "0123456789abcdefABCDEF" for d in digits):
                raise UnicodeDecodeError("unicodeescape", data, i, i + 2 + len(digits),
                                         "truncated \\%sXX escape" % nxt)
            out.append(chr(int(digits, 16)))
            i += 2 + width
        elif nxt in "01234567":
            j = i + 1
            while j < len(text) and j < i + 4 and text[j] in "01234567":
                j += 1
            out.append(chr(int(text[i + 1:j], 8)))
            i = j
        elif nxt == "N" and i + 2 < len(text) and text[i + 2] == "{":
            end = text.index("}", i)
            import unicodedata
            out.append(unicodedata.lookup(text[i + 3:end]))
            i = end + 1
        else:
            out.append("\\" + nxt)
            i += 2
    return ("".join(out), len(data))


def raw_unicode_escape_encode(text, errors=None):
    out = []
    for c in text:
        code = ord(c)
        out.append(c if code < 256 else _escape(code))
    return ("".join(out).encode("latin-1"), len(text))


def raw_unicode_escape_decode(data, errors=None, final=True):
    text = bytes(data).decode("latin-1")
    out = []
    i = 0
    while i < len(text):
        if text[i] == "\\" and i + 1 < len(text) and text[i + 1] in "uU":
            width = 4 if text[i + 1] == "u" else 8
            out.append(chr(int(text[i + 2:i + 2 + width], 16)))
            i += 2 + width
        else:
            out.append(text[i])
            i += 1
    return ("".join(out), len(data))


def readbuffer_encode(data, errors=None):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return (bytes(data), len(data))


# Codecs in Lib/encodings keep these as class attributes (`_buffer_decode = codecs.
# utf_8_decode`); like CPython's built-in functions they must not bind as methods there.
for _name in ['ascii_encode', 'latin_1_encode', 'ascii_decode', 'latin_1_decode', 'utf_8_encode', 'utf_8_decode', 'utf_16_encode', 'utf_16_le_encode', 'utf_16_be_encode', 'utf_16_decode', 'utf_16_le_decode', 'utf_16_be_decode', 'utf_16_ex_decode', 'utf_32_encode', 'utf_32_le_encode', 'utf_32_be_encode', 'utf_32_decode', 'utf_32_le_decode', 'utf_32_be_decode', 'utf_32_ex_decode', 'charmap_decode', 'charmap_encode', 'escape_encode', 'escape_decode', 'unicode_escape_encode', 'unicode_escape_decode', 'raw_unicode_escape_encode', 'raw_unicode_escape_decode', 'readbuffer_encode']:
    globals()[_name] = staticmethod(globals()[_name])
del _name
