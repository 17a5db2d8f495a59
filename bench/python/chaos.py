# Chaos game: points thrown at random towards the corners of polygons, with small vector
# and affine-transform classes (float-heavy object code, a hand-written random generator).


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def scale(self, f):
        return Vec(self.x * f, self.y * f)

    def length2(self):
        return self.x * self.x + self.y * self.y


class Affine:
    def __init__(self, a, b, c, d, e, f):
        self.a, self.b, self.c, self.d, self.e, self.f = a, b, c, d, e, f

    def apply(self, p):
        return Vec(self.a * p.x + self.b * p.y + self.e, self.c * p.x + self.d * p.y + self.f)


class Random:
    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return self.state

    def choice(self, items):
        return items[(self.next() >> 16) % len(items)]


def chaos(points, grid):
    rng = Random(42)
    maps = [Affine(0.5, 0.0, 0.0, 0.5, 0.0, 0.0), Affine(0.5, 0.0, 0.0, 0.5, 0.5, 0.0),
            Affine(0.5, 0.0, 0.0, 0.5, 0.25, 0.5), Affine(0.3, -0.2, 0.2, 0.3, 0.4, 0.2)]
    counts = [[0] * grid for _ in range(grid)]
    p = Vec(0.1, 0.1)
    centre = Vec(0.5, 0.5)
    spread = 0.0
    for _ in range(points):
        p = rng.choice(maps).apply(p)
        spread += (p - centre).length2()
        gx = int(p.x * grid)
        gy = int(p.y * grid)
        if 0 <= gx < grid and 0 <= gy < grid:
            counts[gy][gx] += 1
    filled = sum(1 for row in counts for c in row if c)
    return filled, round(spread / points, 6)


print(chaos(600000, 64))
