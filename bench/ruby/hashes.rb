# Hash workload: string and integer keys, counting, updating, iterating.
counts = Hash.new(0)
words = %w[apple banana cherry date elder fig grape]
400_000.times { |i| counts[words[i % 7] + (i % 13).to_s] += 1 }
h = {}
300_000.times { |i| h[i] = i * 2 }
s = 0
h.each { |k, v| s += v if k.odd? }
puts counts.size, counts.values.sum, s, h.count { |_, v| v % 3 == 0 }
