<?php
// bench.php's "ary": fill an array, copy it element by element, and read it back.
$n = 400000;
$total = 0;
for ($round = 0; $round < 5; $round++) {
    $x = [];
    for ($i = 0; $i < $n; $i++) {
        $x[$i] = $i + $round;
    }
    $y = [];
    for ($i = $n - 1; $i >= 0; $i--) {
        $y[$i] = $x[$i];
    }
    $total += $y[$n - 1] + count($y);
}
echo $total, "\n";
