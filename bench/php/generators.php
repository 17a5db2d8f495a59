<?php
// A generator pipeline: numbers, filtered, mapped, windowed and summed; yield from a tree walk.
function numbers($n) {
    for ($i = 0; $i < $n; $i++) {
        yield $i;
    }
}

function only($pred, $items) {
    foreach ($items as $item) {
        if ($pred($item)) {
            yield $item;
        }
    }
}

function mapped($f, $items) {
    foreach ($items as $k => $item) {
        yield $k => $f($item);
    }
}

function pairs($items) {
    $previous = null;
    foreach ($items as $item) {
        if ($previous !== null) {
            yield [$previous, $item];
        }
        $previous = $item;
    }
}

function walk($tree) {
    if (is_array($tree)) {
        yield from walk($tree[0]);
        yield from walk($tree[1]);
    } else {
        yield $tree;
    }
}

function build($depth, &$next) {
    if ($depth == 0) {
        return $next++;
    }
    return [build($depth - 1, $next), build($depth - 1, $next)];
}

$total = 0;
$pipeline = pairs(mapped(fn($x) => $x * 3, only(fn($x) => $x % 2 == 1, numbers(1000000))));
foreach ($pipeline as [$a, $b]) {
    $total += $b - $a;
}
$next = 0;
$tree = build(14, $next);
$leaves = 0;
for ($round = 0; $round < 6; $round++) {
    foreach (walk($tree) as $leaf) {
        $leaves += $leaf;
    }
}
echo $total, " ", $leaves, "\n";
