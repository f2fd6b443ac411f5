# format() and f-strings with every spec CPython accepts for complex; % refuses complex.
values = [1 + 2j, 2j, complex(-0.0, 0.0), complex(float("nan"), float("inf")), 1e16j, 1.5 - 0j,
          -1j, 1234567.891 - 0.000123j, complex(1e-7, -1e22)]
specs = ["", ".2f", ">20", "<15", "^20.2e", "g", "G", "e", "E", "f", "F", "n", ".3", ".0f",
         "+", " ", "-", "#", "#g", "#.0e", ",", "_", ",.2f", "_.3e", "*^30", "x>18.4g", "10",
         ".10g", "+.1f", " .2e", "z.1f", ".0", "30.17g"]
for v in values:
    for spec in specs:
        print(repr(spec), repr(format(v, spec)))
print(f"{1+2j:.2f}|{3j:>10}|{-1-1j:<12}|{(1.5+2.5j)!s:>12}|{2j!r:^8}")
print("{:.2f} {:g} {}".format(1 + 2j, 1j, 3 - 4j))

for spec in ["=", "010", "%", "d", "x", "s", "r", "=10", "0<10", "010.2f", "c", "b"]:
    try:
        print(format(1 + 2j, spec))
    except ValueError as e:
        print(repr(spec), "ValueError:", e)

for fmt in ["%s", "%r", "%a"]:
    print(fmt % (1 + 2j))
for fmt in ["%d", "%f", "%e", "%g", "%x", "%i", "%c", "%o", "%.2f"]:
    try:
        print(fmt % (1 + 2j))
    except TypeError as e:
        print(repr(fmt), "TypeError:", e)
