h = { b: 2, a: 1, c: 3 }
p h.sort.to_h, h.min_by { |_, v| v }, h.sum { |_, v| v }, h.count { |_, v| v.odd? }
p h.each_with_object({}) { |(k, v), acc| acc[v] = k }, h.to_a.transpose
p h.select { |_, v| v > 1 }, h.reject { |_, v| v > 1 }, h.filter_map { |k, v| k if v > 1 }
p h.transform_values { _1 * 10 }, h.transform_keys(&:to_s), h.invert, h.key(2)
p h.group_by { |_, v| v.odd? }, h.partition { |_, v| v > 1 }, h.sort_by { |k, _| k }.first
p h.any? { |_, v| v > 2 }, h.all? { |_, v| v > 0 }, h.none?, h.find { |_, v| v == 3 }
p h.dig(:a), { a: { b: [1, { c: 9 }] } }.dig(:a, :b, 1, :c), h.fetch(:zz, 0), h.fetch(:zz) { |k| k.to_s }
p h.merge({ a: 100, d: 4 }) { |_, old, new| old + new }, h.slice(:a, :b), h.except(:a)
d = Hash.new { |hash, k| hash[k] = k.to_s * 2 }
p d[:x], d, d.size, Hash.new(5)[:nope]
c = Hash.new(0)
"hello world".each_char { |ch| c[ch] += 1 unless ch == " " }
p c.max_by { |_, v| v }, c.sort_by { |k, v| [-v, k] }.first(3)
p h.keys, h.values, h.length, h.key?(:a), h.value?(3), h.to_a.flatten
h.delete(:b)
h[:z] = 26
p h, h.first, h.first(2), h.compact, { a: nil }.compact, h.entries.last
p h.reduce(0) { |s, (k, v)| s + v }, h.map { |k, v| [k, v * 2] }.to_h, h.to_h { |k, v| [v, k] }
big = (1..5).to_h { |i| [i, i * i] }
p big, big.select { |k, _| k.even? }.keys, big.each_slice(2).map(&:to_h)
begin
  {}.fetch(:missing)
rescue KeyError => e
  p e.message, e.key, e.receiver
end
p({ "a" => 1 }.merge("b" => 2), { 1 => :a }.eql?({ 1 => :a }), { a: 1 }.hash == { a: 1 }.hash)
