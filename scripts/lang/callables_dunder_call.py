# __call__ on functions, bound methods and builtins (f.__call__(x), hasattr(f, '__call__')),
# beside a metaclass __call__ reaching type's through super() and instances' own __call__.
def f(x=1): return x
print(hasattr(f, "__call__"), f.__call__(5), f.__call__(x=3))
class A:
    def m(self): return 7
print(hasattr(A().m, "__call__"), A().m.__call__(), hasattr(len, "__call__"), len.__call__([1]), hasattr(lambda: 0, "__call__"))
class Meta(type):
    def __call__(cls, *a):
        print("meta call", a)
        return super().__call__(*a)
class B(metaclass=Meta):
    def __init__(self, v): self.v = v
print(B(3).v, B.__call__(4).v, type.__call__(A).m(), callable(B), callable(B(1)))
class C:
    def __call__(self, x): return x * 2
print(C()(4), C().__call__(5), hasattr(C(), "__call__"), hasattr(1, "__call__"))
try:
    (1).__call__
except AttributeError as e:
    print(e)
