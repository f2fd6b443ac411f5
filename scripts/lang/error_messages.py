# Builtin error messages, one construct per line: type and text must match CPython's.
import math

try:
    1 + 'a'
except Exception as e:
    print(0, type(e).__name__ + ':', e)
else:
    print(0, 'ok')

try:
    'a' + 1
except Exception as e:
    print(1, type(e).__name__ + ':', e)
else:
    print(1, 'ok')

try:
    [1][5]
except Exception as e:
    print(2, type(e).__name__ + ':', e)
else:
    print(2, 'ok')

try:
    {}['k']
except Exception as e:
    print(3, type(e).__name__ + ':', e)
else:
    print(3, 'ok')

try:
    None.x
except Exception as e:
    print(4, type(e).__name__ + ':', e)
else:
    print(4, 'ok')

try:
    int('x')
except Exception as e:
    print(5, type(e).__name__ + ':', e)
else:
    print(5, 'ok')

try:
    1/0
except Exception as e:
    print(6, type(e).__name__ + ':', e)
else:
    print(6, 'ok')

try:
    1//0
except Exception as e:
    print(7, type(e).__name__ + ':', e)
else:
    print(7, 'ok')

try:
    1%0
except Exception as e:
    print(8, type(e).__name__ + ':', e)
else:
    print(8, 'ok')

try:
    1.0/0
except Exception as e:
    print(9, type(e).__name__ + ':', e)
else:
    print(9, 'ok')

try:
    undefined_name
except Exception as e:
    print(10, type(e).__name__ + ':', e)
else:
    print(10, 'ok')

try:
    len(5)
except Exception as e:
    print(11, type(e).__name__ + ':', e)
else:
    print(11, 'ok')

try:
    abs('a')
except Exception as e:
    print(12, type(e).__name__ + ':', e)
else:
    print(12, 'ok')

try:
    [].pop()
except Exception as e:
    print(13, type(e).__name__ + ':', e)
else:
    print(13, 'ok')

try:
    {}.popitem()
except Exception as e:
    print(14, type(e).__name__ + ':', e)
else:
    print(14, 'ok')

try:
    'abc'.index('z')
except Exception as e:
    print(15, type(e).__name__ + ':', e)
else:
    print(15, 'ok')

try:
    (1,2)[0] = 5
except Exception as e:
    print(16, type(e).__name__ + ':', e)
else:
    print(16, 'ok')

try:
    f = lambda x: x; f(1, 2)
except Exception as e:
    print(17, type(e).__name__ + ':', e)
else:
    print(17, 'ok')

try:
    int.foo
except Exception as e:
    print(18, type(e).__name__ + ':', e)
else:
    print(18, 'ok')

try:
    '%d' % 'a'
except Exception as e:
    print(19, type(e).__name__ + ':', e)
else:
    print(19, 'ok')

try:
    x, y = 1, 2, 3
except Exception as e:
    print(20, type(e).__name__ + ':', e)
else:
    print(20, 'ok')

try:
    x, y = [1]
except Exception as e:
    print(21, type(e).__name__ + ':', e)
else:
    print(21, 'ok')

try:
    iter(5)
except Exception as e:
    print(22, type(e).__name__ + ':', e)
else:
    print(22, 'ok')

try:
    next(iter([]))
except Exception as e:
    print(23, type(e).__name__ + ':', e)
else:
    print(23, 'ok')

try:
    float('abc')
except Exception as e:
    print(24, type(e).__name__ + ':', e)
else:
    print(24, 'ok')

try:
    chr(-1)
except Exception as e:
    print(25, type(e).__name__ + ':', e)
else:
    print(25, 'ok')

try:
    ord('ab')
except Exception as e:
    print(26, type(e).__name__ + ':', e)
else:
    print(26, 'ok')

try:
    [1,2].remove(3)
except Exception as e:
    print(27, type(e).__name__ + ':', e)
else:
    print(27, 'ok')

try:
    raise ValueError
except Exception as e:
    print(30, type(e).__name__ + ':', e)
else:
    print(30, 'ok')

try:
    assert 1 == 2, 'msg'
except Exception as e:
    print(31, type(e).__name__ + ':', e)
else:
    print(31, 'ok')

try:
    assert False
except Exception as e:
    print(32, type(e).__name__ + ':', e)
else:
    print(32, 'ok')

try:
    sorted([1, 'a'])
except Exception as e:
    print(33, type(e).__name__ + ':', e)
else:
    print(33, 'ok')

try:
    hash([])
except Exception as e:
    print(34, type(e).__name__ + ':', e)
else:
    print(34, 'ok')

try:
    {[]: 1}
except Exception as e:
    print(35, type(e).__name__ + ':', e)
else:
    print(35, 'ok')

try:
    'a' * 'b'
except Exception as e:
    print(36, type(e).__name__ + ':', e)
else:
    print(36, 'ok')

try:
    -'a'
except Exception as e:
    print(37, type(e).__name__ + ':', e)
else:
    print(37, 'ok')

try:
    ~1.5
except Exception as e:
    print(38, type(e).__name__ + ':', e)
else:
    print(38, 'ok')

try:
    1 < 'a'
except Exception as e:
    print(39, type(e).__name__ + ':', e)
else:
    print(39, 'ok')

try:
    def f(a, *, b): pass
    f(1, 2)
except Exception as e:
    print(40, type(e).__name__ + ':', e)
else:
    print(40, 'ok')

try:
    def f(a): pass
    f()
except Exception as e:
    print(41, type(e).__name__ + ':', e)
else:
    print(41, 'ok')

try:
    def f(a): pass
    f(1, a=2)
except Exception as e:
    print(42, type(e).__name__ + ':', e)
else:
    print(42, 'ok')

try:
    def f(): pass
    f(x=1)
except Exception as e:
    print(43, type(e).__name__ + ':', e)
else:
    print(43, 'ok')

try:
    class A: pass
    A(1)
except Exception as e:
    print(44, type(e).__name__ + ':', e)
else:
    print(44, 'ok')

try:
    object().x = 1
except Exception as e:
    print(45, type(e).__name__ + ':', e)
else:
    print(45, 'ok')

try:
    (1).real = 2
except Exception as e:
    print(46, type(e).__name__ + ':', e)
else:
    print(46, 'ok')

try:
    del undefined
except Exception as e:
    print(47, type(e).__name__ + ':', e)
else:
    print(47, 'ok')

try:
    import math; math.sqrt(-1)
except Exception as e:
    print(48, type(e).__name__ + ':', e)
else:
    print(48, 'ok')

try:
    math = 1; math.floor(1.5)
except Exception as e:
    print(49, type(e).__name__ + ':', e)
else:
    print(49, 'ok')

try:
    int(1e400)
except Exception as e:
    print(50, type(e).__name__ + ':', e)
else:
    print(50, 'ok')

try:
    2 ** 10000.0
except Exception as e:
    print(51, type(e).__name__ + ':', e)
else:
    print(51, 'ok')

try:
    [0] * 10**20
except Exception as e:
    print(52, type(e).__name__ + ':', e)
else:
    print(52, 'ok')

try:
    range(1, 2, 0)
except Exception as e:
    print(53, type(e).__name__ + ':', e)
else:
    print(53, 'ok')

try:
    list(range(3))[::0]
except Exception as e:
    print(54, type(e).__name__ + ':', e)
else:
    print(54, 'ok')

try:
    '{} {}'.format(1)
except Exception as e:
    print(55, type(e).__name__ + ':', e)
else:
    print(55, 'ok')

try:
    '{0} {}'.format(1, 2)
except Exception as e:
    print(56, type(e).__name__ + ':', e)
else:
    print(56, 'ok')

try:
    dict(a=1)['b']
except Exception as e:
    print(57, type(e).__name__ + ':', e)
else:
    print(57, 'ok')

try:
    set().pop()
except Exception as e:
    print(58, type(e).__name__ + ':', e)
else:
    print(58, 'ok')

try:
    min([])
except Exception as e:
    print(59, type(e).__name__ + ':', e)
else:
    print(59, 'ok')

try:
    max()
except Exception as e:
    print(60, type(e).__name__ + ':', e)
else:
    print(60, 'ok')

try:
    getattr(1, 'zz')
except Exception as e:
    print(61, type(e).__name__ + ':', e)
else:
    print(61, 'ok')

try:
    print(end=1)
except Exception as e:
    print(62, type(e).__name__ + ':', e)
else:
    print(62, 'ok')

try:
    str(b'x', 'nope')
except Exception as e:
    print(63, type(e).__name__ + ':', e)
else:
    print(63, 'ok')

try:
    round(1.5, 'a')
except Exception as e:
    print(64, type(e).__name__ + ':', e)
else:
    print(64, 'ok')
