"""The kit's Mersenne Twister against the reference generator and CPython's random."""
from rpython.rlib.rarithmetic import r_uint
from rpython.rlib.rbigint import rbigint

from framework.mt19937 import MersenneTwister


def test_default_seed_matches_reference_outputs():
    mt = MersenneTwister()             # init_genrand(5489), as the reference code's default
    assert [int(mt.genrand_int32()) for _ in range(5)] == [
        3499211612, 581869302, 3890346734, 3586334585, 545404204]


def test_init_genrand_resets_the_sequence():
    mt = MersenneTwister()
    for _ in range(700):               # past one regeneration of the 624-word state
        mt.genrand_int32()
    mt.init_genrand(r_uint(5489))
    assert int(mt.genrand_int32()) == 3499211612


def test_init_by_array_matches_reference_outputs():
    mt = MersenneTwister()
    mt.init_by_array([r_uint(0x123), r_uint(0x234), r_uint(0x345), r_uint(0x456)])
    assert [int(mt.genrand_int32()) for _ in range(5)] == [
        1067595299, 955945823, 477289528, 4107218783, 4228976476]


def test_random_matches_cpython_seed_42():
    mt = MersenneTwister()
    mt.seed_bigint(rbigint.fromint(42))
    assert [mt.random() for _ in range(3)] == [
        0.6394267984578837, 0.025010755222666936, 0.27502931836911926]


def test_seed_uses_the_absolute_value_and_every_word():
    mt = MersenneTwister()
    mt.seed_bigint(rbigint.fromint(-42))
    assert mt.random() == 0.6394267984578837
    mt.seed_bigint(rbigint.fromint(2).pow(rbigint.fromint(70)).add(rbigint.fromint(5)))
    assert mt.random() == 0.46679953776226335


def test_getrandbits_matches_cpython():
    mt = MersenneTwister()
    mt.seed_bigint(rbigint.fromint(42))
    assert mt.getrandbits(100).str() == "873491343714207852616756591005"
    assert mt.getrandbits(7).toint() == 35
    assert mt.getrandbits_small(32) == 1051802512


def test_getrandbits_edges():
    mt = MersenneTwister()
    assert mt.getrandbits(0).toint() == 0
    assert mt.getrandbits_small(0) == 0
    for k in [1, 31, 33, 64, 65, 200]:
        value = mt.getrandbits(k)
        assert value.sign >= 0 and value.bit_length() <= k


def test_random_is_in_unit_interval():
    mt = MersenneTwister()
    values = [mt.random() for _ in range(2000)]
    assert all(0.0 <= x < 1.0 for x in values)
    assert len(set(values)) == 2000
