"""Bad source gives CPython's errors with file and line (compiled with compile() or imported)."""
import os
import sys

cases = {
    "nul_bytes": "x = 1\ny = 2 \x00 + 3\n",
    "parens": "x = 1\ny = " + "(" * 201 + ")" * 201 + "\n",
    "indent": "".join(" " * i + "if True:\n" for i in range(101)) + " " * 101 + "pass\n",
    "fine_parens": "x = " + "(" * 199 + "1" + ")" * 199 + "\nprint('fine', x)\n",
}
sys.path.insert(0, os.getcwd())
for name, source in cases.items():
    with open(name + ".py", "w") as f:
        f.write(source)
    try:
        __import__(name)
    except SyntaxError as e:
        print(name, type(e).__name__, e.msg, e.lineno)
    os.remove(name + ".py")
print(1 << 64 << 64 > 0)
try:
    1 << (1 << 64)
except MemoryError:
    print("MemoryError")
try:
    1 << (1 << 70)
except OverflowError as e:
    print("OverflowError", e)
