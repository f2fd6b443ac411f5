"""Reading the data files that ship inside a package (coro's embedded
importlib.resources): `files(package)` is the package's folder as a pathlib.Path, and
`as_file` gives a real file for any Traversable. The functions before `files` existed
(read_text, open_binary, path, contents, ...) still work, with the DeprecationWarning
CPython 3.11 gives. Packages embedded in coro itself have no folder to read."""

import contextlib
import os
import pathlib
import sys
import tempfile
import types
import warnings
from typing import Union

from importlib.resources.abc import ResourceReader

__all__ = [
    "Package", "Resource", "ResourceReader", "as_file", "contents", "files",
    "is_resource", "open_binary", "open_text", "path", "read_binary", "read_text",
]

Package = Union[types.ModuleType, str]
Resource = str


def _package(package):
    """The package module `package` names (importing it), or TypeError for a module."""
    import importlib

    module = importlib.import_module(package) if isinstance(package, str) else package
    spec = getattr(module, "__spec__", None)
    if spec is None or spec.submodule_search_locations is None:
        raise TypeError(f"{package!r} is not a package")
    return module


def files(package):
    """The folder of `package` (a module or its name) as a Traversable."""
    module = _package(package)
    location = getattr(module, "__file__", None)
    if location is not None:
        return pathlib.Path(location).parent
    folders = list(module.__spec__.submodule_search_locations or ())
    if folders:
        return pathlib.Path(folders[0])
    raise FileNotFoundError(f"package {module.__name__!r} is embedded in coro and has no files")


@contextlib.contextmanager
def as_file(path):
    """A real file-system path for the Traversable `path` while the block runs: the
    path itself when it is one, else a temporary copy of its bytes."""
    if isinstance(path, pathlib.Path):
        yield path
        return
    fd, name = tempfile.mkstemp(suffix=getattr(path, "name", ""))
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(path.read_bytes())
        yield pathlib.Path(name)
    finally:
        try:
            os.remove(name)
        except FileNotFoundError:
            pass


def _deprecated(name):
    warnings.warn(
        f"{name} is deprecated. Use files() instead. Refer to "
        "https://importlib-resources.readthedocs.io/en/latest/using.html"
        "#migrating-from-legacy for migration advice.",
        DeprecationWarning,
        stacklevel=3,
    )


def _resource(package, resource):
    parent, _ = os.path.split(str(resource))
    if parent:
        raise ValueError(f"{resource!r} must be only a file name")
    return files(package) / resource


def open_binary(package, resource):
    """The resource opened for reading bytes (deprecated)."""
    _deprecated("open_binary")
    return _resource(package, resource).open("rb")


def read_binary(package, resource):
    """The resource's bytes (deprecated)."""
    _deprecated("read_binary")
    return _resource(package, resource).read_bytes()


def open_text(package, resource, encoding="utf-8", errors="strict"):
    """The resource opened for reading text (deprecated)."""
    _deprecated("open_text")
    return _resource(package, resource).open("r", encoding=encoding, errors=errors)


def read_text(package, resource, encoding="utf-8", errors="strict"):
    """The resource's text (deprecated)."""
    _deprecated("read_text")
    # Through open_text, which warns as well (as in CPython: seen with "always" filters).
    with open_text(package, resource, encoding, errors) as f:
        return f.read()


def contents(package):
    """The names of the entries of the package's folder (deprecated)."""
    _deprecated("contents")
    return [entry.name for entry in files(package).iterdir()]


def is_resource(package, name):
    """Whether `name` is a file in the package's folder (deprecated)."""
    _deprecated("is_resource")
    target = _resource(package, name).name
    return any(entry.name == target and entry.is_file()
               for entry in files(package).iterdir())


def path(package, resource):
    """A context manager giving a file-system path of the resource (deprecated)."""
    _deprecated("path")
    return as_file(_resource(package, resource))
