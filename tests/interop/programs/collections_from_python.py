# PHP arrays seen from Python: a hash answers as a dict, a list as a list.
make = compile_php_func("function make() { return ['x' => 1, 'y' => 2]; }")
a = make()
print(len(a), list(a))
for k in a:
    print(k, a[k])
print(sorted(a.keys()), list(a.items()), list(a.values()))
for k, v in a.items():
    print(k, "->", v)
print('x' in a, 'z' in a, a.get('x'), a.get('z'), a.get('z', 0))
a['z'] = 26
count = compile_php_func("function count_of($arr) { return count($arr) . ':' . implode(',', array_keys($arr)); }")
print(count(a))
l = compile_php_func("function ml() { return [5, 6, 7]; }")()
print(list(l), l[1], sum(l), 6 in l, 8 in l)
print(list(l.keys()), list(l.items()))
obj = compile_php_func("""function obj() {
    return new class { function keys() { return 'own keys'; } function get($k) { return "own $k"; } };
}""")()
print(obj.keys(), obj.get('k'))
try:
    a.keys(1)
except TypeError as e:
    print(e)
