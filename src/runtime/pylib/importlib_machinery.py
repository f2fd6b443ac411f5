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
