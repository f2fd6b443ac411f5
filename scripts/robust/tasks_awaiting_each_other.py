# Two tasks awaiting each other: cancelling one recurses through the other, which is a
# RecursionError in CPython (not a crash), and their reprs show "..." where the chain
# comes back.
import asyncio


async def main():
    async def a():
        await asyncio.sleep(0)
        await t2

    async def b():
        await asyncio.sleep(0)
        await t1

    t1 = asyncio.ensure_future(a())
    t2 = asyncio.ensure_future(b())
    await asyncio.sleep(0.01)
    print(t1.done(), t2.done())
    text = repr(t1)
    print(text.count("wait_for="), "wait_for=... " in text)
    try:
        t1.cancel()
    except RecursionError as e:
        print("RecursionError:", str(e).startswith("maximum recursion depth exceeded"))


loop = asyncio.new_event_loop()
loop.run_until_complete(main())
print("done")
