# `items.append(x)` and `items.pop()` called as methods: the dispatch loop's fast path
# must behave as the general call in every case it takes and every case it leaves.
import gc


def appends():
    items = []
    for i in range(5):
        items.append(i)
    items.append(items)  # a list holding itself: a cycle the collector must see
    print(len(items), items[:5], items[5] is items)
    print(items.append(7) is None, items.pop(), items.pop() is items)
    return items


def pops():
    items = [1, "two", 3.0, None, (5,)]
    out = []
    while items:
        out.append(items.pop())
    print(out)
    try:
        items.pop()
    except IndexError as e:
        print("IndexError:", e)
    items = [1, 2, 3]
    print(items.pop(0), items.pop(-1), items, items.pop(0), items)
    try:
        [1].pop(5)
    except IndexError as e:
        print("IndexError:", e)


def errors():
    items = []
    for call in (lambda: items.append(), lambda: items.append(1, 2),
                 lambda: items.pop(1, 2), lambda: items.pop("x"),
                 lambda: items.append(x=1)):
        try:
            call()
        except TypeError as e:
            print("TypeError:", e)


class Stack(list):
    def append(self, x):
        print("Stack.append", x)
        super().append(x * 10)

    def pop(self):
        v = super().pop()
        print("Stack.pop", v)
        return v


class Plain(list):
    pass


def subclasses():
    s = Stack()
    s.append(1)
    s.append(2)
    print(s, s.pop(), s)
    p = Plain([1])
    p.append(2)
    print(p, p.pop(), p.pop(), p, type(p).__name__)
    try:
        p.pop()
    except IndexError as e:
        print("IndexError:", e)


def unbound_and_stored():
    items = [1]
    add, take = items.append, items.pop
    add(2)
    print(items, take(), items)
    list.append(items, 3)
    print(list.pop(items), items)

    class Holder:
        push = list.append

    print(Holder.push([0], 5))
    f = [].append
    print(f(1), f.__self__)


def shadowed():
    class Box:
        def __init__(self):
            self.items = []

    b = Box()
    for i in range(3):
        b.items.append(i)
    print(b.items, b.items.pop(), b.items)
    b.items = Stack()
    b.items.append(4)
    print(b.items.pop(), b.items)


def sort_with(items, key):
    try:
        items.sort(key=key)
    except ValueError as e:
        print("sort ValueError:", e)


def during_sort():
    items = [3, 1, 2]
    seen = []

    def key(v):
        seen.append(v)
        items.append(v)
        return v

    sort_with(items, key)
    print(sorted(seen), sorted(items))
    items = [3, 1, 2]

    def key2(v):
        try:
            return items.pop()
        except IndexError as e:
            print("IndexError in key:", e)
            return v

    sort_with(items, key2)
    print(items)


def refcounts():
    class Noisy:
        def __del__(self):
            print("deleted")

    items = []
    n = Noisy()
    items.append(n)
    del n
    print("popping")
    x = items.pop()
    print("popped")
    del x
    print("after del")
    cycle = []
    cycle.append(cycle)
    cycle.append(Noisy())
    del cycle
    gc.collect()
    print("collected")


appends()
pops()
errors()
subclasses()
unbound_and_stored()
shadowed()
during_sort()
refcounts()
