"""Shapes with doctests, run by `coro test --doctest scripts/doctests` (and python3 -m doctest).

>>> area(Rect(2, 3))
6
"""
from dataclasses import dataclass


@dataclass
class Rect:
    """A rectangle.

    >>> Rect(1, 2)
    Rect(width=1, height=2)
    >>> Rect(1, 2) == Rect(1, 2)
    True
    """

    width: float
    height: float

    def scaled(self, k):
        """
        >>> Rect(1, 2).scaled(3)
        Rect(width=3, height=6)
        """
        return Rect(self.width * k, self.height * k)


def area(shape):
    """The area of a shape.

    >>> area(Rect(1.5, 2))
    3.0
    >>> area("square")
    Traceback (most recent call last):
        ...
    AttributeError: 'str' object has no attribute 'width'
    >>> [area(Rect(i, i)) for i in range(5)]  # doctest: +ELLIPSIS
    [0, 1, ..., 16]
    """
    return shape.width * shape.height
