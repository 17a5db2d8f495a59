<?php
// The Mandelbrot set on a grid, counting the points that stay bounded.
function mandelbrot($size, $limit) {
    $inside = 0;
    for ($y = 0; $y < $size; $y++) {
        $ci = 2.0 * $y / $size - 1.0;
        for ($x = 0; $x < $size; $x++) {
            $cr = 2.0 * $x / $size - 1.5;
            $zr = 0.0;
            $zi = 0.0;
            $i = 0;
            while ($i < $limit && $zr * $zr + $zi * $zi <= 4.0) {
                $t = $zr * $zr - $zi * $zi + $cr;
                $zi = 2.0 * $zr * $zi + $ci;
                $zr = $t;
                $i++;
            }
            if ($i == $limit) {
                $inside++;
            }
        }
    }
    return $inside;
}

echo mandelbrot(400, 100), "\n";
