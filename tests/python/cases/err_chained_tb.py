# an uncaught exception raised while handling another: both tracebacks print
def parse(text):
    return int(text)

def load(values):
    out = []
    for v in values:
        try:
            out.append(parse(v))
        except ValueError as e:
            raise RuntimeError("bad value in input: %r" % v)
    return out

print(load(["1", "2"]))
print(load(["3", "x4"]))
