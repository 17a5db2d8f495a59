<?php
// A dict/array workload, mono-language PHP: count words of a generated text by key, then
// sum the counts of the frequent ones.
function workload($rounds) {
    $total = 0;
    for ($r = 0; $r < $rounds; $r++) {
        $counts = [];
        for ($i = 0; $i < 2000; $i++) {
            $word = "w" . (($i * 7 + $r) % 97);
            $counts[$word] = ($counts[$word] ?? 0) + 1;
        }
        foreach ($counts as $word => $n) {
            if ($n > 20) { $total += $n; }
        }
    }
    return $total;
}
echo workload(200), "\n";
