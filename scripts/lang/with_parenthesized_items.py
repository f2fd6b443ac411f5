# The parenthesized with-item list (3.10+) against a parenthesized expression as one
# context manager: each form parsed and run as CPython does.
import ast
import asyncio


class CM:
    def __init__(self, name, log):
        self.name = name
        self.log = log

    def __enter__(self):
        self.log.append("enter " + self.name)
        return self.name.upper()

    def __exit__(self, *exc):
        self.log.append("exit " + self.name)
        return False

    async def __aenter__(self):
        return self.__enter__()

    async def __aexit__(self, *exc):
        return self.__exit__(*exc)


log = []
with (CM("a", log) as a, CM("b", log) as b):
    log.append(a + b)
print(log)

log = []
with (CM("a", log) as a, CM("b", log)):
    log.append(a)
print(log)

log = []
with (CM("a", log) as a, CM("b", log) as b,):
    log.append(b)
print(log)

log = []
with (CM("a", log), CM("b", log)):
    log.append("body")
print(log)

log = []
with (CM("x", log)):
    log.append("one")
print(log)

log = []
with (CM("p", log)), (CM("q", log)) as q:
    log.append(q)
print(log)

log = []
with (
    CM("m", log) as m,
    CM("n", log) as n,
):
    log.append(m + n)
print(log)

log = []
with (CM("t", log) if log == [] else None) as t:
    log.append(t)
print(log)

try:
    with (CM("a", log), CM("b", log)) as both:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)


async def main():
    log = []
    async with (CM("c", log) as c, CM("d", log) as d):
        log.append(c + d)
    print(log)
    log = []
    async with (CM("e", log), CM("f", log),):
        log.append("async body")
    print(log)


asyncio.run(main())


def gen():
    log = []
    with (yield CM("y", log)) as y:
        log.append(y)
    print(log)


g = gen()
cm = next(g)
try:
    g.send(cm)
except StopIteration:
    pass

for source in [
    "with (a, b): pass",
    "with (a): pass",
    "with (a, b,): pass",
    "with (a as b, c): pass",
    "with (a as b,): pass",
    "with (a, b) as c: pass",
    "with (a), (b): pass",
    "with (a)(b): pass",
    "with (a).b as c, d: pass",
    "with (): pass",
    "with (*a, b): pass",
    "with (x := 1): pass",
    "with (a for a in b): pass",
    "with (lambda: 1): pass",
    "with ([a, b] as c, {d: e}): pass",
    "with (a if b else c as d): pass",
    "async def f():\n    async with (a as b, c): pass",
    "def f():\n    with (yield x): pass",
    "with (a, b as c).d: pass",
    "with (a, yield): pass",
    "with (a as b) as c: pass",
    "with (,): pass",
    "with (a,,): pass",
]:
    try:
        tree = ast.parse(source)
    except SyntaxError as e:
        print(repr(source), "SyntaxError", e.msg)
        continue
    node = tree.body[0]
    while not isinstance(node, (ast.With, ast.AsyncWith)):
        node = node.body[0]
    print(repr(source), [
        (ast.dump(item.context_expr), item.optional_vars and ast.dump(item.optional_vars))
        for item in node.items
    ])
