# async def coroutines driven by hand with send(None): no event loop involved.
import types

class Suspend:
    """An awaitable that suspends once, handing `label` to whoever drives the coroutine."""
    def __init__(self, label):
        self.label = label
    def __await__(self):
        reply = yield self.label
        return f"resumed({self.label}, {reply})"

async def add(a, b):
    return a + b

async def worker(name):
    print(f"{name}: start")
    first = await Suspend(f"{name}-1")
    print(f"{name}: got {first}")
    total = await add(2, 3)
    second = await Suspend(f"{name}-2")
    print(f"{name}: got {second}, total {total}")
    return f"{name} done"

coro = worker("w")
print(type(coro).__name__)
print("yielded", coro.send(None))
print("yielded", coro.send("A"))
try:
    coro.send("B")
except StopIteration as stop:
    print("returned", stop.value)

simple = add(40, 2)
try:
    simple.send(None)
except StopIteration as stop:
    print("add returned", stop.value)

def run_round_robin(coros):
    """Drive several coroutines in turn until all finish; a tiny hand-made scheduler."""
    queue = list(coros)
    results = {}
    step = 0
    while queue:
        name, c = queue.pop(0)
        try:
            label = c.send(None if step < 2 else step)
            print(f"  step {step}: {name} suspended at {label}")
            queue.append((name, c))
        except StopIteration as stop:
            results[name] = stop.value
        step += 1
    return results

print(run_round_robin([("a", worker("a")), ("b", worker("b"))]))

async def failing():
    await Suspend("before failure")
    raise ValueError("inside coroutine")

c = failing()
c.send(None)
try:
    c.send(None)
except ValueError as e:
    print(type(e).__name__, e)

async def catches():
    try:
        await Suspend("waiting")
    except KeyError as e:
        print("coroutine caught", repr(e))
        return "handled"

c = catches()
c.send(None)
try:
    c.throw(KeyError("thrown in"))
except StopIteration as stop:
    print("result", stop.value)

async def cleanup():
    try:
        await Suspend("held")
    finally:
        print("finally in coroutine")

c = cleanup()
c.send(None)
c.close()

@types.coroutine
def legacy_suspend():
    value = yield "legacy"
    return value * 2

async def uses_legacy():
    return await legacy_suspend()

c = uses_legacy()
print(c.send(None))
try:
    c.send(21)
except StopIteration as stop:
    print("legacy result", stop.value)

done = add(1, 1)
try:
    done.send(None)
except StopIteration:
    pass
try:
    done.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
never = add(0, 0)
never.close()
print("closed unstarted coroutine")
