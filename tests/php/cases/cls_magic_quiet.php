<?php
class Bag {
    private array $d = ['a' => 1, 'z' => null];
    public function __get($n) { echo "get($n) "; return $this->d[$n] ?? null; }
    public function __isset($n) { echo "isset($n) "; return isset($this->d[$n]); }
}
$b = new Bag;
var_dump($b->a ?? 'dflt');
var_dump($b->q ?? 'dflt');
var_dump(empty($b->a), empty($b->q), isset($b->z));
class Store implements ArrayAccess {
    public function offsetExists($k): bool { echo "exists($k) "; return $k === 'k'; }
    public function offsetGet($k): mixed { echo "get($k) "; return "v"; }
    public function offsetSet($k, $v): void {}
    public function offsetUnset($k): void {}
}
$s = new Store;
var_dump($s['k'] ?? 'none', $s['x'] ?? 'none', isset($s['k']));
