# Python's keyword arguments are PHP's named arguments.
f = compile_php_func("function f($a, $b = 2, $c = 3) { return $a * 100 + $b * 10 + $c; }")
print(f(1))
print(f(1, c=5))
print(f(a=4, b=0))
ns = php_global_ns()
print(ns.str_pad("7", 3, pad_type=0, pad_string="0"))
try:
    f(1, zz=2)
except PHPException as e:
    print(e)
