<?php
$a = [3, 1, 2, 5, 4];
usort($a, fn($x, $y) => $x > $y);
echo implode(",", $a), "\n";
$b = ["b" => 2, "a" => 1];
uasort($b, fn($x, $y) => $x < $y);
echo json_encode($b), "\n";
try { usort($a, 'nope'); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { array_map('nope', [1]); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
