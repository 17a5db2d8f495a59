def divide(a, b):
    try:
        result = a / b
    except ZeroDivisionError:
        return None
    except TypeError as e:
        print("type", e)
        return "T"
    else:
        return result
    finally:
        print("finally for", a, b)
print(divide(1, 0), divide(4, 2), divide("x", 1))
def loop():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
        finally:
            print("fin", i)
    return "done"
    print("dead code")
    while True:
        pass
print(loop())
import sys
def imports():
    import math
    from math import sqrt as s
    return s(16.0), math.floor(2.5)
print(imports())
