# `for` over lists, tuples and ranges, and `while items:` on lists: the dispatch loop
# reads the iterator in place and tests a list's truth inline; both must stay exact
# when the list changes under the loop, the iterator is shared, or a subclass answers.


def mutate_during_for():
    items = [1, 2, 3]
    seen = []
    for x in items:
        seen.append(x)
        if x < 4:
            items.append(x + 3)
    print(seen, items)
    items = [1, 2, 3, 4, 5, 6]
    for x in items:
        items.remove(x)
    print(items)
    items = [1, 2, 3]
    out = []
    for x in items:
        out.append(x)
        items.clear()
    print(out, items)


def shared_iterator():
    it = iter([1, 2, 3, 4, 5])
    pairs = []
    for a in it:
        for b in it:
            pairs.append((a, b))
            break
    print(pairs, list(it))
    t = (1, "a", None)
    it = iter(t)
    for x in it:
        print(x, list(it))
    r = iter(range(10, 0, -3))
    for x in r:
        print(x, next(r, "end"))
    for x in range(2**62, 2**62 + 2):
        print(x)


def exhausted_reuse():
    it = iter([1, 2])
    print([x for x in it], [x for x in it])
    for x in it:
        print("never", x)
    print(list(iter(())), sum(range(0)))


class Empty(list):
    def __bool__(self):
        print("__bool__")
        return False


class Long(list):
    def __len__(self):
        print("__len__")
        return 3


def truth():
    items = [3, 2, 1]
    n = 0
    while items:
        n += items.pop()
    print(n, items, bool(items))
    e = Empty([1])
    while e:
        print("never")
    if not e:
        print("empty by __bool__")
    ll = Long()
    if ll:
        print("true by __len__")
    if []:
        print("never")
    elif [0]:
        print("[0] is true")
    x = [None] if n else []
    print("yes" if x else "no", "no" if [] else "empty")
    print([] or "or", [1] and "and", not [], not [[]])


def release():
    class Noisy:
        def __del__(self):
            print("deleted")

    items = [Noisy()]
    while items:
        items.pop()
        print("after pop")
    for item in [Noisy()]:
        print("in loop")
    del item
    print("end")


mutate_during_for()
shared_iterator()
exhausted_reuse()
truth()
release()
