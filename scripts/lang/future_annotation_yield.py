from __future__ import annotations


def gen(value: list[(yield)]):
    pass
