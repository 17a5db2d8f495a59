# Block-heavy iteration: each/map/select/inject chains, each_slice, zip and sum with blocks.
data = (1..200_000).to_a
total = 0
3.times do |round|
  total += data.map { |x| x * 2 + round }
               .select { |x| x % 3 == 0 }
               .inject(0) { |acc, x| acc + x }
  total += data.each_slice(4).sum { |a, b, c, d| a * d - b * c }
  total += data.zip(data.reverse).count { |a, b| a > b }
  data.each_with_index { |x, i| total += x if i % 1000 == 0 }
end
puts total
