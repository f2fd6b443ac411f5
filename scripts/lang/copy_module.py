# copy: shallow and deep copies of containers and instances, memo for shared/cyclic parts.
import copy

nested = [1, [2, 3], {"k": [4]}]
shallow = copy.copy(nested)
deep = copy.deepcopy(nested)
nested[1].append(99)
nested[2]["k"].append(5)
print(shallow, deep)
print(shallow[1] is nested[1], deep[1] is nested[1])

t = (1, 2)
print(copy.copy(t) is t, copy.deepcopy(t) is t)
mixed = (1, [2])
print(copy.deepcopy(mixed) == mixed, copy.deepcopy(mixed) is mixed)
s = {1, 2}
print(copy.copy(s) == s, copy.copy(s) is s)

shared = [0]
pair = [shared, shared]
dup = copy.deepcopy(pair)
print(dup[0] is dup[1], dup[0] is shared)
cycle = [1]
cycle.append(cycle)
c2 = copy.deepcopy(cycle)
print(c2[1] is c2, c2[1] is cycle)

class Point:
    def __init__(self, x, tags):
        self.x = x
        self.tags = tags
    def __repr__(self):
        return f"Point({self.x}, {self.tags})"

p = Point(1, ["a"])
p2 = copy.copy(p)
p3 = copy.deepcopy(p)
p.tags.append("b")
print(p2, p3, p2.tags is p.tags, type(p3).__name__)

class Custom:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print("__copy__ called")
        return Custom(self.v + 1)
    def __deepcopy__(self, memo):
        print("__deepcopy__ called")
        return Custom(self.v + 100)

print(copy.copy(Custom(1)).v, copy.deepcopy([Custom(1)])[0].v)

class Stateful:
    def __init__(self):
        self.a = 1
        self.cache = "big"
    def __getstate__(self):
        return {"a": self.a}
    def __setstate__(self, state):
        self.a = state["a"]
        self.cache = None

s2 = copy.deepcopy(Stateful())
print(s2.a, s2.cache)
print(copy.deepcopy(len) is len, copy.copy(Point) is Point, copy.deepcopy(None))
