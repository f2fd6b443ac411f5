# Metaclass __call__: intercepting instance creation and delegating with
# super().__call__, singletons, type.__call__ called directly, callable() and
# hasattr(cls, '__call__') as CPython answers them.
class M(type):
    def __call__(cls, *a, **k):
        print('M.__call__', cls.__name__, a, k)
        return super().__call__(*a, **k)


class A(metaclass=M):
    def __init__(self, x, y=0):
        self.x = x
        self.y = y


a = A(3, y=4)
print(a.x, a.y, type(a).__name__)


class S(type):
    def __init__(self, *a, **k):
        self._inst = None
        super().__init__(*a, **k)

    def __call__(cls, *a, **k):
        if cls._inst is None:
            cls._inst = super().__call__(*a, **k)
        return cls._inst


class One(metaclass=S):
    def __init__(self):
        print('init once')


print(One() is One())


class B:
    def __init__(self, v):
        self.v = v


b = type.__call__(B, 5)
print(b.v, type(b).__name__)
print(hasattr(B, '__call__'), callable(B), callable(b), callable(len), callable(1))


class C:
    def __call__(self):
        return 1


print(callable(C()), hasattr(C(), '__call__'), C()())
print(type.__call__(int, '12'), type.__call__(list, 'ab'), type.__call__(type, 3).__name__)


class NoInst(type):
    def __call__(cls, *a, **k):
        raise TypeError("can't instantiate directly")


class Z(metaclass=NoInst):
    @staticmethod
    def make():
        return type.__call__(Z)


try:
    Z()
except TypeError as e:
    print(e)
print(type(Z.make()).__name__)
print(B.__call__(7).v)
try:
    type.__call__(3)
except TypeError as e:
    print(e)


class Counting(type):
    count = 0

    def __call__(cls, *args, **kwargs):
        Counting.count += 1
        inst = cls.__new__(cls, *args, **kwargs)
        if isinstance(inst, cls):
            inst.__init__(*args, **kwargs)
        return inst


class P(metaclass=Counting):
    def __init__(self, name):
        self.name = name


class Q(P):
    pass


print(P('p').name, Q('q').name, Counting.count, type(Q).__name__)


class Meta2(M):
    def __call__(cls, *a, **k):
        print('Meta2 first')
        return super().__call__(*a, **k)


class D(metaclass=Meta2):
    pass


print(type(D()).__name__)
for obj in (print, str.upper, 'x'.upper, object, object(), lambda: 0, type, None, [].append):
    print(callable(obj), end=' ')
print()
print(callable(staticmethod(len)), staticmethod(len)('ab'), callable(classmethod(len)))
