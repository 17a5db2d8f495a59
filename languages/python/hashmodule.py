"""The digests behind hashlib's md5, sha1, sha224, sha256, sha384 and sha512: module `_hash_core`, one
function per algorithm from the whole message to its digest (lib/_md5.py, _sha1.py and
_sha256.py, _sha512.py keep the message and give CPython's hash objects).  MD5 and SHA-1 are rpython's
rmd5 and rsha; SHA-224/256 (FIPS 180-4) is written here on 32-bit words kept in ints."""
from rpython.rlib import rmd5, rsha

from framework import sha512 as sha512_module
from framework.sha512 import first_primes, integer_root
from languages.python.kit import FunctionTable
from languages.python.objects.moduleobject import W_ModuleObject
from languages.python.objects.functionobject import W_BuiltinFunction

MASK32 = 0xFFFFFFFF


def fraction_bits(prime, degree):
    return int(integer_root(prime << (32 * degree), degree) & MASK32)


ROUND_CONSTANTS = [fraction_bits(p, 3) for p in first_primes(64)]
SHA256_INITIAL = [fraction_bits(p, 2) for p in first_primes(8)]
# SHA-224's are the second 32 bits of the square roots of the 9th to 16th primes.
SHA224_INITIAL = [int(integer_root(p << 128, 2) & MASK32)
                  for p in first_primes(16)[8:]]


def rotate_right(x, n):
    return ((x >> n) | (x << (32 - n))) & MASK32


def pad_message(data):
    length = len(data)
    zeros = (55 - length) % 64
    bits = length << 3
    tail = [chr((bits >> (8 * (7 - i))) & 0xff) for i in range(8)]
    return data + "\x80" + "\x00" * zeros + "".join(tail)


def compress(state, block, start, schedule):
    for t in range(16):
        word = 0
        for i in range(4):
            word = (word << 8) | ord(block[start + 4 * t + i])
        schedule[t] = word
    for t in range(16, 64):
        w15 = schedule[t - 15]
        w2 = schedule[t - 2]
        s0 = rotate_right(w15, 7) ^ rotate_right(w15, 18) ^ (w15 >> 3)
        s1 = rotate_right(w2, 17) ^ rotate_right(w2, 19) ^ (w2 >> 10)
        schedule[t] = (schedule[t - 16] + s0 + schedule[t - 7] + s1) & MASK32
    a, b, c, d, e, f, g, h = (state[0], state[1], state[2], state[3], state[4], state[5],
                              state[6], state[7])
    for t in range(64):
        sum1 = rotate_right(e, 6) ^ rotate_right(e, 11) ^ rotate_right(e, 25)
        choice = (e & f) ^ (~e & MASK32 & g)
        t1 = (h + sum1 + choice + ROUND_CONSTANTS[t] + schedule[t]) & MASK32
        sum0 = rotate_right(a, 2) ^ rotate_right(a, 13) ^ rotate_right(a, 22)
        majority = (a & b) ^ (a & c) ^ (b & c)
        t2 = (sum0 + majority) & MASK32
        h = g
        g = f
        f = e
        e = (d + t1) & MASK32
        d = c
        c = b
        b = a
        a = (t1 + t2) & MASK32
    state[0] = (state[0] + a) & MASK32
    state[1] = (state[1] + b) & MASK32
    state[2] = (state[2] + c) & MASK32
    state[3] = (state[3] + d) & MASK32
    state[4] = (state[4] + e) & MASK32
    state[5] = (state[5] + f) & MASK32
    state[6] = (state[6] + g) & MASK32
    state[7] = (state[7] + h) & MASK32


def sha2_32(data, initial, words):
    """SHA-256 (8 words of output) or SHA-224 (7) of `data`."""
    message = pad_message(data)
    state = [word for word in initial]
    schedule = [0] * 64
    for start in range(0, len(message), 64):
        compress(state, message, start, schedule)
    digest = []
    for k in range(words):
        word = state[k]
        for i in range(4):
            digest.append(chr((word >> (8 * (3 - i))) & 0xff))
    return "".join(digest)


# SHA-384 is SHA-512 from the 64-bit square-root fractions of the 9th to 16th primes, cut.
SHA384_INITIAL = [sha512_module.fraction_bits(p, 2) for p in first_primes(16)[8:]]


def sha384(data):
    message = sha512_module.pad_message(data)
    state = [word for word in SHA384_INITIAL]
    schedule = [sha512_module.r_ulonglong(0)] * 80
    for start in range(0, len(message), 128):
        sha512_module.compress(state, message, start, schedule)
    digest = []
    for k in range(6):
        word = state[k]
        for i in range(8):
            digest.append(chr(sha512_module.intmask((word >> (8 * (7 - i))) &
                                                    sha512_module.r_ulonglong(0xff))))
    return "".join(digest)


hash_functions = FunctionTable()


def message_bytes(space, w_data):
    from languages.python.objects.bytesobject import byte_data
    return byte_data(space, w_data)


@hash_functions.function("md5")
def hash_md5(space, w_data):
    return space.newbytes(rmd5.RMD5(message_bytes(space, w_data)).digest())


@hash_functions.function("sha1")
def hash_sha1(space, w_data):
    return space.newbytes(rsha.RSHA(message_bytes(space, w_data)).digest())


@hash_functions.function("sha256")
def hash_sha256(space, w_data):
    return space.newbytes(sha2_32(message_bytes(space, w_data), SHA256_INITIAL, 8))


@hash_functions.function("sha224")
def hash_sha224(space, w_data):
    return space.newbytes(sha2_32(message_bytes(space, w_data), SHA224_INITIAL, 7))


@hash_functions.function("sha512")
def hash_sha512(space, w_data):
    return space.newbytes(sha512_module.sha512(message_bytes(space, w_data)))


@hash_functions.function("sha384")
def hash_sha384(space, w_data):
    return space.newbytes(sha384(message_bytes(space, w_data)))


def make_hash_core(space):
    w_module = W_ModuleObject("_hash_core")
    for spec in hash_functions.specs():
        w_module.w_dict.set(spec.name, W_BuiltinFunction(spec, None))
    return w_module
