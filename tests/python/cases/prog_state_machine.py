# a state machine: traffic light and a vending machine with transitions table
class InvalidTransition(Exception):
    pass

class StateMachine:
    def __init__(self, initial, transitions):
        self.state = initial
        self.transitions = transitions
        self.history = [initial]
        self.listeners = []
    def on_change(self, fn):
        self.listeners.append(fn)
        return fn
    def fire(self, event):
        key = (self.state, event)
        if key not in self.transitions:
            raise InvalidTransition("no transition from %s on %s" % key)
        old = self.state
        self.state = self.transitions[key]
        self.history.append(self.state)
        for fn in self.listeners:
            fn(old, event, self.state)
        return self.state

light = StateMachine("red", {
    ("red", "timer"): "green",
    ("green", "timer"): "yellow",
    ("yellow", "timer"): "red",
    ("red", "emergency"): "red",
    ("green", "emergency"): "red",
    ("yellow", "emergency"): "red",
})
@light.on_change
def log(old, event, new):
    print("  %s --%s--> %s" % (old, event, new))
for ev in ["timer", "timer", "emergency", "timer", "timer", "timer", "timer"]:
    light.fire(ev)
print(light.history, light.state)
try:
    light.fire("honk")
except InvalidTransition as e:
    print("InvalidTransition:", e)

class Vending:
    PRICES = {"cola": 150, "chips": 100, "candy": 65}
    def __init__(self):
        self.state = "idle"
        self.credit = 0
        self.stock = {"cola": 2, "chips": 1, "candy": 0}
    def handle(self, event, arg=None):
        handler = getattr(self, "on_%s_%s" % (self.state, event), None)
        if handler is None:
            return "ignored %s in %s" % (event, self.state)
        return handler(arg)
    def on_idle_coin(self, amount):
        self.credit += amount
        self.state = "paying"
        return "credit %d" % self.credit
    def on_paying_coin(self, amount):
        self.credit += amount
        return "credit %d" % self.credit
    def on_paying_select(self, item):
        price = self.PRICES.get(item)
        if price is None:
            return "unknown item %s" % item
        if self.stock[item] == 0:
            return "%s sold out" % item
        if self.credit < price:
            return "need %d more" % (price - self.credit)
        self.stock[item] -= 1
        change = self.credit - price
        self.credit = 0
        self.state = "idle"
        return "vend %s, change %d" % (item, change)
    def on_paying_refund(self, _):
        amount, self.credit = self.credit, 0
        self.state = "idle"
        return "refund %d" % amount

vm = Vending()
script = [("select", "cola"), ("coin", 100), ("select", "cola"), ("coin", 25), ("coin", 25),
          ("select", "candy"), ("select", "gum"), ("select", "cola"), ("coin", 200), ("select", "chips"),
          ("coin", 100), ("select", "chips"), ("refund", None), ("refund", None)]
for event, arg in script:
    print("%-7s %-6s -> %s [%s]" % (event, arg, vm.handle(event, arg), vm.state))
print(vm.stock)

def parse_number(text):
    state = "start"
    table = {
        "start": {"sign": "signed", "digit": "int", "dot": "dot"},
        "signed": {"digit": "int", "dot": "dot"},
        "int": {"digit": "int", "dot": "frac"},
        "dot": {"digit": "frac"},
        "frac": {"digit": "frac"},
    }
    for ch in text:
        kind = "digit" if ch.isdigit() else "sign" if ch in "+-" else "dot" if ch == "." else "other"
        state = table[state].get(kind)
        if state is None:
            return False
    return state in ("int", "frac")
print([(t, parse_number(t)) for t in ["12", "-3.5", "+.5", ".", "1.", "1.2.3", "abc", "", "-"]])
