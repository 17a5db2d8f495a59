<?php
function f($x) {
    try {
        if ($x > 1) throw new InvalidArgumentException("too big: $x", 7);
        return "ok $x";
    } catch (InvalidArgumentException $e) {
        return "caught " . $e->getMessage() . " " . $e->getCode();
    } finally {
        echo "finally $x\n";
    }
}
echo f(1), "\n", f(2), "\n";
try { intdiv(1, 0); } catch (DivisionByZeroError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { echo 1 % 0; } catch (Error $e) { echo $e->getMessage(), "\n"; }
$r = match(true) { 1 > 2 => "a", default => "b" };
echo $r, "\n";
try { echo match(5) { 1 => 'x' }; } catch (\UnhandledMatchError $e) { echo $e->getMessage(), "\n"; }
