# graphlib: static orders, the incremental protocol, cycles and misuse errors.
from graphlib import TopologicalSorter, CycleError


def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__ + ':', e, e.args)


graph = {'D': {'B', 'C'}, 'C': {'A'}, 'B': {'A'}}
graph = {'D': ['B', 'C'], 'C': ['A'], 'B': ['A']}
print(list(TopologicalSorter(graph).static_order()))
print(list(TopologicalSorter({2: [11], 9: [11, 8, 10], 10: [11, 3], 11: [7, 5], 8: [7, 3]}).static_order()))
print(list(TopologicalSorter().static_order()))
ts = TopologicalSorter()
ts.add('pkg', 'dep1', 'dep2')
ts.add('dep1', 'base')
ts.add('pkg')
ts.prepare()
order = []
while ts.is_active():
    ready = ts.get_ready()
    print('ready', ready, bool(ts))
    order.extend(ready)
    ts.done(*ready)
print(order, bool(ts))
show(list, TopologicalSorter({1: [2], 2: [3], 3: [1]}).static_order())
show(list, TopologicalSorter({'a': ['b'], 'b': ['c'], 'c': ['b'], 'd': ['a']}).static_order())
show(list, TopologicalSorter({1: [1]}).static_order())
t = TopologicalSorter({1: [2]})
show(t.get_ready)
show(t.done, 1)
show(t.is_active)
t.prepare()
show(t.prepare)
show(t.add, 3)
show(t.done, 99)
show(t.done, 1)
print(t.get_ready())
t.done(2)
show(t.done, 2)
print(t.get_ready(), t.get_ready())
try:
    TopologicalSorter({1: [2], 2: [1]}).prepare()
except CycleError as e:
    print(isinstance(e, ValueError), e.args[0], e.args[1])
print(TopologicalSorter[int])
