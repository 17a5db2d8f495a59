# Built-ins called with keywords, defaults, keyword-only and **kwargs, and each argument
# error CPython's argument parser words (the ClassDef/FunctionTable declarations).
import math

print(sorted([3, 1, 2], key=lambda x: -x, reverse=True))
print("a,b,c".split(sep=",", maxsplit=1), "a b".split(), b"a b".split(maxsplit=0))
print(int("ff", base=16), int("12"), int())
print(1, 2, sep="-", end="!\n")
print(len([1, 2]), [].append(3))
d = dict(a=1, b=2)
d.update({"c": 3}, e=5)
print(d)
print(dict.fromkeys("ab", 0), (5).to_bytes(2, "little"), int.from_bytes(b"\x01\x00", "little"))
print(float.fromhex("0x1p1"), bytes.fromhex("4142"), str.maketrans("a", "b"))
print(max([1, 5, 2], key=lambda x: -x), min([], default=7), sum([1, 2], start=10))
print(round(2.567, ndigits=2), pow(2, 10, mod=7), list(enumerate("ab", start=1)))
print("{} {x}".format(1, x=2), "ab".encode(encoding="ascii"), b"ab".decode(errors="strict"))
print(complex(real=1, imag=2), str(object=5), range(1, 5, 2), slice(2), slice(1, None))
print(math.isclose(1.0, 1.0000000001), math.isclose(a=1.0, b=2.0, abs_tol=1.5),
      math.prod([2, 3], start=2))
print((1).to_bytes(byteorder="little", length=2), "a\nb".splitlines(keepends=True))
print(b"a\tb".expandtabs(tabsize=2), b"ab".hex(sep=":"), b"abc".translate(None, delete=b"b"))
print(zip([1], [2], strict=True).__next__(), sorted("cba", key=None))


class A(int):
    pass


print(A.from_bytes(b"\x02", "big"), type(A.from_bytes(b"\x02", "big")).__name__)


class B:
    def __init_subclass__(cls, **kw):
        print("subclass", sorted(kw.items()))
        super().__init_subclass__()


class C(B, x=1):
    pass


class D(dict):
    pass


print(D(a=1), list(range(3)))

for t in ["sorted()", "sorted([], foo=1)", "sorted([], [])", "[].sort(1)", "'a'.split(x=1)",
          "'a'.split(',', sep=',')", "'a'.split(',', 1, 2)", "'a'.split(maxsplit=None)",
          "int('1', bas=2)", "int(x='1')", "int('1', 2, 3)", "int('1', base=2, x=2)",
          "int(base=3)", "print(foo=1)", "print(sep=1)", "len(obj=1)", "len()", "len(1, 2)",
          "'a'.upper(1)", "'a'.upper(x=1)", "max()", "max(1, foo=2)", "enumerate()",
          "enumerate([], strat=1)", "round()", "round(1, nd=2)", "round(1, 2, 3)", "open()",
          "open(fil='x')", "sum()", "sum([], strat=1)", "sum(iterable=[])",
          "sum([], 1, start=2)", "getattr()", "getattr(1, 'x', 1, 2)", "iter(x=1)", "next()",
          "pow(1)", "str(objec=1)", "str(1, 2, 3, 4)", "float(x=1)", "float(1, 2)",
          "range()", "range(x=1)", "slice()", "complex(rea=1)", "property(fge=1)",
          "dict(1, 2)", "(1).to_bytes(2, 'big', signed=True, x=1)", "(1).to_bytes(1, 'big', 3)",
          "int.from_bytes()", "int.from_bytes(b'', byteorder='big', bytes=b'')",
          "float.fromhex()", "dict.fromkeys()", "{}.update(1, 2)", "exec()", "eval()",
          "eval('1', globals={})", "compile()", "compile('1', 'f')", "format()",
          "input(1, 2)", "input(prompt='x')", "object(1)", "object(x=1)", "staticmethod()",
          "classmethod(x=1)", "[].append(x=1)", "[].append(1, x=1)", "[].pop(x=1)",
          "zip(foo=1)", "zip([], strict=True, x=1)", "sorted([], key=None, reverse=False, x=1)",
          "'a'.split(sep=1, maxsplit=1, x=1)", "'a'.splitlines(1, 2)", "math.prod()",
          "math.prod([], 1)", "math.isclose(1)", "math.isclose(1, 2, 3)",
          "math.isclose(1, 2, x=1)", "list.sort()", "b'a'.translate()",
          "min([], key=None, default=3, x=1)", "type()", "super(1, 2, 3)"]:
    try:
        eval(t)
        print(t, "ok")
    except Exception as e:
        print(t, "->", type(e).__name__, e)
