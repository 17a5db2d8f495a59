"""md5, sha1 and crc32 (rpython's own md5 and sha1; crc32 by php's reflected table)."""
from rpython.rlib import rmd5, rsha
from rpython.rlib.rarithmetic import r_uint, intmask

from languages.php.builtins import functions
from languages.php.objects import W_String, newint


def make_crc_table():
    table = []
    for n in range(256):
        c = r_uint(n)
        for k in range(8):
            if c & 1:
                c = r_uint(0xedb88320) ^ (c >> 1)
            else:
                c = c >> 1
        table.append(c)
    return table


CRC_TABLE = make_crc_table()


def crc32_of(s):
    crc = r_uint(0xffffffff)
    for ch in s:
        crc = CRC_TABLE[intmask((crc ^ r_uint(ord(ch))) & r_uint(0xff))] ^ (crc >> 8)
    return intmask((crc ^ r_uint(0xffffffff)) & r_uint(0xffffffff))


def raw_flag(space, w_binary):
    return w_binary is not None and space.truthy(w_binary)


@functions.function("md5")
def md5(space, w_s, w_binary=None):
    digest = rmd5.RMD5(space.str(w_s))
    if raw_flag(space, w_binary):
        return W_String(digest.digest())
    return W_String(digest.hexdigest())


@functions.function("sha1")
def sha1(space, w_s, w_binary=None):
    digest = rsha.RSHA(space.str(w_s))
    if raw_flag(space, w_binary):
        return W_String(digest.digest())
    return W_String(digest.hexdigest())


@functions.function("crc32")
def crc32(space, w_s):
    return newint(crc32_of(space.str(w_s)))
