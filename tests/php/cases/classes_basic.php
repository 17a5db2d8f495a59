<?php
interface Shape { public function area(): float; }
abstract class Base implements Shape {
    public static int $count = 0;
    const KIND = "shape";
    public function __construct(protected string $name) { static::$count++; }
    public function describe(): string { return static::KIND . " " . $this->name . " " . number_format($this->area(), 2); }
}
class Circle extends Base {
    const KIND = "circle";
    public function __construct(private float $r) { parent::__construct("c"); }
    public function area(): float { return M_PI * $this->r ** 2; }
}
class Sq extends Base {
    public function __construct(private float $s) { parent::__construct("s"); }
    public function area(): float { return $this->s * $this->s; }
}
$shapes = [new Circle(1), new Sq(2)];
foreach ($shapes as $s) echo $s->describe(), "\n";
echo Base::$count, " ", $shapes[0] instanceof Shape ? "yes" : "no", "\n";
var_dump($shapes[1]);
