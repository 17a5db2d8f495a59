<?php
$a = ['x', 'y', 'z'];
$b = $a;
next($b); next($b);
echo current($a), current($b), key($b), "\n";
end($a); echo key($a), prev($a), "\n";
$n = [-3 => 'a']; $n[] = 'b'; var_dump($n);
[$p, [$q, $r]] = [1, [2, 3]]; echo "$p$q$r\n";
[$s, $t] = "no"; var_dump($s, $t);
$src = [1, 2]; [, &$second] = $src; $second = 20; echo json_encode($src), "\n";
['k' => $k, 'missing' => $m] = ['k' => 'K']; var_dump($k, $m);
