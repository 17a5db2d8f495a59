# An allocation too big for the machine raises MemoryError, which a program can catch;
# uncaught, it prints a traceback (never a crash of the VM).
def attempt(make):
    try:
        make()
    except MemoryError as e:
        print("caught", type(e).__name__, repr(e), isinstance(e, Exception))


attempt(lambda: [0] * (10 ** 12))
attempt(lambda: "x" * 10 ** 15)
attempt(lambda: bytearray(10 ** 13))
attempt(lambda: b"ab" * 10 ** 15)
print("still running", len([0] * 10))


def build(n):
    return [None] * n


build(10 ** 12)
print("not reached")
