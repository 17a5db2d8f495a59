<?php
print_r(array_pad(["a" => 1, 5 => 2], -4, 0));
print_r(array_unique([1, "1", 2, 2.0, "a", "A"]));
print_r(array_unique(["10", "1e1", 10], SORT_NUMERIC));
var_dump(count([1, [2, [3]]], COUNT_RECURSIVE), array_keys(["a" => 1, "b" => "1", "c" => 1], 1, true));
print_r(array_flip(["a", "b", "a"]));
print_r(range(10, 0, 5)); print_r(range('e', 'a', 2));
try { range(1, 2, 3); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { array_fill(0, -1, 0); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
