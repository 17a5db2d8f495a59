# a KeyError escaping from a nested data lookup; the traceback names the key
inventory = {"apple": {"price": 0.5, "stock": 10}, "pear": {"price": 0.75, "stock": 0}}
orders = [("apple", 3), ("pear", 1), ("kiwi", 2)]
def total_price(orders):
    total = 0
    for name, qty in orders:
        item = inventory[name]
        if item["stock"] < qty:
            print("short on", name)
            continue
        total += item["price"] * qty
        print("added", name, total)
    return total
print(total_price(orders))
