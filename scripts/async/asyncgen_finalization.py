# Async generators abandoned unfinished are finalized through the event loop's hooks
# (sys.set_asyncgen_hooks): the loop closes a dropped one with an aclose() task, and
# loop.shutdown_asyncgens() (asyncio.run calls it) closes those still alive.
import asyncio
import sys


async def numbers(name):
    try:
        for i in range(3):
            yield i
    finally:
        await asyncio.sleep(0)
        print(name, "finally (after an await)")


async def plain(name):
    try:
        yield 1
    finally:
        print(name, "finally")


async def main():
    hooks = sys.get_asyncgen_hooks()
    print("loop hooks:", hooks.firstiter.__name__, hooks[1].__name__)
    async for v in numbers("broken"):
        print("got", v)
        break
    print("after the loop")
    for _ in range(3):
        await asyncio.sleep(0)
    print("after three steps")
    kept = plain("kept")
    print("kept yields", await kept.__anext__())
    alive.append(numbers("alive"))
    print("alive yields", await alive[0].__anext__())
    print("main returns")


alive = []


print("outside:", sys.get_asyncgen_hooks())
asyncio.run(main())
print("outside again:", sys.get_asyncgen_hooks())
