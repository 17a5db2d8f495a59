# Hashes: string keys counted, looked up, sorted, filtered and transformed.
counts = Hash.new(0)
seed = 1
400_000.times do
  seed = (seed * 1103515245 + 12345) % 2147483648
  counts["k#{seed % 5000}"] += 1
end
hits = 0
(0...5000).step(3) { |i| hits += counts["k#{i}"] if counts.key?("k#{i}") }
top = counts.sort_by { |k, v| [-v, k] }.first(3)
top.each { |k, v| puts "#{k}=#{v}" }
odd = counts.reject { |_, v| v.even? }
scaled = odd.transform_values { |v| v * 2 }
by_len = counts.group_by { |k, _| k.size }.transform_values(&:size)
puts "#{odd.size} #{hits} #{scaled.values.sum} #{by_len.sort.inspect}"
