# A coroutine destroyed before it ever ran: CPython's RuntimeWarning on stderr, pointing
# at the line that dropped it, once per line and name; leftovers are reported at exit.
import asyncio


async def job():
    pass


class Service:
    async def poll(self):
        pass


def forget():
    c = job()
    print("made", type(c).__name__)
    return 1


forget()
for i in range(3):
    job()
Service().poll()
asyncio.sleep(1)
kept = job()
many = [job() for _ in range(2)]
many = None


async def main():
    job()
    print("in main")


asyncio.run(main())
print("end")
