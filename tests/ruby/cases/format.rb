p format("%d|%5d|%-5d|%05d|%+d", 42, 42, 42, 42, 42)
p format("%.2f|%8.3f|%e|%g|%g", 3.14159, 2.5, 12345.678, 0.0001, 123456789.0)
p format("%s|%10s|%-10s|%p", "hi", "right", "left", :sym)
p format("%x|%X|%o|%b|%#x|%08b", 255, 255, 8, 5, 255, 5)
p format("%<a>s-%<b>d", a: "x", b: 5), format("%{a}!", a: "hey"), format("%%|%c", 65)
puts "%-8s%6.2f" % ["total", 12.5]
