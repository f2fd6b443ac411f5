"""Binary search over sorted sequences and insertion that keeps them sorted, as CPython's
bisect module (with its optional key function). The four functions are native
(`_bisect`), as CPython's are."""

from _bisect import bisect_left, bisect_right, insort_left, insort_right

bisect = bisect_right
insort = insort_right
