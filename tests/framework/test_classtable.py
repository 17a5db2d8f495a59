"""framework/classtable.py: lookups along the ancestors, invalidation, registries."""
from rpython.rlib.objectmodel import import_from_mixin
from rpython.rtyper.test.test_llinterp import interpret

from framework.kit import Kit
from framework.objspace import ObjectSpace

kit = Kit("test")
other_kit = Kit("other")


class Klass(object):
    """A toy class object in the Ruby manner: superclass, included and prepended modules."""
    import_from_mixin(kit.ClassRecord)

    def __init__(self, name, superclass=None):
        self.superclass = superclass
        self.includes = []              # latest include first, as Ruby searches them
        self.prepends = []
        self.init_class_record(name, [])
        self.ancestors = self.compute_ancestors()
        if superclass is not None:
            superclass.add_subclass(self)

    def compute_ancestors(self):
        result = []
        for module in self.prepends:
            result.extend(module.ancestors)
        result.append(self)
        for module in self.includes:
            result.extend(module.ancestors)
        if self.superclass is not None:
            result.extend(self.superclass.ancestors)
        return result

    def include(self, module):
        self.includes.insert(0, module)
        module.add_subclass(self)
        self.ancestors_changed()

    def prepend(self, module):
        self.prepends.insert(0, module)
        module.add_subclass(self)
        self.ancestors_changed()


def names(klass):
    return [record.name for record in klass.ancestors]


def test_method_found_along_the_ancestors():
    base = Klass("Base")
    sub = Klass("Sub", base)
    base.set_method("greet", "base greet")
    base.set_method("size", "base size")
    sub.set_method("size", "sub size")
    assert sub.lookup_method("greet") == "base greet"
    assert sub.lookup_method("size") == "sub size"
    assert base.lookup_method("size") == "base size"
    assert sub.lookup_method("missing") is None
    assert sub.has_ancestor(base) and not base.has_ancestor(sub)


def test_write_to_a_base_gives_every_subclass_a_new_version():
    base = Klass("Base")
    middle = Klass("Middle", base)
    leaf = Klass("Leaf", middle)
    unrelated = Klass("Unrelated")
    assert leaf.lookup_method("m") is None
    before = [base.version, middle.version, leaf.version, unrelated.version]
    base.set_method("m", 1)
    after = [base.version, middle.version, leaf.version, unrelated.version]
    assert [a is b for a, b in zip(before, after)] == [False, False, False, True]
    assert leaf.lookup_method("m") == 1           # not the None the old version cached
    leaf_version = leaf.version
    assert base.delete_method("m") and not base.delete_method("m")
    assert leaf.version is not leaf_version and leaf.lookup_method("m") is None


def test_include_and_prepend_change_the_ancestors():
    comparable = Klass("Comparable")
    kernel = Klass("Kernel")
    logging = Klass("Logging")
    base = Klass("Base")
    sub = Klass("Sub", base)
    base.include(kernel)
    assert names(sub) == ["Sub", "Base", "Kernel"]
    base.include(comparable)
    assert names(base) == ["Base", "Comparable", "Kernel"]
    assert names(sub) == ["Sub", "Base", "Comparable", "Kernel"]
    kernel.set_method("puts", "kernel puts")
    base.set_method("to_s", "base to_s")
    logging.set_method("to_s", "logged to_s")
    assert sub.lookup_method("puts") == "kernel puts"
    assert sub.lookup_method("to_s") == "base to_s"
    sub_version = sub.version
    base.prepend(logging)                         # a prepended module wins over the class
    assert names(sub) == ["Sub", "Logging", "Base", "Comparable", "Kernel"]
    assert sub.version is not sub_version
    assert sub.lookup_method("to_s") == "logged to_s"
    assert sub.lookup_method_after(logging, "to_s") == "base to_s"   # super from Logging
    kernel.set_method("puts", "new puts")         # a write to an included module reaches Sub
    assert sub.lookup_method("puts") == "new puts"


def test_singleton_class_sits_in_front_of_its_class():
    klass = Klass("Point")
    klass.set_method("x", "Point#x")
    singleton = Klass("#<Class:p>", klass)
    singleton.set_method("x", "p.x")
    assert singleton.lookup_method("x") == "p.x"
    assert klass.lookup_method("x") == "Point#x"


def test_constants_along_ancestors_and_lexical_scope():
    outer = Klass("Outer")
    base = Klass("Base")
    inner = Klass("Inner", base)
    base.set_constant("LIMIT", 10)
    base.set_constant("NAME", "base")
    outer.set_constant("NAME", "outer")
    assert inner.lookup_constant("LIMIT") == 10
    assert inner.lookup_constant("NAME") == "base"
    assert inner.own_constant("LIMIT") is None
    # Ruby: `class Outer; class Inner < Base; NAME; end; end` sees Outer's NAME first
    assert inner.lookup_constant_lexically([outer], "NAME") == "outer"
    assert inner.lookup_constant_lexically([outer], "LIMIT") == 10
    inner.set_constant("NAME", "inner")
    assert inner.lookup_constant_lexically([outer], "NAME") == "inner"
    assert inner.lookup_constant_lexically([outer], "MISSING") is None
    version = inner.version
    base.set_constant("LIMIT", 20)
    assert inner.version is not version and inner.lookup_constant("LIMIT") == 20
    assert inner.lookup_method("LIMIT") is None   # methods and constants are apart


def test_registry_versions_each_registration():
    registry = kit.ClassRegistry()
    point = Klass("Point")
    registry.register("Point", point)
    version = registry.version
    assert registry.get("Point") is point and registry.get("Line") is None
    registry.register("Line", Klass("Line"))
    assert registry.version is not version
    assert sorted(registry.names()) == ["Line", "Point"]


def test_each_kit_has_its_own_class_record_copy():
    assert kit.ClassRecord is not other_kit.ClassRecord
    assert kit.ClassRecord.lookup_method.im_func is not \
        other_kit.ClassRecord.lookup_method.im_func


# -- rtyped: the mixin and the space's registry are RPython, two languages side by side ----
class W_Value(object):
    def __init__(self, number):
        self.number = number


class W_OtherValue(object):
    def __init__(self, text):
        self.text = text


class OtherKlass(object):
    import_from_mixin(other_kit.ClassRecord)

    def __init__(self, name, bases):
        self.init_class_record(name, [self] + bases)
        for base in bases:
            base.add_subclass(self)


class RKlass(object):
    import_from_mixin(kit.ClassRecord)

    def __init__(self, name, bases):
        self.init_class_record(name, [self] + bases)
        for base in bases:
            base.add_subclass(self)


RegistryA = kit.ClassRegistry            # module globals: RPython never reads `kit.X`
RegistryB = other_kit.ClassRegistry


class SpaceA(ObjectSpace):
    def __init__(self):
        self.install_class_registry(RegistryA())


class SpaceB(ObjectSpace):
    def __init__(self):
        self.install_class_registry(RegistryB())


def test_rtyped_lookup_invalidation_and_two_spaces():
    def main(n):
        space_a = SpaceA()
        space_b = SpaceB()
        base = RKlass("Base", [])
        sub = RKlass("Sub", [base])
        space_a.register_class("Sub", sub)
        base.set_method("m", W_Value(n))
        base.set_constant("K", W_Value(2))
        total = sub.lookup_method("m").number + sub.lookup_constant("K").number
        base.set_method("m", W_Value(100))
        total += space_a.lookup_class("Sub").lookup_method("m").number
        other = OtherKlass("Other", [])
        other.set_method("s", W_OtherValue("xyz"))
        space_b.register_class("Other", other)
        total += len(space_b.lookup_class("Other").lookup_method("s").text)
        if sub.has_ancestor(base) and space_a.lookup_class("Nope") is None:
            total += 1000
        return total
    assert interpret(main, [5]) == 5 + 2 + 100 + 3 + 1000
