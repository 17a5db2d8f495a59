# The n-body simulation of the Jovian planets, bodies as small objects with float fields.
class Body
  attr_accessor :x, :y, :z, :vx, :vy, :vz, :mass

  def initialize(x, y, z, vx, vy, vz, mass)
    @x, @y, @z, @vx, @vy, @vz, @mass = x, y, z, vx, vy, vz, mass
  end
end

PI = 3.141592653589793
SOLAR_MASS = 4 * PI * PI
YEAR = 365.24

def bodies
  list = [
    Body.new(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, SOLAR_MASS),
    Body.new(4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
             1.66007664274403694e-03 * YEAR, 7.69901118419740425e-03 * YEAR,
             -6.90460016972063023e-05 * YEAR, 9.54791938424326609e-04 * SOLAR_MASS),
    Body.new(8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
             -2.76742510726862411e-03 * YEAR, 4.99852801234917238e-03 * YEAR,
             2.30417297573763929e-05 * YEAR, 2.85885980666130812e-04 * SOLAR_MASS),
    Body.new(1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
             2.96460137564761618e-03 * YEAR, 2.37847173959480950e-03 * YEAR,
             -2.96589568540237556e-05 * YEAR, 4.36624404335156298e-05 * SOLAR_MASS),
    Body.new(1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
             2.68067772490389322e-03 * YEAR, 1.62824170038242295e-03 * YEAR,
             -9.51592254519715870e-05 * YEAR, 5.15138902046611451e-05 * SOLAR_MASS)
  ]
  px = py = pz = 0.0
  list.each do |b|
    px += b.vx * b.mass
    py += b.vy * b.mass
    pz += b.vz * b.mass
  end
  list[0].vx = -px / SOLAR_MASS
  list[0].vy = -py / SOLAR_MASS
  list[0].vz = -pz / SOLAR_MASS
  list
end

def energy(list)
  e = 0.0
  list.each_with_index do |b, i|
    e += 0.5 * b.mass * (b.vx * b.vx + b.vy * b.vy + b.vz * b.vz)
    ((i + 1)...list.size).each do |j|
      c = list[j]
      dx = b.x - c.x
      dy = b.y - c.y
      dz = b.z - c.z
      e -= b.mass * c.mass / Math.sqrt(dx * dx + dy * dy + dz * dz)
    end
  end
  e
end

def advance(list, dt, steps)
  n = list.size
  steps.times do
    i = 0
    while i < n
      b = list[i]
      j = i + 1
      while j < n
        c = list[j]
        dx = b.x - c.x
        dy = b.y - c.y
        dz = b.z - c.z
        d2 = dx * dx + dy * dy + dz * dz
        mag = dt / (d2 * Math.sqrt(d2))
        bm = b.mass * mag
        cm = c.mass * mag
        b.vx -= dx * cm
        b.vy -= dy * cm
        b.vz -= dz * cm
        c.vx += dx * bm
        c.vy += dy * bm
        c.vz += dz * bm
        j += 1
      end
      i += 1
    end
    list.each do |b|
      b.x += dt * b.vx
      b.y += dt * b.vy
      b.z += dt * b.vz
    end
  end
end

list = bodies
printf("%.9f\n", energy(list))
advance(list, 0.01, 50_000)
printf("%.9f\n", energy(list))
