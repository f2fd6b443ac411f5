# "Future exception was never retrieved" / "Task exception was never retrieved": reported
# when a future or task that holds an exception nobody looked at dies, with the object
# itself in the context, as CPython's Future.__del__.
import asyncio
import gc


def handler(loop, context):
    fut = context["future"]
    print("handler:", context["message"], "|", type(fut).__name__,
          repr(context["exception"]), fut.done())


async def boom():
    raise ValueError("task failed")


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    f = loop.create_future()
    f.set_exception(RuntimeError("never seen"))
    print("dropping future")
    del f
    print("dropped future")
    seen = loop.create_future()
    seen.set_exception(KeyError("seen"))
    seen.exception()
    del seen
    print("retrieved one is quiet")
    t = asyncio.ensure_future(boom())
    await asyncio.sleep(0)
    print("dropping task")
    del t
    print("dropped task")
    # In a cycle: reported when the collector frees it.
    g = loop.create_future()
    error = OSError("in a cycle")
    error.future = g
    g.set_exception(error)
    del g, error
    print("collecting")
    gc.collect()
    print("collected")
    c = loop.create_future()
    c.cancel()
    del c
    print("cancelled one is quiet")


asyncio.run(main())
print("end")
