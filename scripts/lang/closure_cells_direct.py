# Closures made by MakeFunction straight from the defining frame's cells: what each
# function shares, late binding, nonlocal, defaults and annotations beside a closure,
# nested free variables, class cells, generator expressions and __closure__.


def counter():
    n = 0

    def inc(step=1, *, twice: bool = False) -> int:
        nonlocal n
        n += step * (2 if twice else 1)
        return n

    def get():
        return n

    return inc, get


inc, get = counter()
print(inc(), inc(5), inc(twice=True), get(), inc.__defaults__, inc.__kwdefaults__)
print(sorted(inc.__annotations__), inc.__code__.co_freevars, len(inc.__closure__))
inc(); print(get(), inc.__closure__[0].cell_contents, get.__closure__[0].cell_contents)

fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])


def outer(a):
    b = a * 2

    def middle(c):
        def inner(d):
            return a + b + c + d

        return inner

    return middle


print(outer(1)(10)(100), outer(2)(20).__code__.co_freevars)
m = outer(3)
print([c.cell_contents for c in m(4).__closure__])


def gens(xs, k):
    return [x for x in xs if x > k], list(x * k for x in xs), all(x != k for x in xs)


print(gens([1, 2, 3], 2))


class Base:
    def who(self):
        return "Base"


class Child(Base):
    def who(self):
        return "Child<" + super().who() + ">"

    def cls(self):
        return __class__.__name__


print(Child().who(), Child().cls())


def make_class(tag):
    class Local:
        label = tag

        def show(self):
            return tag + "/" + self.label

    return Local


print(make_class("x")().show())


def late():
    fs = []
    for i in range(3):
        def f():
            return i
        fs.append(f)
    i = 10
    return [f() for f in fs]


print(late())


def unbound():
    def f():
        return v
    try:
        f()
    except NameError as e:
        print(type(e).__name__, e)
    v = 1
    return f()


print(unbound())


def deep(n):
    x = n
    return (lambda: (lambda: (lambda: x + 1)())())()


print(deep(41))
def adder(k):
    return lambda y: y + k


f = adder(5)
print(f(1), adder(100)(1))
