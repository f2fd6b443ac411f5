"""An inventory tool, as a user would write one: a package with a subpackage and relative
imports, a CSV data file, commands on stdin, options on the command line, and a report
written to a file and read back."""
import argparse
import os
import sys
from pathlib import Path

from inventory import load_items, apply_command
from inventory.report import render, summary

parser = argparse.ArgumentParser(prog="inventory", description="Track stock.")
parser.add_argument("data", type=Path, help="CSV file with name,price,count")
parser.add_argument("--currency", default="$")
parser.add_argument("--out", default="out", help="folder for the report")
parser.add_argument("-q", "--quiet", action="store_true")
args = parser.parse_args()

items = load_items(args.data)
print(f"loaded {len(items)} items from {args.data.name}")
for number, line in enumerate(sys.stdin, 1):
    line = line.strip()
    if not line or line.startswith("#"):
        continue
    try:
        print(f"{number}: {apply_command(items, line)}")
    except (KeyError, ValueError) as e:
        print(f"{number}: error: {type(e).__name__}: {e}")

out = Path(args.out)
out.mkdir(exist_ok=True)
report_file = out / "report.txt"
with report_file.open("w", encoding="utf-8") as f:
    f.write(render(items, args.currency))
print(sorted(os.listdir(out)), report_file.stat().st_size > 0)
print(report_file.read_text(encoding="utf-8"), end="")
if not args.quiet:
    print(summary(items, args.currency))
