<?php
$data = ["a" => 1, "b" => ["c" => 2, "d" => [3, 4]]];
array_walk_recursive($data, function (&$v, $k, $mul) { $v = "$k:" . ($v * $mul); }, 10);
print_r($data);
$size = "large";
$n = extract(["color" => "blue", "size" => "medium", "0bad" => 1, "shape" => "sphere"], EXTR_PREFIX_SAME, "wddx");
echo "$n $color $size $wddx_size $shape\n";
$n = extract(["color" => "red"], EXTR_IF_EXISTS); echo "$n $color\n";
$n = extract([5 => "five"], EXTR_PREFIX_ALL, "p"); echo "$n $p_5\n";
$x = 1; $y = 2;
print_r(compact('x', ['y', ['x']]));
