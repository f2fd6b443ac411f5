# Native iterators (list/dict/tuple iterators, zip, map, filter, enumerate, reversed,
# callable iterators, the itertools ones) hold what they walk: cycles through them are collected. Dicts
# filled by native code (update, |=, dict(...), copy, fromkeys, comprehensions) are
# tracked once they hold a container, as CPython's lazy dict tracking.
import gc
import itertools
import weakref


class Flag:
    pass


def check(label, build):
    gc.collect()
    f = Flag()
    w = weakref.ref(f)
    holder = build(f)
    del f, holder
    gc.collect()
    print(label, "collected" if w() is None else "LEAKED")


def through(make):
    def build(f):
        l = [f]
        l.append(make(l))
        return l
    return build


check("list iterator", through(iter))
check("zip", through(lambda l: zip(l, l)))
check("map", through(lambda l: map(id, l)))
check("filter", through(lambda l: filter(None, l)))
check("enumerate", through(enumerate))
check("reversed", through(reversed))
check("callable iterator", through(lambda l: iter(l.pop, None)))
check("islice", through(lambda l: itertools.islice(l, 1)))
check("chain", through(lambda l: itertools.chain(l)))
check("permutations", through(lambda l: itertools.permutations(l)))
check("tuple iterator", through(lambda l: iter((l,))))


def advanced(make):
    # The iterator after one step, holding what that step read or saved.
    def build(l):
        i = make(l)
        next(i)
        return i
    return build


check("chain active", through(advanced(lambda l: itertools.chain(l, l))))
check("chain.from_iterable", through(lambda l: itertools.chain.from_iterable([l])))
check("repeat", through(lambda l: itertools.repeat(l, 3)))
check("cycle", through(lambda l: itertools.cycle(l)))
check("cycle saved", through(advanced(lambda l: itertools.cycle([l]))))
check("accumulate", through(lambda l: itertools.accumulate(l, lambda a, b: l)))
check("accumulate total", through(advanced(lambda l: itertools.accumulate([l], initial=l))))
check("starmap", through(lambda l: itertools.starmap(l.count, l)))
check("takewhile", through(lambda l: itertools.takewhile(l.count, l)))
check("dropwhile", through(lambda l: itertools.dropwhile(l.count, l)))
check("filterfalse", through(lambda l: itertools.filterfalse(l.count, l)))
check("compress", through(lambda l: itertools.compress(l, l)))
check("pairwise", through(advanced(lambda l: itertools.pairwise([l, l, l]))))
check("tee source", through(lambda l: itertools.tee(l)))
check("tee buffer", through(advanced(lambda l: itertools.tee([l])[0])))


def tee_long_buffer(f):
    # The copy left behind holds the buffer over several links.
    l = [f]
    a, b = itertools.tee(iter([l] * 200))
    for _ in range(150):
        next(a)
    l.append(b)
    return l


check("tee long buffer", tee_long_buffer)


def dict_items_iterator(f):
    d = {"f": f}
    d["it"] = iter(d.items())
    return d


def set_iterator(f):
    class Box:
        pass
    b = Box()
    s = {b}
    b.it = iter(s)
    b.f = f
    return s


def dict_ior(f):
    d = dict(a=1)
    d |= {"x": d, "f": f}
    return d


def dict_update(f):
    d = dict(a=1)
    d.update({"x": d, "f": f})
    return d


def dict_update_keywords(f):
    d = dict(a=1)
    d.update(x=d, f=f)
    return d


check("dict items iterator", dict_items_iterator)
check("set iterator", set_iterator)
check("dict |=", dict_ior)
check("dict.update", dict_update)
check("dict.update keywords", dict_update_keywords)


def show(label, obj):
    print(label, gc.is_tracked(obj))


show("dict.update ints", (lambda d: (d.update({1: 2}), d)[1])({}))
show("dict.update list", (lambda d: (d.update({1: [2]}), d)[1])({}))
show("dict.update keywords list", (lambda d: (d.update(a=[2]), d)[1])({}))


def ior_list():
    d = {}
    d |= {1: [2]}
    return d


show("dict |= list", ior_list())
show("dictcomp ints", {i: i for i in range(3)})
show("dictcomp lists", {i: [i] for i in range(3)})
show("dict() ints", dict(a=1))
show("dict() list", dict(a=[1]))
show("dict(zip) lists", dict(zip("ab", [[1], [2]])))
show("dict.copy ints", {1: 2}.copy())
show("dict.copy list", {1: [2]}.copy())
show("fromkeys None", dict.fromkeys("ab"))
show("fromkeys list", dict.fromkeys("ab", []))
show("zip", zip([1], [2]))
show("map", map(str, [1]))
show("filter", filter(None, [1]))
show("enumerate", enumerate([1]))
show("reversed", reversed([1]))
show("iter list", iter([1]))
show("iter dict", iter({1: 2}))
show("iter callable", iter(int, 1))
