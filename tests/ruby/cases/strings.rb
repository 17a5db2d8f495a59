s = "Hello, World"
p s.upcase, s.downcase, s.swapcase, s.length, s.reverse, s[0], s[-5..], s[0, 5]
p s.include?("World"), s.start_with?("Hell"), s.index("o"), s.rindex("o")
p s.sub("World", "Ruby"), s.gsub("l", "L"), s.split(", "), s.chars.first(3)
p s.center(20, "*"), s.ljust(15, "."), s.rjust(15), "  x  ".strip
t = +"abc"
t << "def"
t.insert(0, ">")
p t, t.frozen?, "a-b-c".tr("-", "_"), "aaabbb".squeeze, "hello".count("l")
p "abc".succ, "az".succ, "zz".succ, "a".ord, 97.chr, "%05.1f|%-4s|%x" % [3.14159, "ab", 255]
p "snake_case_word".split("_").map(&:capitalize).join, "title case".capitalize
