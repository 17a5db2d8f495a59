# Small objects: allocation, attribute reads and writes, method calls.
class Vec
  attr_reader :x, :y
  def initialize(x, y)
    @x = x
    @y = y
  end

  def add(other) = Vec.new(@x + other.x, @y + other.y)
  def dot(other) = @x * other.x + @y * other.y
end
acc = Vec.new(0, 0)
total = 0
1_000_000.times do |i|
  v = Vec.new(i % 10, i % 7)
  acc = acc.add(v)
  total += acc.dot(v) % 1000
end
puts acc.x, acc.y, total
