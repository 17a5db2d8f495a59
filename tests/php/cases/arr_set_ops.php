<?php
$a = ["a" => "green", "b" => "brown", "c" => "blue", "red"];
$b = ["a" => "GREEN", "B" => "brown", "yellow", "red"];
print_r(array_diff_assoc($a, $b));
print_r(array_intersect_ukey($a, $b, fn($x, $y) => strcasecmp($x, $y)));
print_r(array_udiff_assoc($a, $b, 'strcasecmp'));
print_r(array_diff_uassoc($a, $b, fn($x, $y) => $x <=> $y));
print_r(array_uintersect_assoc($a, $b, 'strcasecmp'));
print_r(array_merge_recursive(["a" => [1], "b" => 2], ["a" => [3], "b" => 4], [5]));
print_r(array_replace_recursive(["a" => [1, 2, 3], "b" => "x"], ["a" => [1 => "B"], "c" => "z"]));
