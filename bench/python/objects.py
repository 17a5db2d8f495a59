# Method calls and attribute access on instances (maps + version-tagged lookups).
class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def dot(self, other):
        return self.x * other.x + self.y * other.y


def main(n):
    acc = Vector(0, 0)
    step = Vector(1, 2)
    total = 0
    for i in range(n):
        acc = acc.add(step)
        total += acc.dot(step) % 7
    return total


print(main(1000000))
