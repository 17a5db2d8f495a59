# Block-heavy iteration: times, each, map, select, inject chains.
sum = 0
200.times do |round|
  arr = (1..5000).map { |i| i * round % 97 }
  sum += arr.select(&:even?).map { |x| x * 3 }.inject(0) { |s, x| s + x }
  arr.each { |x| sum -= 1 if x == 0 }
end
puts sum
