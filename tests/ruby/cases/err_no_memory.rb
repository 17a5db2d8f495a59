begin
  a = Array.new(10**12, 0)
rescue NoMemoryError => e
  p e
end
puts "x" * (2**40)
