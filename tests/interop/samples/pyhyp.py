ns = php_global_ns()
print(ns.strlen("abcd"))
f = compile_php_func("function twice_sum($a) { return array_sum($a) * 2; }")
print(f([1, 2, 3]))
try:
    compile_php_func("function g() { throw new RuntimeException('boom'); }")()
except Exception as e:
    print("caught", type(e).__name__)
