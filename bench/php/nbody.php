<?php
// The n-body simulation of the Jovian planets, bodies as arrays of floats.
function make_bodies() {
    $pi = 3.141592653589793;
    $mass = 4 * $pi * $pi;
    $year = 365.24;
    $bodies = [
        [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, $mass],
        [4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
         1.66007664274403694e-03 * $year, 7.69901118419740425e-03 * $year,
         -6.90460016972063023e-05 * $year, 9.54791938424326609e-04 * $mass],
        [8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
         -2.76742510726862411e-03 * $year, 4.99852801234917238e-03 * $year,
         2.30417297573763929e-05 * $year, 2.85885980666130812e-04 * $mass],
        [1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
         2.96460137564761618e-03 * $year, 2.37847173959480950e-03 * $year,
         -2.96589568540237556e-05 * $year, 4.36624404335156298e-05 * $mass],
        [1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
         2.68067772490389322e-03 * $year, 1.62824170038242295e-03 * $year,
         -9.51592254519715870e-05 * $year, 5.15138902046611451e-05 * $mass],
    ];
    $px = $py = $pz = 0.0;
    foreach ($bodies as $b) {
        $px += $b[3] * $b[6];
        $py += $b[4] * $b[6];
        $pz += $b[5] * $b[6];
    }
    $bodies[0][3] = -$px / $mass;
    $bodies[0][4] = -$py / $mass;
    $bodies[0][5] = -$pz / $mass;
    return $bodies;
}

function energy($bodies) {
    $e = 0.0;
    $n = count($bodies);
    for ($i = 0; $i < $n; $i++) {
        $b = $bodies[$i];
        $e += 0.5 * $b[6] * ($b[3] * $b[3] + $b[4] * $b[4] + $b[5] * $b[5]);
        for ($j = $i + 1; $j < $n; $j++) {
            $c = $bodies[$j];
            $dx = $b[0] - $c[0];
            $dy = $b[1] - $c[1];
            $dz = $b[2] - $c[2];
            $e -= $b[6] * $c[6] / sqrt($dx * $dx + $dy * $dy + $dz * $dz);
        }
    }
    return $e;
}

function advance(&$bodies, $dt, $steps) {
    $n = count($bodies);
    for ($s = 0; $s < $steps; $s++) {
        for ($i = 0; $i < $n; $i++) {
            for ($j = $i + 1; $j < $n; $j++) {
                $dx = $bodies[$i][0] - $bodies[$j][0];
                $dy = $bodies[$i][1] - $bodies[$j][1];
                $dz = $bodies[$i][2] - $bodies[$j][2];
                $d2 = $dx * $dx + $dy * $dy + $dz * $dz;
                $mag = $dt / ($d2 * sqrt($d2));
                $mi = $bodies[$i][6] * $mag;
                $mj = $bodies[$j][6] * $mag;
                $bodies[$i][3] -= $dx * $mj;
                $bodies[$i][4] -= $dy * $mj;
                $bodies[$i][5] -= $dz * $mj;
                $bodies[$j][3] += $dx * $mi;
                $bodies[$j][4] += $dy * $mi;
                $bodies[$j][5] += $dz * $mi;
            }
        }
        for ($i = 0; $i < $n; $i++) {
            $bodies[$i][0] += $dt * $bodies[$i][3];
            $bodies[$i][1] += $dt * $bodies[$i][4];
            $bodies[$i][2] += $dt * $bodies[$i][5];
        }
    }
}

$bodies = make_bodies();
printf("%.9f\n", energy($bodies));
advance($bodies, 0.01, 100000);
printf("%.9f\n", energy($bodies));
