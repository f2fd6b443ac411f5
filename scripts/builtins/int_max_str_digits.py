# sys.set_int_max_str_digits / get_int_max_str_digits: the limit on decimal digits in
# int<->str conversions (CVE-2020-10735), applied to str, repr, format, %, f-strings,
# int() and json, with CPython's messages; 0 lifts it.
import json
import sys


def attempt(label, f):
    try:
        r = f()
    except (ValueError, TypeError, OverflowError) as e:
        print(label, type(e).__name__, e)
    else:
        print(label, 'ok', len(r) if isinstance(r, str) else r)


n = 10**5000
print(sys.get_int_max_str_digits(), sys.int_info)
conversions = [
    ('str', lambda: str(n)), ('repr', lambda: repr(n)), ('f-string', lambda: f"{n}"),
    ('format d', lambda: format(n, 'd')), ('%d', lambda: '%d' % n),
    ('format ,', lambda: format(n, ',')), ('format _', lambda: '{:_}'.format(n)),
    ('b%d', lambda: b'%d' % n), ('int()', lambda: int('1' * 5000) > 0),
    ('hex', lambda: format(n, 'x')[:5]), ('bin', lambda: bin(n)[:5]),
    ('int base 16', lambda: int('f' * 5000, 16) > 0), ('json dumps', lambda: json.dumps(n)),
    ('json key', lambda: json.dumps({n: 1})), ('json loads', lambda: json.loads('1' * 5000) > 0),
    ('small', lambda: str(10**4299)),
]
for label, f in conversions:
    attempt(label, f)
sys.set_int_max_str_digits(6000)
print(sys.get_int_max_str_digits())
for label, f in conversions[:5]:
    attempt(label, f)
sys.set_int_max_str_digits(640)
attempt('640', lambda: int('1' * 641))
attempt('640 str', lambda: str(10**640))
sys.set_int_max_str_digits(maxdigits=0)
attempt('no limit', lambda: str(10**20000))
attempt('no limit int', lambda: int('7' * 20000) > 0)
for bad in (100, -1, 639, 'x', 2**70, None):
    attempt('set %r' % (bad,), lambda: sys.set_int_max_str_digits(bad))
attempt('set()', lambda: sys.set_int_max_str_digits())
attempt('get(1)', lambda: sys.get_int_max_str_digits(1))
print(sys.get_int_max_str_digits())
