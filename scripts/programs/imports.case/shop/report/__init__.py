from ..inventory import total
from .fmt import money
from .. import VERSION as SHOP_VERSION_AT_IMPORT


def render(items):
    lines = [f"{item.name:<6}{money(item.price * item.count):>9}" for item in items]
    return "\n".join(lines + [f"{'sum':<6}{money(total(items)):>9}"])
