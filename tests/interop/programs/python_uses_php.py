ns = php_global_ns()
print(ns.strlen("abc"), ns.PHP_INT_MAX, ns.str_repeat("ab", 3))
it = ns.ArrayIterator([1, 2, 3])
print(it.count(), type(it).__name__)
f = compile_php_func("function mk() { return ['a' => 1, 'b' => [1, 2, 3]]; }")
d = f()
print(len(d), d["a"], list(d), len(d["b"]), d["b"][2], "a" in d)
for k in d:
    print(k)
g = compile_php_func("function lst() { return [5, 6, 7]; }")
l = g()
print(len(l), l[0], [x * 2 for x in l], sum(l))
l[1] = 60
print(l[1])
h = compile_php_func("function obj() { $o = new ArrayIterator([9]); return $o; }")
o = h()
print(o.count(), o)
c = compile_php_func("class Pt { public $x = 3; function get($k) { return $this->x * $k; } }\nfunction pt() { return new Pt(); }")
p = c()
print(p.x, p.get(5))
p.x = 10
print(p.get(2))
s = compile_php_func("function same($x) { return $x; }")
obj = object()
print(s(obj) is obj, s([1, 2]), s(None), s(2.5), s(True))
try:
    compile_php_func("function thr() { throw new InvalidArgumentException('bad arg'); }")()
except PHPException as e:
    print("caught", type(e).__name__, e, e.foreign.getMessage())
def boom():
    raise KeyError("k")
call = compile_php_func("function callit($f) { return $f(); }")
try:
    call(boom)
except KeyError as e:
    print("home", repr(e))
m = compile_php_func("function mapit($f, $a) { return array_map($f, $a); }")
print(list(m(lambda x: x + 1, [1, 2, 3])))
try:
    s()
except TypeError as e:
    print("TypeError", e)
try:
    compile_php_func("function broken( { }")
except PHPException as e:
    print("parse", e)
r = PHPRef([3, 1, 2])
ns = php_global_ns()
ns.sort(r)
print(list(r.deref()), type(r).__name__)
inc = compile_php_func("function inc(&$x, $by) { $x += $by; return $x; }")
c = PHPRef(5)
print(inc(c, 2), c.deref())
c.store(10)
inc(c, 1)
print(c.deref())
