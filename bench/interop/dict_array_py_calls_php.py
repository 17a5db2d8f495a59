# The dict/array workload composed: Python drives, the hot function is PHP's (it counts into
# a PHP array and answers the sum).  Prints what dict_array.py prints.
count_round = compile_php_func("""function count_round($r) {
    $counts = [];
    for ($i = 0; $i < 2000; $i++) {
        $word = "w" . (($i * 7 + $r) % 97);
        $counts[$word] = ($counts[$word] ?? 0) + 1;
    }
    $total = 0;
    foreach ($counts as $word => $n) {
        if ($n > 20) { $total += $n; }
    }
    return $total;
}""")
total = 0
for r in range(200):
    total += count_round(r)
print(total)
