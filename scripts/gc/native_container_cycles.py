# Cycles made only of containers that native code built (no tracked object reaches
# them): the collector finds each, as CPython's, whichever store closes the cycle.
import gc


def check(label, make):
    gc.collect()
    make()
    print(label, gc.collect())


def from_list_constructor():
    x = list(range(3))
    x.append(x)


def from_split():
    x = "a b".split()
    x.insert(0, x)


def from_dict_constructor():
    d = dict(a=1)
    d["self"] = d


def from_sorted():
    s = sorted([3, 1])
    s.extend([s])


def from_map():
    x = list(map(str, range(2)))
    x[0] = x


def from_copy():
    x = [1, 2].copy()
    x[1:] = [x]


def from_repeat():
    x = [1] * 3
    x.append(x)


def from_fromkeys():
    x = dict.fromkeys("ab")
    x.setdefault("c", x)


def from_concat():
    x = [1] + [2]
    x.append(x)


def from_reversed():
    x = list(reversed([1]))
    x.append(x)


def from_dict_copy():
    x = {}.copy()
    x.update(me=x)


def from_slice():
    x = [1, 2][:]
    x.append(x)


def two_lists():
    a = list("ab")
    b = list("cd")
    a.append(b)
    b.append(a)


for fn in [from_list_constructor, from_split, from_dict_constructor, from_sorted,
           from_map, from_copy, from_repeat, from_fromkeys, from_concat,
           from_reversed, from_dict_copy, from_slice, two_lists]:
    check(fn.__name__, fn)
