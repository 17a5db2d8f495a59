"""_random.Random: CPython's Mersenne Twister (MT19937) and its seeding.

seed(n) feeds |n| as 32-bit words (least significant first) to init_by_array, random()
joins 27 and 26 bits into a double, getrandbits(k) fills 32-bit words from the low end:
all as _randommodule.c does, so seeded sequences match CPython's number for number.
"""
import time

from rpython.rlib.rarithmetic import r_uint, intmask
from rpython.rlib.rbigint import rbigint

from languages.python.kit import ClassDef
from languages.python.objects.base import W_Object

classdef = ClassDef("Random")

N = 624
M = 397
MATRIX_A = r_uint(0x9908b0df)
UPPER_MASK = r_uint(0x80000000)
LOWER_MASK = r_uint(0x7fffffff)
MASK32 = r_uint(0xffffffff)


class W_Random(W_Object):
    def __init__(self):
        self.state = [r_uint(0)] * N
        self.index = N + 1
        self.init_genrand(r_uint(5489))

    def getclass(self, space):
        return space.w_Random

    def init_genrand(self, s):
        mt = self.state
        mt[0] = s & MASK32
        for i in range(1, N):
            prev = mt[i - 1]
            mt[i] = (r_uint(1812433253) * (prev ^ (prev >> 30)) + r_uint(i)) & MASK32
        self.index = N

    def init_by_array(self, key):
        self.init_genrand(r_uint(19650218))
        mt = self.state
        i = 1
        j = 0
        k = max(N, len(key))
        while k > 0:
            prev = mt[i - 1]
            mt[i] = ((mt[i] ^ ((prev ^ (prev >> 30)) * r_uint(1664525))) + key[j] +
                     r_uint(j)) & MASK32
            i += 1
            j += 1
            if i >= N:
                mt[0] = mt[N - 1]
                i = 1
            if j >= len(key):
                j = 0
            k -= 1
        k = N - 1
        while k > 0:
            prev = mt[i - 1]
            mt[i] = ((mt[i] ^ ((prev ^ (prev >> 30)) * r_uint(1566083941))) - r_uint(i)) & MASK32
            i += 1
            if i >= N:
                mt[0] = mt[N - 1]
                i = 1
            k -= 1
        mt[0] = r_uint(0x80000000)

    def generate(self):
        mt = self.state
        for kk in range(N - M):
            y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK)
            mt[kk] = mt[kk + M] ^ (y >> 1) ^ (MATRIX_A if y & 1 else r_uint(0))
        for kk in range(N - M, N - 1):
            y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK)
            mt[kk] = mt[kk + (M - N)] ^ (y >> 1) ^ (MATRIX_A if y & 1 else r_uint(0))
        y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK)
        mt[N - 1] = mt[M - 1] ^ (y >> 1) ^ (MATRIX_A if y & 1 else r_uint(0))
        self.index = 0

    def genrand_uint32(self):
        if self.index >= N:
            self.generate()
        y = self.state[self.index]
        self.index += 1
        y ^= y >> 11
        y ^= (y << 7) & r_uint(0x9d2c5680)
        y ^= (y << 15) & r_uint(0xefc60000)
        y ^= y >> 18
        return y & MASK32

    def random(self):
        a = intmask(self.genrand_uint32() >> 5)
        b = intmask(self.genrand_uint32() >> 6)
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)

    def seed_bigint(self, big):
        """init_by_array with |big| split into 32-bit words, least significant first."""
        big = big.abs()
        key = []
        mask = rbigint.fromint(0xffffffff)
        while True:
            key.append(r_uint(big.and_(mask).toint()))
            big = big.rshift(32)
            if not big.tobool():
                break
        self.init_by_array(key)


def seed_from_object(space, w_random, w_seed):
    from languages.python.objects import intobject
    if w_seed is None or space.is_none(w_seed):
        now = time.time()
        w_random.seed_bigint(rbigint.fromfloat(now * 1000000.0))
        return
    if space.is_int(w_seed):
        w_random.seed_bigint(intobject.to_bigint(w_seed))
        return
    w_random.seed_bigint(rbigint.fromint(space.hash_w(w_seed)))


@classdef.method("seed")
def random_seed(self, space, w_seed=None):
    seed_from_object(space, self, w_seed)
    return space.w_None


@classdef.method("random")
def random_random(self, space):
    return space.newfloat(self.random())


@classdef.method("getrandbits", k="int")
def random_getrandbits(self, space, k):
    if k < 0:
        raise space.error(space.w_ValueError, "number of bits must be non-negative")
    if k == 0:
        return space.newint(0)
    if k <= 32:
        return space.newint(intmask(self.genrand_uint32() >> (32 - k)))
    result = rbigint.fromint(0)
    shift = 0
    while k > 0:
        word = self.genrand_uint32()
        if k < 32:
            word = word >> (32 - k)
        result = result.or_(rbigint.fromint(intmask(word)).lshift(shift))
        shift += 32
        k -= 32
    return space.newbigint(result)


@classdef.method("getstate")
def random_getstate(self, space):
    items_w = [space.newint(intmask(word)) for word in self.state]
    items_w.append(space.newint(self.index))
    return space.newtuple(items_w)


@classdef.method("setstate")
def random_setstate(self, space, w_state):
    items_w = space.listview(w_state)
    if len(items_w) != N + 1:
        raise space.error(space.w_ValueError, "state vector is the wrong size")
    for i in range(N):
        self.state[i] = r_uint(space.int_w(items_w[i])) & MASK32
    index = space.int_w(items_w[N])
    if index < 0 or index > N:
        raise space.error(space.w_ValueError, "invalid state")
    self.index = index
    return space.w_None


classdef.exposes(W_Random)
