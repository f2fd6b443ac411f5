"""The import system's Python API (coro's embedded importlib): import_module, reload,
invalidate_caches. The search and loading are the interpreter's (src/vm/import.rs)."""

import sys
import _imp


def _resolve_name(name, package, level):
    bits = package.rsplit(".", level - 1)
    if len(bits) < level:
        raise ImportError("attempted relative import beyond top-level package")
    base = bits[0]
    return f"{base}.{name}" if name else base


def import_module(name, package=None):
    """Import a module; `name` may be relative (`.mod`) to `package`."""
    level = 0
    if name.startswith("."):
        if not package:
            raise TypeError(
                "the 'package' argument is required to perform a relative "
                f"import for {name!r}"
            )
        for character in name:
            if character != ".":
                break
            level += 1
        name = _resolve_name(name[level:], package, level)
    if not name:
        raise ValueError("Empty module name")
    return _imp.import_absolute(name)


def reload(module):
    """Run the module's code again in its existing namespace."""
    try:
        name = module.__spec__.name
    except AttributeError:
        try:
            name = module.__name__
        except AttributeError:
            raise TypeError("reload() argument must be a module")
    if sys.modules.get(name) is not module:
        raise ImportError(f"module {name} not in sys.modules", name=name)
    spec = module.__spec__
    if spec is not None and spec.origin and spec.has_location:
        _imp.exec_file(module, spec.origin)
    return module


def invalidate_caches():
    """Nothing to do: coro checks files' modification times on every import."""
