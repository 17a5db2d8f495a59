import abc
import copy
import enum
import typing
from dataclasses import dataclass, field, asdict, replace
from typing import Optional


class Color(enum.Enum):
    RED = 1
    GREEN = 2


class Perm(enum.IntFlag):
    R = 4
    W = 2


print(list(Color), Color(2), Color["RED"].name, Color.RED.value, Perm.R | Perm.W, int(Perm.R))


@dataclass(order=True)
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)


p = Point(1, 2)
print(p, p == Point(1, 2), Point(3) < Point(4), asdict(p), replace(p, y=5))


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self):
        ...


class Square(Shape):
    def area(self):
        return 4


try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
print(Square().area(), isinstance(Square(), Shape))


Pair = typing.NamedTuple("Pair", [("left", int), ("right", Optional[str])])
print(Pair(1, None), Pair(1, "r")._asdict(), typing.get_type_hints(Pair))
print(list[int], dict[str, int] | None, Optional[int])
nested = {"a": [1, 2, {"b": 3}]}
deep = copy.deepcopy(nested)
deep["a"][2]["b"] = 4
print(nested, deep, copy.copy(p) == p)


def describe(value):
    match value:
        case 0 | 1:
            return "bit"
        case [x, *rest]:
            return f"list starting {x}, {len(rest)} more"
        case {"kind": kind, **others}:
            return f"{kind} with {sorted(others)}"
        case Point(x=0, y=y):
            return f"on the y axis at {y}"
        case Point(x, y) if x == y:
            return "diagonal"
        case str() as text:
            return "text " + text
        case _:
            return "something else"


Point.__match_args__ = ("x", "y")
for v in [1, [7, 8, 9], {"kind": "circle", "r": 2}, Point(0, 5), Point(3, 3), "hi", 2.5]:
    print(describe(v))
