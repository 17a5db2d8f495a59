# Values yielded several at a time (Yielder#yield a, b) through map, with_index and arity.
e = Enumerator.new { |y| y << 1; y.yield 2, 3; y << [4, 5] }
p e.map { |*a| a }, e.map { |v| v }, e.map { |a, b| [a, b] }, e.map(&:inspect)
p (1..3).map { |x| x * 2 }, {a: 1}.map { |k, v| [k, v] }, {a: 1}.map { |*a| a }
p e.map.with_index { |v, i| [v, i] }
p proc { |x| }.arity, :upcase.to_proc.arity, e.each_with_index.to_a
