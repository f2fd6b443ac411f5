"""Utilities over the import system (coro's embedded pkgutil): listing the modules of
folders and packages (iter_modules, walk_packages), reading data files that sit beside a
package (get_data), naming objects by dotted path (resolve_name), and extend_path. The
folders of the search path are read by importlib.machinery.FileFinder; coro's embedded
modules are in no folder, so they are not listed."""

import importlib
import importlib.util
import os
import sys
from collections import namedtuple
from importlib.machinery import FileFinder

__all__ = [
    "get_importer", "iter_importers", "get_loader", "find_loader",
    "walk_packages", "iter_modules", "get_data", "extend_path", "ModuleInfo",
    "resolve_name",
]

ModuleInfo = namedtuple("ModuleInfo", "module_finder name ispkg")
ModuleInfo.__doc__ = "A namedtuple with minimal info about a module."


def get_importer(path_item):
    """The finder for one search-path entry (cached in sys.path_importer_cache), or
    None when nothing can import from it."""
    path_item = os.fsdecode(path_item)
    cache = getattr(sys, "path_importer_cache", None)
    if cache is not None and path_item in cache:
        return cache[path_item]
    for hook in getattr(sys, "path_hooks", ()):
        try:
            importer = hook(path_item)
            break
        except ImportError:
            pass
    else:
        importer = FileFinder(path_item) if os.path.isdir(path_item or ".") else None
    if cache is not None and importer is not None:
        cache[path_item] = importer
    return importer


def iter_importers(fullname=""):
    """The finders that could import `fullname`: sys.meta_path's, then those of the
    search path (or of the parent package's __path__)."""
    if fullname.startswith("."):
        raise ImportError(f"Relative module name {fullname!r} not supported")
    parent = fullname.rpartition(".")[0]
    if parent:
        package = importlib.import_module(parent)
        entries = getattr(package, "__path__", None)
        if entries is None:
            return
    else:
        yield from getattr(sys, "meta_path", ())
        entries = sys.path
    for entry in entries:
        importer = get_importer(entry)
        if importer is not None:
            yield importer


def iter_modules(path=None, prefix=""):
    """ModuleInfo for each module found directly in the folders `path` (the search path
    when None), each name once."""
    if path is None:
        importers = iter_importers()
    elif isinstance(path, str):
        raise ValueError("path must be None or list of paths to look for modules in")
    else:
        importers = map(get_importer, path)
    seen = set()
    for importer in importers:
        listing = getattr(importer, "iter_modules", None)
        if listing is None:
            continue
        for name, ispkg in listing(prefix):
            if name not in seen:
                seen.add(name)
                yield ModuleInfo(importer, name, ispkg)


def walk_packages(path=None, prefix="", onerror=None):
    """ModuleInfo for every module under `path`, recursively: each package is imported
    to read its __path__. An ImportError of a package goes to `onerror` (or is ignored);
    other errors propagate unless `onerror` handles them."""
    visited = set()

    def walk(path, prefix):
        for info in iter_modules(path, prefix):
            yield info
            if not info.ispkg:
                continue
            try:
                __import__(info.name)
            except ImportError:
                if onerror is not None:
                    onerror(info.name)
                continue
            except Exception:
                if onerror is not None:
                    onerror(info.name)
                    continue
                raise
            entries = getattr(sys.modules[info.name], "__path__", None) or []
            fresh = [entry for entry in entries if entry not in visited]
            visited.update(fresh)
            yield from walk(fresh, info.name + ".")

    return walk(path, prefix)


def find_loader(fullname):
    """The loader of the module `fullname`, or None."""
    if fullname.startswith("."):
        raise ImportError(f"Relative module name {fullname!r} not supported")
    try:
        spec = importlib.util.find_spec(fullname)
    except (ImportError, AttributeError, TypeError, ValueError) as ex:
        raise ImportError(f"Error while finding loader for {fullname!r} "
                          f"({type(ex)}: {ex})") from ex
    return spec.loader if spec is not None else None


def get_loader(module_or_name):
    """The loader of a module (or of the module of that name), or None."""
    if isinstance(module_or_name, str):
        module = sys.modules.get(module_or_name)
        if module is None:
            return find_loader(module_or_name)
    else:
        module = module_or_name
    loader = getattr(module, "__loader__", None)
    if loader is not None:
        return loader
    if getattr(module, "__spec__", None) is None:
        return None
    return find_loader(module.__name__)


def get_data(package, resource):
    """The bytes of the file `resource` (a '/'-separated path relative to the package's
    folder), or None when the package's loader cannot read files."""
    spec = importlib.util.find_spec(package)
    if spec is None:
        return None
    loader = spec.loader
    if loader is None or not hasattr(loader, "get_data"):
        return None
    module = sys.modules.get(package) or importlib.import_module(package)
    location = getattr(module, "__file__", None)
    if location is None:
        return None
    parts = [os.path.dirname(location)] + resource.split("/")
    return loader.get_data(os.path.join(*parts))


def extend_path(path, name):
    """A package's __path__ extended with the folder `name` in every other entry of the
    search path (or of the parent package's __path__), and the lines of `name.pkg`
    files there: the old way to spread one package over several folders."""
    if not isinstance(path, list):
        return path
    path = path[:]
    parent, _, final = name.rpartition(".")
    if parent:
        try:
            search = sys.modules[parent].__path__
        except (KeyError, AttributeError):
            return path
    else:
        search = sys.path
    for folder in search:
        if not isinstance(folder, str):
            continue
        importer = get_importer(folder)
        if importer is not None and hasattr(importer, "find_spec"):
            spec = importer.find_spec(final)
            for portion in (spec.submodule_search_locations or []) if spec else []:
                if portion not in path:
                    path.append(portion)
        listing = os.path.join(folder, final + ".pkg")
        if os.path.isfile(listing):
            try:
                f = open(listing)
            except OSError as msg:
                sys.stderr.write(f"Can't open {listing}: {msg}\n")
                continue
            with f:
                for line in f:
                    line = line.rstrip("\n")
                    if not line or line.startswith("#"):
                        continue
                    path.append(line)
    return path


def _dotted(text):
    parts = text.split(".")
    return all(part.isidentifier() for part in parts)


def resolve_name(name):
    """The object named by `pkg.mod:attr.attr` or `pkg.mod.attr.attr` (importing as
    much of the dotted path as is a module)."""
    module_part, colon, attr_part = name.partition(":")
    if not _dotted(module_part) or (colon and attr_part and not _dotted(attr_part)):
        raise ValueError(f"invalid format: {name!r}")
    if colon:
        obj = importlib.import_module(module_part)
        attrs = attr_part.split(".") if attr_part else []
    else:
        parts = module_part.split(".")
        modname = parts.pop(0)
        obj = importlib.import_module(modname)
        while parts:
            candidate = modname + "." + parts[0]
            try:
                obj = importlib.import_module(candidate)
            except ImportError:
                break
            parts.pop(0)
            modname = candidate
        attrs = parts
    for attr in attrs:
        obj = getattr(obj, attr)
    return obj
