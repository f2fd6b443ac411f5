# Frames and locals as CPython 3.11: f_locals of function frames (a snapshot dict
# refreshed on each read), locals() returning the same dict each call in one frame and
# keeping what exec stored in it, eval/exec with explicit globals and mapping locals,
# compile() in 'single', 'eval' and 'exec' modes.
import sys


def f(a):
    b = 2
    fr = sys._getframe()
    # f_locals is the frame's locals when the frame object was made (coro's frames
    # are snapshots, so 'fr' itself is left out).
    print(sorted(k for k in fr.f_locals if k != 'fr'), fr.f_locals['a'], fr.f_locals['b'])
    l1 = locals()
    c = 3
    l2 = locals()
    print(l1 is l2, sorted(l1))
    exec("y = 1")
    print(locals()['y'], 'y' in l1)
    try:
        print(y)
    except NameError as e:
        print('NameError', e)
    del b
    print(sorted(locals()))


f(1)


def caller():
    secret = 'found'
    return callee()


def callee():
    up = sys._getframe(1)
    return up.f_code.co_name, up.f_locals['secret'], sorted(up.f_locals)


print(caller())
print(sys._getframe().f_locals is globals())


def closure():
    outer_value = 10

    def inner():
        return outer_value + 1
    print(sorted(locals()), inner())


closure()


class M(dict):
    def __getitem__(self, k):
        if k == 'magic':
            return 42
        return dict.__getitem__(self, k)


print(eval('magic + 1', {}, M()))
ns = {}
exec('x = 5\ndef g(): return x', ns)
print(ns['g'](), sorted(k for k in ns if k != '__builtins__'))
exec(compile('1+2', '<s>', 'single'))
exec(compile('z = 9\nz * 2', '<s>', 'exec'))
g = {}
l = M()
exec('z = magic * 2', g, l)
print(dict(l), 'z' in g)
print(eval(compile('3*4', '<e>', 'eval')))
exec(compile('for i in range(2): i\n', '<s>', 'single'))
exec(compile('if True:\n    "in block"\n\n', '<s>', 'single'))
exec(compile('None', '<s>', 'single'))
try:
    compile('a = 1\nb = 2\n', '<s>', 'single')
except SyntaxError as e:
    print('SyntaxError', e.msg, e.lineno, e.offset, repr(e.text))


class Tracker(dict):
    def __setitem__(self, k, v):
        print('set', k, v)
        dict.__setitem__(self, k, v)


exec('p = 1\nq = p + 1', {}, Tracker())
exec(compile('p1 = 1; p2 = p1 + 1; print(p1, p2)', '<s>', 'single'))
try:
    compile('x = 1; y = 2\nz = 3\n', '<s>', 'single')
except SyntaxError as e:
    print('SyntaxError', e.msg, e.lineno, e.offset)
