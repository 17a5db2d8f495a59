# Bad use across the boundary: each error is Python's, naming the PHP side too.
def report(e):
    print(type(e).__name__ + ":", e)


try:
    compile_php_func("function arr() { return [1]; }")()(1)
except Exception as e:
    report(e)
f = compile_php_func("function f($x) { return $x; }")
try:
    f()
except Exception as e:
    report(e)
try:
    compile_php_func("function h( { }")
except Exception as e:
    report(e)
try:
    compile_php_func("function k() { return undefined_fn(); }")()
except Exception as e:
    report(e)
try:
    compile_php_func("function f($y) { }")
except Exception as e:
    report(e)
try:
    php_global_ns().no_such_function(1)
except Exception as e:
    report(e)
print("still running")
