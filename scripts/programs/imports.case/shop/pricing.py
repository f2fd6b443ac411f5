# Imports its importer back: shop.inventory is partially initialised here.
import shop.inventory
from shop import inventory

print("pricing sees inventory before Item exists:", hasattr(inventory, "Item"))


def cost(item):
    assert isinstance(item, inventory.Item)
    return item.price * item.count
