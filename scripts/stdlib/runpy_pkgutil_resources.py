# A package on disk, then what runpy, pkgutil and importlib.resources say about it.
import os
import sys
import tempfile
import warnings

root = tempfile.mkdtemp()
def write(rel, text):
    full = os.path.join(root, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w") as f:
        f.write(text)
write("shop/__init__.py", "NAME = 'shop'\n")
write("shop/prices.py", "import sys\nTABLE = {'tea': 3}\nprint('prices runs as', __name__, __package__, __spec__.name if __spec__ else None)\n"
      "if __name__ == '__main__':\n    print('prices main, argv0 ends', sys.argv[0].rsplit('/', 1)[-1])\n")
write("shop/data/menu.txt", "tea 3\ncake 5\n")
write("shop/menu.csv", "item,price\ntea,3\n")
write("shop/sub/__init__.py", "")
write("shop/sub/deep.py", "DEPTH = 2\n")
write("shop/__main__.py", "print('shop main', __name__, __file__.rsplit('/', 1)[-1])\n")
write("shop/not-a-module.py", "")
write("shop/notes", "")
write("tool.py", "import sys\nprint('tool', __name__, __package__ == '', __spec__, sys.argv[0].rsplit('/', 1)[-1], Y)\nX = 42\n")
write("app/__main__.py", "import sys\nprint('app main', __name__, sys.path[0].rsplit('/', 1)[-1])\n")
sys.path.insert(0, root)

import runpy
ns = runpy.run_module("shop.prices")
print(ns["TABLE"], ns["__name__"], ns["__file__"].rsplit("/", 1)[-1], "shop.prices" in sys.modules)
argv0 = sys.argv[0]
ns = runpy.run_module("shop.prices", run_name="__main__", alter_sys=True)
print(ns["__name__"], sys.argv[0] == argv0, sys.modules["__main__"].__name__)
ns = runpy.run_module("shop", init_globals={"G": 1})
print(ns["G"], ns["__name__"])
ns = runpy.run_path(os.path.join(root, "tool.py"), init_globals={"Y": "y"})
print(ns["X"], ns["__name__"], sorted(k for k in ns if k.startswith("__") and k != "__builtins__"))
runpy.run_path(os.path.join(root, "app"))
for bad in ["nope", "shop.sub", ".rel"]:
    try:
        runpy.run_module(bad)
    except ImportError as e:
        print(type(e).__name__, e)
try:
    runpy.run_path(os.path.join(root, "missing.py"))
except FileNotFoundError as e:
    print("FileNotFoundError", e.strerror)

import pkgutil
import shop
print([(m.name, m.ispkg) for m in pkgutil.iter_modules(shop.__path__)])
print([(m.name, m.ispkg) for m in pkgutil.iter_modules([root], "top.")])
print(type(next(pkgutil.iter_modules([root]))).__name__, pkgutil.ModuleInfo._fields)
print([m.name for m in pkgutil.walk_packages([root]) if m.name.startswith("shop")])
print(pkgutil.get_data("shop", "data/menu.txt"), pkgutil.get_data("shop.sub", "../menu.csv"))
print(pkgutil.resolve_name("shop.sub.deep:DEPTH"), pkgutil.resolve_name("shop.sub.deep.DEPTH"), pkgutil.resolve_name("os.path:join").__name__)
for bad in ["shop.sub.deep:NOPE", "1bad", "nope.thing"]:
    try:
        pkgutil.resolve_name(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    pkgutil.get_data("shop", "absent.txt")
except FileNotFoundError as e:
    print("FileNotFoundError", e.strerror)
print(pkgutil.extend_path(["x"], "shop")[0], len(pkgutil.extend_path(["x"], "shop")), pkgutil.extend_path("s", "shop"))
print(type(pkgutil.get_importer(root)).__name__, pkgutil.get_importer(root).path == root)

import importlib.resources as resources
folder = resources.files("shop")
print(type(folder).__name__, folder.name, folder.is_dir(), sorted(p.name for p in folder.iterdir()))
print((folder / "data" / "menu.txt").read_text().split(), folder.joinpath("menu.csv").read_bytes()[:4])
print(resources.files(shop) == folder, isinstance(folder, resources.abc.Traversable))
with resources.as_file(folder / "menu.csv") as real:
    print(type(real).__name__, real.exists())
try:
    resources.files("shop.prices")
except TypeError as e:
    print("TypeError", e)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(resources.read_text("shop", "menu.csv").splitlines(), resources.read_binary("shop", "menu.csv")[-4:])
    print(resources.is_resource("shop", "menu.csv"), resources.is_resource("shop", "data"), sorted(resources.contents("shop"))[:3])
    with resources.open_text("shop", "menu.csv") as f:
        print(f.readline().strip())
    with resources.path("shop", "menu.csv") as p:
        print(p.name)
    try:
        resources.read_text("shop", "data/menu.txt")
    except ValueError as e:
        print("ValueError", e)
print([(w.category.__name__, str(w.message).split(".")[0]) for w in caught])

import shutil
shutil.rmtree(root)
print(os.path.exists(root))
