# dbm.dumb's files (the index text, values at 512-byte blocks), dbm.open/whichdb on
# them, and shelve storing pickled objects there.
import dbm
import dbm.dumb
import os
import shelve
import tempfile

folder = tempfile.mkdtemp()
base = os.path.join(folder, "db")

db = dbm.dumb.open(base, "c")
db["a"] = "hello"
db[b"b"] = b"w" * 600
db["a"] = "hi"
db["c"] = "é"
print(db["a"], db["c"], len(db), sorted(db.keys()), "a" in db, b"a" in db, db.get("zz"))
try:
    db["zz"]
except KeyError as e:
    print("KeyError", repr(e))
for bad in ((1, "x"), ("k", 1)):
    try:
        db[bad[0]] = bad[1]
    except TypeError as e:
        print("TypeError", e)
del db["b"]
print(sorted(db))
db.close()
print(sorted(os.listdir(folder)))
with open(base + ".dir") as f:
    print(sorted(f.read().splitlines()))
print(os.path.getsize(base + ".dat"))
try:
    db["a"]
except OSError as e:
    print("closed:", e)

print(dbm.whichdb(base), dbm.whichdb(os.path.join(folder, "nope")))
with dbm.open(base, "r") as ro:
    print(sorted(ro.items()))
    try:
        ro["q"] = "x"
    except dbm.error as e:
        print(type(e).__name__, e)
try:
    dbm.open(os.path.join(folder, "nope"), "r")
except dbm.error as e:
    print(type(e).__name__, e)
try:
    dbm.dumb.open(base, "q")
except ValueError as e:
    print(e)
with dbm.open(base, "n") as fresh:
    print(len(fresh))

path = os.path.join(folder, "shelf")
with shelve.open(path) as sh:
    sh["numbers"] = [1, 2, 3]
    sh["mapping"] = {"k": (1.5, None)}
    sh["numbers"].append(4)  # lost without writeback
    print(sorted(sh), sh["numbers"], "mapping" in sh, sh.get("nope", "default"), len(sh))
with shelve.open(path, writeback=True) as sh:
    sh["numbers"].append(4)
    del sh["mapping"]
with shelve.open(path, "r") as sh:
    print(dict(sh))
sh = shelve.Shelf({})
sh["x"] = {1, 2}
print(sh["x"], list(sh))
sh.close()
try:
    sh["x"]
except ValueError as e:
    print(e)

for name in sorted(os.listdir(folder)):
    os.remove(os.path.join(folder, name))
os.rmdir(folder)
