at_exit { puts "at exit" }
puts "working"
exit 3
