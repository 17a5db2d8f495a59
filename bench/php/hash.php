<?php
// bench.php's "hash1"/"hash2": hex-string keys written and looked up, then hashes merged.
$n = 600000;
$h = [];
for ($i = 1; $i <= $n; $i++) {
    $h[dechex($i)] = $i;
}
$found = 0;
for ($i = $n; $i > 0; $i--) {
    if (isset($h[(string)$i])) {
        $found++;
    }
}
$h1 = [];
for ($i = 0; $i < 10000; $i++) {
    $h1["foo_$i"] = $i;
}
$h2 = [];
for ($round = 0; $round < 80; $round++) {
    foreach ($h1 as $k => $v) {
        $h2[$k] = ($h2[$k] ?? 0) + $v;
    }
}
echo $found, " ", $h2["foo_1"], " ", $h2["foo_9999"], "\n";
