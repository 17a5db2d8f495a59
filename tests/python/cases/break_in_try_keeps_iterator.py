# A `break` that leaves a loop from inside a try: the handler table keeps the depth of the
# try's start, so an exception in the same try finds the loop's iterator still there.
def boom(d):
    if d < 5: raise OSError
def upd(items):
    try: raise OSError
    except OSError:
        for d in items:
            try:
                boom(d); break
            except OSError: pass
        else: return []
    return [1]
print(upd([1, 2]))
def f(items):
    out = []
    for x in items:
        try:
            if x == 2:
                break
            if x == 1:
                raise KeyError(x)
            out.append(x)
        except KeyError:
            out.append("k")
    with open("/dev/null") as fh:
        for y in range(3):
            try:
                if y == 1:
                    break
            finally:
                out.append(("f", y))
    for z in range(3):
        with open("/dev/null"):
            try:
                if z == 0:
                    raise ValueError
                break
            except ValueError:
                out.append("v")
    return out
print(f([0, 1, 2, 3]))
