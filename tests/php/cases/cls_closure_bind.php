<?php
class Counter { private $n = 5; protected static $tag = "T"; }
$get = function () { return $this->n; };
$bound = Closure::bind($get, new Counter, Counter::class);
echo $bound(), "\n";
echo $get->call(new Counter), "\n";
$inc = function ($by) { $this->n += $by; return $this->n; };
$c = new Counter;
$b2 = $inc->bindTo($c, $c);
echo $b2(2), " ", $b2(3), "\n";
$static = static fn() => isset($this);
var_dump($static());
$f = Closure::fromCallable('strtoupper'); echo $f("abc"), "\n";
