<?php
class Item { public int $qty = 0; public float $price = 0.0; public ?string $note = null; public array $tags = []; }
$i = new Item;
$i->qty = "5"; $i->price = 3; $i->note = 12;
var_dump($i->qty, $i->price, $i->note);
try { $i->qty = "lots"; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { $i->tags = "x"; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
$j = new Item; $j->tags[] = 'a'; $k = new Item; echo count($j->tags), count($k->tags), "\n";
final class Money { public function __construct(public readonly int $amount) {} }
$m = new Money(5);
try { $m->amount = 6; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { unset($m->amount); } catch (Error $e) { echo $e->getMessage(), "\n"; }
enum Dir { case Up; case Down; }
var_dump(Dir::Up < Dir::Down, Dir::Up == Dir::Up, defined('Dir::Up'));
try { $u = Dir::Up; $u->name = 'x'; } catch (Error $e) { echo $e->getMessage(), "\n"; }
