"""Module specs and loaders (coro's embedded _frozen_importlib).

The interpreter finds and runs modules itself (src/vm/import.rs); these objects describe
what it found, as `module.__spec__` and `module.__loader__`, and let `importlib.util` load
a file by hand (`spec_from_file_location` + `module_from_spec` + `exec_module`).

`_imp` is imported where used: this module is loaded while the first import is underway.
"""


class ModuleSpec:
    """The import-related state of a module."""

    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self._set_fileattr = False
        self._cached = None

    def __repr__(self):
        args = [f"name={self.name!r}", f"loader={self.loader!r}"]
        if self.origin is not None:
            args.append(f"origin={self.origin!r}")
        if self.submodule_search_locations is not None:
            args.append(f"submodule_search_locations={self.submodule_search_locations}")
        return f"{self.__class__.__name__}({', '.join(args)})"

    def __eq__(self, other):
        smsl = self.submodule_search_locations
        try:
            return (
                self.name == other.name
                and self.loader == other.loader
                and self.origin == other.origin
                and smsl == other.submodule_search_locations
                and self.cached == other.cached
                and self.has_location == other.has_location
            )
        except AttributeError:
            return NotImplemented

    @property
    def cached(self):
        return self._cached

    @cached.setter
    def cached(self, cached):
        self._cached = cached

    @property
    def parent(self):
        """The name of the module's parent."""
        if self.submodule_search_locations is None:
            return self.name.rpartition(".")[0]
        return self.name

    @property
    def has_location(self):
        return self._set_fileattr

    @has_location.setter
    def has_location(self, value):
        self._set_fileattr = bool(value)


class BuiltinImporter:
    """Loader of the modules built into the interpreter."""

    @classmethod
    def create_module(cls, spec):
        import _imp

        return _imp.import_absolute(spec.name)

    @classmethod
    def exec_module(cls, module):
        pass

    @classmethod
    def is_package(cls, fullname):
        return False


class FrozenImporter(BuiltinImporter):
    """Loader of the modules written in Python and embedded in the interpreter."""

    @classmethod
    def is_package(cls, fullname):
        import _imp

        spec = getattr(_imp.import_absolute(fullname), "__spec__", None)
        return spec is not None and spec.submodule_search_locations is not None


class SourceFileLoader:
    """Loader of a module from a `.py` file."""

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return self.__class__ == other.__class__ and self.__dict__ == other.__dict__

    def __hash__(self):
        return hash(self.name) ^ hash(self.path)

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        import _imp

        _imp.exec_file(module, self.path)

    def get_filename(self, name=None):
        return self.path

    def get_source(self, fullname):
        with open(self.path, encoding="utf-8") as f:
            return f.read()

    def get_data(self, path):
        """The bytes of the file `path` (a resource beside the module, for pkgutil)."""
        with open(path, "rb") as f:
            return f.read()

    def is_package(self, fullname):
        filename = self.path.rpartition("/")[2]
        return filename.rpartition(".")[0] == "__init__"


class NamespaceLoader:
    """Loader of a namespace package (a folder without `__init__.py`)."""

    def __init__(self, name, path):
        self._name = name
        self._path = path

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        pass

    def is_package(self, fullname):
        return True


def _spec_for(name, kind, origin, locations):
    """The spec the interpreter gives a module it found (called from src/vm/import.rs)."""
    if kind == "built-in":
        spec = ModuleSpec(name, BuiltinImporter, origin="built-in")
    elif kind == "frozen":
        spec = ModuleSpec(name, FrozenImporter, origin="frozen")
    elif kind == "namespace":
        spec = ModuleSpec(name, NamespaceLoader(name, locations))
    else:
        spec = ModuleSpec(name, SourceFileLoader(name, origin), origin=origin)
        spec.has_location = True
    spec.submodule_search_locations = locations
    return spec
