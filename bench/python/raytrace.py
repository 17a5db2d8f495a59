# A small ray tracer: spheres and a plane lit by two lights, with reflections; vector
# classes, virtual intersect methods and float maths, summarised as a checksum of pixels.
import math


class V:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def add(self, o):
        return V(self.x + o.x, self.y + o.y, self.z + o.z)

    def sub(self, o):
        return V(self.x - o.x, self.y - o.y, self.z - o.z)

    def mul(self, f):
        return V(self.x * f, self.y * f, self.z * f)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def norm(self):
        return self.mul(1.0 / math.sqrt(self.dot(self)))


class Sphere:
    def __init__(self, centre, radius, colour, reflect):
        self.centre = centre
        self.radius2 = radius * radius
        self.colour = colour
        self.reflect = reflect

    def intersect(self, origin, direction):
        oc = self.centre.sub(origin)
        b = oc.dot(direction)
        d = b * b - oc.dot(oc) + self.radius2
        if d < 0:
            return -1.0
        root = math.sqrt(d)
        t = b - root
        if t > 1e-6:
            return t
        t = b + root
        return t if t > 1e-6 else -1.0

    def normal(self, point):
        return point.sub(self.centre).norm()


class Plane:
    def __init__(self, point, normal_vec, colour, reflect):
        self.point = point
        self.n = normal_vec
        self.colour = colour
        self.reflect = reflect

    def intersect(self, origin, direction):
        denom = self.n.dot(direction)
        if abs(denom) < 1e-9:
            return -1.0
        t = self.point.sub(origin).dot(self.n) / denom
        return t if t > 1e-6 else -1.0

    def normal(self, point):
        return self.n


class Scene:
    def __init__(self):
        self.objects = [
            Sphere(V(0.0, 1.0, 5.0), 1.0, V(1.0, 0.2, 0.2), 0.3),
            Sphere(V(-2.0, 0.7, 6.0), 0.7, V(0.2, 1.0, 0.2), 0.5),
            Sphere(V(2.0, 0.5, 4.0), 0.5, V(0.2, 0.2, 1.0), 0.1),
            Plane(V(0.0, 0.0, 0.0), V(0.0, 1.0, 0.0), V(0.8, 0.8, 0.8), 0.2),
        ]
        self.lights = [V(5.0, 8.0, -3.0), V(-4.0, 6.0, 0.0)]

    def nearest(self, origin, direction):
        best = None
        best_t = 1e30
        for obj in self.objects:
            t = obj.intersect(origin, direction)
            if 0.0 < t < best_t:
                best_t = t
                best = obj
        return best, best_t

    def trace(self, origin, direction, depth):
        obj, t = self.nearest(origin, direction)
        if obj is None:
            return V(0.1, 0.1, 0.15)
        point = origin.add(direction.mul(t))
        n = obj.normal(point)
        colour = obj.colour.mul(0.1)
        for light in self.lights:
            to_light = light.sub(point).norm()
            shadow, _ = self.nearest(point, to_light)
            if shadow is None:
                lambert = n.dot(to_light)
                if lambert > 0:
                    colour = colour.add(obj.colour.mul(lambert * 0.6))
        if depth < 3 and obj.reflect > 0:
            r = direction.sub(n.mul(2 * direction.dot(n)))
            colour = colour.add(self.trace(point, r, depth + 1).mul(obj.reflect))
        return colour


def render(width, height):
    scene = Scene()
    eye = V(0.0, 1.0, -1.0)
    total = 0
    for y in range(height):
        for x in range(width):
            d = V((x - width / 2.0) / width, (height / 2.0 - y) / height, 1.0).norm()
            c = scene.trace(eye, d, 0)
            total += int(min(c.x, 1.0) * 255) + int(min(c.y, 1.0) * 255) * 3 + \
                int(min(c.z, 1.0) * 255) * 7
    return total


print(render(220, 165))
