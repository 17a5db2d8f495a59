<?php
// Fannkuch-redux: pancake flips over every permutation, with the checksum.
function fannkuch($n) {
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
        $perm = $perm1;
        $flips = 0;
        $k = $perm[0];
        while ($k != 0) {
            $i = 0;
            $j = $k;
            while ($i < $j) {
                $t = $perm[$i];
                $perm[$i] = $perm[$j];
                $perm[$j] = $t;
                $i++;
                $j--;
            }
            $flips++;
            $k = $perm[0];
        }
        if ($flips > $max_flips) {
            $max_flips = $flips;
        }
        $checksum += $sign * $flips;
        // the next permutation, in the order the checksum expects
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

[$checksum, $flips] = fannkuch(9);
echo $checksum, "\nPfannkuchen(9) = ", $flips, "\n";
