"""SHA-512 (FIPS 180-4) over RPython strs: Python's random.seed(str) hashes its text with
it, and PHP's hash() and Ruby's Digest::SHA512 need it too; rpython's rlib has only
SHA-1 and MD5.

The round constants and initial hash are what the standard defines them to be, the first
64 fractional bits of the cube roots of the first 80 primes and of the square roots of the
first 8; they are computed here, on the host at import time, with exact integer roots.
"""
from rpython.rlib.rarithmetic import r_ulonglong, intmask

MASK64 = (1 << 64) - 1


def first_primes(count):
    primes = []
    candidate = 2
    while len(primes) < count:
        if all(candidate % p for p in primes):
            primes.append(candidate)
        candidate += 1
    return primes


def integer_root(value, degree):
    """floor(value ** (1 / degree)) for a non-negative integer, by Newton's method."""
    guess = 1 << (value.bit_length() // degree + 1)
    while True:
        better = ((degree - 1) * guess + value // guess ** (degree - 1)) // degree
        if better >= guess:
            return guess
        guess = better


def fraction_bits(prime, degree):
    return r_ulonglong(integer_root(prime << (64 * degree), degree) & MASK64)


ROUND_CONSTANTS = [fraction_bits(p, 3) for p in first_primes(80)]
INITIAL_HASH = [fraction_bits(p, 2) for p in first_primes(8)]


def rotate_right(x, n):
    return (x >> n) | (x << (64 - n))


def pad_message(data):
    """The message, a 1 bit, zeros, and its length in bits (128 bits, big-endian), filling
    whole 128-byte blocks."""
    length = len(data)
    zeros = (111 - length) % 128
    bits = r_ulonglong(length) << 3
    tail = [chr(intmask((bits >> (8 * (7 - i))) & r_ulonglong(0xff))) for i in range(8)]
    return data + "\x80" + "\x00" * (zeros + 8) + "".join(tail)


def compress(state, block, start, schedule):
    for t in range(16):
        word = r_ulonglong(0)
        for i in range(8):
            word = (word << 8) | r_ulonglong(ord(block[start + 8 * t + i]))
        schedule[t] = word
    for t in range(16, 80):
        w15 = schedule[t - 15]
        w2 = schedule[t - 2]
        s0 = rotate_right(w15, 1) ^ rotate_right(w15, 8) ^ (w15 >> 7)
        s1 = rotate_right(w2, 19) ^ rotate_right(w2, 61) ^ (w2 >> 6)
        schedule[t] = schedule[t - 16] + s0 + schedule[t - 7] + s1
    a, b, c, d, e, f, g, h = (state[0], state[1], state[2], state[3], state[4], state[5],
                              state[6], state[7])
    for t in range(80):
        sum1 = rotate_right(e, 14) ^ rotate_right(e, 18) ^ rotate_right(e, 41)
        choice = (e & f) ^ (~e & g)
        t1 = h + sum1 + choice + ROUND_CONSTANTS[t] + schedule[t]
        sum0 = rotate_right(a, 28) ^ rotate_right(a, 34) ^ rotate_right(a, 39)
        majority = (a & b) ^ (a & c) ^ (b & c)
        t2 = sum0 + majority
        h = g
        g = f
        f = e
        e = d + t1
        d = c
        c = b
        b = a
        a = t1 + t2
    state[0] += a
    state[1] += b
    state[2] += c
    state[3] += d
    state[4] += e
    state[5] += f
    state[6] += g
    state[7] += h


def sha512(data):
    """The 64-byte SHA-512 digest of `data`."""
    message = pad_message(data)
    state = [word for word in INITIAL_HASH]
    schedule = [r_ulonglong(0)] * 80
    for start in range(0, len(message), 128):
        compress(state, message, start, schedule)
    digest = []
    for word in state:
        for i in range(8):
            digest.append(chr(intmask((word >> (8 * (7 - i))) & r_ulonglong(0xff))))
    return "".join(digest)
