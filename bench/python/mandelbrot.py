# Mandelbrot set: escape-time iteration over a grid of complex points in plain floats,
# printed as a checksum of the iteration counts.


def mandelbrot(width, height, limit):
    total = 0
    inside = 0
    for y in range(height):
        ci = 2.0 * y / height - 1.0
        for x in range(width):
            cr = 2.5 * x / width - 2.0
            zr = zi = 0.0
            i = 0
            while i < limit:
                tr = zr * zr - zi * zi + cr
                zi = 2.0 * zr * zi + ci
                zr = tr
                if zr * zr + zi * zi > 4.0:
                    break
                i += 1
            if i == limit:
                inside += 1
            total += i
    return total, inside


print(mandelbrot(340, 280, 200))
