# eval, exec, compile, globals() and locals() as CPython 3.11.

x = 10
print(eval("x + 1"), eval("  x * 2"), eval("[i * i for i in range(4)]"))
print(eval("a + b", {"a": 1, "b": 2}), eval("a * b", {"a": 3}, {"b": 4}))
print(eval("len('abc')", {}), eval("x", {"x": "global"}, {"x": "local"}))

g = {}
exec("y = 5\ndef f(n):\n    return n + y\nz = f(1)", g)
print(g["y"], g["z"], sorted(k for k in g if k != "__builtins__"), "__builtins__" in g)
print(g["f"](10), g["f"].__name__)

exec("w = x * 3")
print(w)

ns_g, ns_l = {"base": 100}, {}
exec("val = base + 1\nclass K:\n    attr = 7", ns_g, ns_l)
print(ns_l["val"], ns_l["K"].attr, "val" in ns_g)

print(exec("1 + 1"), eval("None"))


def uses_locals():
    a = 1
    b = "two"
    snap = locals()
    print(sorted(snap.items()))
    exec("a = 99")
    print(a)
    print(eval("a + 1"), eval("b * 2"))
    c = 3
    print("c" in snap, sorted(locals()))


uses_locals()
print(globals()["x"], "uses_locals" in globals(), globals() is globals())


code = compile("p = 6 * 7", "<demo>", "exec")
print(type(code).__name__)
d = {}
exec(code, d)
print(d["p"])
ecode = compile("p * 2", "<demo>", "eval")
print(eval(ecode, d), exec(ecode, d))
scode = compile("q = 1", "<single>", "single")
exec(scode, d)
print(d["q"])


def show(e):
    print(type(e).__name__, "|", e.msg, "|", e.lineno, "|", e.filename)


for src, mode in [("1 +", "eval"), ("x = = 2", "exec"), ("def f(:\n  pass", "exec"),
                  ("x = 1", "eval"), ("return 5", "exec"), ("  x = 1", "exec")]:
    try:
        compile(src, "<case>", mode)
    except SyntaxError as e:
        show(e)

try:
    eval("1 +")
except SyntaxError as e:
    show(e)
    print(str(e))

try:
    exec("if True:\nprint(1)")
except IndentationError as e:
    show(e)

for bad in [lambda: compile("1", "f", "run"), lambda: eval(42), lambda: exec(None),
            lambda: eval("1", []), lambda: exec("1", {}, 5), lambda: compile(1, "f", "exec"),
            lambda: eval(), lambda: exec("1", "g")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

try:
    eval("undefined_name + 1")
except NameError as e:
    print("NameError:", e)
try:
    exec("raise KeyError('k')")
except KeyError as e:
    print("KeyError:", e)

# Building functions dynamically, as namedtuple-style code generators do.
template = "def make_adder(n):\n    def add(v):\n        return v + n\n    return add\n"
scope = {}
exec(template, scope)
print(scope["make_adder"](5)(10))
calc = {name: eval(f"lambda a, b: a {op} b") for name, op in [("add", "+"), ("mul", "*")]}
print(calc["add"](2, 3), calc["mul"](2, 3))


# Any mapping may be the locals: names go through its __getitem__/__setitem__.
class Tracing:
    def __init__(self):
        self.data = {"base": 7}
        self.log = []

    def __getitem__(self, key):
        self.log.append(("get", key))
        return self.data[key]

    def __setitem__(self, key, value):
        self.log.append(("set", key))
        self.data[key] = value

    def __delitem__(self, key):
        self.log.append(("del", key))
        del self.data[key]


t = Tracing()
print(eval("base * 2 + len('ab')", {}, t), t.log)
t.log.clear()
exec("a = base + 1\nb = a * 2\ndel a", {}, t)
print(t.data, t.log)
try:
    eval("missing", {}, t)
except NameError as e:
    print("NameError:", e)
