# The TypeErrors of unpacking *args/**kwargs into a call, worded as CPython 3.11 does:
# the callee named by module and qualified name, "Value after *" for displays.
def f(*a, **k): pass
class A:
    def m(self, *a, **k): pass
    @staticmethod
    def s(*a): pass
tests = ["f(*1)", "f(1, *2)", "f(*[1], *2)", "f(**1)", "f(a=1, **2)", "f(**{}, **3)",
         "f(**{'a':1}, a=2)", "f(a=2, **{'a':1})", "f(**{1:2})", "A().m(*1)", "A.m(*1)",
         "A().m(**1)", "A.s(*1)", "len(*1)", "print(**1)", "(lambda: 0)(*1)", "A(*1)",
         "f(**{'a':1}, **{'a':2})", "A().m(**{'a':1}, a=2)", "print(**{'sep':1}, sep=2)",
         "g = f; g(*None)", "[].append(*1)"]
for t in tests:
    try:
        exec(t)
    except Exception as e:
        print(t, '->', type(e).__name__, e)
def outer():
    def inner(): pass
    try: inner(*1)
    except TypeError as e: print(e)
outer()
for t in ["[*1]", "(*1,)", "{**1}", "f(*C())", "f(**D())", "f(*E())", "print(*C())",
          "f(**1, a=2)", "f(a=1, **{'a': 2}, **3)", "f(*iter([1]), **{'b': 2})"]:
    class C: pass
    class D:
        def keys(self): return ['a']
        def __getitem__(self, k): raise KeyError(k)
    class E:
        def __iter__(self): raise TypeError('inner')
    try:
        exec(t)
        print(t, 'ok')
    except Exception as e:
        print(t, '->', type(e).__name__, e)
