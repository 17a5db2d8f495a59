# a Matrix class with operator overloading, determinant, transpose and inverse via Fractions-like ints
class Matrix:
    def __init__(self, rows):
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("ragged or empty matrix")
        self.rows = [list(r) for r in rows]
    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])
    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])
    def __getitem__(self, pos):
        r, c = pos
        return self.rows[r][c]
    def __setitem__(self, pos, value):
        r, c = pos
        self.rows[r][c] = value
    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows
    def __add__(self, other):
        if self.shape != other.shape:
            raise ValueError("shape mismatch %s vs %s" % (self.shape, other.shape))
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])
    def __mul__(self, other):
        if isinstance(other, (int, float)):
            return Matrix([[v * other for v in r] for r in self.rows])
        n, m = self.shape
        m2, p = other.shape
        if m != m2:
            raise ValueError("cannot multiply %dx%d by %dx%d" % (n, m, m2, p))
        return Matrix([[sum(self.rows[i][k] * other.rows[k][j] for k in range(m)) for j in range(p)]
                       for i in range(n)])
    def __rmul__(self, k):
        return self * k
    def __pow__(self, n):
        result = Matrix.identity(self.shape[0])
        base = self
        while n:
            if n & 1:
                result = result * base
            base = base * base
            n >>= 1
        return result
    def transpose(self):
        return Matrix([list(col) for col in zip(*self.rows)])
    def determinant(self):
        n, m = self.shape
        if n != m:
            raise ValueError("not square")
        if n == 1:
            return self.rows[0][0]
        if n == 2:
            (a, b), (c, d) = self.rows
            return a * d - b * c
        total = 0
        for j in range(n):
            minor = Matrix([row[:j] + row[j + 1:] for row in self.rows[1:]])
            total += (-1) ** j * self.rows[0][j] * minor.determinant()
        return total
    def __repr__(self):
        return "Matrix(%r)" % (self.rows,)
    def __str__(self):
        width = max(len(str(v)) for r in self.rows for v in r)
        return "\n".join("[" + " ".join(str(v).rjust(width) for v in r) + "]" for r in self.rows)

a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0, 1], [1, 0]])
print(a + b)
print(a * b)
print(2 * a, a * 0.5, sep="\n")
print(a.transpose(), a.shape, a[1, 0])
print(repr(a ** 5), a ** 0 == Matrix.identity(2))
fib = Matrix([[1, 1], [1, 0]]) ** 90
print("fib(90) =", fib[0, 1])
m3 = Matrix([[2, -3, 1], [2, 0, -1], [1, 4, 5]])
print(m3.determinant(), Matrix.identity(4).determinant(), (m3 * m3.transpose()).determinant())
m3[0, 0] = 10
print(m3)
rect = Matrix([[1, 2, 3], [4, 5, 6]])
print(rect * rect.transpose())
print(rect.transpose() * rect)
for bad in [lambda: rect * rect, lambda: rect + a, lambda: rect.determinant(), lambda: Matrix([[1], [2, 3]])]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
print(Matrix([[1.5, 2], [3, 4.25]]))
