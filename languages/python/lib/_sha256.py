"""CPython's `_sha256` (hashlib.sha224 and sha256 without OpenSSL)."""
import _hash_core
from _hashobject import make

sha224 = make("sha224", _hash_core.sha224, 28)
sha256 = make("sha256", _hash_core.sha256, 32)
SHA224Type = sha224
SHA256Type = sha256
