<html>
<?php
$x = 1 + 2;
echo "Hello, world! $x\n";
function fib($n) { return $n < 2 ? $n : fib($n - 1) + fib($n - 2); }
echo fib(15), "\n";
$a = [1, 2, 'k' => 'v'];
$a[] = 4;
var_dump($a);
print_r($a);
class P { public $x = 3; function __construct($y) { $this->y = $y; } function get() { return $this->x + $this->y; } }
$p = new P(4);
echo $p->get(), "\n";
try { throw new Exception("boom"); } catch (Exception $e) { echo "caught ", $e->getMessage(), "\n"; }
foreach ($a as $k => $v) { echo "$k=$v "; }
echo 1.5 + 0.1, " ", 10/3, "\n";
