# Allocation and recursion: the binary-trees benchmark.
def bottom_up(depth)
  return [nil, nil] if depth == 0
  depth -= 1
  [bottom_up(depth), bottom_up(depth)]
end

def check(tree)
  l, r = tree
  l.nil? ? 1 : 1 + check(l) + check(r)
end

max_depth = 13
min_depth = 4
stretch = max_depth + 1
puts "stretch tree of depth #{stretch}\t check: #{check(bottom_up(stretch))}"
long_lived = bottom_up(max_depth)
min_depth.step(max_depth, 2) do |depth|
  iterations = 2**(max_depth - depth + min_depth)
  sum = 0
  iterations.times { sum += check(bottom_up(depth)) }
  puts "#{iterations}\t trees of depth #{depth}\t check: #{sum}"
end
puts "long lived tree of depth #{max_depth}\t check: #{check(long_lived)}"
