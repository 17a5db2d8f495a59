<?php
// Fannkuch composed: PHP walks the permutations, the hot function (the flips of one
// permutation) is Python's, reading PHP's array through an adapter.  Prints what
// bench/php/fannkuch.php prints.
$flips = import_py_mod("fannkuch")->flips;
function fannkuch($n, $flips) {
    $perm1 = range(0, $n - 1);
    $count = array_fill(0, $n, 0);
    $max_flips = 0;
    $checksum = 0;
    $sign = 1;
    $r = $n;
    while (true) {
        while ($r != 1) {
            $count[$r - 1] = $r;
            $r--;
        }
        $f = $flips($perm1);
        if ($f > $max_flips) {
            $max_flips = $f;
        }
        $checksum += $sign * $f;
        while (true) {
            if ($r == $n) {
                return [$checksum, $max_flips];
            }
            $first = $perm1[0];
            for ($i = 0; $i < $r; $i++) {
                $perm1[$i] = $perm1[$i + 1];
            }
            $perm1[$r] = $first;
            $count[$r]--;
            if ($count[$r] > 0) {
                break;
            }
            $r++;
        }
        $sign = -$sign;
    }
}

[$checksum, $max_flips] = fannkuch(9, $flips);
echo $checksum, "\nPfannkuchen(9) = ", $max_flips, "\n";
