"""A tiny shop package."""
from .inventory import Item

__all__ = ["Item", "VERSION"]
VERSION = "1.0"
_private = True
print("shop init:", __name__, __doc__)
