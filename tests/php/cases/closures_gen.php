<?php
$mul = 3;
$f = function ($x) use ($mul) { return $x * $mul; };
$g = fn($x) => $x + $mul;
echo implode(",", array_map($f, [1, 2, 3])), " ", $g(1), "\n";
$counter = function () { static $n = 0; return ++$n; };
echo $counter(), $counter(), $counter(), "\n";
$total = 0;
$add = function ($x) use (&$total) { $total += $x; };
$add(5); $add(6);
echo $total, "\n";
function gen() { $x = yield 1; echo "got $x\n"; yield 2; return 10; }
$gen = gen();
echo $gen->current(), "\n";
echo $gen->send("hi"), "\n";
$gen->next();
echo $gen->getReturn(), "\n";
function kv() { yield 'a' => 1; yield 'b' => 2; yield from [3, 4]; }
foreach (kv() as $k => $v) echo "$k=$v ";
echo "\n";
$list = [5, 3, 8, 1];
usort($list, fn($a, $b) => $b <=> $a);
echo implode(" ", $list), "\n";
