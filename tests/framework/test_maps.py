from framework.kit import Kit
from framework.maps import MapStorage, import_from_mixin

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
    assert root.with_attribute("a0").size == 1        # the map tree stopped at the limit
