# dict.popitem() takes the last inserted entry; after deletions and pops, inserts go to
# the end again and iteration keeps insertion order.
d = {i: str(i) for i in range(40)}
for k in range(0, 40, 3):
    del d[k]
print([d.popitem() for _ in range(5)])
d[100] = "x"; d[1] = "again"; d[-5] = "y"
print(list(d.items())[-6:], len(d))
while len(d) > 3:
    d.popitem()
print(d)
d.update({7: 7, 8: 8})
print(d, d.popitem(), d)
e = {}
try:
    e.popitem()
except KeyError as ex:
    print("KeyError:", ex)
big = dict.fromkeys(range(100000))
n = 0
while big:
    big.popitem(); n += 1
big["k"] = 1
print(n, big)
