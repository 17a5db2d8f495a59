s = "Hello, World"
p s.sub(/o/) { |m| m.upcase }, s.gsub(/o/, "o" => "0"), s.gsub(/(l+)/) { "<#{$1}>" }
p s.scan(/[A-Z]/), s.index("o"), s.rindex("o"), s[0, 5], s[-5..], s[/W\w+/]
p s.center(20, "*"), s.ljust(15, "."), s.rjust(15), s.tr("lo", "01"), s.delete("l"), s.squeeze("l")
p s.count("lo"), s.start_with?("Hell"), s.end_with?("ld", "zz"), s.include?("lo, W")
p s.upcase, s.downcase, s.swapcase, s.capitalize, "hello world".split.map(&:capitalize).join(" ")
p s.chars.first(3), s.bytes.last(2), s.each_char.to_a.size, s.lines, "a\nb\n".lines
p "  pad  ".strip, "  pad  ".lstrip, "  pad  ".rstrip, "xxhixx".delete_prefix("xx").delete_suffix("xx")
p "abc".succ, "az".succ, "zz".succ, "a9".succ, "Zz".succ, "1.9".succ
p "%05d|%-6s|%+.2f|%x|%o|%e" % [42, "ab", 3.14159, 255, 8, 12345.678]
p format("%08.3f", -3.5), format("%s and %p", "str", "str"), format("%-10s|", "hi"), format("%c", 65)
t = +"mutable"
t << " string" << "!"
t[0] = "M"
p t, t.length, t.reverse, t * 2, t.frozen?, :upcase.to_proc.call("x")
p "a,b;c d".split(/[,; ]/), "1,2,,3".split(",", -1), "abc".each_char.with_index.map { |c, i| c * (i + 1) }
p "ruby is fun".each_char.select { |c| "aeiou".include?(c) }.tally
p "snake_case_word".split("_").map.with_index { |w, i| i.zero? ? w : w.capitalize }.join
p "%.3s" % "abcdef", "abc" <=> "abd", "a" * 3 + "b", "abc".ord, 97.chr, "é".bytesize, "é".length
p "hello"[1..3], "hello"[1...-1], "hello".slice(1, 2), "hello".chars.each_slice(2).map(&:join)
p "madam".then { |w| w == w.reverse }, "text".encoding.to_s
