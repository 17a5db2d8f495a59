# The Mandelbrot set on a grid, counting the points that stay bounded.
def mandelbrot(size, limit)
  inside = 0
  size.times do |y|
    ci = 2.0 * y / size - 1.0
    size.times do |x|
      cr = 2.0 * x / size - 1.5
      zr = zi = 0.0
      i = 0
      while i < limit && zr * zr + zi * zi <= 4.0
        zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
        i += 1
      end
      inside += 1 if i == limit
    end
  end
  inside
end

puts mandelbrot(220, 100)
