<?php
// Named arguments from PHP are Python's keyword arguments.
$f = compile_py_func("def f(a, b=2, *, c=3):\n    return a * 100 + b * 10 + c\n");
echo $f(1), "\n";
echo $f(1, c: 5), "\n";
echo $f(a: 4, b: 0), "\n";
echo call_py_func($f, [7], ["c" => 9, "b" => 8]), "\n";
$b = import_py_mod("builtins");
echo implode(",", iterator_to_array($b->sorted([3, 1, 2], reverse: true))), "\n";
$kw = compile_py_func("def kw(**named):\n    return ','.join(sorted(named))\n");
echo $kw(zeta: 1, alpha: 2), "\n";
try { $f(1, zz: 2); } catch (PyException $e) { echo $e->getMessage(), "\n"; }
