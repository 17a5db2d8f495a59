<?php
// Bad use across the boundary: each error is PHP's, naming the Python side too.
function report($e) { echo get_class($e), ": ", $e->getMessage(), " (line ", $e->getLine(), ")\n"; }
$mk = compile_py_func("def mk():\n    return {1: 2}\n");
try { $d = $mk(); $d(1); } catch (Throwable $e) { report($e); }
$f = compile_py_func("def f(x):\n    return x\n");
try { $f(1, 2); } catch (Throwable $e) { report($e); }
try { compile_py_func("def f(x):\n    return x +\n"); } catch (Throwable $e) { report($e); }
try { compile_py_func("x = 1\n"); } catch (Throwable $e) { report($e); }
try { $g = compile_py_func("def g(x):\n    return x.nope\n"); $g(1); } catch (Throwable $e) { report($e); }
try { import_py_mod("no_such_module"); } catch (Throwable $e) { report($e); }
echo "still running\n";
