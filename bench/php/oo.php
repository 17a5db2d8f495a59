<?php
// Virtual calls over small objects: shapes with an area, points made and dropped, an interface.
interface Shape {
    public function area(): float;
    public function scale(float $k): Shape;
}

final class Point {
    public function __construct(public float $x, public float $y) {}
    public function add(Point $o): Point { return new Point($this->x + $o->x, $this->y + $o->y); }
}

class Circle implements Shape {
    public function __construct(private Point $centre, private float $r) {}
    public function area(): float { return 3.141592653589793 * $this->r * $this->r; }
    public function scale(float $k): Shape { return new Circle($this->centre, $this->r * $k); }
}

class Rect implements Shape {
    public function __construct(protected float $w, protected float $h) {}
    public function area(): float { return $this->w * $this->h; }
    public function scale(float $k): Shape { return new static($this->w * $k, $this->h * $k); }
}

class Square extends Rect {
    public function __construct(float $side) { parent::__construct($side, $side); }
    public function scale(float $k): Shape { return new Square($this->w * $k); }
}

$shapes = [];
for ($i = 0; $i < 100; $i++) {
    $shapes[] = match ($i % 3) {
        0 => new Circle(new Point($i, -$i), 1 + $i % 7),
        1 => new Rect(1 + $i % 5, 2 + $i % 3),
        2 => new Square(1 + $i % 4),
    };
}
$total = 0.0;
$p = new Point(0, 0);
for ($round = 0; $round < 6000; $round++) {
    foreach ($shapes as $s) {
        $total += $s->scale(0.5)->area();
        $p = $p->add(new Point(1, 0.5));
    }
}
printf("%.4f %.1f %.1f\n", $total, $p->x, $p->y);
