"""The abstract classes of importlib.resources (coro's embedded
importlib.resources.abc): Traversable (what `files()` returns: pathlib.Path is one),
TraversableResources and the older ResourceReader."""

import abc
import io
import os
from typing import Any, BinaryIO, Iterable, Iterator, NoReturn, Optional, Protocol, Text, Union
from typing import runtime_checkable

StrPath = Union[str, "os.PathLike[str]"]

__all__ = ["ResourceReader", "Traversable", "TraversableResources"]


class ResourceReader(metaclass=abc.ABCMeta):
    """What a loader gives to read the resources of a package (the older interface)."""

    @abc.abstractmethod
    def open_resource(self, resource):
        raise FileNotFoundError

    @abc.abstractmethod
    def resource_path(self, resource):
        raise FileNotFoundError

    @abc.abstractmethod
    def is_resource(self, path):
        raise FileNotFoundError

    @abc.abstractmethod
    def contents(self):
        raise FileNotFoundError


@runtime_checkable
class Traversable(Protocol):
    """A folder or file of a package's data: what `importlib.resources.files` returns."""

    @abc.abstractmethod
    def iterdir(self):
        """The entries of this folder."""

    def read_bytes(self):
        with self.open("rb") as f:
            return f.read()

    def read_text(self, encoding=None):
        with self.open(encoding=encoding) as f:
            return f.read()

    @abc.abstractmethod
    def is_dir(self):
        """Whether this is a folder."""

    @abc.abstractmethod
    def is_file(self):
        """Whether this is a file."""

    @abc.abstractmethod
    def joinpath(self, *descendants):
        """The Traversable at the relative path `descendants` below this one."""

    def __truediv__(self, child):
        return self.joinpath(child)

    @abc.abstractmethod
    def open(self, mode="r", *args, **kwargs):
        """The file opened: text for mode 'r', bytes for 'rb'."""

    @property
    @abc.abstractmethod
    def name(self):
        """The last part of the path."""


class TraversableResources(ResourceReader):
    """A ResourceReader answering through `files()`."""

    @abc.abstractmethod
    def files(self):
        """The Traversable of the package's folder."""

    def open_resource(self, resource):
        return self.files().joinpath(resource).open("rb")

    def resource_path(self, resource):
        raise FileNotFoundError(resource)

    def is_resource(self, path):
        return self.files().joinpath(path).is_file()

    def contents(self):
        return (item.name for item in self.files().iterdir())
