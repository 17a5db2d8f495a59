<?php
function i(): int { return "42"; }
function f(): float { return 3; }
function s(): ?string { return null; }
function u(): int|string { return 4.0; }
var_dump(i(), f(), s(), u());
function bad(): int { return "x"; }
try { bad(); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
function v(int ...$n) { return array_sum($n); }
echo v(1, "2", 3), "\n";
try { v(1, "x"); } catch (TypeError $e) { echo preg_replace('/, called in.*/', '', $e->getMessage()), "\n"; }
function g($a, ...$rest) { return func_num_args() . json_encode(func_get_args()); }
echo g(1, 2, 3), "\n";
function w(int|string|null $x) { return $x; }
try { w([]); } catch (TypeError $e) { echo preg_replace('/, called in.*/', '', $e->getMessage()), "\n"; }
echo intdiv(7, 2), " ", 7.5 % 2, "\n";
