<?php
$double = compile_py_func("def double(x):\n    return x * 2\n");
echo $double(21), "\n";
$m = import_py_mod("math");
echo $m->floor(7.9), "\n";
$sum = compile_py_func("def total(arr):\n    s = 0\n    for v in arr:\n        s += v\n    return s\n");
echo $sum([1, 2, 3, 4]), "\n";
$acc = 0;
for ($i = 0; $i < 1000000; $i++) { $acc += $double($i) % 7; }
echo $acc, "\n";
try { $bad = compile_py_func("def f(x):\n    return 1 / 0\n"); $bad(1); }
catch (Exception $e) { echo "caught ", get_class($e), "\n"; }
