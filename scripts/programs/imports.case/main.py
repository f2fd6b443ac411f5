# A program of many files: packages, subpackages, relative and circular imports,
# sys.path and sys.modules changed at run time, importlib, failing and broken modules.
import sys
import importlib

here = sys.path[0]
print("path[0] is the script folder:", __file__ == here + "/main.py")
print("main:", __name__, __package__, __spec__)

import shop
from shop import Item, VERSION
from shop.inventory import total
from shop.report import render
import shop.report.fmt as fmt

items = [Item("pen", 1.5, 4), Item("book", 12.0, 1)]
print(render(items))
print("total", total(items), fmt.money(total(items)))
print(shop.__name__, shop.__package__, shop.inventory.__package__, shop.report.__package__)
print(shop.__path__ == [here + "/shop"], shop.__file__ == here + "/shop/__init__.py")
print(shop.__spec__.name, shop.report.fmt.__spec__.name, shop.__spec__.parent, fmt.__spec__.parent)
print(shop.__spec__.submodule_search_locations == shop.__path__)
print(sorted(name for name in sys.modules if name.startswith("shop")))
print(repr(shop).replace(here, "."))
print(repr(sys), repr(importlib)[:19])

namespace = {}
exec_names = dir(shop)
print("all:", [n for n in exec_names if not n.startswith("__")])

from shop import *
print("star gave", Item.__name__, VERSION, "_private" in dir())

# A circular import where the name is not defined yet.
try:
    import circ_a
except ImportError as e:
    print(type(e).__name__ + ":", str(e).replace(here, "."))
    print("name", e.name, "path", e.path.replace(here, "."))
print("circ_a left in sys.modules:", "circ_a" in sys.modules, "circ_b" in sys.modules)

# A module whose body raises is not kept; importing it again runs it again.
for attempt in range(2):
    try:
        import broken
    except ValueError as e:
        print("broken:", e, "| in sys.modules:", "broken" in sys.modules)

# Module-level __getattr__ (PEP 562) and AttributeError.
import lazy
print(lazy.answer, lazy.computed_twice)
try:
    lazy.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    shop.nothing
except AttributeError as e:
    print("AttributeError:", e)

# Namespace packages: a folder without __init__.py.
import nsdir.mod
print(nsdir.mod.WHERE, nsdir.__file__, list(nsdir.__path__) == [here + "/nsdir"])

# sys.path and sys.modules are ordinary objects the program may change.
try:
    import extra_mod
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, e.name)
sys.path.append(here + "/extra")
import extra_mod
print(extra_mod.NAME)
sys.modules["fake"] = "not even a module"
import fake
print("fake:", fake)
sys.modules["gone"] = None
try:
    import gone
except ImportError as e:
    print(type(e).__name__ + ":", e)
try:
    import shop.inventory.deeper
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)

# importlib: absolute and relative names, reload.
fmt2 = importlib.import_module(".report.fmt", "shop")
print(fmt2 is fmt, importlib.import_module("shop.pricing").__name__)
try:
    importlib.import_module(".x")
except TypeError as e:
    print("TypeError:", e)
before = shop.inventory.LOADS
importlib.reload(shop.inventory)
print("reloaded", before, shop.inventory.LOADS)
print(__import__("shop.report").__name__, __import__("shop.report", fromlist=["x"]).__name__)
