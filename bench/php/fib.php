<?php
// Naive recursion: calls, integer compares and adds.
function fib($n) {
    return $n < 2 ? $n : fib($n - 1) + fib($n - 2);
}
echo fib(31), "\n";
