a = [5, 3, 8, 1]
p a.sort, a.max, a.min, a.sum, a.reverse, a.first(2), a.last, a.take(2), a.drop(2)
p a.map { |x| x * 2 }, a.select(&:even?), a.reject(&:even?), a.inject(:+), a.reduce(1) { |m, x| m * x }
p a.each_slice(2).to_a, a.each_cons(2).to_a, a.each_with_index.map { |x, i| x * i }
p a.zip([1, 2, 3, 4]), [[1, 2], [3, 4]].transpose, [1, [2, [3, [4]]]].flatten
p a.sort_by { |x| -x }, a.min_by { |x| (x - 4).abs }, a.group_by(&:odd?), a.partition { |x| x > 4 }
p [1, 2, 2, 3].uniq, [1, nil, 2].compact, [3, 1, 2].rotate, [1, 2, 3].include?(2)
p [1, 2, 3] & [2, 3, 4], [1, 2] | [2, 3], [1, 2, 3] - [2], [[1, 2], [3]].sum([])
p %w[a b c].each_with_index.to_a, (1..4).each_slice(2).map(&:sum), [1, 2, 3].tally
b = [1, 2, 3]
b.push(4).unshift(0)
p b, b.pop, b.shift, b, b.combination(2).count, b.permutation(2).first(2)
