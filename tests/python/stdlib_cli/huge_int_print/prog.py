def show(n):
    print(n)

show(1 << 100000)
