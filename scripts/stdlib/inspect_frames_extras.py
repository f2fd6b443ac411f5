# inspect.getinnerframes, getlineno, indentsize, getabsfile.
import inspect
import os


def fail():
    raise KeyError("k")


def middle():
    fail()


try:
    middle()
except KeyError as e:
    tb = e.__traceback__
for fi in inspect.getinnerframes(tb):
    print(fi.function, fi.lineno, fi.code_context, fi.index, os.path.basename(fi.filename))
print([fi.function for fi in inspect.getinnerframes(tb, context=0)],
      inspect.getinnerframes(tb, 0)[0].code_context)
print(inspect.getlineno(inspect.currentframe()))
for line in ["", "x", "    x", "\tx", "  \t x", "\t\t"]:
    print(repr(line), inspect.indentsize(line))
print(inspect.getabsfile(fail) == os.path.normcase(os.path.abspath(__file__)))
print(inspect.getabsfile(None, "rel/../name.py") == os.path.abspath("name.py"))
try:
    inspect.getabsfile(len)
except TypeError as e:
    print("TypeError", e)
