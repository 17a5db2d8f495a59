def divide(a, b)
  a / b
end
puts "before"
divide(1, 0)
puts "after"
