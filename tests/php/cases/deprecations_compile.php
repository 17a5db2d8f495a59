<?php
function opt($a = 1, $b) { return $a + $b; }
function ok(?int $a = null, $b = 2) { return $b; }
$name = "x";
echo "${name}\n";
echo opt(1, 2), ok(), "\n";
$f = false; $f[] = 1; var_dump($f);
echo "ab"[true] ?? '', "\n";
