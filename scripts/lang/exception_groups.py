# ExceptionGroup / BaseExceptionGroup (PEP 654): construction, attributes, subgroup,
# split, derive, nesting, metadata copied to the parts, subclassing.


def show(label, eg):
    if eg is None:
        print(label, None)
        return
    print(label, type(eg).__name__, repr(eg), str(eg))


def tree(eg, depth=0):
    pad = "  " * depth
    if isinstance(eg, BaseExceptionGroup):
        print(f"{pad}{type(eg).__name__}({eg.message!r})")
        for e in eg.exceptions:
            tree(e, depth + 1)
    else:
        print(f"{pad}{type(eg).__name__}{eg.args}")


# Construction and the class chosen.
eg = ExceptionGroup("many", [ValueError(1), TypeError(2)])
show("eg", eg)
print(eg.message, eg.exceptions, eg.args)
print(type(eg.exceptions).__name__, eg.exceptions is eg.exceptions)
print(ExceptionGroup.__mro__)
print(BaseExceptionGroup.__mro__)
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))
b = BaseExceptionGroup("all plain", [ValueError(), KeyError("k")])
show("base->eg", b)
b = BaseExceptionGroup("with base", [ValueError(), KeyboardInterrupt()])
show("base", b)
print(isinstance(b, Exception))
tup = ExceptionGroup("from tuple", (OSError(2, "nope"),))
show("tuple", tup)
print(tup.args[1], type(tup.args[1]).__name__)

# Bad arguments.
bad = [
    (), ("only",), (1, [ValueError()]), ("m", 5), ("m", []), ("m", [1]),
    ("m", [ValueError(), "x"]), ("m", [ValueError()], 3), ("m", {ValueError()}),
]
for args in bad:
    for cls in (BaseExceptionGroup, ExceptionGroup):
        try:
            cls(*args)
        except (TypeError, ValueError) as e:
            print(cls.__name__, type(e).__name__, e)
try:
    ExceptionGroup("m", [ValueError()], extra=1)
except TypeError as e:
    print(e)
try:
    ExceptionGroup("m", [SystemExit(1)])
except TypeError as e:
    print(e)

# subgroup / split by type, tuple and predicate.
leaf_v = ValueError("v")
leaf_t = TypeError("t")
inner = ExceptionGroup("inner", [ValueError("iv"), KeyError("ik")])
eg = ExceptionGroup("outer", [leaf_v, leaf_t, inner])
tree(eg)
for cond in (ValueError, TypeError, (KeyError, TypeError), LookupError, OSError, Exception,
             ExceptionGroup, lambda e: isinstance(e, ValueError) and e.args == ("iv",),
             lambda e: isinstance(e, ExceptionGroup) and e.message == "inner"):
    name = getattr(cond, "__name__", None) or repr(cond)
    sub = eg.subgroup(cond)
    match, rest = eg.split(cond)
    print("--", name if not isinstance(cond, tuple) else [c.__name__ for c in cond])
    print("subgroup:")
    tree(sub) if sub is not None else print(None)
    print("match:")
    tree(match) if match is not None else print(None)
    print("rest:")
    tree(rest) if rest is not None else print(None)
print(eg.subgroup(Exception) is eg, eg.split(BaseException)[0] is eg)
m, r = eg.split(ValueError)
print(m.exceptions[0] is leaf_v, r.exceptions[0] is leaf_t)
for cond in (3, (ValueError, 3), int, "ValueError", None):
    try:
        eg.split(cond)
    except TypeError as e:
        print("split", repr(cond), e)
    try:
        eg.subgroup(cond)
    except TypeError as e:
        print("subgroup", repr(cond), e)

# What the parts keep: cause, context, notes (copied), traceback.
try:
    try:
        raise OSError("ctx")
    except OSError:
        raise ExceptionGroup("meta", [ValueError(1), TypeError(2)]) from KeyError("cause")
except ExceptionGroup as caught:
    caught.add_note("a note")
    m, r = caught.split(ValueError)
    for part in (m, r):
        print(repr(part), repr(part.__cause__), repr(part.__context__), part.__notes__,
              part.__suppress_context__)
    print(m.__notes__ is caught.__notes__)
    m.add_note("only m")
    print(caught.__notes__, m.__notes__, r.__notes__)

# derive keeps the message and the class rules of BaseExceptionGroup.
d = eg.derive([KeyboardInterrupt()])
show("derive", d)
d = BaseExceptionGroup("b", [KeyboardInterrupt()]).derive([ValueError()])
show("derive", d)


# Subclassing: derive must be overridden to keep the subclass in the parts.
class MyGroup(ExceptionGroup):
    def __new__(cls, message, excs, code):
        obj = super().__new__(cls, message, excs)
        obj.code = code
        return obj

    def derive(self, excs):
        return MyGroup(self.message, excs, self.code)


g = MyGroup("mine", [ValueError(1), TypeError(2)], 42)
print(repr(g), g.args, g.code, str(g))
m, r = g.split(TypeError)
print(type(m).__name__, m.code, repr(m), type(r).__name__, r.code)


class Plain(ExceptionGroup):
    pass


p = Plain("plain", [ValueError(1), TypeError(2)])
m, r = p.split(TypeError)
print(type(p).__name__, type(m).__name__, type(r).__name__)
try:
    Plain("p", [GeneratorExit()])
except TypeError as e:
    print(e)


class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return ValueError("not a group")


try:
    BadDerive("bd", [ValueError(), TypeError()]).split(ValueError)
except TypeError as e:
    print(e)


class Custom(BaseExceptionGroup):
    def __str__(self):
        return f"custom<{self.message}>"


c = Custom("c", [ValueError()])
print(type(c).__name__, str(c), repr(c))

# Catching groups with plain except.
try:
    raise ExceptionGroup("plain except", [ValueError()])
except ExceptionGroup as e:
    print("caught", repr(e))
try:
    raise BaseExceptionGroup("base", [SystemExit(3)])
except Exception:
    print("not here")
except BaseExceptionGroup as e:
    print("caught base", repr(e), e.exceptions[0].code)

# Notes.
e = ValueError("n")
print(hasattr(e, "__notes__"))
e.add_note("first")
e.add_note("second")
print(e.__notes__)
try:
    e.add_note(b"bytes")
except TypeError as x:
    print(x)
e.__notes__ = ("tuple",)
try:
    e.add_note("x")
except TypeError as x:
    print(x)
del e.__notes__
e.add_note("fresh")
print(e.__notes__)

# Groups nested deeper than the recursion limit.
deep = ValueError("leaf")
for i in range(3000):
    deep = ExceptionGroup(f"l{i}", [deep])
try:
    deep.split(TypeError)
except RecursionError as e:
    print(e)
try:
    deep.subgroup(lambda e: False)
except RecursionError as e:
    print(e)
try:
    try:
        raise deep
    except* TypeError:
        pass
except RecursionError as e:
    print(e)
