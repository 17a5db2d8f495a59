x = [1, 2
puts x
