# itertools.chain ... pairwise (native): argument errors come at the call, in CPython's
# words, and the iterable arguments are made iterators there (chain's are not).
import itertools as it


def show(label, f):
    try:
        r = f()
        print(label, type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__, e)


show("repeat()", lambda: it.repeat())
show("repeat 3 args", lambda: it.repeat(1, 2, 3))
show("repeat str", lambda: it.repeat(1, "a"))
show("repeat float", lambda: it.repeat(1, 2.0))
show("repeat None", lambda: it.repeat(1, None))
show("repeat big", lambda: it.repeat(1, 10**30))
show("repeat kw", lambda: it.repeat(1, x=2))
show("cycle()", lambda: it.cycle())
show("cycle int", lambda: it.cycle(5))
show("cycle 2", lambda: it.cycle([1], [2]))
show("cycle kw", lambda: it.cycle(x=[1]))
show("chain kw", lambda: it.chain(x=1))
show("chain int", lambda: it.chain(5))
show("from_iterable()", lambda: it.chain.from_iterable())
show("from_iterable int", lambda: it.chain.from_iterable(5))
show("from_iterable 2", lambda: it.chain.from_iterable([], []))
show("accumulate()", lambda: it.accumulate())
show("accumulate int", lambda: it.accumulate(5))
show("accumulate 3", lambda: it.accumulate([1], None, None))
show("accumulate kw", lambda: it.accumulate([1], initial=3, x=2))
show("starmap 1", lambda: it.starmap(len))
show("starmap int", lambda: it.starmap(len, 5))
show("starmap kw", lambda: it.starmap(len, [1], x=1))
show("takewhile 1", lambda: it.takewhile(len))
show("takewhile int", lambda: it.takewhile(len, 5))
show("takewhile kw", lambda: it.takewhile(f=len, iterable=5))
show("dropwhile int", lambda: it.dropwhile(len, 5))
show("dropwhile 3", lambda: it.dropwhile(len, [], []))
show("filterfalse 1", lambda: it.filterfalse(len))
show("filterfalse int", lambda: it.filterfalse(len, 5))
show("compress 1", lambda: it.compress([1]))
show("compress data int", lambda: it.compress(5, [1]))
show("compress selectors int", lambda: it.compress([1], 5))
show("compress kw", lambda: it.compress(data=[1], selectors=[1], x=1))
show("pairwise()", lambda: it.pairwise())
show("pairwise int", lambda: it.pairwise(5))
show("pairwise kw", lambda: it.pairwise(iterable=[1]))
show("length_hint arg", lambda: it.repeat(1, 2).__length_hint__(1))
