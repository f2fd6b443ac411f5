# A dict whose keys are replaced during iteration without changing its size: CPython
# notices when the iteration would yield more entries than the dict had.
def run(label, view, mutate):
    d = dict.fromkeys(range(3))
    seen = []
    try:
        for item in view(d):
            seen.append(item)
            mutate(d, item)
    except RuntimeError as e:
        print(label, seen, "RuntimeError:", e)
    else:
        print(label, seen, "no error")
    print("  ", d)


def replace_last(d, item):
    if len(d) == 3 and 2 in d:
        del d[2]
        d["new"] = 1


def replace_first_once(d, item):
    if 0 in d:
        del d[0]
        d["z"] = 1


def grow(d, item):
    d[len(d) + 10] = 1


run("keys", lambda d: d, replace_last)
run("keys()", lambda d: d.keys(), replace_last)
run("values", lambda d: d.values(), replace_last)
run("items", lambda d: d.items(), replace_last)
run("first", lambda d: d, replace_first_once)
run("grow", lambda d: d, grow)

# The iterator is exhausted after the error.
d = {1: 1}
it = iter(d)
next(it)
del d[1]
d[2] = 2
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)
print(list(it))

# Replacing a value is not a change of keys.
d = dict.fromkeys("abc", 0)
for k in d:
    d[k] += 1
print(d)
