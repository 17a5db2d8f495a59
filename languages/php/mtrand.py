"""mt_rand and friends on the shared Mersenne Twister, drawing exactly php 8.2's numbers:
mt_srand(seed) is init_genrand(seed); mt_rand() is one word shifted right once; a range
draws 32 bits (64 for a wide range) and rejects the top partial bucket (php's
php_mt_rand_range).  shuffle, str_shuffle and array_rand use the same draws as php."""
import time

from rpython.rlib.rarithmetic import r_uint, intmask

from framework.mt19937 import MersenneTwister
from languages.php.arrays import W_Array
from languages.php.builtins import functions
from languages.php.objects import W_String, w_null, w_true, newint

MASK32 = r_uint(0xffffffff)


class PhpRandom(object):
    """The generator of one program, seeded at first use as php does."""

    def __init__(self):
        self.twister = MersenneTwister()
        self.seeded = False

    def seed(self, seed):
        self.twister.init_genrand(r_uint(seed) & MASK32)
        self.seeded = True

    def next32(self):
        if not self.seeded:
            self.seed(intmask(int(time.time() * 1000000.0)))
        return self.twister.genrand_int32()

    def range(self, low, high):
        """A uniform int in [low, high] (high >= low)."""
        umax = r_uint(high) - r_uint(low)
        if umax <= MASK32:
            result = self.next32()
            if umax == MASK32:
                return intmask(r_uint(low) + result)
            umax += 1
            if umax & (umax - 1):
                limit = MASK32 - (MASK32 % umax) - 1
                while result > limit:
                    result = self.next32()
            return intmask(r_uint(low) + result % umax)
        result = (self.next32() << 32) | self.next32()
        full = r_uint(-1)
        if umax == full:
            return intmask(r_uint(low) + result)
        umax += 1
        if umax & (umax - 1):
            limit = full - (full % umax) - 1
            while result > limit:
                result = (self.next32() << 32) | self.next32()
        return intmask(r_uint(low) + result % umax)


def generator(space):
    if space.random is None:
        space.random = PhpRandom()
    return space.random


@functions.function("mt_srand")
def mt_srand(space, w_seed=None, w_mode=None):
    if w_seed is None:
        generator(space).seed(intmask(int(time.time() * 1000000.0)))
    else:
        generator(space).seed(space.to_int(w_seed))
    return w_null


@functions.function("srand")
def srand(space, w_seed=None, w_mode=None):
    return mt_srand(space, w_seed, w_mode)


def rand_between(space, fname, w_min, w_max):
    if w_min is None:
        return newint(intmask(generator(space).next32() >> 1))
    if w_max is None:
        raise space.error("ArgumentCountError", "%s() expects exactly 2 arguments, 1 given"
                          % fname)
    low = space.to_int(w_min)
    high = space.to_int(w_max)
    if high < low:
        if fname == "rand":
            return newint(generator(space).range(high, low))
        raise space.error("ValueError", "%s(): Argument #2 ($max) must be greater than or "
                          "equal to argument #1 ($min)" % fname)
    return newint(generator(space).range(low, high))


@functions.function("mt_rand")
def mt_rand(space, w_min=None, w_max=None):
    return rand_between(space, "mt_rand", w_min, w_max)


@functions.function("rand")
def rand(space, w_min=None, w_max=None):
    return rand_between(space, "rand", w_min, w_max)


@functions.function("random_int")
def random_int(space, w_min, w_max):
    low = space.to_int(w_min)
    high = space.to_int(w_max)
    if low > high:
        raise space.error("ValueError", "random_int(): Argument #1 ($min) must be less than "
                          "or equal to argument #2 ($max)")
    return newint(generator(space).range(low, high))


@functions.function("mt_getrandmax")
def mt_getrandmax(space):
    return newint(2147483647)


@functions.function("getrandmax")
def getrandmax(space):
    return newint(2147483647)


@functions.function("lcg_value")
def lcg_value(space):
    from languages.php.objects import W_Float
    return W_Float(generator(space).twister.random())


@functions.function("shuffle")
def shuffle(space, w_ref):
    from languages.php.lib import ref_array
    w_array = ref_array(space, w_ref, "shuffle")
    values_w = []
    position = w_array.first_position()
    while position >= 0:
        values_w.append(w_array.value_at(position))
        position = w_array.next_position(position)
    rng = generator(space)
    left = len(values_w) - 1
    while left > 0:
        j = rng.range(0, left)
        if j != left:
            values_w[left], values_w[j] = values_w[j], values_w[left]
        left -= 1
    w_array.clear()
    for w_value in values_w:
        w_array.append(w_value)
    return w_true


@functions.function("str_shuffle")
def str_shuffle(space, w_s):
    chars = [ch for ch in space.str(w_s)]
    rng = generator(space)
    left = len(chars) - 1
    while left > 0:
        j = rng.range(0, left)
        if j != left:
            chars[left], chars[j] = chars[j], chars[left]
        left -= 1
    return W_String("".join(chars))


@functions.function("array_rand")
def array_rand(space, w_array, w_num=None):
    from languages.php.lib import array_arg
    array_arg(space, w_array, "array_rand", 1, "array")
    assert isinstance(w_array, W_Array)
    n = w_array.length()
    if n == 0:
        raise space.error("ValueError", "array_rand(): Argument #1 ($array) cannot be empty")
    num = space.to_int(w_num) if w_num is not None else 1
    keys_w = w_array.keys_w()
    rng = generator(space)
    if num == 1:
        return keys_w[rng.range(0, n - 1)]
    if num <= 0 or num > n:
        raise space.error("ValueError", "array_rand(): Argument #2 ($num) must be between 1 "
                          "and the number of elements in argument #1 ($array)")
    negative = False
    if num > n >> 1:
        negative = True
        num = n - num
    chosen = [False] * n
    while num > 0:
        index = rng.range(0, n - 1)
        if not chosen[index]:
            chosen[index] = True
            num -= 1
    w_result = W_Array()
    for i in range(n):
        if chosen[i] != negative:
            w_result.append(keys_w[i])
    return w_result
