# A float-heavy loop: the midpoint rule for the integral of 4/(1+x*x) on [0, 1] (pi).
def integrate(n):
    h = 1.0 / n
    s = 0.0
    i = 0
    while i < n:
        x = (i + 0.5) * h
        s += 4.0 / (1.0 + x * x)
        i += 1
    return s * h


print(integrate(5000000))
