<?php
// bench.php's "simplecall": a tight loop of calls to small user and built-in functions.
function inc($x) {
    return $x + 1;
}

$n = 0;
$len = 0;
for ($i = 0; $i < 3000000; $i++) {
    $n = inc($n);
    $len += strlen("hello");
    $len += abs(-$i % 3);
}
echo $n, " ", $len, "\n";
