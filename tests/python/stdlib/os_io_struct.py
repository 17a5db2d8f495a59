import io
import os
import os.path
import shutil
import struct
import tempfile

print(os.path.join("a", "b", "c.txt"), os.path.splitext("archive.tar.gz"), os.path.basename("/x/y.py"))
print(os.path.normpath("a//b/../c/."), os.path.isabs("/x"), os.path.split("/a/b"))
print(os.sep, os.curdir, os.name, isinstance(os.environ, dict) or hasattr(os.environ, "get"))
folder = tempfile.mkdtemp()
path = os.path.join(folder, "data.txt")
with open(path, "w") as f:
    f.write("line one\nline two\n")
print(os.path.exists(path), os.path.getsize(path), sorted(os.listdir(folder)))
shutil.copy(path, os.path.join(folder, "copy.txt"))
print(sorted(os.listdir(folder)), [entry.name for entry in sorted(os.scandir(folder), key=lambda e: e.name)])
os.mkdir(os.path.join(folder, "sub"))
print(sorted(name for _, _, files in os.walk(folder) for name in files))
shutil.rmtree(folder)
print(os.path.exists(folder))
try:
    os.stat(folder)
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)
buffer = io.StringIO()
buffer.write("hello\n")
print("world", file=buffer)
print(repr(buffer.getvalue()), io.StringIO("a\nb\n").readlines())
raw = io.BytesIO(b"abcdef")
print(raw.read(2), raw.tell(), raw.seek(4), raw.read(), raw.getvalue())
print(struct.pack("<hif", 1, -2, 1.5), struct.unpack(">I", b"\x00\x00\x01\x00"))
print(struct.calcsize("i3sd"), struct.unpack("<3sx?", b"abc\x00\x01"), struct.pack("!Q", 2 ** 40))
record = struct.Struct("<HH")
print(record.size, list(record.iter_unpack(b"\x01\x00\x02\x00\x03\x00\x04\x00")))
