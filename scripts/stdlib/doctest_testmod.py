"""doctest as a script uses it: testmod on __main__, verbose and not, directives,
expected exceptions, a text file, run_docstring_examples.

>>> square(3)
9
"""
import doctest
import sys

# Reports name the module's file; a relative name keeps them the same on every machine.
sys.modules["__main__"].__file__ = "doctest_testmod.py"


def square(x):
    """Square a number.

    >>> square(2)
    4
    >>> square(-3)
    9
    >>> [square(i) for i in range(12)]  # doctest: +ELLIPSIS
    [0, 1, 4, ..., 121]
    >>> print("a   b\\n  c")  # doctest: +NORMALIZE_WHITESPACE
    a b c
    >>> square(1)
    2
    """
    return x * x


def parse(text):
    """Parse an int.

    >>> parse("12")
    12
    >>> parse("x")
    Traceback (most recent call last):
        ...
    ValueError: invalid literal for int() with base 10: 'x'
    >>> parse("y")  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    ValueError: something else entirely
    >>> this_is_skipped()  # doctest: +SKIP
    >>> print("one\\n\\ntwo")
    one
    <BLANKLINE>
    two
    >>> True
    1
    >>> None
    >>> print("nothing expected")
    """
    return int(text)


class Stack:
    """A stack.

    >>> s = Stack()
    >>> s.push(1); s.push(2)
    >>> s.items
    [1, 2]
    """

    def __init__(self):
        self.items = []

    def push(self, item):
        """
        >>> Stack().push(5) is None
        True
        """
        self.items.append(item)

    @staticmethod
    def empty():
        """
        >>> Stack.empty()
        []
        """
        return []

    @property
    def size(self):
        """
        >>> Stack().size
        1
        """
        return len(self.items)


def no_doc():
    pass


__test__ = {"extra": """
>>> 1 + 1
2
"""}

print(doctest.testmod())
print(doctest.testmod(verbose=True))
doctest.run_docstring_examples(square, {"square": square}, name="square")
print(doctest.TestResults(1, 2), doctest.TestResults(1, 2).attempted)
print(doctest.ELLIPSIS, doctest.NORMALIZE_WHITESPACE, sorted(doctest.OPTIONFLAGS_BY_NAME)[:3])
parser = doctest.DocTestParser()
examples = parser.get_examples(">>> x = 1\n>>> x + 1\n2\n")
print([(e.source, e.want, e.lineno) for e in examples])
test = parser.get_doctest(">>> 1\n1\n", {}, "t", "f.txt", 3)
print(test, test.examples[0].want)
