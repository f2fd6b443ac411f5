"""Loaders and specs (coro's embedded importlib.machinery)."""

from _frozen_importlib import (
    ModuleSpec,
    BuiltinImporter,
    FrozenImporter,
    SourceFileLoader,
    NamespaceLoader,
)

SOURCE_SUFFIXES = [".py"]
BYTECODE_SUFFIXES = [".pyc"]
EXTENSION_SUFFIXES = []


def all_suffixes():
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES


class FileFinder:
    """The finder of the modules in one folder of the search path (what
    `pkgutil.get_importer` gives for a folder): `name.py`, packages `name/__init__.py`,
    and folders without one as namespace packages."""

    def __init__(self, path, *loader_details):
        import os

        self.path = os.path.abspath(path) if path else os.getcwd()

    def __repr__(self):
        return f"FileFinder({self.path!r})"

    def invalidate_caches(self):
        pass

    def find_spec(self, fullname, target=None):
        import os

        tail = fullname.rpartition(".")[2]
        folder = os.path.join(self.path, tail)
        init = os.path.join(folder, "__init__.py")
        if os.path.isfile(init):
            spec = ModuleSpec(fullname, SourceFileLoader(fullname, init), origin=init)
            spec.has_location = True
            spec.submodule_search_locations = [folder]
            return spec
        source = folder + ".py"
        if os.path.isfile(source):
            spec = ModuleSpec(fullname, SourceFileLoader(fullname, source), origin=source)
            spec.has_location = True
            return spec
        if os.path.isdir(folder):
            spec = ModuleSpec(fullname, NamespaceLoader(fullname, [folder]))
            spec.submodule_search_locations = [folder]
            return spec
        return None

    def iter_modules(self, prefix=""):
        """(name, ispkg) of the modules in the folder, sorted by file name, each once."""
        import os

        try:
            names = sorted(os.listdir(self.path))
        except OSError:
            return
        seen = set()
        for entry in names:
            full = os.path.join(self.path, entry)
            name, dot, suffix = entry.rpartition(".")
            ispkg = False
            if not dot or "." + suffix not in all_suffixes():
                # A folder is a package if it holds an __init__ module.
                if "." in entry or not os.path.isdir(full):
                    continue
                try:
                    inside = os.listdir(full)
                except OSError:
                    inside = []
                if not any(f.rpartition(".")[0] == "__init__" and "." + f.rpartition(".")[2]
                           in all_suffixes() for f in inside):
                    continue
                name, ispkg = entry, True
            if name == "__init__" or name in seen or "." in name:
                continue
            seen.add(name)
            yield prefix + name, ispkg
