class AppError < StandardError
  def initialize(msg = "app failed") = super
end
def risky(n)
  raise AppError if n == 0
  raise ArgumentError, "bad #{n}" if n < 0
  10 / n
end
[2, 0, -1].each do |n|
  begin
    p risky(n)
  rescue AppError => e
    p [:app, e.message]
  rescue ArgumentError, TypeError => e
    p [:arg, e.message, e.class]
  else
    p :no_error
  ensure
    p [:ensure, n]
  end
end
attempts = 0
begin
  attempts += 1
  raise "retry me" if attempts < 3
  p attempts
rescue
  retry
end
x = Integer("42") rescue 0
y = Integer("zz") rescue -1
p x, y
p (catch(:done) { 10.times { |i| throw :done, i if i == 3 }; :never })
begin
  1 / 0
rescue ZeroDivisionError => e
  p e.message, e.class.ancestors.take(3)
end
def m
  yield
ensure
  puts "cleanup"
end
m { p :body }
