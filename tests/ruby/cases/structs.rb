Point = Struct.new(:x, :y) do
  def dist = Math.sqrt(x * x + y * y)
end
pt = Point.new(3, 4)
p pt, pt.x, pt.dist, pt.to_a, pt.to_h, pt == Point.new(3, 4)
pt.x = 10
p pt.x, Point.members
KW = Struct.new(:a, :b, keyword_init: true)
p KW.new(a: 1, b: 2).b
