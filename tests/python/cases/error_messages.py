tests = [
 "[].pop()", "{}.popitem()", "set().pop()", "'abc'[10]", "(1,2)[5]", "int('x')", "float('y')",
 "1 + 'a'", "'a' - 1", "None()", "len(5)", "iter(5)", "next(iter([]))", "[1,2].index(9)",
 "'abc'.index('z')", "{1: 2}[3]", "object().x", "1 .x", "del [][0]", "x = undefined",
 "import nonexistent_mod", "'%d' % 'a'", "'{}'.format()", "'{0}'.format()",
 "chr(-1)", "ord('ab')", "divmod(1, 0)", "1 % 0", "1.0 / 0", "2 ** -1 % 0", "round(1.5, 'x')",
 "sorted([1, 'a'])", "max([])", "min()", "int(1e400)", "list(range(3))[::0]", "'a' * 'b'",
 "[1] * 'x'", "dict([1])", "dict([(1,2,3)])", "bytes([300])", "b'a' + 'b'", "(1).bit_length(5)",
 "hash([])", "{[]: 1}", "{{}}", "frozenset([[]])", "type('X', (), 5)", "super()", "getattr(1, 2)",
 "setattr(1, 'x', 2)", "isinstance(1, 5)", "issubclass(1, int)", "abs('x')", "-'x'", "~1.5",
 "'abc'.split('')", "'x'.center(-1)", "'x'.zfill('a')", "[].sort(key=1)", "sum(['a'])",
 "open('/nonexistent/x')", "exec('1 +')", "eval('')", "compile", "vars(1)",
 "'a'.encode('nope')", "b'\\xff'.decode()", "int('5', 99)", "int('5', 1)", "3 .__add__('x')",
]
for t in tests:
    try:
        exec(t)
        print("ok", t)
    except Exception as e:
        print(type(e).__name__, "|", e)
