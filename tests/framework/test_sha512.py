"""SHA-512 against the standard's test vectors and hashlib, across block boundaries."""
import hashlib

from rpython.rtyper.test.test_llinterp import interpret

from framework.sha512 import sha512, ROUND_CONSTANTS, INITIAL_HASH


def test_derived_constants_are_the_standards():
    assert INITIAL_HASH[0] == 0x6a09e667f3bcc908
    assert INITIAL_HASH[7] == 0x5be0cd19137e2179
    assert ROUND_CONSTANTS[0] == 0x428a2f98d728ae22
    assert ROUND_CONSTANTS[79] == 0x6c44198c4a475817


def test_standard_vectors():
    assert sha512("abc").encode("hex") == (
        "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a"
        "2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f")
    assert sha512("").encode("hex").startswith("cf83e1357eefb8bdf1542850d66d8007")


def test_matches_hashlib_around_block_boundaries():
    for n in [1, 55, 111, 112, 113, 127, 128, 129, 255, 256, 1000]:
        data = "".join(chr((i * 31) % 256) for i in range(n))
        assert sha512(data) == hashlib.sha512(data).digest()


def rtyped_digest(n):
    digest = sha512("q" * n)
    return ord(digest[0]) * 256 + ord(digest[63])


def test_rtyped():
    assert interpret(rtyped_digest, [130]) == rtyped_digest(130)
