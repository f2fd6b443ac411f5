# asyncio.TaskGroup raising real exception groups (3.11): the first failure cancels the
# other tasks, every failure is in the group, except* takes it apart, and
# KeyboardInterrupt/SystemExit leave bare.
import asyncio


async def fail_after(delay, exc):
    await asyncio.sleep(delay)
    raise exc


async def slow(name, log):
    try:
        await asyncio.sleep(10)
        log.append(f"{name} finished")
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise


async def two_failures():
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail_after(0.01, ValueError("first")))
            tg.create_task(fail_after(0.01, TypeError("second")))
            tg.create_task(slow("slow", log))
    except ExceptionGroup as eg:
        print(type(eg).__name__, repr(eg.message), [repr(e) for e in eg.exceptions])
        print(isinstance(eg, ExceptionGroup), str(eg))
    print(log)


async def with_except_star():
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail_after(0.01, ValueError("v")))
            tg.create_task(fail_after(0.02, KeyError("k")))
            tg.create_task(slow("other", log))
    except* ValueError as eg:
        print("ValueError part:", [repr(e) for e in eg.exceptions])
    except* KeyError as eg:
        print("KeyError part:", [repr(e) for e in eg.exceptions])
    print(log)


async def body_fails():
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(slow("child", log))
            await asyncio.sleep(0.01)
            raise RuntimeError("in the body")
    except* RuntimeError as eg:
        print("body error:", [repr(e) for e in eg.exceptions])
    print(log)


async def base_error():
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(slow("sibling", log))
            tg.create_task(fail_after(0.01, SystemExit(3)))
    except SystemExit as e:
        print("bare SystemExit", e.code)
    except BaseExceptionGroup as eg:
        print("group?", repr(eg))
    print(log)


async def all_good():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(asyncio.sleep(0.01, result="a"))
        b = tg.create_task(asyncio.sleep(0.02, result="b"))
    print("results", a.result(), b.result())


async def main():
    await all_good()
    await two_failures()
    await with_except_star()
    await body_fails()
    await base_error()


asyncio.run(main())
