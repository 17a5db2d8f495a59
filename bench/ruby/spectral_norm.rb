# The spectral norm of the infinite matrix A(i,j) = 1/((i+j)(i+j+1)/2+i+1), by power iteration.
def a(i, j)
  1.0 / (((i + j) * (i + j + 1) >> 1) + i + 1)
end

def times_a(v, n)
  (0...n).map { |i| s = 0.0; n.times { |j| s += a(i, j) * v[j] }; s }
end

def times_at(v, n)
  (0...n).map { |i| s = 0.0; n.times { |j| s += a(j, i) * v[j] }; s }
end

n = 180
u = [1.0] * n
v = nil
10.times do
  v = times_at(times_a(u, n), n)
  u = times_at(times_a(v, n), n)
end
vbv = 0.0
vv = 0.0
n.times do |i|
  vbv += u[i] * v[i]
  vv += v[i] * v[i]
end
printf("%0.9f\n", Math.sqrt(vbv / vv))
