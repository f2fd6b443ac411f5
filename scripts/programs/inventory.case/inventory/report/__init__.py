from .text import render
from ..models import Item


def summary(items, currency):
    total = sum(item.value for item in items.values())
    assert all(isinstance(item, Item) for item in items.values())
    return f"{len(items)} items worth {currency}{total:,.2f}"
