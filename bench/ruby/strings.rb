# String workload: building, slicing, splitting, gsub, case and interpolation.
out = +""
150_000.times do |i|
  word = "item#{i}"
  out << word.upcase << "," if i.even?
  out << word.reverse[0, 3]
end
parts = out.split(",")
puts out.size, parts.size, parts.last(2).inspect
text = "the quick brown fox jumps over the lazy dog " * 8000
puts text.gsub("o", "0").count("0"), text.split.tally["the"], text.scan(/\w+/).size
