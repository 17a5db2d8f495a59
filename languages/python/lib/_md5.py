"""CPython's `_md5` (hashlib.md5 without OpenSSL)."""
import _hash_core
from _hashobject import make

md5 = make("md5", _hash_core.md5, 16)
MD5Type = md5
