class Animal
  attr_reader :name
  @@count = 0
  def initialize(name)
    @name = name
    @@count += 1
  end
  def self.count = @@count
  def speak = "..."
  def to_s = "#{self.class.name}(#{@name})"
end
class Dog < Animal
  def speak = "Woof"
  def intro = "#{name} says #{speak}"
  def to_s = "Dog:" + super
end
d = Dog.new("Rex")
puts d, d.speak, d.intro
p Animal.count, Dog.ancestors.first(2), d.is_a?(Animal), Dog.superclass, d.respond_to?(:speak)
module Greet
  def greet = "Hi #{name}"
end
class Dog
  include Greet
end
p d.greet, Dog.include?(Greet)
class Point
  include Comparable
  attr_accessor :x, :y
  def initialize(x, y) = (@x, @y = x, y)
  def <=>(o) = [x, y] <=> [o.x, o.y]
  def ==(o) = o.is_a?(Point) && x == o.x && y == o.y
  def inspect = "P(#{x},#{y})"
end
p [Point.new(2, 1), Point.new(1, 5)].sort, Point.new(1, 1) < Point.new(1, 2), Point.new(1, 1) == Point.new(1, 1)
o = Object.new
def o.hi = "singleton hi"
p o.hi, o.singleton_methods
