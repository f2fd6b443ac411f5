"""Helpers for importing by hand (coro's embedded importlib.util): find_spec,
spec_from_file_location, module_from_spec, resolve_name."""

import sys
import _imp
from _frozen_importlib import ModuleSpec, SourceFileLoader


def resolve_name(name, package):
    """The absolute name of a relative module name."""
    if not name.startswith("."):
        return name
    elif not package:
        raise ImportError(
            f"no package specified for {repr(name)} (required for relative module names)"
        )
    level = 0
    for character in name:
        if character != ".":
            break
        level += 1
    bits = package.rsplit(".", level - 1)
    if len(bits) < level:
        raise ImportError("attempted relative import beyond top-level package")
    base = bits[0]
    rest = name[level:]
    return f"{base}.{rest}" if rest else base


def find_spec(name, package=None):
    """The spec of a module (importing its parent packages), or None if none is found."""
    fullname = resolve_name(name, package) if name.startswith(".") else name
    if fullname in sys.modules:
        module = sys.modules[fullname]
        if module is None:
            return None
        try:
            spec = module.__spec__
        except AttributeError:
            raise ValueError(f"{name}.__spec__ is not set") from None
        if spec is None:
            raise ValueError(f"{name}.__spec__ is None")
        return spec
    try:
        module = _imp.import_absolute(fullname)
    except ModuleNotFoundError as e:
        if e.name == fullname:
            return None
        raise
    return module.__spec__


def spec_from_file_location(name, location=None, *, loader=None,
                            submodule_search_locations=None):
    """A spec for the source file `location`."""
    location = str(location) if location is not None else None
    if loader is None:
        loader = SourceFileLoader(name, location)
    spec = ModuleSpec(name, loader, origin=location)
    spec.has_location = True
    if submodule_search_locations is not None:
        spec.submodule_search_locations = list(submodule_search_locations)
    elif location is not None and location.rpartition("/")[2] == "__init__.py":
        spec.submodule_search_locations = [location.rpartition("/")[0]]
    return spec


def module_from_spec(spec):
    """A new module for `spec`, its import attributes set; its code has not run yet."""
    module = None
    if hasattr(spec.loader, "create_module"):
        module = spec.loader.create_module(spec)
    if module is None:
        module = type(sys)(spec.name)
    module.__spec__ = spec
    module.__loader__ = spec.loader
    if spec.submodule_search_locations is not None:
        module.__path__ = spec.submodule_search_locations
        module.__package__ = spec.name
    else:
        module.__package__ = spec.name.rpartition(".")[0]
    if spec.has_location:
        module.__file__ = spec.origin
    return module
