<?php
$greeting = "hello";
$n = 5;
$f = compile_py_func("def f(x):\n    return greeting + ' ' + str(x * n)\n");
echo $f(3), "\n";
$g = compile_py_func_global("def g():\n    return n + 1\n");
echo $g(), "\n";
$m = import_py_mod("math");
echo $m->pi, "\n";
$mk = compile_py_func("def mk():\n    return [10, 20, 30]\n");
$l = $mk();
echo count($l), " ", $l[1], " ", isset($l[2]) ? "y" : "n", isset($l[5]) ? "y" : "n", "\n";
foreach ($l as $k => $v) { echo "$k=$v "; }
echo "\n";
$l[0] = 99;
$show = compile_py_func("def show(x):\n    return repr(x)\n");
echo $show($l), "\n";
$d = compile_py_func("def d():\n    return {'a': 1, 'b': [1, 2]}\n");
$dd = $d();
foreach ($dd as $k => $v) { echo "$k => ", is_object($v) ? count($v) : $v, "\n"; }
echo $dd['a'], isset($dd['zz']) ? "Y" : "N", "\n";
$cls = compile_py_func("def cls():\n    class P:\n        def __init__(self):\n            self.x = 4\n        def get(self, k):\n            return self.x * k\n    return P()\n");
$p = $cls();
echo $p->x, " ", $p->get(10), "\n";
$p->x = 7;
echo $p->get(1), " ", get_class($p), "\n";
$arr = [1, 2, 3];
$mut = compile_py_func("def mut(a):\n    a[0] = 100\n    return len(a)\n");
echo $mut($arr), " ", $arr[0], "\n";
$same = compile_py_func("def same(x):\n    return x\n");
$o = new stdClass;
var_dump($same($o) === $o, $same($p) === $p);
echo call_py_func($same, [42]), "\n";
try { $same(); } catch (ArgumentCountError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { compile_py_func("def bad(:\n"); } catch (PyException $e) { echo "syntax: ", $e->getMessage(), "\n"; }
try { $m->pi(); } catch (TypeError $e) { echo "TypeError: ", $e->getMessage(), "\n"; }
$cb = compile_py_func("def cb(f):\n    return f(20) + 1\n");
echo $cb(function ($x) { return $x * 2; }), "\n";
$thrower = compile_py_func("def th(f):\n    return f()\n");
try { $thrower(function () { throw new LogicException("mine"); }); } catch (LogicException $e) { echo "home: ", $e->getMessage(), "\n"; }
echo implode(",", array_map($same, [1, 2])), "\n";
echo $l, "\n";
class Account {
    public $balance = 10;
    function deposit($n) { $this->balance += $n; return $this; }
}
compile_py_meth("Account", "def report(self, prefix):\n    return prefix + str(self.balance * 2)\n");
echo (new Account())->deposit(5)->report("double: "), "\n";
try { echo $l[10]; } catch (OutOfBoundsException $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { echo $dd["nope"]; } catch (OutOfBoundsException $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { echo $p->nowhere; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { $p->nothing(1); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { count($p); } catch (TypeError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { import_py_mod("no_such_module"); } catch (PyException $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
echo isset($p->x) ? "x set" : "x unset", " ", isset($p->zz) ? "zz set" : "zz unset", "\n";
