# Float arithmetic and arrays: the spectral-norm benchmark.
def a(i, j) = 1.0 / ((i + j) * (i + j + 1) / 2 + i + 1)

def mul_av(v, n) = (0...n).map { |i| s = 0.0; n.times { |j| s += a(i, j) * v[j] }; s }
def mul_atv(v, n) = (0...n).map { |i| s = 0.0; n.times { |j| s += a(j, i) * v[j] }; s }
def mul_atav(v, n) = mul_atv(mul_av(v, n), n)

n = 200
u = [1.0] * n
v = nil
10.times do
  v = mul_atav(u, n)
  u = mul_atav(v, n)
end
vbv = 0.0
vv = 0.0
n.times { |i| vbv += u[i] * v[i]; vv += v[i] * v[i] }
puts format("%.9f", Math.sqrt(vbv / vv))
