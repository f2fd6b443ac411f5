# getattr(obj, name, default) and hasattr: a miss answers the default without an
# AttributeError escaping, while every way an attribute can exist still answers.
class Plain:
    cls_attr = "class"
    def method(self):
        return "m"

class WithGetattr:
    def __getattr__(self, name):
        if name.startswith("dyn_"):
            return name[4:]
        raise AttributeError(f"no {name}")

class WithProperty:
    @property
    def ok(self):
        return "prop"
    @property
    def broken(self):
        raise AttributeError("inner miss")
    @property
    def failing(self):
        raise ValueError("not an attribute error")

class Descr:
    def __get__(self, obj, owner):
        if obj is None:
            return self
        raise AttributeError("descriptor says no")

class WithDescr:
    d = Descr()

class Hooked:
    def __getattribute__(self, name):
        if name == "secret":
            return 42
        return object.__getattribute__(self, name)

p = Plain()
p.inst = 1
print(getattr(p, "inst", 0), getattr(p, "cls_attr", 0), getattr(p, "missing", "dflt"))
print(getattr(p, "method", None)(), hasattr(p, "method"), hasattr(p, "nope"), hasattr(p, "__class__"))
print(getattr(p, "__dict__", None), hasattr(Plain, "cls_attr"), getattr(Plain, "zzz", "cd"))
w = WithGetattr()
print(getattr(w, "dyn_abc", None), getattr(w, "other", "d2"), hasattr(w, "dyn_x"), hasattr(w, "y"))
wp = WithProperty()
print(getattr(wp, "ok", None), getattr(wp, "broken", "d3"), hasattr(wp, "broken"))
try:
    getattr(wp, "failing", None)
except ValueError as e:
    print("ValueError:", e)
try:
    hasattr(wp, "failing")
except ValueError as e:
    print("ValueError:", e)
print(getattr(WithDescr(), "d", "d4"), hasattr(WithDescr(), "d"), isinstance(WithDescr.d, Descr))
h = Hooked()
print(getattr(h, "secret", None), getattr(h, "nothing", "d5"), hasattr(h, "secret"))
try:
    getattr(p, "missing")
except AttributeError as e:
    print("AttributeError:", e, e.name, e.obj is p)
try:
    getattr(p, 5, None)
except TypeError as e:
    print("TypeError:", e)
class S(str):
    pass
print(getattr(p, S("inst"), None), hasattr(p, S("zz")))
e = ValueError("x")
print(getattr(e, "args", None), getattr(e, "nope", "d6"), hasattr(e, "__traceback__"))
