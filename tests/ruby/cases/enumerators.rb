e = [1, 2, 3].each
p e.next, e.next, e.next
begin
  e.next
rescue StopIteration
  p :done
end
p [4, 5].each_with_index.to_a, %w[a b].each.with_index(1).map { |s, i| "#{i}:#{s}" }
gen = Enumerator.new do |y|
  n = 0
  loop { y << (n += 1) }
end
p gen.take(4), gen.lazy.map { |x| x * x }.select(&:even?).first(2)
p [1, 2, 3].map.with_index { |x, i| x * i }, (1..3).each_with_object([]) { |x, acc| acc << x * 2 }
