"""The isolation guard on two toy languages annotated together in one program.

Each toy takes its own kit (framework/kit.py) and uses the classes that hold guest values:
an assembler's constant pool and the code object, a map owned by a class object, a versioned
table, declared built-ins.  The guard must find nothing there, and must find each planted
sharing: a shared class holding both languages' values, the unstamped kit class used by both,
and one language's class holding the other's value.
"""
from framework import bytecode
from framework.isolation import annotate, violations
from framework.kit import Kit
from framework.objspace import W_Root
from framework.stamping import stamp, stamp_function

table = bytecode.OpcodeTable()
table.define("RETURN", 0)


class ToyProgram(object):
    """A toy language's use of its kit, stamped per toy as a language would be; its kit
    classes arrive as class attributes (closures would share one graph between the toys)."""

    def exercise(self, n):
        asm = self.Assembler(table)
        asm.add_const(self.W_Value(n))
        asm.emit(0)
        code = self.CodeBase("main", "f", asm)
        names = self.VersionedDict()
        names.set("x", code.consts_w[0])
        w_class = self.W_Class(self.Map)
        child = w_class.root_map.with_attribute("y", 0)
        w_result = self.double.wrapper(self.space, None, [names.get("x")], None, None)
        assert isinstance(w_result, self.W_Value)
        return w_result.number + child.find("y")


class ToyValue(W_Root):
    def __init__(self, number):
        self.number = number


class ToyClass(W_Root):
    def __init__(self, map_class):
        self.root_map = map_class(self, [])


class ToySpace(object):
    def arity_error(self, name, min_args, max_args, got):
        return ValueError(name)


def toy_language(name):
    """A toy language's program (an instance of its stamped ToyProgram) and value class."""
    kit = Kit(name)
    W_Value = stamp(ToyValue, name, bases=(W_Root,))
    W_Class = stamp(ToyClass, name, bases=(W_Root,))
    functions = kit.FunctionTable()

    def double(space, w_x):
        return W_Value(w_x.number * 2)
    double = functions.function("double")(stamp_function(double, name))
    program = stamp(ToyProgram, name, Assembler=kit.Assembler, CodeBase=kit.CodeBase,
                    VersionedDict=kit.VersionedDict, Map=kit.Map, W_Value=W_Value,
                    W_Class=W_Class, double=functions.specs()[0],
                    space=stamp(ToySpace, name)())()
    return program.exercise, W_Value


exercise_a, W_A = toy_language("toya")
exercise_b, W_B = toy_language("toyb")


def clean_program(argv):
    return exercise_a(len(argv)) + exercise_b(len(argv))


def test_two_languages_on_the_kit_share_nothing():
    assert violations(annotate(clean_program)) == []


class SharedBox(object):
    """Planted: a kit-like class used by both toys, not stamped."""

    def __init__(self, w_value):
        self.w_value = w_value


def shared_box_program(argv):
    a = SharedBox(W_A(1))
    b = SharedBox(W_B(2))
    return clean_program(argv) + len([a, b])


def test_a_shared_class_holding_both_languages_values_is_found():
    found = violations(annotate(shared_box_program))
    assert any("SharedBox.w_value: typed W_Root" in line for line in found), found


def unstamped_assembler_program(argv):
    for w_const in [W_A(1), W_B(2)]:
        asm = bytecode.Assembler(table)          # the mixin itself, not a language's copy
        asm.add_const(w_const)
    return clean_program(argv)


def test_the_unstamped_kit_class_used_by_both_is_found():
    found = violations(annotate(unstamped_assembler_program))
    assert any("Assembler.consts_w: typed W_Root" in line for line in found), found


class W_Holder(W_Root):
    """Planted: a toya class that keeps a toyb value."""
    _language_ = "toya"

    def __init__(self, w_other):
        self.w_other = w_other


class W_Bridge(W_Root):
    """Allowed: an interop adapter declares the attribute that crosses languages."""
    _language_ = "toya"
    _crosses_languages_ = ["w_foreign"]

    def __init__(self, w_foreign):
        self.w_foreign = w_foreign


def cross_holding_program(argv):
    holder = W_Holder(W_B(3))
    bridge = W_Bridge(W_B(4))
    return clean_program(argv) + len([holder, bridge])


def test_one_language_holding_anothers_value_is_found_unless_declared():
    found = violations(annotate(cross_holding_program))
    assert any("W_Holder.w_other: holds toyb's ToyValue_toyb" in line for line in found), found
    assert not any("W_Bridge" in line for line in found), found
