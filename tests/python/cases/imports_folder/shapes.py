"""Shapes for the import test."""
print("loading shapes")
PI = 3.14
def area(r):
    return round(PI * r * r, 2)
class Square:
    def __init__(self, side):
        self.side = side
    def area(self):
        return self.side ** 2
