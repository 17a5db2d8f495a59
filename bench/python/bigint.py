# Big integers: factorials, Fibonacci numbers, powers and modular arithmetic past the
# machine word, printed as digit sums and a few residues.


def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def digit_sum(n):
    return sum(int(c) for c in str(n))


def pi_digits(count):
    """Spigot (Gibbons' unbounded algorithm) on big integers."""
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    digits = []
    while len(digits) < count:
        if 4 * q + r - t < m * t:
            digits.append(m)
            q, r, t, k, m, x = 10 * q, 10 * (r - m * t), t, k, (10 * (3 * q + r)) // t - 10 * m, x
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return digits


def main():
    out = []
    out.append(sum(digit_sum(factorial(k)) for k in range(200, 1400, 40)))
    out.append(fib(50000) % 1000000007)
    out.append(pow(3, 50000, 10 ** 40 + 7))
    out.append(sum(len(str(7 ** k)) for k in range(1000, 5000, 100)))
    acc = 0
    for i in range(1, 100000):
        acc = (acc * 31 + i * i * i * 1000000007) % (1 << 127)
    out.append(acc % 1000003)
    out.append("".join(map(str, pi_digits(2200)))[-20:])
    return out


print(main())
