<?php
// The spectral norm of the infinite matrix A(i,j) = 1/((i+j)(i+j+1)/2+i+1), by power iteration.
function a($i, $j) {
    return 1.0 / ((($i + $j) * ($i + $j + 1) >> 1) + $i + 1);
}

function times_a($v, $n) {
    $out = [];
    for ($i = 0; $i < $n; $i++) {
        $sum = 0.0;
        for ($j = 0; $j < $n; $j++) {
            $sum += a($i, $j) * $v[$j];
        }
        $out[] = $sum;
    }
    return $out;
}

function times_at($v, $n) {
    $out = [];
    for ($i = 0; $i < $n; $i++) {
        $sum = 0.0;
        for ($j = 0; $j < $n; $j++) {
            $sum += a($j, $i) * $v[$j];
        }
        $out[] = $sum;
    }
    return $out;
}

$n = 300;
$u = array_fill(0, $n, 1.0);
for ($k = 0; $k < 10; $k++) {
    $v = times_at(times_a($u, $n), $n);
    $u = times_at(times_a($v, $n), $n);
}
$vbv = 0.0;
$vv = 0.0;
for ($i = 0; $i < $n; $i++) {
    $vbv += $u[$i] * $v[$i];
    $vv += $v[$i] * $v[$i];
}
printf("%0.9f\n", sqrt($vbv / $vv));
