h = {a: 1
puts h
