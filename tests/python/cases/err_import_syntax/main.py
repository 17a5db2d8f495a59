print("start")
try:
    import bad
except SyntaxError as e:
    print("caught", e.msg, e.lineno, e.filename.endswith("bad.py"))
import bad
