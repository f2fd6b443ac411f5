# "Task was destroyed but it is pending!" is reported when a pending task dies, through
# the loop's exception handler with the task itself, as CPython's Task.__del__.
import asyncio
import gc


def handler(loop, context):
    task = context["task"]
    print("handler:", context["message"], type(task).__name__, task.get_name(),
          "done" if task.done() else "pending")


async def waiter(fut):
    try:
        await fut
    finally:
        print("waiter finally")


async def spinner():
    try:
        while True:
            await asyncio.sleep(0)
    finally:
        print("spinner finally")


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    # A task awaiting a future only its coroutine knows: a cycle, found by gc.collect.
    t = asyncio.ensure_future(waiter(loop.create_future()), loop=loop)
    t.set_name("cycle")
    await asyncio.sleep(0)
    del t
    print("collecting")
    print("unreachable found:", gc.collect() > 0)
    print("collected")
    # A task still referenced is not reported.
    kept = loop.create_task(waiter(loop.create_future()), name="kept")
    await asyncio.sleep(0)
    gc.collect()
    print("kept is pending:", not kept.done())
    kept.cancel()
    await asyncio.sleep(0)
    # A task left spinning when the loop stops: destroyed when close() drops the
    # loop's ready queue.
    loop.create_task(spinner(), name="spinner")
    await asyncio.sleep(0)
    print("main returns")


loop = asyncio.new_event_loop()
loop.run_until_complete(main())
print("closing")
loop.close()
print("closed")
