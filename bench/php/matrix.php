<?php
// bench.php's "matrix": multiply integer matrices held as arrays of arrays.
function mkmatrix($rows, $cols) {
    $count = 1;
    $m = [];
    for ($i = 0; $i < $rows; $i++) {
        for ($j = 0; $j < $cols; $j++) {
            $m[$i][$j] = $count++;
        }
    }
    return $m;
}

function mmult($rows, $cols, $a, $b) {
    $c = [];
    for ($i = 0; $i < $rows; $i++) {
        for ($j = 0; $j < $cols; $j++) {
            $x = 0;
            for ($k = 0; $k < $cols; $k++) {
                $x += $a[$i][$k] * $b[$k][$j];
            }
            $c[$i][$j] = $x;
        }
    }
    return $c;
}

$size = 30;
$m1 = mkmatrix($size, $size);
$m2 = mkmatrix($size, $size);
for ($i = 0; $i < 250; $i++) {
    $mm = mmult($size, $size, $m1, $m2);
}
echo "{$mm[0][0]} {$mm[2][3]} {$mm[3][2]} {$mm[4][4]}\n";
