<?php
$o = new stdClass; $o->self = $o; $o->list = [1];
print_r($o); echo "\n";
var_dump($o);
class V { public $a = 1; protected $b = 2; private $c = 3; }
print_r(new V); echo "\n";
enum E: int { case One = 1; }
print_r(E::One); echo "\n";
var_dump([E::One]);
