from . import pricing

try:
    LOADS += 1
except NameError:
    LOADS = 1


class Item:
    def __init__(self, name, price, count):
        self.name, self.price, self.count = name, price, count


def total(items):
    return sum(pricing.cost(item) for item in items)


if __name__ == "__main__":
    print("never printed on import")
