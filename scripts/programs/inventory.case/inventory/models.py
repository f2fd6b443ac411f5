class Item:
    def __init__(self, name, price, count):
        self.name, self.price, self.count = name, price, count

    def sell(self, n):
        if n > self.count:
            raise ValueError(f"only {self.count} {self.name} left")
        self.count -= n
        return f"sold {n} {self.name}, {self.count} left"

    def restock(self, n):
        self.count += n
        return f"restocked {self.name} to {self.count}"

    @property
    def value(self):
        return self.price * self.count
