"""Stock items and the commands that change them."""
import csv_lite
from .models import Item

__all__ = ["Item", "load_items", "apply_command"]


def load_items(path):
    with open(path, newline="") as f:
        rows = csv_lite.parse(f.read())
    header, *body = rows
    assert header == ["name", "price", "count"], header
    return {name: Item(name, float(price), int(count)) for name, price, count in body}


def apply_command(items, line):
    verb, name, *rest = line.split()
    item = items[name]
    if verb == "sell":
        return item.sell(int(rest[0]))
    if verb == "restock":
        return item.restock(int(rest[0]))
    if verb == "price":
        item.price = float(rest[0])
        return f"{name} now costs {item.price:.2f}"
    raise ValueError(f"unknown command {verb!r}")
