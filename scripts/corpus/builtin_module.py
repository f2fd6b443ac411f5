# Builtin functions know the module that defines them, as doctest's finder and
# inspect.getmodule ask (found in the corpus: a program imported functools.reduce
# into its globals and ran doctest.testmod()).
import doctest
import inspect
import math
import sys
from functools import reduce

print(len.__module__, print.__module__, math.sqrt.__module__, math.floor.__module__)
print("a".upper.__module__)
print(hasattr(str.upper, "__module__"), hasattr(list.append, "__module__"))
print(inspect.getmodule(math.sqrt) is math, inspect.getmodule(len) is sys.modules["builtins"])
print(isinstance(reduce.__module__, str))


def add(a, b):
    """
    >>> reduce(add, [1, 2, 3])
    6
    """
    return a + b


print(doctest.testmod())
