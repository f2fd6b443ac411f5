def render(items, currency):
    width = max(len(name) for name in items)
    lines = [f"{'item':<{width}}  {'count':>5}  {'value':>10}"]
    for name in sorted(items):
        item = items[name]
        lines.append(f"{name:<{width}}  {item.count:>5}  {currency}{item.value:>9,.2f}")
    return "\n".join(lines) + "\n"
