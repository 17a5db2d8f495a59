# custom exception hierarchies, chaining, finally ordering, else clauses
class AppError(Exception):
    def __init__(self, message, code=0):
        super().__init__(message)
        self.code = code
class NotFound(AppError):
    pass
class Forbidden(AppError):
    def __str__(self):
        return "forbidden: " + self.args[0]

def lookup(key):
    if key == "secret":
        raise Forbidden(key, 403)
    if key not in {"a": 1}:
        raise NotFound("missing " + key, 404)
    return 1

for key in ["a", "b", "secret"]:
    try:
        value = lookup(key)
    except NotFound as e:
        print("not found:", e, e.code, e.args, repr(e))
    except AppError as e:
        print("app error:", e, e.code, type(e).__name__, isinstance(e, Exception))
    else:
        print("found", value)
    finally:
        print("done", key)

def order():
    log = []
    try:
        try:
            log.append("try")
            raise ValueError("v")
        except ValueError:
            log.append("except")
            raise TypeError("t")
        finally:
            log.append("inner finally")
    except TypeError as e:
        log.append("outer except " + str(e))
        log.append("context " + repr(e.__context__))
    finally:
        log.append("outer finally")
    return log
print(order())

def finally_return():
    try:
        return "try"
    finally:
        print("finally runs before return")
print(finally_return())

def finally_overrides():
    try:
        raise KeyError("lost")
    finally:
        return "finally wins"
print(finally_overrides())

def loop_finally():
    out = []
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append("f%d" % i)
    return out
print(loop_finally())

try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise AppError("wrapped") from e
except AppError as e:
    print(e, type(e.__cause__).__name__, e.__suppress_context__)

try:
    try:
        {}["k"]
    except KeyError:
        raise ValueError("no cause") from None
except ValueError as e:
    print(e, e.__cause__, e.__suppress_context__, type(e.__context__).__name__)

print(issubclass(NotFound, AppError), issubclass(AppError, Exception), issubclass(KeyError, LookupError))
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(bool, int), BaseException.__name__)
print(KeyboardInterrupt.__mro__)
e = AppError("x", 5)
print(e.args, str(e), repr(ValueError()), repr(ValueError(1, 2)), str(KeyError("q")), str(ValueError(1, 2)))
try:
    raise NotFound
except NotFound as err:
    print("raised class:", repr(err), err.code if hasattr(err, "code") else None)
except TypeError as err:
    print("TypeError:", err)
def reraise():
    try:
        raise IndexError("first")
    except IndexError:
        try:
            raise
        finally:
            print("cleanup during reraise")
try:
    reraise()
except IndexError as e:
    print("re-raised", e)
try:
    raise ExceptionGroup("many", [ValueError(1), TypeError(2)]) if False else OSError(2, "No such file")
except OSError as e:
    print(e.errno, e.strerror, e, type(e).__name__)
caught = None
try:
    raise ValueError("scoped")
except ValueError as caught:
    pass
try:
    caught
except NameError as e:
    print("NameError:", e)
print([type(OSError(code, "msg")).__name__ for code in (2, 17, 13, 1, 21, 20, 99)], type(OSError(2)).__name__)
try:
    raise OSError(2, "gone", "data.txt")
except FileNotFoundError as e:
    print("FileNotFoundError:", e, e.filename)
