# A small realistic program with classes, exceptions and formatting: an inventory.
class OutOfStock(Exception):
    def __init__(self, item, wanted, available):
        super().__init__(f"{item}: wanted {wanted}, only {available} left")
        self.item = item

class Item:
    def __init__(self, name, price, quantity=0):
        self.name = name
        self.price = price
        self.quantity = quantity
    def __repr__(self):
        return f"Item({self.name!r}, {self.price}, {self.quantity})"
    @property
    def value(self):
        return self.price * self.quantity

class Inventory:
    def __init__(self):
        self.items = {}
        self.history = []
    def add(self, name, price, quantity):
        item = self.items.get(name)
        if item is None:
            item = self.items[name] = Item(name, price, 0)
        item.quantity += quantity
        self.history.append(("add", name, quantity))
        return self
    def remove(self, name, quantity):
        item = self.items[name]
        if item.quantity < quantity:
            raise OutOfStock(name, quantity, item.quantity)
        item.quantity -= quantity
        self.history.append(("remove", name, quantity))
    def __len__(self):
        return len(self.items)
    def __iter__(self):
        return iter(sorted(self.items.values(), key=lambda i: i.name))
    def __contains__(self, name):
        return name in self.items
    def total_value(self):
        return sum(item.value for item in self.items.values())
    def report(self):
        lines = [f"{'item':<10}{'qty':>5}{'price':>9}{'value':>10}"]
        for item in self:
            lines.append(f"{item.name:<10}{item.quantity:>5}{item.price:>9.2f}{item.value:>10.2f}")
        lines.append(f"{'total':<24}{self.total_value():>10.2f}")
        return "\n".join(lines)

inv = Inventory()
inv.add("widget", 2.50, 10).add("gadget", 12.99, 3).add("doohickey", 0.35, 120)
inv.add("widget", 2.50, 5)
print(len(inv), "gadget" in inv, "gizmo" in inv)
inv.remove("gadget", 2)
for name, qty in [("widget", 20), ("doohickey", 20), ("gizmo", 1)]:
    try:
        inv.remove(name, qty)
        print("removed", qty, name)
    except OutOfStock as e:
        print("out of stock:", e, "| item:", e.item)
    except KeyError as e:
        print("unknown item:", e)
print(inv.report())
print(list(inv))
print(inv.history)
cheap = [item.name for item in inv if item.price < 3]
print(cheap, round(inv.total_value(), 2), f"{inv.total_value():.3e}")
