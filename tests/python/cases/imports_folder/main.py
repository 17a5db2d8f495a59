import shapes
from shapes import area, Square as Sq
import shapes as again
from util import *
print(shapes.__name__, shapes.__doc__, area(2), Sq(3).area(), again is shapes)
print(shout("hi"), "_hidden" in dir(), sorted(n for n in dir(shapes) if not n.startswith("_")))
import sys
print("shapes" in sys.modules, sys.modules["util"].__name__)
try:
    from shapes import nothing
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0], str(e).endswith("shapes.py)"))
try:
    import missing_module_xyz
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
try:
    import broken
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e, "broken" in sys.modules)
print(type(shapes).__name__, repr(Sq(1))[:17])
