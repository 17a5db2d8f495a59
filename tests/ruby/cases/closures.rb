def make_counter
  count = 0
  increment = -> { count += 1 }
  get = -> { count }
  [increment, get]
end
inc, get = make_counter
3.times { inc.call }
p get.call
adders = (1..3).map { |i| ->(x) { x + i } }
p adders.map { |f| f.call(10) }
x = 1
[1, 2].each { x += 1 }
p x
memo = Hash.new { |h, n| h[n] = n < 2 ? n : h[n - 1] + h[n - 2] }
p memo[40]
compose = [:upcase, :reverse].map { |s| s.to_proc }.reduce { |f, g| f >> g }
p compose.call("abc")
