# An uncaught RecursionError: a run of identical frames is printed three times, then
# folded into "[Previous line repeated N more times]"; runs of two frames alternate
# and are not folded; a shorter run of four identical frames folds one.
import sys

sys.setrecursionlimit(60)


def countdown(n):
    if n == 0:
        return 0
    return countdown(n - 1)


def ping(n):
    return pong(n)


def pong(n):
    if n == 0:
        raise ValueError("bottom")
    return ping(n - 1)


try:
    ping(3)
except ValueError:
    import traceback
    traceback.print_exc()
print("shallow:", countdown(5))


def fail_at(n):
    if n == 0:
        raise KeyError("deep")
    fail_at(n - 1)


try:
    fail_at(4)
except KeyError:
    pass


def forever(n):
    return forever(n + 1)


forever(0)
