"""The Mersenne Twister MT19937, the generator behind Python's `random`, Ruby's `Random`
and PHP's `mt_rand`.

Seeding and output follow the reference algorithm (Matsumoto and Nishimura, 2002) the way
CPython's _randommodule.c uses it: an integer seed is fed to `init_by_array` as 32-bit
words, least significant first; `random()` joins 27 and 26 bits into a double in [0, 1);
`getrandbits(k)` fills 32-bit words from the low end, the last one keeping its top bits.
So a seeded program draws number for number what the reference interpreters draw.  The
state holds only machine words, so one class serves every language unstamped.
"""
from rpython.rlib.rarithmetic import r_uint, intmask
from rpython.rlib.rbigint import rbigint

N = 624
M = 397
MATRIX_A = r_uint(0x9908b0df)
UPPER_MASK = r_uint(0x80000000)
LOWER_MASK = r_uint(0x7fffffff)
MASK32 = r_uint(0xffffffff)
DEFAULT_SEED = 5489


class MersenneTwister(object):
    def __init__(self):
        self.state = [r_uint(0)] * N
        self.index = N
        self.init_genrand(r_uint(DEFAULT_SEED))

    def init_genrand(self, seed):
        mt = self.state
        mt[0] = seed & MASK32
        for i in range(1, N):
            prev = mt[i - 1]
            mt[i] = (r_uint(1812433253) * (prev ^ (prev >> 30)) + r_uint(i)) & MASK32
        self.index = N

    def init_by_array(self, key):
        """Seed from a list of 32-bit words (r_uint); an empty key counts as [0]."""
        if not key:
            key = [r_uint(0)]
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
            mt[i] = ((mt[i] ^ ((prev ^ (prev >> 30)) * r_uint(1566083941))) -
                     r_uint(i)) & MASK32
            i += 1
            if i >= N:
                mt[0] = mt[N - 1]
                i = 1
            k -= 1
        mt[0] = r_uint(0x80000000)        # the state is never all zeros
        self.index = N

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

    def regenerate(self):
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

    def genrand_int32(self):
        """The next 32-bit output word, as an r_uint."""
        if self.index >= N:
            self.regenerate()
        y = self.state[self.index]
        self.index += 1
        y ^= y >> 11
        y ^= (y << 7) & r_uint(0x9d2c5680)
        y ^= (y << 15) & r_uint(0xefc60000)
        y ^= y >> 18
        return y & MASK32

    def random(self):
        """A double in [0, 1) with 53 random bits."""
        a = intmask(self.genrand_int32() >> 5)
        b = intmask(self.genrand_int32() >> 6)
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)

    def getrandbits_small(self, k):
        """k random bits, 0 <= k <= 32, as an int (the top bits of one word)."""
        assert 0 <= k <= 32
        if k == 0:
            return 0
        return intmask(self.genrand_int32() >> (32 - k))

    def getrandbits(self, k):
        """k >= 0 random bits as an rbigint, 32-bit words from the low end."""
        if k <= 32:
            return rbigint.fromint(self.getrandbits_small(k))
        result = rbigint.fromint(0)
        shift = 0
        while k > 0:
            word = self.genrand_int32()
            if k < 32:
                word = word >> (32 - k)
            result = result.or_(rbigint.fromrarith_int(word).lshift(shift))
            shift += 32
            k -= 32
        return result
