# Strings: appending with <<, interpolation, split/join, gsub, format and case methods.
buffer = +""
parts = []
150_000.times do |i|
  buffer << "item" << i.to_s << ","
  if i % 1000 == 999
    parts << buffer[0, 40].upcase
    buffer = +""
  end
end
joined = parts.join("|")
words = joined.split("|")
total = words.sum { |w| w.length + w.index("ITEM") + w.count(",") }
lines = (0...50_000).map { |i| format("%05d:%s:%.2f", i, i.to_s(16).rjust(6, "0"), i / 7.0) }
report = lines.join("\n")
swapped = report.gsub(/:(\h+):/) { ":#{$1.reverse}:" }
puts "#{words.size} #{total} #{report.size} #{swapped.bytesize} #{report.tr('0-9', 'a-j')[0, 12]}"
