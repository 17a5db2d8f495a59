<?php
// What the fast paths must keep: `.=` on a string being built, lookups that fold in traces,
// simple parameter and property types, calls that see their caller.
declare(strict_types=0);

$s = "a"; $t = $s; $s .= "b"; $s .= 5; $s .= 1.5; $s .= true; $s .= null;
echo $s, " ", $t, "\n";
$copy = $s; $s .= "!"; echo $copy, " ", $s, " ", strlen($s), "\n";
$u .= "x"; echo $u, "\n";
function build($n) {
    $x = "";
    for ($i = 0; $i < $n; $i++) { $x .= $i; $snap = $x; }
    $x .= [1];
    return $x . "|" . $snap;
}
echo build(12), "\n";
$r = "q"; $ref = &$r; $r .= "z"; echo $ref, "\n";
$n = 3; $n .= "4"; var_dump($n);
$s = str_repeat("ab", 3); $s .= "c"; $c = function () use ($s) { return $s; }; echo $c(), strlen($s), "\n";
$g = "x"; function h() { global $g; $g .= "y"; } h(); h(); echo $g, "\n";
$arr = ["k" => "v"]; $arr["k"] .= "w"; echo $arr["k"], "\n";
class Sb { public $text = ""; function add($x) { $this->text .= $x; return $this; } }
echo (new Sb)->add("p")->add("q")->text, "\n";
try { $obj = new Sb; $obj .= "s"; } catch (Error $e) { echo $e->getMessage(), "\n"; }
$names = ["x"]; foreach ($names as $nm) { $label = "n:"; $label .= $nm; echo $label, "\n"; }
function gen() { $acc = ""; foreach ([1, 2, 3] as $v) { $acc .= $v; yield $acc; } }
foreach (gen() as $part) echo $part, " ";
echo "\n";

function typed(int $a, float $b, string $c, bool $d, array $e, ?int $f = null, mixed $g = 1): string {
    return var_export([$a, $b, $c, $d, $e, $f, $g], true);
}
echo typed(1, 2, 3, 0, [], null), "\n";
echo typed("5", 2.5, "x", true, [1]), "\n";
try { typed("x", 1, "c", true, []); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
function ret(): int { return "7"; }
var_dump(ret());
class P { public int $i = 0; public ?string $s = null; private $hidden = 1;
          function bump() { $this->i += 1; $this->hidden++; return $this->hidden; } }
$p = new P; $p->i = "12"; var_dump($p->i); $p->s = 5; var_dump($p->s); echo $p->bump(), "\n";
try { $p->i = "zz"; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { echo $p->hidden; } catch (Error $e) { echo $e->getMessage(), "\n"; }
echo function_exists("later") ? "yes" : "no", "\n";
function later() { return "later"; }
echo later(), " ", LATER(), "\n";
function deep($n) { return $n == 0 ? (new Exception("bottom"))->getLine() : deep($n - 1); }
echo deep(5), "\n";
function thrower() { throw new RuntimeException("boom"); }
function middle() { thrower(); }
try { middle(); } catch (Exception $e) { echo $e->getTraceAsString(), "\n"; }
echo strlen(str_repeat("x", 3)), "\n";
try { strlen(); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
