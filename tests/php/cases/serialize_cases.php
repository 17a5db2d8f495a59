<?php
echo serialize([1, 1.5, true, null, "x", ["k" => -0.0]]), "\n";
class P { public $a = 1; protected $b = [2]; private $c = "3"; }
$s = serialize(new P); echo str_replace("\0", "~", $s), "\n";
print_r(unserialize($s)); echo "\n";
$u = unserialize('a:2:{i:0;s:1:"a";i:1;R:2;}'); $u[0] = 'changed'; echo json_encode($u), "\n";
var_dump(unserialize('b:0;'), unserialize('i:-7;'), unserialize('d:0.5;'), unserialize('s:3:"a"b";'));
var_dump(@unserialize('a:1:{i:0;}'));
enum Suit: string { case Hearts = 'H'; }
echo serialize(Suit::Hearts), " ", var_export(unserialize(serialize(Suit::Hearts)) === Suit::Hearts, true), "\n";
