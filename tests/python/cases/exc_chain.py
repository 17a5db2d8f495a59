def fail():
    {}["k"]
try:
    fail()
except KeyError as e:
    print("KeyError:", e, repr(e), e.args)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("second")
except ValueError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        raise KeyError("a")
    except KeyError as exc:
        raise RuntimeError("wrapped") from exc
except RuntimeError as e:
    print(repr(e.__cause__), e.__suppress_context__)
try:
    raise StopIteration(7)
except StopIteration as e:
    print("value", e.value)
try:
    raise SystemExit(3)
except SystemExit as e:
    print("code", e.code)
try:
    open("/nonexistent/file.txt")
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename, e)
def gen():
    yield 1
    raise StopIteration
try:
    list(gen())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)
class MyError(Exception):
    def __init__(self, field, message):
        super().__init__(field, message)
        self.field = field
e = MyError("name", "required")
print(e, repr(e), e.field, e.args, isinstance(e, Exception))
print(IOError is OSError, issubclass(UnicodeDecodeError, ValueError), ZeroDivisionError.__mro__[1].__name__)
def reraiser():
    try:
        1 / 0
    except ZeroDivisionError:
        raise
try:
    reraiser()
except ZeroDivisionError as e:
    print("re-raised", e)
