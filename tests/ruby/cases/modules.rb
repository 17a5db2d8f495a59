module Shape
  PI2 = 6.28
  def self.circle(r) = (PI2 / 2 * r * r).round(2)
  class Square
    def initialize(s) = @s = s
    def area = @s * @s
  end
end
p Shape.circle(2), Shape::Square.new(3).area, Shape::PI2, Shape::Square.name
module Loud
  def speak = super.upcase + "!"
end
class Cat
  def speak = "meow"
end
class Lion < Cat
  prepend Loud
end
p Lion.new.speak, Lion.ancestors.take(3)
module Util
  module_function
  def double(x) = x * 2
end
p Util.double(4)
class Cat
  def self.create = new
  class << self
    def kind = "feline"
  end
end
p Cat.kind, Cat.create.class, Cat.instance_methods(false).sort
o = Object.new
o.extend(Loud) rescue p $!.class
p defined?(String), defined?(@nope), defined?(puts), defined?(Zzz)
