# Binary trees: allocate and walk many short-lived trees, and one long-lived one.
class Node
  attr_reader :left, :right

  def initialize(left, right)
    @left = left
    @right = right
  end

  def check
    @left.nil? ? 1 : 1 + @left.check + @right.check
  end
end

def make(depth)
  depth.zero? ? Node.new(nil, nil) : Node.new(make(depth - 1), make(depth - 1))
end

max_depth = 13
puts "stretch tree of depth #{max_depth + 1}\t check: #{make(max_depth + 1).check}"
long_lived = make(max_depth)
4.step(max_depth, 2) do |depth|
  iterations = 1 << (max_depth - depth + 4)
  sum = 0
  iterations.times { sum += make(depth).check }
  puts "#{iterations}\t trees of depth #{depth}\t check: #{sum}"
end
puts "long lived tree of depth #{max_depth}\t check: #{long_lived.check}"
