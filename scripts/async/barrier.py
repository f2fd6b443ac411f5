# asyncio.Barrier (3.11): rounds of parties, indices, draining, reset, abort, errors.
import asyncio


async def worker(barrier, name, log):
    index = await barrier.wait()
    log.append((name, index))
    return index


async def main():
    barrier = asyncio.Barrier(3)
    print(barrier.parties, barrier.n_waiting, barrier.broken)
    log = []
    tasks = [asyncio.create_task(worker(barrier, f"w{i}", log)) for i in range(3)]
    await asyncio.sleep(0)
    print("after one step", barrier.n_waiting, [t.done() for t in tasks])
    print(sorted(await asyncio.gather(*tasks)), sorted(n for n, _ in log))
    print("idle", barrier.n_waiting)

    # two rounds back to back: the second round waits for the first to drain
    log = []
    tasks = [asyncio.create_task(worker(barrier, f"r{i}", log)) for i in range(6)]
    print(sorted(await asyncio.gather(*tasks)))

    # async with gives the index
    async def ctx(i):
        async with barrier as pos:
            return pos

    print(sorted(await asyncio.gather(*(ctx(i) for i in range(3)))))

    # reset while tasks wait: they get BrokenBarrierError, then the barrier is usable
    waiting = [asyncio.create_task(barrier.wait()) for _ in range(2)]
    await asyncio.sleep(0)
    print("waiting", barrier.n_waiting)
    await barrier.reset()
    for t in waiting:
        try:
            await t
        except asyncio.BrokenBarrierError as e:
            print("BrokenBarrierError", repr(e.args))
    print("after reset", barrier.broken, barrier.n_waiting)
    print(sorted(await asyncio.gather(*(barrier.wait() for _ in range(3)))))

    # abort: waiters and later callers are refused
    waiting = [asyncio.create_task(barrier.wait()) for _ in range(2)]
    await asyncio.sleep(0)
    await barrier.abort()
    results = await asyncio.gather(*waiting, return_exceptions=True)
    print([type(r).__name__ for r in results], [str(r) for r in results])
    print("broken", barrier.broken, barrier.n_waiting)
    try:
        await barrier.wait()
    except asyncio.BrokenBarrierError as e:
        print("BrokenBarrierError", e)
    await barrier.reset()
    print("reset again", barrier.broken)

    # a cancelled waiter leaves the count as it was
    t = asyncio.create_task(barrier.wait())
    await asyncio.sleep(0)
    print("one waiting", barrier.n_waiting)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled", barrier.n_waiting)

    # parties of one never blocks
    single = asyncio.Barrier(1)
    print(await single.wait(), await single.wait())

    for bad in (0, -1):
        try:
            asyncio.Barrier(bad)
        except ValueError as e:
            print("ValueError", e)
    print(issubclass(asyncio.BrokenBarrierError, RuntimeError))
    print(asyncio.BrokenBarrierError.__module__, asyncio.Barrier.__module__)
    r = repr(asyncio.Barrier(2))
    print(r.startswith("<asyncio.locks.Barrier object at 0x"), r.endswith(" [filling, waiters:0/2]>"))
    b = asyncio.Barrier(2)
    await b.abort()
    print(repr(b).endswith(" [broken]>"))


asyncio.run(main())
