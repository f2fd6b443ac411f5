# %-formatting and str.format in depth.
print("%s|%5s|%-5s|%.2s" % ("abc", "abc", "abc", "abc"))
print("%d|%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42, 42))
print("%f|%.2f|%8.3f|%-8.1f|%e|%.3E|%g|%G" % (3.14159, 3.14159, 3.14159, 3.14159, 314.159, 314.159, 0.00001234, 1e20))
print("%x|%X|%#x|%o|%#o|%c|%c" % (255, 255, 255, 8, 8, 65, "z"))
print("%r|%s|%a" % ("q", "q", "é"))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30})
print("%s" % (1, ), "%s" % [1, 2], "%s %s" % (None, True), "100%%")
print("%*d|%-*d|%.*f" % (5, 1, 5, 2, 2, 3.14159))
print("{} {}".format("a", "b"), "{0} {1} {0}".format("x", "y"), "{a}-{b}".format(a=1, b=2))
print("{:d} {:5d} {:<5d}| {:^5d}| {:+d} {:,d}".format(1, 2, 3, 4, 5, 1234567))
print("{:.3f} {:10.3e} {:%} {:.1%}".format(2.0 / 3, 12345.678, 0.5, 0.1234))
print("{0.real} {0.imag}".format(3), "{0[0]}{0[1]}".format("hi"), "{d[k]}".format(d={"k": "v"}))
print("{!r} {!s} {!a}".format("x", "x", "ñ"))
print("{:{w}.{p}f}".format(3.14159, w=8, p=2), "{:>{}}".format("r", 4))
print("{:=+8.2f} {:x<4} {:#b} {:#X}".format(3.14159, 7, 5, 255))
print(format(1234.5, ",.1f"), format("s", "^5"), format(12, ""), format(0.000012345, ".3g"))
print("{}".format([1, "a", None]), "{}".format({"k": (1, 2)}))
try:
    "{} {}".format(1)
except IndexError as e:
    print(type(e).__name__, e)
try:
    "%d" % "x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "%s %s" % (1,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    "{:d}".format("x")
except ValueError as e:
    print(type(e).__name__, e)
