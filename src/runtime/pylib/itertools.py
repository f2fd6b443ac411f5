"""Functions creating iterators for efficient looping (coro's embedded itertools).

Written from the documented semantics of CPython's itertools. Every tool is a native
iterator class of _itertools (runtime/builtins/itertools_*.rs), their cost per item
being what programs notice.
"""

import _itertools


count = _itertools.count
chain = _itertools.chain
repeat = _itertools.repeat
cycle = _itertools.cycle
accumulate = _itertools.accumulate
starmap = _itertools.starmap
takewhile = _itertools.takewhile
dropwhile = _itertools.dropwhile
filterfalse = _itertools.filterfalse
compress = _itertools.compress
pairwise = _itertools.pairwise
tee = _itertools.tee
islice = _itertools.islice
zip_longest = _itertools.zip_longest
groupby = _itertools.groupby
product = _itertools.product
permutations = _itertools.permutations
combinations = _itertools.combinations
combinations_with_replacement = _itertools.combinations_with_replacement
