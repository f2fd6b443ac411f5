# An uncaught TypeError from an operator: exit code 1 (stderr not compared: CPython's
# caret lines under the expression are its own presentation detail).
def total(items):
    return sum(item["price"] for item in items) + " dollars"

print("computing")
print(total([{"price": 3}, {"price": 4}]))
