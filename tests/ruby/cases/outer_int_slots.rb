# Integer locals that blocks assign (kept unboxed in their frame) read back as values.
s = 0
t = 0
3.times { |i| s += i; t = s }
x = s
s += 100
p s, t, x
a = 0
l = lambda { a += 1 }
l.(); l.()
b = a
a = "str"
p a, b
c = 1
[1, 2].each { |v| c = v * 2**70 }
p c
d = 5
pr = proc { d }
d += 1
p pr.call
[1].each { [2].each { d = 7 } }
p d
e = 1
[1, 2, 3].each { |v| e += v; e = e.to_f if v == 2 }
p e
def counter
  n = 0
  inc = -> { n += 1 }
  get = -> { n }
  3.times { inc.() }
  [get.(), n]
end
p counter
