<?php
// Associative arrays: string keys built, counted, looked up, sorted and removed.
$counts = [];
$seed = 1;
for ($i = 0; $i < 1200000; $i++) {
    $seed = ($seed * 1103515245 + 12345) % 2147483648;
    $key = "k" . ($seed % 5000);
    if (isset($counts[$key])) {
        $counts[$key]++;
    } else {
        $counts[$key] = 1;
    }
}
$hits = 0;
for ($i = 0; $i < 5000; $i += 3) {
    if (array_key_exists("k$i", $counts)) {
        $hits += $counts["k$i"];
    }
}
arsort($counts);
$top = array_slice($counts, 0, 5, true);
foreach ($top as $k => $v) {
    echo "$k=$v\n";
}
foreach ($counts as $k => $v) {
    if ($v % 2 == 0) {
        unset($counts[$k]);
    }
}
echo count($counts), " ", $hits, " ", array_sum($counts), "\n";
