<?php
class A { private function who() { return "A"; } public function call() { return $this->who(); } }
class B extends A { public function who() { return "B"; } }
echo (new B)->call(), " ", (new B)->who(), "\n";
class Base { const X = 'base'; const Y = 'y:' . self::X; public function get() { return [self::Y, static::Y]; } }
class Child extends Base { const X = 'child'; }
echo implode(",", (new Child)->get()), " ", Child::Y, "\n";
#[AllowDynamicProperties]
class Loose {}
$l = new Loose; $l->anything = 1; echo $l->anything, "\n";
class Strict {}
$s = new Strict; $s->dyn = 2; echo $s->dyn, "\n";
