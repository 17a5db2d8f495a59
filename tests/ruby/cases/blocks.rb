def twice
  yield 1
  yield 2
end
twice { |x| puts "got #{x}" }
def maybe
  return "no block" unless block_given?
  yield
end
p maybe, maybe { "block" }
add = ->(a, b) { a + b }
sq = proc { |x| x * x }
p add.call(1, 2), add.(3, 4), sq[5], add.curry[1][2], (sq >> ->(x) { x + 1 }).call(3)
counter = 0
inc = -> { counter += 1 }
3.times { inc.call }
p counter
def find_first(arr)
  arr.each { |x| return x if x > 2 }
  nil
end
p find_first([1, 2, 3, 4]), [1, 2, 3].each { |x| break x * 10 if x == 2 }
p [1, 2, 3].map { _1 * 3 }, %w[a b].map(&:upcase), [[1, 2], [3, 4]].map { |a, b| a * b }
