"""CPython's `binascii` in Python: hex, base64, uu, quoted-printable and CRCs (base64,
secrets, uuid and email import it)."""


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


def _bytes(data, name="argument"):
    if isinstance(data, str):
        try:
            return data.encode("ascii")
        except UnicodeEncodeError:
            raise ValueError("string argument should contain only ASCII characters")
    return bytes(data)


def hexlify(data, sep=None, bytes_per_sep=1):
    if sep is None:
        return bytes(data).hex().encode("ascii")
    return bytes(data).hex(sep, bytes_per_sep).encode("ascii")


b2a_hex = hexlify


def unhexlify(hexstr):
    data = _bytes(hexstr)
    if len(data) % 2:
        raise Error("Odd-length string")
    try:
        return bytes.fromhex(data.decode("ascii").replace(" ", "!"))
    except ValueError:
        raise Error("Non-hexadecimal digit found")


a2b_hex = unhexlify

_B64 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_B64_VALUES = {c: i for i, c in enumerate(_B64)}


def b2a_base64(data, *, newline=True):
    data = bytes(data)
    out = bytearray()
    for i in range(0, len(data) - 2, 3):
        n = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out += bytes((_B64[n >> 18], _B64[(n >> 12) & 63], _B64[(n >> 6) & 63], _B64[n & 63]))
    rest = len(data) % 3
    if rest == 1:
        n = data[-1] << 16
        out += bytes((_B64[n >> 18], _B64[(n >> 12) & 63])) + b"=="
    elif rest == 2:
        n = (data[-2] << 16) | (data[-1] << 8)
        out += bytes((_B64[n >> 18], _B64[(n >> 12) & 63], _B64[(n >> 6) & 63])) + b"="
    if newline:
        out += b"\n"
    return bytes(out)


def a2b_base64(data, *, strict_mode=False):
    data = _bytes(data)
    out = bytearray()
    bits = 0
    count = 0
    pads = 0
    for c in data:
        if c == 61:                                  # '='
            pads += 1
            if count >= 2 and count + pads >= 4:
                break
            continue
        value = _B64_VALUES.get(c)
        if value is None:
            if strict_mode:
                raise Error("Only base64 data is allowed")
            continue
        pads = 0
        bits = (bits << 6) | value
        count += 1
        if count == 4:
            out += bytes(((bits >> 16) & 255, (bits >> 8) & 255, bits & 255))
            bits = 0
            count = 0
    if count == 1:
        raise Error("Invalid base64-encoded string: number of data characters (%d) cannot "
                    "be 1 more than a multiple of 4" % (len([c for c in data
                                                             if c in _B64_VALUES])))
    if count == 2:
        if pads < 2:
            raise Error("Incorrect padding")
        out.append((bits >> 4) & 255)
    elif count == 3:
        if pads == 0:
            raise Error("Incorrect padding")
        out += bytes(((bits >> 10) & 255, (bits >> 2) & 255))
    return bytes(out)


def _crc32_table():
    table = []
    for n in range(256):
        c = n
        for k in range(8):
            c = (0xEDB88320 ^ (c >> 1)) if c & 1 else c >> 1
        table.append(c)
    return table


_CRC32 = _crc32_table()


def crc32(data, crc=0):
    crc = ~crc & 0xFFFFFFFF
    table = _CRC32
    for byte in bytes(data):
        crc = table[(crc ^ byte) & 0xFF] ^ (crc >> 8)
    return ~crc & 0xFFFFFFFF


def crc_hqx(data, crc):
    crc &= 0xFFFF
    for byte in bytes(data):
        crc ^= byte << 8
        for k in range(8):
            crc = ((crc << 1) ^ 0x1021) & 0xFFFF if crc & 0x8000 else (crc << 1) & 0xFFFF
    return crc


def b2a_uu(data, *, backtick=False):
    data = bytes(data)
    if len(data) > 45:
        raise Error("At most 45 bytes at once")

    def char(v):
        return 96 if backtick and v == 0 else v + 32
    out = bytearray([char(len(data))])
    padded = data + b"\0" * (-len(data) % 3)
    for i in range(0, len(padded), 3):
        n = (padded[i] << 16) | (padded[i + 1] << 8) | padded[i + 2]
        out += bytes((char(n >> 18), char((n >> 12) & 63), char((n >> 6) & 63),
                      char(n & 63)))
    return bytes(out) + b"\n"


def a2b_uu(data):
    data = _bytes(data).rstrip(b"\n\r")
    if not data:
        return b"\0" * 32
    length = (data[0] - 32) & 63
    values = [(c - 32) & 63 for c in data[1:]]
    values += [0] * (-len(values) % 4)
    out = bytearray()
    for i in range(0, len(values), 4):
        n = (values[i] << 18) | (values[i + 1] << 12) | (values[i + 2] << 6) | values[i + 3]
        out += bytes(((n >> 16) & 255, (n >> 8) & 255, n & 255))
    out = bytes(out[:length])
    return out + b"\0" * (length - len(out))


def b2a_qp(data, quotetabs=False, istext=True, header=False):
    out = bytearray()
    for i, c in enumerate(bytes(data)):
        if c == 10 and istext:
            out.append(c)
        elif (c == 61 or c < 32 and c not in (9,) or c > 126 or
              c == 9 and quotetabs or c == 32 and (quotetabs or i + 1 == len(data)) or
              c == 95 and header):
            if c == 32 and header:
                out.append(95)
            else:
                out += b"=%02X" % c
        else:
            out.append(c)
    return bytes(out)


def a2b_qp(data, header=False):
    data = _bytes(data)
    out = bytearray()
    i = 0
    while i < len(data):
        c = data[i]
        if c == 61:
            if data[i + 1:i + 2] == b"\n":
                i += 2
                continue
            try:
                out.append(int(data[i + 1:i + 3], 16))
                i += 3
                continue
            except ValueError:
                pass
        out.append(32 if c == 95 and header else c)
        i += 1
    return bytes(out)
