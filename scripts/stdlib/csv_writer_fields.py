# csv.writer's per-field rules: the text of non-str fields, QUOTE_NONNUMERIC's idea of a
# number, special characters from a multi-character line terminator, lazy rows.
import csv
import decimal
import fractions
import io


class Num:
    def __index__(self):
        return 7

    def __str__(self):
        return "seven"


class Floaty:
    def __float__(self):
        return 1.5

    def __repr__(self):
        return "Floaty()"


class StrSub(str):
    pass


class Bad:
    def __str__(self):
        raise ValueError("no text")


def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


for quoting in (csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC):
    out = io.StringIO()
    w = csv.writer(out, quoting=quoting)
    w.writerow([1, True, 2.5, 3j, 10**30, Num(), Floaty(), StrSub("s"), "x",
                decimal.Decimal("1.1"), fractions.Fraction(1, 3), None, ""])
    print(repr(out.getvalue()))

out = io.StringIO()
w = csv.writer(out, lineterminator="!\n", delimiter=";")
w.writerow(["a!b", "c;d", "e\nf", "plain", "\u00e9\u00e8"])
w.writerow(x * 2 for x in ("u", "v"))
w.writerow(iter([]))
w.writerow("abc")
print(repr(out.getvalue()))

show(csv.writer(io.StringIO()).writerow, [1, Bad(), 2])
show(csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE, escapechar=None).writerow, ['q"'])
show(csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE, escapechar="\\").writerow, ['q"', "a\\b"])
show(csv.writer(io.StringIO(), doublequote=False, escapechar=None).writerow, ['q"'])
show(csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow, [None])
show(csv.writer(io.StringIO()).writerow, [None])
show(csv.writer(io.StringIO(), quotechar="'").writerow, ["it's", "a'b,c"])


def gen():
    yield "ok"
    raise KeyError("mid-row")


show(csv.writer(io.StringIO()).writerow, gen())
show(csv.writer(io.StringIO()).writerow, None)
