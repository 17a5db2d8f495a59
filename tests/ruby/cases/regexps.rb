s = "John: 25, Jane: 31, Jim: 7"
p s.scan(/\d+/), s.scan(/(\w+): (\d+)/), s =~ /Jane/, $~[0]
if (m = s.match(/(?<name>J\w+): (?<age>\d+)/))
  p m[:name], m["age"], m.pre_match, m.captures
end
p s.gsub(/\d+/) { |d| (d.to_i * 2).to_s }, s.sub(/(\w+):/, '<\1>'), s.split(/,\s*/)
p "2024-01-15".match?(/\A\d{4}-\d{2}-\d{2}\z/), "a1b2".tr("0-9", ""), "x" * 3 =~ /xx/
p "Hello World".scan(/[A-Z]/).join, "foo bar baz".gsub(/\b(\w)/) { $1.upcase }
p "aaa".sub(/a*?/, "-"), "abc" =~ /z/, "path/to/file.rb"[/\w+\.rb/], "CamelCaseStr".gsub(/([A-Z])/) { "_" + $1.downcase }
