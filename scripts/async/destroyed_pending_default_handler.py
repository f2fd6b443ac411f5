# The default exception handler's report of a task destroyed pending and of an exception
# never retrieved (stderr), as CPython: asyncio.run cancels what is left; a bare
# run_until_complete leaves a pending task to be reported when it dies at exit.
import asyncio


async def forever():
    try:
        await asyncio.Event().wait()
    finally:
        print("forever finally")


async def fails():
    raise ValueError("nobody asked")


async def main():
    asyncio.ensure_future(forever())
    t = asyncio.ensure_future(fails())
    await asyncio.sleep(0)
    del t
    print("main done")


asyncio.run(main())
print("asyncio.run returned")
loop = asyncio.new_event_loop()
loop.run_until_complete(main())
print("run_until_complete returned")
