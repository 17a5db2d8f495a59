# Virtual calls over small objects: shapes with an area, points made and dropped, Comparable.
class Point
  attr_reader :x, :y

  def initialize(x, y)
    @x = x
    @y = y
  end

  def +(other)
    Point.new(@x + other.x, @y + other.y)
  end
end

class Shape
  include Comparable

  def <=>(other)
    area <=> other.area
  end
end

class Circle < Shape
  def initialize(centre, r)
    @centre = centre
    @r = r
  end

  def area
    3.141592653589793 * @r * @r
  end

  def scale(k)
    Circle.new(@centre, @r * k)
  end
end

class Rect < Shape
  def initialize(w, h)
    @w = w
    @h = h
  end

  def area
    @w * @h
  end

  def scale(k)
    self.class.new(@w * k, @h * k)
  end
end

class Square < Rect
  def initialize(side, _ = nil)
    super(side, side)
  end
end

shapes = (0...100).map do |i|
  case i % 3
  when 0 then Circle.new(Point.new(i, -i), 1 + i % 7)
  when 1 then Rect.new(1 + i % 5, 2 + i % 3)
  else Square.new(1 + i % 4)
  end
end
total = 0.0
p0 = Point.new(0, 0)
step = Point.new(1, 0.5)
3000.times do
  shapes.each do |s|
    total += s.scale(0.5).area
    p0 += step
  end
end
biggest = shapes.max
printf("%.4f %.1f %.1f %s %d\n", total, p0.x, p0.y, biggest.class, shapes.count { |s| s > shapes[1] })
