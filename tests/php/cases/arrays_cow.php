<?php
$a = [1, 2, [3, 4]];
$b = $a;
$b[2][] = 5;
$b[] = 6;
echo json_encode($a), " ", json_encode($b), "\n";
$c = ['x' => ['y' => 1]];
$d = $c;
$d['x']['y'] = 2;
echo $c['x']['y'], $d['x']['y'], "\n";
function add($arr) { $arr[] = 'in'; return $arr; }
$e = add($a);
echo count($a), count($e), "\n";
$f = [];
for ($i = 0; $i < 5; $i++) { $f[$i % 2][] = $i; }
print_r($f);
$g = ["1" => 'a', "01" => 'b', true => 'c', null => 'd', 1.7 => 'e'];
var_dump($g);
