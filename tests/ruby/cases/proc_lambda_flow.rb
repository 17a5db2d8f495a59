# return/break/next through blocks, procs and lambdas
def find_first_even(list)
  list.each { |x| return x if x.even? }
  :none
end
p find_first_even([1, 3, 4, 5]), find_first_even([1, 3])

def lambda_return
  l = -> { return 10 }
  v = l.call
  v + 1
end
p lambda_return

def proc_return
  pr = proc { return :from_proc }
  pr.call
  :after
end
p proc_return

r = [1, 2, 3, 4].each do |x|
  break x * 100 if x == 3
end
p r
p [1, 2, 3].map { |x| next 0 if x == 2; x }
p (1..Float::INFINITY).each { |i| break i if i % 7 == 0 }

def yielder
  r = yield 5
  [:yielded, r]
end
p yielder { |v| next v * 2 }
p yielder { |v| break :broke }

counter = 0
add = lambda { |n| counter += n }
add.(2); add[3]; add.call(4)
p counter
sq = proc { |a, b| [a, b] }
p sq.call(1), sq.call(1, 2, 3), sq.call([4, 5])
l2 = lambda { |a, b = 2| [a, b] }
p l2.arity, sq.arity, proc { |*a| }.arity, lambda { |a, *b| }.arity
begin
  l2.call
rescue ArgumentError => e
  p e.message
end
p [[1, 2], [3, 4]].map { |a, b| a + b }, [[1, [2, 3]]].map { |a, (b, c)| a + b + c }
p %w[a b c].each_with_index.map { |s, i| "#{i}#{s}" }
p [1, 2, 3].inject { |s, x| s * x }, [3, 1, 2].sort_by { -_1 }, [1, 2].map { _1 + 1 }
compose = method(:p) >> ->(x) { x }
adder = ->(a, b) { a + b }.curry
p adder[1][2], :upcase.to_proc.call("q"), %w[a b].map(&:upcase)
def blk_given = block_given?
p blk_given, blk_given {}
def pass_block(&b) = b
p pass_block.nil?, pass_block { 1 }.call, pass_block { 1 }.lambda?
