# decimal: format() specs (fill, align, sign, z, zero padding, width, grouping, precision, types).
from decimal import *
D = Decimal
vals = ['0', '-0', '1', '-1.5', '123.456', '1234567.891', '0.000012345', '1E+10', '-1.2E-10', '12345678901234567890.5', '0.5', '2.5', '0E-5', '0E+3', '9.999', 'Infinity', '-NaN', '100']
specs = ['', '.2f', 'f', '.0f', '10.3f', '<10', '^12', '=+10.1f', '+', ' ', 'e', '.3e', 'E', '.0e', 'g', '.3g', 'G', '.10g', '%', '.1%', ',', ',.2f', '015,.2f', '012', 'z.1f', '*>15.4e', '0>8', '0=10', '.1', '.5', 'n', '08.3f', '.0g', '.0', '-^20,.3f']
for v in vals:
    print(v, [format(D(v), s) for s in specs])
print(f"{D('3.14159'):.2f} {D('2.675'):.2f} {D('-0.004'):.2f} {D('-0.004'):z.2f}")
with localcontext(rounding=ROUND_DOWN):
    print(format(D('2.679'), '.2f'), format(D('-2.679'), '.1e'))
for s in ['.2x', 'abc', '.', '10.2q', '=010', '.1,', '1_000', '#', '_']:
    try:
        format(D(1), s)
    except Exception as e:
        print(s, type(e).__name__, e)
