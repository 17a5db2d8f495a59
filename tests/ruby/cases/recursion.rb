def fib(n) = n < 2 ? n : fib(n - 1) + fib(n - 2)
p (0..15).map { |i| fib(i) }
def fact(n) = n <= 1 ? 1 : n * fact(n - 1)
p fact(25)
def hanoi(n, from, to, via, moves)
  return moves if n == 0
  hanoi(n - 1, from, via, to, moves)
  moves << [from, to]
  hanoi(n - 1, via, to, from, moves)
end
p hanoi(4, :a, :c, :b, []).size
def deep(n) = n == 0 ? 0 : 1 + deep(n - 1)
p deep(500)
begin
  def inf(n) = inf(n + 1)
  inf(0)
rescue SystemStackError => e
  p e.class
end
