# array: append, insert, pop and item assignment per typecode (moving only the bytes
# after the place), their index and value errors in CPython's words (the chained range
# checks of the small integer types: b through short, H through int), and resizing an
# exported array.
from array import array
def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)
for code in 'bBhHiIlLqQfdu':
    a = array(code, 'abc' if code == 'u' else [1, 2, 3])
    a.append('z' if code == 'u' else 4)
    a.insert(0, 'y' if code == 'u' else 5); a.insert(-1, 'x' if code == 'u' else 6); a.insert(100, 'w' if code == 'u' else 7); a.insert(-100, 'v' if code == 'u' else 8)
    print(code, a, a.pop(), a.pop(0), a.pop(-2), a, a[1], a[-1])
    show("pop big", lambda: a.pop(100))
    show("pop str", lambda: a.pop("x"))
    show("insert str", lambda: a.insert("x", 1))
    show("insert float idx", lambda: a.insert(1.5, 1))
    show("append bad", lambda: a.append(2**70))
    show("append neg", lambda: a.append(-1))
    show("append big", lambda: a.append(2**40))
    show("append float", lambda: a.append(1.5))
    show("append str", lambda: a.append("ab"))
    show("append True", lambda: (a.append(True), a[-1])[1])
    show("setitem", lambda: (a.__setitem__(0, 2**31), a[0])[1])
    show("setitem ok", lambda: (a.__setitem__(-1, 'q' if code == 'u' else 9), a[-1])[1])
e = array('i')
show("pop empty", lambda: e.pop())
m = memoryview(array('i', [1, 2]))
a = m.obj
show("pop exported", lambda: a.pop())
show("insert exported", lambda: a.insert(0, 1))
show("append exported", lambda: a.append(1))
del m
print(a.pop(), a)
b = array('d', [1.0]); b.append(2); b.append(3.5); print(b, type(b[1]))
class I:
    def __index__(self): return 7
c = array('b'); c.append(I()); c.insert(I(), 3); print(c)
for code in 'bBhHiIlLqQ':
    for v in [2**40, -2**40, 2**70, -2**70, 300, -300, 70000, -70000, 2**33, -2**33]:
        show(code + " " + str(v), lambda: array(code, [v]))
