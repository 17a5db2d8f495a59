# External iteration (next/peek) and lazy with_index over endless generators.
fib = Enumerator.new do |y|
  a, b = 0, 1
  loop do
    y << a
    a, b = b, a + b
  end
end
p fib.next, fib.next, fib.next, fib.peek, fib.next
p fib.each_with_index.find { |v, i| v > 1000 }
p fib.with_index(1).first(3)
squares = Enumerator.new { |y| 1.step { |i| y << i * i } }
p squares.take(6), squares.find { |s| s > 50 }
p 1.step.first(3), 10.step(by: 5).first(2)
