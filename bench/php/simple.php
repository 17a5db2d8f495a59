<?php
// bench.php's "simple": a Mandelbrot escape-time loop over a character grid, all floats.
function simple() {
    $w1 = 50;
    $h1 = 150;
    $recen = -0.45;
    $imcen = 0.0;
    $r = 0.7;
    $s = 2 * $r / $w1;
    $rec = $s;
    $imc = $s;
    $count = 0;
    for ($y = 0; $y <= $w1; $y++) {
        $imc = $s * ($y - $h1 / 2) + $imcen;
        for ($x = 0; $x <= $h1; $x++) {
            $rec = $s * ($x - $w1 / 2) + $recen;
            $re = $rec;
            $im = $imc;
            $color = 1000;
            $re2 = $re * $re;
            $im2 = $im * $im;
            while (($re2 + $im2) < 1000000 && $color > 0) {
                $im = $re * $im * 2 + $imc;
                $re = $re2 - $im2 + $rec;
                $re2 = $re * $re;
                $im2 = $im * $im;
                $color--;
            }
            $count += $color == 0 ? 1 : 0;
        }
    }
    return $count;
}

$total = 0;
for ($i = 0; $i < 36; $i++) {
    $total += simple();
}
echo $total, "\n";
