# while/for with else, break/continue, nested loops, range forms, chained comparisons,
# conditional expressions, pass, the walrus operator.
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")

count = 0
while count < 5:
    count += 1
    if count == 2:
        continue
    if count == 4:
        break
    print("count", count)
else:
    print("while-else not reached")

i = 0
while i < 3:
    i += 1
else:
    print("while finished normally, i =", i)

for item in []:
    print("never")
else:
    print("empty for-else runs")

for x in range(3):
    for y in range(3):
        if y > x:
            break
        print(x, y, end=" | ")
print()

x = 5
print(1 < x < 10, 1 < x > 3, 1 < x < 3, 0 <= x <= 5 != 6, x == 5 == 5.0, 1 < 2 < 3 < 4 < 3)
def noisy(v):
    print("eval", v, end="; ")
    return v
print(noisy(1) < noisy(0) < noisy(5))
print("big" if x > 3 else "small", "a" if False else "b" if False else "c")
print(x and "truthy", 0 and "never", None or "fallback", [] or {} or 0, "" or "x" and "y")
print(not x, not 0, not [], x is not None, [] is not [])

data = [1, 5, 2, 8, 3]
if (n := len(data)) > 3:
    print(f"list of {n} items")
values = []
while (chunk := data[:2]):
    values.append(chunk)
    data = data[2:]
print(values)
print([y for x in range(5) if (y := x * x) > 4])
if not (found := [v for v in [1, 2] if v > 5]):
    print("nothing found", found)

total = 0
for i in range(10, 0, -2):
    total += i
print(total, list(range(0)), list(range(-3)), list(range(-3, 3)), list(range(5, 1, -1)))
for i, ch in enumerate("ab"):
    pass
print("after loop", i, ch)
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)
result = []
for word in "one two three four".split():
    if len(word) == 3:
        continue
    result.append(word)
print(result)
if x > 10:
    print("no")
elif x > 4:
    print("elif branch")
else:
    print("no")
while True:
    x -= 1
    if x < 0:
        break
print("x", x)
