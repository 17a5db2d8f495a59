"""CPython's `_sha512` (hashlib.sha384 and sha512 without OpenSSL)."""
import _hash_core
from _hashobject import make

sha384 = make("sha384", _hash_core.sha384, 48, 128)
sha512 = make("sha512", _hash_core.sha512, 64, 128)
SHA384Type = sha384
SHA512Type = sha512
