# asyncio.sleep (checked with vpython): results, cancellation before and after its timer fires,
# driving it by hand, argument errors; every wake-up time is the virtual clock.
import asyncio
async def sleeper(i, d):
    try:
        r = await asyncio.sleep(d, result=i)
        print("woke", i, r, asyncio.get_running_loop().time())
    except asyncio.CancelledError as e:
        print("cancelled", i, repr(e))
        raise
async def main():
    print(asyncio.iscoroutinefunction(asyncio.sleep), asyncio.iscoroutine(asyncio.sleep(0)))
    ts = [asyncio.create_task(sleeper(i, d)) for i, d in enumerate([0.3, 0.1, 0, -1, 0.2])]
    await asyncio.sleep(0)
    ts[4].cancel("bye")
    r = await asyncio.gather(*ts, return_exceptions=True)
    print(r)
    t = asyncio.create_task(asyncio.sleep(5, 'x'))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("t cancelled", t.cancelled())
    try:
        print(await asyncio.wait_for(asyncio.sleep(10, 'late'), 1))
    except asyncio.TimeoutError:
        print("timeout", asyncio.get_running_loop().time())
    print(await asyncio.wait_for(asyncio.sleep(1, 'early'), 2))
    c = asyncio.sleep(1)
    print(c.send(None) is None, type(c).__name__)
    try:
        c.throw(ValueError("v"))
    except ValueError as e:
        print("threw", e)
    c.close()
    for bad in [(), (1, 2, 3)]:
        try:
            asyncio.sleep(*bad)
        except TypeError as e:
            print(e)
    try:
        asyncio.sleep(1, delay=2)
    except TypeError as e:
        print(e)
    try:
        await asyncio.sleep("x")
    except TypeError as e:
        print(e)
    t = asyncio.create_task(sleeper(9, 1))
    await asyncio.sleep(0.5)
    t.cancel()
    await asyncio.sleep(0)
    print(t.cancelling() if hasattr(t, 'cancelling') else '', t.done())
    await asyncio.sleep(0)
    print(t.done(), t.cancelled())
asyncio.run(main())


async def cancelled_after_timer_fired():
    loop = asyncio.get_running_loop()
    a = asyncio.create_task(sleeper("a", 1))
    await asyncio.sleep(0)
    # Runs in the same iteration as a's timer, after it: a is woken but not yet stepped.
    loop.call_at(loop.time() + 1, lambda: print("cancel a:", a.cancel("late")))
    await asyncio.gather(a, return_exceptions=True)
    print(a.cancelled())


asyncio.run(cancelled_after_timer_fired())


async def reprs_while_sleeping():
    async def napper():
        await asyncio.sleep(5)

    t = asyncio.create_task(napper())
    await asyncio.sleep(0)
    show = lambda: print(repr(t).replace(__file__, "FILE"))
    show()
    t.cancel()
    show()
    print(t.cancel())
    await asyncio.sleep(0)
    show()


asyncio.run(reprs_while_sleeping())
