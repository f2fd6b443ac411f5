# At exit the main module's objects are finalized as CPython's shutdown does: in the
# order they were made, while the module's names are still bound.


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name, "sees", type(helper).__name__)


def helper():
    pass


b = Noisy("b")
a = Noisy("a")
b = Noisy("b again")


def gen():
    try:
        yield 1
    finally:
        print("gen finally")


it = gen()
next(it)
c = Noisy("cycle")
c.me = c
print("end of script")
