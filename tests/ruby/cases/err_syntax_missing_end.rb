def broken(x)
  if x > 1
    puts "big"
end
