def inner(x)
  raise ArgumentError, "bad #{x}" if x > 2
  inner(x + 1)
end
def outer = [1].each { inner(0) }
begin
  outer
rescue => e
  p e.message, e.backtrace.first, e.backtrace.last
end
puts "before"
outer
