<?php
// A PHP page renderer that hands the numeric work to Python: statistics over a table of
// measurements, rendered as an HTML report.  Run: polyvm examples/interop/report.php
$math = import_py_mod("math");
$summary = compile_py_func(<<<'PY'
def summary(values):
    ordered = sorted(values)
    n = len(ordered)
    mean = sum(ordered) / n
    spread = (sum((v - mean) ** 2 for v in ordered) / n) ** 0.5
    middle = ordered[n // 2] if n % 2 else (ordered[n // 2 - 1] + ordered[n // 2]) / 2
    return {"n": n, "mean": round(mean, 2), "median": middle, "stdev": round(spread, 2)}
PY);
$histogram = compile_py_func(<<<'PY'
def histogram(values, buckets):
    low, high = min(values), max(values)
    width = (high - low) / buckets or 1
    counts = [0] * buckets
    for v in values:
        counts[min(int((v - low) / width), buckets - 1)] += 1
    return counts
PY);

$sites = [
    "north" => [12.5, 14.1, 13.8, 15.2, 11.9, 14.4],
    "south" => [18.2, 17.9, 19.4, 21.0, 18.8],
    "east" => [9.1, 10.4, 8.7, 9.9, 10.1, 11.3, 9.5],
];

function h($text) { return htmlspecialchars((string)$text); }

echo "<table>\n<tr><th>site</th><th>n</th><th>mean</th><th>median</th><th>stdev</th>",
     "<th>histogram</th></tr>\n";
foreach ($sites as $site => $values) {
    $s = $summary($values);
    $bars = "";
    foreach ($histogram($values, 4) as $count) {
        $bars .= str_repeat("#", $count) . "|";
    }
    printf("<tr><td>%s</td><td>%d</td><td>%.2f</td><td>%.2f</td><td>%.2f</td><td>%s</td></tr>\n",
           h($site), $s["n"], $s["mean"], $s["median"], $s["stdev"], h($bars));
}
echo "</table>\n";
$all = array_merge(...array_values($sites));
printf("<p>%d readings, overall mean %.3f, geometric mean %.3f</p>\n", count($all),
       $summary($all)["mean"], $math->exp($math->fsum(array_map([$math, "log"], $all)) / count($all)));
