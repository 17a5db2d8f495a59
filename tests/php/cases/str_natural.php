<?php
$files = ["img12.png", "img10.png", "IMG2.png", "img1.png", "img02.png", "img 3.png"];
$a = $files; natsort($a); print_r($a);
$b = $files; natcasesort($b); print_r($b);
$c = $files; sort($c, SORT_NATURAL | SORT_FLAG_CASE); print_r($c);
$d = ["10", 9, "9a", 1.5, "abc"]; sort($d, SORT_STRING); print_r($d);
$e = ["b" => 2, "a" => 10, "c" => 1]; arsort($e, SORT_NUMERIC); print_r($e);
var_dump(strnatcmp("a2", "a10"), strnatcasecmp("A2", "a10"), strnatcmp("x0.5", "x0.25"), strcmp("a", "b"), strcmp("abc", "ab"), strcasecmp("HELLO", "hello"));
