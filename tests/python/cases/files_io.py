import sys
with open("out.txt", "w") as f:
    print(f.write("héllo\n"), file=sys.stdout)
    f.writelines(["a\n", "b\n"])
    print("printed", file=f)
with open("out.txt") as f:
    print(repr(f.read(3)), repr(f.readline()), f.readlines())
with open("out.txt", "a") as f:
    f.write("tail")
for i, line in enumerate(open("out.txt"), 1):
    print(i, repr(line))
with open("out.txt", "rb") as f:
    print(f.read()[:8])
f = open("out.txt")
print(f.closed, f.name, f.mode)
f.close()
print(f.closed)
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
try:
    with open("out.txt") as f:
        f.write("x")
except Exception as e:
    print(type(e).__name__, e)
sys.stderr.write("to stderr\n")
print("to stderr too", 42, file=sys.stderr)
print(sys.stdout.write("abc\n"))
