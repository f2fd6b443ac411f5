# PEP 479: a StopIteration escaping a generator becomes RuntimeError, made after the
# generator's frame is gone, so the RuntimeError's traceback starts at the caller; the
# StopIteration (its cause) keeps the generator's lines.
import traceback


def g3():
    yield 5
    raise StopIteration("from g3")


def g2():
    yield from g3()


try:
    list(g2())
except RuntimeError as e:
    print(e, repr(e.__cause__))
    print(len(traceback.extract_tb(e.__traceback__)), len(traceback.extract_tb(e.__cause__.__traceback__)))
    traceback.print_exc()


def gen():
    yield 1
    raise StopIteration("inner")


list(gen())
