# The gc module's settings and questions, as CPython answers them.
import gc

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())

print(gc.get_threshold())
gc.set_threshold(500, 5)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(gc.get_threshold())

gc.collect()
print(gc.get_count()[1:])

print(gc.is_tracked(0), gc.is_tracked("a"), gc.is_tracked(1.5))
print(gc.is_tracked([]), gc.is_tracked({}), gc.is_tracked({"a": 1}), gc.is_tracked({"a": []}))
print(gc.is_tracked(()), gc.is_tracked((1, [])), gc.is_tracked(set()))


class C:
    def m(self):
        pass


print(gc.is_tracked(C), gc.is_tracked(C()), gc.is_tracked(C.m), gc.is_tracked(len))

t = (1, 2)
gc.collect()
print("atomic tuple after a collection", gc.is_tracked(t))

obj = C()
print(any(o is obj for o in gc.get_objects()))
print(gc.garbage, type(gc.callbacks).__name__)

for bad in (3, -1):
    try:
        gc.collect(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    gc.collect("2")
except TypeError as e:
    print("TypeError:", e)
try:
    gc.get_objects(3)
except ValueError as e:
    print("ValueError:", e)
try:
    gc.get_objects(-2)
except ValueError as e:
    print("ValueError:", e)
print(gc.collect(generation=0) >= 0, gc.collect(1) >= 0)

gc.freeze()
print("frozen", gc.get_freeze_count() > 0)
gc.unfreeze()
print("unfrozen", gc.get_freeze_count())

seen = []


def cb(phase, info):
    seen.append((phase, info["generation"], info["collected"], info["uncollectable"]))


gc.callbacks.append(cb)
l = []
l.append(l)
del l
n = gc.collect()
gc.callbacks.remove(cb)
print(n, seen)

gc.set_debug(gc.DEBUG_SAVEALL)
print(gc.get_debug() == gc.DEBUG_SAVEALL)
l = [1]
l.append(l)
del l
print(gc.collect(), len(gc.garbage), gc.garbage[0][0])
gc.set_debug(0)
gc.garbage.clear()

print(len(gc.get_referents([1, "a"], (None,))))
print(gc.get_objects(-1) is not None)
