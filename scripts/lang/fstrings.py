# f-strings: format specs, nested fields, conversions, self-documenting expressions.
name = "coro"
pi = 3.14159265
n = 1234567
items = ["a", "b"]
print(f"{name} {name!r} {name!s} {name!a} {'é'!a}")
print(f"{pi:.3f} {pi:10.2f}| {pi:<10.1f}| {pi:^10.4}| {pi:+.2e} {pi:08.3f}")
print(f"{n:,} {n:_} {n:>12,} {n:x} {n:#o} {n:b} {-n:+,}")
print(f"{name:>8} {name:<8}| {name:^9}| {name:*^9} {name:.2}")
width, precision = 10, 3
print(f"{pi:{width}.{precision}f}|{name:>{width}}|")
print(f"{n=} {pi=:.2f} {name = } {items[0]=}")
print(f"{1 + 2} {len(items) * 10} {items} {items[-1]!r} {'nested ' + name}")
print(f"{{literal braces}} {{{name}}}")
d = {"key": "value", "n": 3}
print(f"{d['key']} {d['n']:03d}")
print(f"{0.25:%} {0.25:.0%} {1e-8:g} {123.456:g} {1.0:g}")
print(f"{42:c} {65:c}{66:c} {True} {None} {3:5d}| {-3:<5d}| {-3:=5d}|")
print(f"{'left':<{width}}|{'right':>{width}}|")
for i in range(1, 4):
    print(f"{i:2d} {i * i:3d} {i ** 3:4d}")
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
    def __str__(self):
        return f"({self.x}, {self.y})"
    def __format__(self, spec):
        return f"<{spec or 'plain'} {self.x}>"
p = Point(1, 2)
print(f"{p!r} {p!s} {p} {p:fancy}")
print(f"{'multi'}" f"-{'part'}" "-plain")
print(f"{3.0} {1e20} {1/3:.5} {12345.6789:.6}")
value = 7
print(f"{'even' if value % 2 == 0 else 'odd'} {[x * 2 for x in range(3)]} {(lambda v: v + 1)(value)}")
