"""A CPython program whose hot kernel runs on polyvm's Python, JIT-compiled, in-process.

    ./polyvm build --shared --lang python && pip install ./embed
    python3 examples/embed/mandelbrot.py

`escape_counts` is ordinary Python: `@polyvm.jit` sends its source to the embedded VM and
calls it there; the rest of the program (argument parsing, drawing) stays on CPython.  The
same function, undecorated, runs on CPython for comparison.
"""
import math
import sys
import time

import polyvm


def escape_counts(width, height, limit):
    """For each pixel of the plane from -2-1.2i to 0.8+1.2i, the iterations z -> z*z + c takes
    to leave the circle of radius 2 (limit if it never does), row by row."""
    rows = []
    for y in range(height):
        ci = 2.4 * (y + 0.5) / height - 1.2
        row = []
        for x in range(width):
            cr = 2.8 * x / width - 2.0
            zr = zi = 0.0
            n = 0
            while n < limit and zr * zr + zi * zi <= 4.0:
                zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
                n += 1
            row.append(n)
        rows.append(row)
    return rows


fast_escape_counts = polyvm.jit(escape_counts)


def draw(rows, limit):
    """Darker for more iterations, on a log scale (most points escape within a few)."""
    shades = " .:-=+*#%@"
    scale = (len(shades) - 1) / math.log(limit + 1)
    for row in rows:
        print("".join(shades[int(math.log(n + 1) * scale)] for n in row))


def main(width=72, height=28, limit=3000):
    t0 = time.perf_counter()
    rows = fast_escape_counts(width, height, limit)
    on_polyvm = time.perf_counter() - t0
    draw(rows, limit)
    t0 = time.perf_counter()
    assert escape_counts(width, height, limit) == rows
    on_cpython = time.perf_counter() - t0
    print("escape_counts(%d, %d, %d): %.3f s on polyvm (JIT %s), %.3f s on CPython %s"
          % (width, height, limit, on_polyvm, fast_escape_counts.vm.library.jit, on_cpython,
             sys.version.split()[0]))


if __name__ == "__main__":
    main(*[int(arg) for arg in sys.argv[1:]])
