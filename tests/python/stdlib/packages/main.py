import sys
import shapes
from shapes import square, circle
from shapes.circle import area as circle_area
import importlib

print(shapes.__name__, shapes.VERSION, square.area(3), circle_area(1) > 3.14)
print(square.__name__, square.__package__, circle.describe())
print(importlib.import_module("shapes.square") is square, "shapes.circle" in sys.modules)
print(__name__, sys.path[0] == "" or sys.path[0].endswith(sys.path[0].split("/")[-1]))
try:
    import shapes.triangle
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
try:
    from shapes import hexagon
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0])
