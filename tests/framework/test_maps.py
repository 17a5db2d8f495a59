from rpython.rlib.longlong2float import float2longlong

from framework.kit import Kit
from framework.maps import MapStorage, import_from_mixin
from framework.strategies import ValueKinds

kit = Kit("test")


class Obj(object):
    import_from_mixin(MapStorage)

    def __init__(self, root):
        self.init_map_storage(root)


def test_objects_built_alike_share_maps():
    root = kit.Map("Point", [])
    a = Obj(root)
    b = Obj(root)
    a.write_attr("x", 1)
    a.write_attr("y", 2)
    b.write_attr("x", 3)
    b.write_attr("y", 4)
    assert a.map is b.map
    assert a.read_attr("y") == 2 and b.read_attr("x") == 3
    assert a.read_attr("z") is None
    assert a.map.owner == "Point"


def test_overwrite_keeps_map_and_order_differs():
    root = kit.Map("C", [])
    a = Obj(root)
    a.write_attr("x", 1)
    first = a.map
    a.write_attr("x", 5)
    assert a.map is first and a.read_attr("x") == 5
    b = Obj(root)
    b.write_attr("y", 1)
    b.write_attr("x", 2)
    assert b.map is not a.map
    assert b.attr_names() == ["y", "x"]


def test_versioned_dict_changes_version_only_on_new_names():
    table = kit.VersionedDict()
    table.set("a", 1)
    version = table.version
    table.set("a", 2)
    assert table.version is version and table.get("a") == 2
    table.set("b", 3)
    assert table.version is not version
    assert table.get("missing") is None
    assert sorted(table.keys()) == ["a", "b"]


def test_an_object_with_many_attributes_devolves_to_a_dictionary():
    root = kit.Map("Bag", [])
    a = Obj(root)
    b = Obj(root)
    names = ["a%d" % i for i in range(100)]
    for i, name in enumerate(names):
        a.write_attr(name, i)
    assert a.map.devolved and a.map.owner == "Bag"
    assert a.attr_names() == names                    # insertion order kept
    assert [a.read_attr(name) for name in names] == list(range(100))
    a.write_attr("a3", "three")
    assert a.read_attr("a3") == "three" and a.read_attr("zzz") is None
    for name in names:
        b.write_attr(name, 0)
    assert b.map is a.map                             # one devolved map per class
    assert root.with_attribute("a0", 0).size == 1     # the map tree stopped at the limit


class Num(object):
    def __init__(self, value):
        self.value = value


class Kinds(ValueKinds):
    def is_int(self, w):
        return isinstance(w, Num) and isinstance(w.value, int)

    def int_w(self, w):
        return w.value

    def wrap_int(self, value):
        return Num(value)

    def is_float(self, w):
        return isinstance(w, Num) and isinstance(w.value, float)

    def float_w(self, w):
        return w.value

    def wrap_float(self, value):
        return Num(value)


class Unboxing(object):
    import_from_mixin(MapStorage)
    attr_kinds = Kinds()

    def __init__(self, root):
        self.init_map_storage(root)


def test_int_and_float_attributes_are_stored_unboxed():
    root = kit.Map("P", [])
    p = Unboxing(root)
    p.write_attr("x", Num(1))
    p.write_attr("y", Num(2.5))
    p.write_attr("name", "p")
    assert p.numbers == [1, float2longlong(2.5)] and p.storage_w == ["p"]
    p.write_attr("x", Num(7))
    assert p.numbers[0] == 7 and p.read_attr("x").value == 7 and p.read_attr("y").value == 2.5
    q = Unboxing(root)
    q.write_attr("x", Num(3))
    assert q.map is root.with_attribute("x", 1)


def test_a_value_of_another_kind_moves_the_attribute_to_boxed_storage():
    root = kit.Map("P", [])
    p = Unboxing(root)
    p.write_attr("x", Num(1))
    p.write_attr("y", Num(2))
    p.write_attr("x", "text")                          # x becomes boxed, y stays unboxed
    assert p.read_attr("x") == "text" and p.read_attr("y").value == 2
    assert p.storage_w == ["text"] and p.numbers == [2]
    assert p.attr_names() == ["x", "y"]
    p.write_attr("y", None)                            # deletion by None: boxed too
    assert p.read_attr("y") is None and p.read_attr("x") == "text"
