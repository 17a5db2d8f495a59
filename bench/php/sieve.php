<?php
// bench.php's "sieve": the sieve of Eratosthenes, repeated.
function sieve($n) {
    $flags = array_fill(0, $n + 1, true);
    $count = 0;
    for ($i = 2; $i <= $n; $i++) {
        if ($flags[$i]) {
            for ($k = $i + $i; $k <= $n; $k += $i) {
                $flags[$k] = false;
            }
            $count++;
        }
    }
    return $count;
}

$count = 0;
for ($round = 0; $round < 30; $round++) {
    $count = sieve(100000);
}
echo "Count: $count\n";
