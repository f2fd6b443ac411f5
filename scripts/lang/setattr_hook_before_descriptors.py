# A class's own __setattr__ runs before any data descriptor (property or a Python
# __set__) of the class; object.__setattr__/__delattr__ honour those descriptors; a
# descriptor with only __delete__ refuses assignment; assigning or deleting a builtin
# value's attributes gives CPython's messages.


class Desc:
    def __get__(self, obj, cls=None):
        return "desc-get" if obj is not None else self

    def __set__(self, obj, v):
        print("Desc.__set__", v)

    def __delete__(self, obj):
        print("Desc.__delete__")


class Tracked:
    d = Desc()

    @property
    def p(self):
        return "p"

    def __setattr__(self, name, value):
        print("Tracked.__setattr__", name, value)
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        print("Tracked.__delattr__", name)
        object.__delattr__(self, name)


t = Tracked()
t.d = 5
t.x = 1
print(t.d, t.x, vars(t))
try:
    t.p = 2
except AttributeError as e:
    print("AttributeError:", e)
del t.d
del t.x
try:
    del t.p
except AttributeError as e:
    print("AttributeError:", e)


class ReadOnly:
    __slots__ = ("_v",)

    def __init__(self, v):
        object.__setattr__(self, "_v", v)

    def __setattr__(self, n, v):
        raise AttributeError(f"{type(self).__name__} is read-only")

    @property
    def v(self):
        return self._v


r = ReadOnly(3)
for name in ("v", "_v", "other"):
    try:
        setattr(r, name, 4)
    except AttributeError as e:
        print("AttributeError:", e)
print(r.v)


class DeleteOnly:
    def __get__(self, o, c=None):
        return 7

    def __delete__(self, o):
        print("DeleteOnly.__delete__")


class H:
    x = DeleteOnly()


h = H()
try:
    h.x = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    object.__setattr__(h, "x", 1)
except AttributeError as e:
    print("AttributeError:", e)
del h.x
print(h.x, vars(h))

for obj, name in [("s", "upper"), (1, "real"), (1, "bit_length"), ([], "append"),
                  (1.5, "imag"), (range(3), "start"), (3j, "real"), (slice(1), "stop"),
                  ("s", "__doc__"), (None, "x")]:
    for action in (lambda: setattr(obj, name, 1), lambda: delattr(obj, name)):
        try:
            action()
        except AttributeError as e:
            print(type(obj).__name__, name, "AttributeError:", e)
