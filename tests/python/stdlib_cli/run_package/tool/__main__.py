import os
import sys
from . import VERSION
from .helpers import shout

print("name", __name__, "package", __package__)
print("argv", [os.path.basename(sys.argv[0])] + sys.argv[1:])
print("path0 is cwd", sys.path[0] == os.getcwd())
print("version", VERSION, shout("hello"))
sys.exit(3)
