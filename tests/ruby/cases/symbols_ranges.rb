p :abc, :"with space", :upcase.to_proc.call("x")
p (1..5).to_a, (1...5).size, ("a".."e").to_a, (1..10).select(&:even?), (1..).first(3)
p (1..10) === 5, (1..10).include?(11), (0.5..1.5).include?(1), (1..5).sum, (1..3).reduce(:*)
r = (3..7)
p r.min, r.max, r.first, r.last(2), r.map { |x| x * x }, r.each_slice(2).to_a
p [1, 2, 3, 4, 5][1..-2], "hello"[1..], :sym.length, %i[x y].map(&:to_s)
