<?php
// bench.php's "ackermann": deep, non-tail recursion.
function ack($m, $n) {
    if ($m == 0) {
        return $n + 1;
    }
    if ($n == 0) {
        return ack($m - 1, 1);
    }
    return ack($m - 1, ack($m, $n - 1));
}

$r = 0;
for ($i = 0; $i < 6; $i++) {
    $r += ack(2, 600) + ack(3, 7);
}
echo "Ack: $r\n";
