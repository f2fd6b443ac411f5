# Format specs built from every part of the mini-language (fill, align, sign, z, #, 0,
# width, grouping, precision, type), sampled by a fixed generator, applied to ints,
# floats, strs and bools through format(), f-strings and str.format; each line shows the
# results or the exception's type and message.
fills = ["", "*", "0", " ", "\u00e9", "\u65e5", "<"]
aligns = ["", "<", ">", "^", "="]
signs = ["", "+", "-", " "]
zs = ["", "z"]
alts = ["", "#"]
zeros = ["", "0"]
widths = ["", "0", "1", "5", "9", "14"]
groups = ["", ",", "_"]
precs = ["", ".0", ".1", ".3", ".12"]
types = ["", "d", "x", "X", "o", "b", "c", "n", "e", "E", "f", "F", "g", "G", "%", "s", "r"]
values = [0, 7, -42, 1234567, -98765432109876543210, True, 0.0, -0.0, 2.5, -1234.5678,
          1e22, 1.5e-7, float("inf"), float("nan"), "", "abc", "na\u00efve\u65e5\u672c"]

state = 12345


def pick(options):
    global state
    state = (state * 1103515245 + 12345) & 0x7FFFFFFF
    return options[(state >> 8) % len(options)]


def show(v, spec):
    try:
        return repr(format(v, spec))
    except Exception as e:
        return f"{type(e).__name__}: {e}"


seen = set()
for _ in range(1500):
    fill = pick(fills)
    align = pick(aligns)
    if fill and not align:
        align = ">"
    spec = (fill + align + pick(signs) + pick(zs) + pick(alts) + pick(zeros) + pick(widths)
            + pick(groups) + pick(precs) + pick(types))
    if spec in seen:
        continue
    seen.add(spec)
    print(repr(spec), " | ".join(show(v, spec) for v in values))

# The same through f-strings and str.format, with nested specs.
for v in [0, 5, -17, 3.14159, -0.5, "hi", "\u65e5\u672c"]:
    for w in [0, 3, 8]:
        for t in ["", "s", "d", "f", ".2f", ",", "x", "e"]:
            try:
                a = f"{v:>{w}{t}}"
            except Exception as e:
                a = f"{type(e).__name__}: {e}"
            try:
                b = "{0:*^{1}{2}}".format(v, w, t)
            except Exception as e:
                b = f"{type(e).__name__}: {e}"
            print(repr(v), w, repr(t), repr(a), repr(b))

# Subclasses: __format__ and __str__ overrides, and int/float/str subclasses without them.
class Money(float):
    def __format__(self, spec):
        return "$" + format(float(self), spec or ".2f")


class Shout(str):
    def __str__(self):
        return self.upper() + "!"


class MyInt(int):
    pass


class Weird:
    def __format__(self, spec):
        return 42


print(f"{Money(3.14159)}", f"{Money(2):>10.1f}", format(Money(1.005), ""))
print(f"{Shout('hey')}", f"{Shout('hey')!s}", f"{Shout('hey'):>6}", format(Shout("x"), "^5"))
print(f"{MyInt(255):#x}", f"{MyInt(-3):+05d}", format(MyInt(7), ""), f"{MyInt(9)}")
for bad in ["{:d}", "{:,s}", "{:=5}", "{:+}", "{:#}", "{:z}", "{:.2d}", "{:c}"]:
    for v in ["s", 3, 2.0, Weird()]:
        try:
            print(repr(bad.format(v)))
        except Exception as e:
            print(bad, type(v).__name__, type(e).__name__, e)
for spec in ["x<", "<<<", "10.2.3f", ".f", "5,,d", ",_", "_,", "\u00e9", "=^10"]:
    print(repr(spec), show(12, spec), show(1.5, spec), show("t", spec))
