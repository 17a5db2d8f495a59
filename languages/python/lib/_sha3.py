"""CPython's `_sha3`, not written yet: hashlib imports its names, calling them fails."""
from _blake2 import _unsupported

sha3_224 = _unsupported("sha3_224")
sha3_256 = _unsupported("sha3_256")
sha3_384 = _unsupported("sha3_384")
sha3_512 = _unsupported("sha3_512")
shake_128 = _unsupported("shake_128")
shake_256 = _unsupported("shake_256")
