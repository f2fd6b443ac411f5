"""Running a module or a script file in a fresh namespace, as `-m` and the command line do
(coro's embedded runpy): run_module and run_path. Finding a module to run is the
interpreter's own `-m` search (`_imp.module_details`), so both give the same answers."""

import os
import sys
import _imp

__all__ = ["run_module", "run_path"]


class _SwappedModule:
    """While it is active, `sys.modules[name]` is a new empty module (and what was there
    comes back afterwards): the namespace code run "as a module" lives in."""

    def __init__(self, name):
        self.name = name
        self.module = type(sys)(name)
        self._before = None

    def __enter__(self):
        self._before = sys.modules.get(self.name, _SwappedModule)
        sys.modules[self.name] = self.module
        return self

    def __exit__(self, *exc_info):
        if self._before is _SwappedModule:
            sys.modules.pop(self.name, None)
        else:
            sys.modules[self.name] = self._before
        self._before = None


class _SwappedArgv0:
    """While it is active, `sys.argv[0]` is `value`."""

    def __init__(self, value):
        self.value = value
        self._before = None

    def __enter__(self):
        self._before = sys.argv[0] if sys.argv else None
        if sys.argv:
            sys.argv[0] = self.value
        else:
            sys.argv.append(self.value)
        return self

    def __exit__(self, *exc_info):
        if self._before is not None:
            sys.argv[0] = self._before


def _exec_in(namespace, code, init_globals, run_name, spec, file, package):
    """Fill `namespace` with what a module's code expects, then run `code` in it."""
    if init_globals is not None:
        namespace.update(init_globals)
    namespace.update(
        __name__=run_name,
        __file__=file,
        __cached__=None,
        __doc__=None,
        __loader__=spec.loader if spec is not None else None,
        __package__=package,
        __spec__=spec,
    )
    exec(code, namespace)
    return namespace


def _exec_as_module(code, init_globals, run_name, spec, file, package):
    """Run `code` as the module `run_name` (in sys.modules meanwhile, sys.argv[0] its
    file) and return a copy of its globals, as the module is put back afterwards."""
    argv0 = file if file is not None else "-m"
    with _SwappedModule(run_name) as swapped, _SwappedArgv0(argv0):
        namespace = swapped.module.__dict__
        _exec_in(namespace, code, init_globals, run_name, spec, file, package)
    return dict(namespace)


def _details(mod_name):
    """(name, code, file, spec) of the module `-m mod_name` would run."""
    if mod_name.startswith("."):
        raise ImportError("Relative module names not supported")
    parent = mod_name.rpartition(".")[0]
    if parent:
        __import__(parent)
        existing = sys.modules.get(mod_name)
        if existing is not None and not hasattr(existing, "__path__"):
            import warnings
            warnings.warn(RuntimeWarning(
                f"{mod_name!r} found in sys.modules after import of package {parent!r}, "
                f"but prior to execution of {mod_name!r}; this may result in "
                "unpredictable behaviour"))
    return _imp.module_details(mod_name)


def run_module(mod_name, init_globals=None, run_name=None, alter_sys=False):
    """Run the module `mod_name` (a package's `__main__`) in a new namespace and return
    that namespace. With `alter_sys`, sys.argv[0] and sys.modules[run_name] are the
    module's while it runs."""
    name, code, file, spec = _details(mod_name)
    if run_name is None:
        run_name = name
    package = spec.parent if spec is not None else name.rpartition(".")[0]
    if alter_sys:
        return _exec_as_module(code, init_globals, run_name, spec, file, package)
    return _exec_in({}, code, init_globals, run_name, spec, file, package)


def _script_code(path_name):
    with open(os.path.abspath(path_name), "rb") as f:
        source = f.read()
    return compile(source, path_name, "exec")


def run_path(path_name, init_globals=None, run_name=None):
    """Run the script file `path_name` (or the `__main__.py` of a folder, which then
    heads sys.path) in a new namespace and return that namespace."""
    if run_name is None:
        run_name = "<run_path>"
    package = run_name.rpartition(".")[0]
    path_name = os.fspath(path_name)
    if not os.path.isdir(path_name):
        code = _script_code(path_name)
        return _exec_as_module(code, init_globals, run_name, None, path_name, package)
    main = os.path.join(path_name, "__main__.py")
    if not os.path.isfile(main):
        raise ImportError(f"can't find '__main__' module in {path_name!r}")
    import importlib.util
    spec = importlib.util.spec_from_file_location("__main__", main)
    code = _script_code(main)
    sys.path.insert(0, path_name)
    try:
        return _exec_as_module(code, init_globals, run_name, spec, main, package)
    finally:
        try:
            sys.path.remove(path_name)
        except ValueError:
            pass
