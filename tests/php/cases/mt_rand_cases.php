<?php
mt_srand(3);
echo mt_rand(), " ", mt_rand(1, 10), " ", mt_rand(-5, 5), " ", rand(100, 200), "\n";
mt_srand(2024);
$a = range('a', 'j'); shuffle($a); echo implode("", $a), " ", str_shuffle("hello"), "\n";
echo json_encode(array_rand(array_flip(range(1, 20)), 5)), " ", array_rand(['x' => 1, 'y' => 2]), "\n";
mt_srand(0); echo mt_rand(0, 0xFFFFFFFF), " ", mt_rand(PHP_INT_MIN, PHP_INT_MAX) !== null ? "wide ok" : "", "\n";
