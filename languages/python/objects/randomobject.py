"""_random.Random: the kit's Mersenne Twister (framework/mt19937.py) behind CPython's
_random API, so seeded sequences match CPython's number for number."""
import time

from rpython.rlib.rarithmetic import r_uint, intmask
from rpython.rlib.rbigint import rbigint

from framework.mt19937 import MersenneTwister, N, MASK32
from languages.python.kit import ClassDef
from languages.python.objects.base import W_Object

classdef = ClassDef("Random")


class W_Random(W_Object):
    def __init__(self):
        self.generator = MersenneTwister()

    def getclass(self, space):
        return space.w_Random


def seed_from_object(space, w_random, w_seed):
    from languages.python.objects import intobject
    if w_seed is None or space.is_none(w_seed):
        now = time.time()
        w_random.generator.seed_bigint(rbigint.fromfloat(now * 1000000.0))
        return
    if space.is_int(w_seed):
        w_random.generator.seed_bigint(intobject.to_bigint(w_seed))
        return
    w_random.generator.seed_bigint(rbigint.fromint(space.hash_w(w_seed)))


@classdef.method("seed")
def random_seed(self, space, w_seed=None):
    seed_from_object(space, self, w_seed)
    return space.w_None


@classdef.method("random")
def random_random(self, space):
    return space.newfloat(self.generator.random())


@classdef.method("getrandbits", k="int")
def random_getrandbits(self, space, k):
    if k < 0:
        raise space.error(space.w_ValueError, "number of bits must be non-negative")
    if k <= 32:
        return space.newint(self.generator.getrandbits_small(k))
    return space.newbigint(self.generator.getrandbits(k))


@classdef.method("getstate")
def random_getstate(self, space):
    items_w = [space.newint(intmask(word)) for word in self.generator.state]
    items_w.append(space.newint(self.generator.index))
    return space.newtuple(items_w)


@classdef.method("setstate")
def random_setstate(self, space, w_state):
    items_w = space.listview(w_state)
    if len(items_w) != N + 1:
        raise space.error(space.w_ValueError, "state vector is the wrong size")
    for i in range(N):
        self.generator.state[i] = r_uint(space.int_w(items_w[i])) & MASK32
    index = space.int_w(items_w[N])
    if index < 0 or index > N:
        raise space.error(space.w_ValueError, "invalid state")
    self.generator.index = index
    return space.w_None


classdef.exposes(W_Random)
