# Float arithmetic in nested loops: count the points of the Mandelbrot set.
size = 300
count = 0
size.times do |y|
  ci = 2.0 * y / size - 1.0
  size.times do |x|
    cr = 2.0 * x / size - 1.5
    zr = 0.0
    zi = 0.0
    i = 0
    while i < 50 && zr * zr + zi * zi <= 4.0
      zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
      i += 1
    end
    count += 1 if i == 50
  end
end
puts count
