# `s += t` in a function grows a str no one else holds in place; every other holder of
# the old value must still see it unchanged.


def build(n):
    s = ""
    for i in range(n):
        s += "ab"
    return s


def build_unicode(n):
    s = "\u00e9t\u00e9 "
    for i in range(n):
        s += "\u65e5x"
    return s


# linear: 300,000 appends would take minutes if each copied the whole text
s = build(300_000)
print(len(s), s[:6], s[-3:], hash(s) == hash("ab" * 300_000))
u = build_unicode(60_000)
print(len(u), u[:6], u[-3:], u.count("\u65e5"), u[5], u.find("x"))


def aliases():
    s = "start-" * 10
    t = s
    s += "more"
    kept = [s]
    s += "!"
    d = {s: 1}
    s += "?"
    print(t[-6:], kept[0][-6:], list(d)[0][-6:], s[-6:], len(s))
    h = hash(s)
    s += "x"
    print(h == hash(s[:-1]), hash(s) == hash(s[:-1] + "x"))
    s += s
    print(len(s), s[:5])
    s += ""
    print(len(s))


aliases()


def other_targets():
    box = ["x" * 40]
    box[0] += "y"
    g = "q" * 40
    g += "r"
    class O:
        pass
    o = O()
    o.a = "z" * 40
    o.a += "w"
    print(box[0][-3:], g[-3:], o.a[-3:])
    s = "k" * 40
    try:
        s += 5
    except TypeError as e:
        print("TypeError:", e, len(s))


other_targets()


class S(str):
    pass


def subclass():
    s = S("p" * 40)
    s += "q"
    print(type(s).__name__, s[-2:])


subclass()
