#!/usr/bin/env python3
"""Redraw issue 11's corpus sample: prints the draw order of sample.tsv.

The frame (frame.tsv) is what the stored index of TheAlgorithms/Python lists: for each
algorithm folder (and for data_structures' larger subfolders, their own strata), the
number of .py files the index holds under it and the first 100 it lists (alphabetical;
__init__.py left out). A draw picks a stratum with probability proportional to its file
count, then a file not drawn before uniformly among the listed ones (seed 11, the issue
number). The files are then read in this order, one stored version each, and kept when
they import only the standard library and python3 runs them without input.
"""
import os
import random

here = os.path.dirname(os.path.abspath(__file__))
strata = {}
for line in open(os.path.join(here, "frame.tsv"), encoding="utf-8"):
    if line.startswith("#"):
        continue
    name, folder, count, path = line.rstrip("\n").split("\t")
    strata.setdefault(name, (folder, int(count), []))[2].append(path)
strata = list(strata.values())
rng = random.Random(11)
taken, order = set(), []
while len(order) < 450:
    folder, count, files = rng.choices(strata, [s[1] for s in strata])[0]
    left = [f for f in files if (folder, f) not in taken]
    if not left:
        continue
    f = rng.choice(left)
    taken.add((folder, f))
    order.append(f"{folder}/{f}")
print("\n".join(order))
