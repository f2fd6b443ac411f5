# `async for` over something that is not an asynchronous iterable, or whose
# __aiter__ returns an object without __anext__: CPython's TypeErrors.
import asyncio


class NoNext:
    def __aiter__(self):
        return 5


class SelfNoNext:
    def __aiter__(self):
        return self


class Good:
    def __init__(self):
        self.i = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        self.i += 1
        if self.i > 2:
            raise StopAsyncIteration
        return self.i


async def main():
    for obj in ([1, 2], None, NoNext(), SelfNoNext(), Good()):
        try:
            async for x in obj:
                print("item", x)
        except TypeError as e:
            print("TypeError:", e)
    try:
        print([x async for x in range(3)])
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
