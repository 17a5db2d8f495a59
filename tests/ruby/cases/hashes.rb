h = { a: 1, "b" => 2, 3 => [4] }
p h, h[:a], h["b"], h.fetch(3), h.key?(:a), h.keys, h.values, h.size
h[:c] = 5
p h.map { |k, v| [k, v] }.size, h.select { |k, v| v.is_a?(Integer) && v > 1 }
p h.to_a.first, h.min_by { |k, v| v.to_s }, h.sort_by { |k, v| k.to_s }.first
counts = Hash.new(0)
"hello world".each_char { |c| counts[c] += 1 }
p counts.max_by { |k, v| v }, counts["z"]
groups = Hash.new { |hash, k| hash[k] = [] }
%w[apple avocado banana].each { |w| groups[w[0]] << w }
p groups, groups.transform_values(&:size), { a: 1 }.merge({ b: 2 }) { |k, x, y| x + y }
p h.reject { |k, v| k == :a }.keys, h.any? { |k, v| v == 5 }, h.count, h.invert.keys.first
begin
  h.fetch(:zz)
rescue KeyError => e
  p e.message
end
