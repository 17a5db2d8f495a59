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
