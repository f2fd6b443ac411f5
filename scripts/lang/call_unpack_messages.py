# The TypeErrors of unpacking *args/**kwargs into a call, worded as CPython 3.11 does:
# the callee named by module and qualified name, "Value after *" for displays.
class P:
    def __get__(self, obj, t=None):
        print("get", obj is not None)
        return lambda: 5
    def __call__(self, *a):
        print("call", len(a))
        return 7
class C: pass
C.__len__ = P()
C.__enter__ = P()
C.__exit__ = P()
C.__iter__ = P()
c = C()
print(len(c))
print(c.__len__())
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
