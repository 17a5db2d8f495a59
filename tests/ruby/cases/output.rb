puts [1, [2, [nil, 3]]], nil, "end"
print "a", "b", 1, nil, "\n"
p
p 1, "two", :three, nil, 4.0, [1, "x"], { k: "v" }
x = p("ret")
pp({ nested: { a: [1, 2] } })
puts "tab\there", 'single #{not}', "uni: \u00e9", "esc: \e[0m".inspect
$stdout.puts "stdout"
STDOUT.print "print\n"
$stderr.puts "to stderr"
puts "multi
line", <<~TEXT
  heredoc line 1
    indented
  #{1 + 1}
TEXT
