<?php
var_dump(0 == "a", "1" == "01", "10" == "1e1", 100 == "1e2", null == false, [] == false, "abc" == 0);
var_dump(1 <=> 2, "a" <=> "b", [1, 2] <=> [1, 3]);
var_dump((int)"12abc", (float)"3.5x", (bool)"0", (string)1.0, intval("0x1A", 16), 7 / 2, 8 / 2, 2 ** 63, PHP_INT_MAX + 1);
var_dump(0.1 + 0.2, 1e100, -0.0, 1/3);
echo 0.1 + 0.2, " ", 1e15, " ", 1/3, "\n";
$s = "a"; $s++; echo $s, " "; $z = "Az"; $z++; echo $z, " "; $zz = "zz"; $zz++; echo $zz, "\n";
var_dump("abc" <=> "abd", "10" < "9", 10 < "9a");
