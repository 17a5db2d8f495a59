"""Which storage strategy Python lists end up in (the differential case list_strategies.py
checks they behave like CPython's; this checks they stay unboxed where they should)."""
from languages.python.language import PythonLanguage
from languages.python.objects.listobject import W_ListObject, strategies
from languages.python.objects.moduleobject import W_ModuleObject

PROGRAM = """
zeros = [0] * 100
counted = list(range(50))
appended = []
for i in range(10):
    appended.append(i)
comprehension = [i * 2 for i in range(10)]
literal = [1, 2, 3]
floats = [0.5] * 4
float_comprehension = [i / 2 for i in range(4)]
bools = [True, False]
bigs = [10 ** 30]
nans = [0.5]
nans.append(float("nan"))
subclassed = [1, 2]
class MyInt(int):
    pass
subclassed.append(MyInt(3))
generalised = [1, 2]
generalised.append(1.5)
shrunk = [1, "x"]
del shrunk[1]
sliced = counted[10:20]
repeated = literal * 3
added = literal + [4]
extended = []
extended.extend(counted)
emptied = [1, 2]
emptied.clear()
sorted_ints = sorted([3, 1, 2])
sorted_in_place = [3.5, 1.5]
sorted_in_place.sort()
"""

language = PythonLanguage()
w_module = W_ModuleObject("__main__")
language.execute_module("<strategies>", PROGRAM, w_module)


def strategy_of(name):
    w_list = w_module.w_dict.get(name)
    assert isinstance(w_list, W_ListObject)
    return w_list.strategy


def test_int_lists_are_unboxed():
    for name in ["zeros", "counted", "appended", "comprehension", "literal", "sliced",
                 "repeated", "added", "extended", "sorted_ints"]:
        assert strategy_of(name) is strategies.ints, name
    assert strategies.ints.unerase(w_module.w_dict.get("zeros").storage) == [0] * 100


def test_float_lists_are_unboxed():
    for name in ["floats", "float_comprehension", "sorted_in_place"]:
        assert strategy_of(name) is strategies.floats, name


def test_bools_bigints_nans_and_subclasses_stay_boxed():
    for name in ["bools", "bigs", "nans", "subclassed", "generalised", "shrunk"]:
        assert strategy_of(name) is strategies.objects, name


def test_cleared_list_is_empty_again():
    assert strategy_of("emptied") is strategies.empty
