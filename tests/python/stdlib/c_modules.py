"""The modules CPython writes in C, here in lib/ or RPython: csv, array, binascii (base64,
secrets), hashlib, cmath, math's erf/gamma (statistics); examples from their documentation."""
import array
import base64
import binascii
import cmath
import csv
import hashlib
import io
import math
import secrets
import statistics
import uuid

# csv
f = io.StringIO()
w = csv.writer(f)
w.writerow(["Spam"] * 5 + ["Baked Beans"])
w.writerow(["Spam", "Lovely Spam", "Wonderful Spam", 'say "hi"', "a,b"])
print(repr(f.getvalue()))
for row in csv.reader(io.StringIO(f.getvalue())):
    print(", ".join(row))
f = io.StringIO()
dw = csv.DictWriter(f, fieldnames=["first_name", "last_name"])
dw.writeheader()
dw.writerow({"first_name": "Baked", "last_name": "Beans"})
dw.writerow({"first_name": "Wonderful", "last_name": "Spam"})
for row in csv.DictReader(io.StringIO(f.getvalue())):
    print(row["first_name"], row["last_name"])
print(list(csv.reader(["a;b;'c;d'"], delimiter=";", quotechar="'")))
print(list(csv.reader(['1,"two\nlines",3'])))
print(list(csv.reader(["3,4.5"], quoting=csv.QUOTE_NONNUMERIC)))
print(csv.Sniffer().sniff("a;b;c\n1;2;3\n").delimiter)
print(csv.list_dialects())

# array
a = array.array("l", [1, 2, 3])
a.append(4)
print(a, a.itemsize, a.typecode, a[1:3], a.tolist())
print(array.array("d", [1.0, 2.0, 3.14]), array.array("u", "hello \u2641"))
print(array.array("B", b"abc").tobytes(), len(array.array("i", range(10))))
try:
    array.array("b", [300])
except OverflowError as e:
    print("OverflowError:", e)

# binascii, base64
print(binascii.hexlify(b"\x01\xff"), binascii.unhexlify("01ff"), binascii.crc32(b"hello world"))
encoded = base64.b64encode(b"data to be encoded")
print(encoded, base64.b64decode(encoded))
print(base64.urlsafe_b64encode(b"\xfb\xff\xfe"), base64.b32encode(b"abc"), base64.b16encode(b"hi"))
print(base64.a85encode(b"polyvm"), base64.b85encode(b"polyvm"))
try:
    base64.b64decode("abc")
except binascii.Error as e:
    print("Error:", e)
print(len(secrets.token_hex(16)), len(secrets.token_bytes(8)), len(secrets.token_urlsafe(16)))
print(secrets.compare_digest("abc", "abc"), secrets.randbelow(1))

# hashlib
m = hashlib.sha256()
m.update(b"Nobody inspects")
m.update(b" the spammish repetition")
print(m.hexdigest(), m.digest_size, m.block_size, m.name)
print(hashlib.sha224(b"Nobody inspects the spammish repetition").hexdigest())
print(hashlib.md5(b"hello").hexdigest(), hashlib.sha1(b"hello").hexdigest())
print(hashlib.new("sha512", b"x").hexdigest()[:32], hashlib.sha384(b"x").hexdigest()[:32])
c = m.copy()
c.update(b"!")
print(c.hexdigest() != m.hexdigest(), sorted(hashlib.algorithms_guaranteed)[:4])
print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 2).hex())
import hmac
print(hmac.new(b"key", b"message", "sha256").hexdigest())

# cmath
print(cmath.sqrt(-1), cmath.phase(complex(-1.0, 0.0)), cmath.phase(complex(-1.0, -0.0)))
print(cmath.polar(1 + 1j), cmath.rect(2, cmath.pi / 2).real < 1e-15, cmath.exp(1j * cmath.pi))
print(cmath.log(8, 2), cmath.isclose(cmath.exp(cmath.log(3 + 4j)), 3 + 4j), cmath.isfinite(1j))

# math additions and statistics
print(math.erf(0.5), math.erfc(0.5), math.gamma(5), math.lgamma(10), math.exp2(10))
print(statistics.mean([1, 2, 3, 4, 4]), statistics.median([1, 3, 5, 7]))
print(statistics.mode([1, 1, 2, 3, 3, 3, 3, 4]), statistics.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
print(statistics.variance([2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]), statistics.fmean([3.5, 4.0, 5.25]))
print(statistics.geometric_mean([54, 24, 36]), statistics.harmonic_mean([40, 60]))
print(statistics.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10))
print(statistics.NormalDist(mu=100, sigma=15).cdf(130))

# uuid
print(uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"))
x = uuid.UUID("{00010203-0405-0607-0809-0a0b0c0d0e0f}")
print(x, x.hex, x.int, x.version, repr(x), x.bytes)
print(uuid.uuid4().version, len(str(uuid.uuid4())))
