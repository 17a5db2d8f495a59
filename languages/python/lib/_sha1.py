"""CPython's `_sha1` (hashlib.sha1 without OpenSSL)."""
import _hash_core
from _hashobject import make

sha1 = make("sha1", _hash_core.sha1, 20)
SHA1Type = sha1
