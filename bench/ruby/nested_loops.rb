# while loops and integer arithmetic, no calls.
total = 0
i = 0
while i < 3000
  j = 0
  while j < 3000
    total += (i * j) % 7
    j += 1
  end
  i += 1
end
puts total
