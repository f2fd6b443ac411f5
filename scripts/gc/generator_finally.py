# A suspended generator that is dropped is closed, so its `finally`, `except
# GeneratorExit` and `with` exits run at once, as CPython does.


def numbers():
    try:
        yield 1
        yield 2
    finally:
        print("numbers: finally")


for v in numbers():
    print("got", v)
    break
print("after break")


class Resource:
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, kind, value, tb):
        print("exit with", kind.__name__ if kind else None)


def managed():
    with Resource():
        yield "inside"


it = managed()
print(next(it))
del it
print("after del")


def watcher():
    try:
        yield 1
    except GeneratorExit:
        print("watcher: GeneratorExit")
        raise


w = watcher()
next(w)
w = None
print("after rebinding")


def no_handlers():
    yield 1
    print("never printed")


n = no_handlers()
next(n)
del n
print("plain generator dropped quietly")


def consumer(items):
    for x in items:
        if x == 2:
            return x
    return None


print("consumer", consumer(numbers()))


def nested():
    try:
        yield from numbers()
    finally:
        print("nested: finally")


g = nested()
next(g)
g = None
print("after nested")

never_started = numbers()
del never_started
print("never started: nothing to run")


def stubborn():
    try:
        yield 1
    finally:
        yield 2


s = stubborn()
next(s)
del s
print("end")
