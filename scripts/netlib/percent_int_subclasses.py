# %-formatting of int and float subclasses (IntEnum members, HTTPStatus), objects with
# __index__/__int__/__float__, and the TypeErrors for the rest (http.server's status
# line is '%d' % HTTPStatus.OK).
from enum import IntEnum
from http import HTTPStatus


class E(IntEnum):
    A = 5


class I(int):
    pass


class F(float):
    pass


class X:
    def __index__(self):
        return 7


class Y:
    def __int__(self):
        return 8

    def __float__(self):
        return 2.5


print('%d' % I(3), '%x' % I(255), '%d' % True, '%.1f' % F(1.25), '%d' % F(2.7))
print('%d %s %r' % (E.A, E.A, E.A))
print('%i %x %o %X %e %f %g' % (E.A, E.A, E.A, E.A, E.A, E.A, E.A))
print('%d %x' % (X(), X()), '%d %f' % (Y(), Y()))
print('%s %d %s' % ('HTTP/1.0', HTTPStatus.OK, HTTPStatus.OK.phrase))
print(b'%d %x' % (E.A, I(255)))
for fmt, value in (('%x', Y()), ('%d', 'a'), ('%d', object()), ('%f', 'x'), ('%x', 2.5)):
    try:
        fmt % value
    except TypeError as e:
        print(e)
