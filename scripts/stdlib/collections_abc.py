# collections.abc importable as a submodule; isinstance for builtins and registered classes; generic aliases of re and builtins.
import collections
import collections.abc
from collections.abc import Iterable, Mapping, MutableSequence, Sized, Hashable, Callable


class Bag:
    def __len__(self):
        return 3


class Vector:
    pass


MutableSequence.register(Vector)
print(isinstance({}, Mapping), isinstance([], Iterable), isinstance(3, Iterable))
print(issubclass(list, MutableSequence), issubclass(tuple, MutableSequence), isinstance(Vector(), MutableSequence))
print(isinstance(Bag(), Sized), isinstance("", Hashable))
print(collections.abc.Sequence, collections.abc.__name__, sorted(collections.abc.__all__)[:4])
import re
print(re.Pattern[str], re.Match[bytes], list[int], dict[str, list[int]] | None)
