"""The benchmark kernels: plain Python functions, run as they are on CPython and through
@polyvm.jit on polyvm's Python.  Each is self-contained (a @jit function sees only its own
session), and each returns a value both runs must agree on."""


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def nbody(steps):
    """The n-body benchmark: the outer planets around the sun, energy before and after."""
    pi = 3.141592653589793
    solar_mass = 4 * pi * pi
    days_per_year = 365.24
    bodies = [
        [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, solar_mass],
        [4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
         1.66007664274403694e-03 * days_per_year, 7.69901118419740425e-03 * days_per_year,
         -6.90460016972063023e-05 * days_per_year, 9.54791938424326609e-04 * solar_mass],
        [8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
         -2.76742510726862411e-03 * days_per_year, 4.99852801234917238e-03 * days_per_year,
         2.30417297573763929e-05 * days_per_year, 2.85885980666130812e-04 * solar_mass],
        [1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
         2.96460137564761618e-03 * days_per_year, 2.37847173959480950e-03 * days_per_year,
         -2.96589568540237556e-05 * days_per_year, 4.36624404335156298e-05 * solar_mass],
        [1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
         2.68067772490389322e-03 * days_per_year, 1.62824170038242295e-03 * days_per_year,
         -9.51592254519715870e-05 * days_per_year, 5.15138902046611451e-05 * solar_mass],
    ]
    px = py = pz = 0.0
    for b in bodies:
        px += b[3] * b[6]
        py += b[4] * b[6]
        pz += b[5] * b[6]
    sun = bodies[0]
    sun[3] = -px / solar_mass
    sun[4] = -py / solar_mass
    sun[5] = -pz / solar_mass

    def energy():
        e = 0.0
        for i in range(len(bodies)):
            b = bodies[i]
            e += 0.5 * b[6] * (b[3] * b[3] + b[4] * b[4] + b[5] * b[5])
            for j in range(i + 1, len(bodies)):
                b2 = bodies[j]
                dx = b[0] - b2[0]
                dy = b[1] - b2[1]
                dz = b[2] - b2[2]
                e -= b[6] * b2[6] / (dx * dx + dy * dy + dz * dz) ** 0.5
        return e

    before = energy()
    dt = 0.01
    n = len(bodies)
    for _ in range(steps):
        for i in range(n):
            b = bodies[i]
            for j in range(i + 1, n):
                b2 = bodies[j]
                dx = b[0] - b2[0]
                dy = b[1] - b2[1]
                dz = b[2] - b2[2]
                d2 = dx * dx + dy * dy + dz * dz
                mag = dt / (d2 * d2 ** 0.5)
                m1 = b[6] * mag
                m2 = b2[6] * mag
                b[3] -= dx * m2
                b[4] -= dy * m2
                b[5] -= dz * m2
                b2[3] += dx * m1
                b2[4] += dy * m1
                b2[5] += dz * m1
        for b in bodies:
            b[0] += dt * b[3]
            b[1] += dt * b[4]
            b[2] += dt * b[5]
    return [round(before, 9), round(energy(), 9)]


def spectral_norm(n):
    """The spectral norm of the infinite matrix A(i, j) = 1 / ((i+j)(i+j+1)/2 + i + 1),
    approximated on n x n by ten power iterations of A'A."""
    def a(i, j):
        return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)

    def times(v):
        return [sum([a(i, j) * v[j] for j in range(n)]) for i in range(n)]

    def times_transposed(v):
        return [sum([a(j, i) * v[j] for j in range(n)]) for i in range(n)]

    u = [1.0] * n
    v = u
    for _ in range(10):
        v = times_transposed(times(u))
        u = times_transposed(times(v))
    vbv = sum([u[i] * v[i] for i in range(n)])
    vv = sum([x * x for x in v])
    return round((vbv / vv) ** 0.5, 9)


def trivial(x):
    return x
