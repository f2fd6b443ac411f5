# Containers changed while an operation runs, and results of the wrong type: CPython's errors.
L = [3, 1, 2]
def key(x):
    L.append(x)
    return x
try:
    L.sort(key=key)
    print("sorted", L)
except ValueError as e:
    print("ValueError:", e)
d = {1: 1, 2: 2}
try:
    for k in d:
        d[k + 10] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
d = {1: 1, 2: 2}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print("RuntimeError:", e)
s = {1, 2}
try:
    for k in s:
        s.add(k + 10)
except RuntimeError as e:
    print("RuntimeError:", e)
class F:
    def __format__(self, spec):
        return 42
try:
    format(F())
except TypeError as e:
    print("TypeError:", e)
try:
    f"{F()}"
except TypeError as e:
    print("TypeError:", e)
A = [1, 2]
class E:
    def __eq__(self, other):
        A.clear()
        return False
A = [E(), E()]
print(A == [1, 2], A)
L = [E(), 1]
print(L.count(1), len(L))
class M:
    def __eq__(self, o):
        B.clear(); return False
B = [M(), M(), M()]
print(B.index(M()) if False else 'skip', M() in B, B)
