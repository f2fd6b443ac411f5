# A small realistic program: parse a log, aggregate, and print a report.
LOG = """\
2024-01-05 10:00:01 INFO  user=ann action=login
2024-01-05 10:02:13 WARN  user=bob action=login attempts=3
2024-01-05 10:05:00 INFO  user=ann action=upload size=2048
2024-01-05 10:07:42 ERROR user=cy  action=upload size=0 reason="empty file"
2024-01-05 10:09:30 INFO  user=bob action=upload size=512
2024-01-05 10:15:00 INFO  user=ann action=logout
"""

def parse_line(line):
    date, time, level, *rest = line.split(maxsplit=3)
    fields = {}
    text = rest[0] if rest else ""
    while text:
        key, _, text = text.partition("=")
        if text.startswith('"'):
            value, _, text = text[1:].partition('"')
        else:
            value, _, text = text.partition(" ")
        fields[key.strip()] = value
        text = text.strip()
    return {"time": time, "level": level, **fields}

entries = [parse_line(line) for line in LOG.splitlines() if line.strip()]
by_level = {}
for entry in entries:
    by_level.setdefault(entry["level"], []).append(entry)

print(f"{'level':<6}|{'count':>6}")
print("-" * 13)
for level in sorted(by_level, key=lambda lv: -len(by_level[lv])):
    print(f"{level:<6}|{len(by_level[level]):>6}")

uploads = [e for e in entries if e["action"] == "upload"]
total = sum(int(e.get("size", 0)) for e in uploads)
print(f"uploads: {len(uploads)}, bytes: {total:,}, mean: {total / len(uploads):.1f}")
users = {}
for e in entries:
    users[e["user"]] = users.get(e["user"], 0) + 1
print(", ".join(f"{u}={n}" for u, n in sorted(users.items())))
errors = [f"{e['time']} {e['user']}: {e.get('reason', '?')}" for e in entries if e["level"] == "ERROR"]
print(errors)
words = LOG.lower().replace("=", " ").split()
common = sorted(set(words), key=lambda w: (-words.count(w), w))[:5]
print(common)
print(max(entries, key=lambda e: int(e.get("size", -1)))["user"])
table = [["name", "logins"], ["ann", 1], ["bob", 1]]
widths = [max(len(str(row[i])) for row in table) for i in range(2)]
for row in table:
    print(" | ".join(str(cell).ljust(w) for cell, w in zip(row, widths)))
print("Title Case Words".swapcase().split(), "csv,with,,gaps".split(",").count(""))
