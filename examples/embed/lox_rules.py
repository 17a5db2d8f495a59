"""Lox as a scripting language inside a CPython program: pricing rules written in Lox.

    ./polyvm build --shared --lang lox && pip install ./embed
    python3 examples/embed/lox_rules.py

The rules are Lox source (they could come from a file or a database); the host defines them
in a VM, calls them with its own data and reads back the results.  A rule that fails raises
polyvm.GuestError with Lox's own message and line.
"""
import polyvm

RULES = """
fun discount(total, items) {
  if (items >= 10) return total * 0.15;
  if (total > 100) return 10;
  return 0;
}

fun shipping(total, express) {
  var cost = 4.99;
  if (total > 50) cost = 0;
  if (express) cost = cost + 9.5;
  return cost;
}

fun size(total) {
  print "sizing an order of " + "a total";
  if (total > 100) return "large";
  return "small";
}
"""

BROKEN = """
fun shipping(total, express) {
  return total + express;      // a bool is not a number in Lox either
}
"""


def price(vm, name, total, items, express):
    final = total - vm.call("discount", total, items) + vm.call("shipping", total, express)
    return "%-8s %7.2f -> %7.2f" % (name, total, final)


def main():
    vm = polyvm.VM("lox")
    vm.exec(RULES, "rules.lox")
    for order in [("alice", 42.0, 2, False), ("bob", 120.0, 3, True), ("carol", 80.0, 12, False)]:
        print(price(vm, *order))
    print("an order of 120 is", vm.call("size", 120))
    vm.exec(BROKEN, "broken.lox")
    try:
        vm.call("shipping", 10, True)
    except polyvm.GuestError as e:
        print("a rule failed, as Lox says it:")
        print(e.guest_traceback, end="")


if __name__ == "__main__":
    main()
