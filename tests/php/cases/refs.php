<?php
$a = 1; $b = &$a; $b = 2; echo $a, "\n";
function inc(&$x) { $x++; }
inc($a); echo $a, "\n";
$arr = [1, 2, 3];
foreach ($arr as &$v) { $v *= 2; }
unset($v);
echo implode(",", $arr), "\n";
$data = ['x' => 1];
$ref = &$data['x'];
$ref = 5;
echo $data['x'], "\n";
function &getRef(array &$arr) { return $arr[0]; }
$list = [1, 2];
sort($list);
array_push($list, 9);
echo json_encode($list), "\n";
