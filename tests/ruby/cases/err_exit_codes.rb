at_exit { puts "at_exit ran" }
puts "working"
$stdout.flush
exit 3
