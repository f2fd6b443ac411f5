# AsyncExitStack, AsyncContextDecorator and chdir (contextlib, 3.11).
import asyncio
import contextlib
import os


class ACM:
    def __init__(self, name, log, suppress=False):
        self.name, self.log, self.suppress = name, log, suppress

    async def __aenter__(self):
        self.log.append("enter " + self.name)
        return self.name.upper()

    async def __aexit__(self, et, ev, tb):
        self.log.append(f"exit {self.name} {et.__name__ if et else None}")
        return self.suppress


class CM:
    def __init__(self, name, log):
        self.name, self.log = name, log

    def __enter__(self):
        self.log.append("enter " + self.name)
        return self

    def __exit__(self, et, ev, tb):
        self.log.append("exit " + self.name)


async def main():
    log = []
    async with contextlib.AsyncExitStack() as stack:
        print(type(stack).__name__)
        print(await stack.enter_async_context(ACM("a", log)))
        print(stack.enter_context(CM("b", log)).name)

        async def acb(x, *, y):
            log.append(f"acb {x} {y}")

        r = stack.push_async_callback(acb, 1, y=2)
        print(r is acb)
        stack.callback(log.append, "sync cb")

        async def aexit(et, ev, tb):
            log.append("aexit fn")

        print(stack.push_async_exit(aexit) is aexit)
        stack.push(lambda *a: log.append("push fn"))
    print(log)

    # suppression by an async exit, and exceptions raised by callbacks
    log = []
    async with contextlib.AsyncExitStack() as stack:
        await stack.enter_async_context(ACM("s", log, suppress=True))
        raise ValueError("boom")
    print(log)

    try:
        async with contextlib.AsyncExitStack() as stack:
            async def bad(*a):
                raise KeyError("from callback")
            stack.push_async_exit(bad)
            raise ValueError("body")
    except KeyError as e:
        print("KeyError", e, type(e.__context__).__name__, e.__context__)

    # pop_all and aclose
    log = []
    stack = contextlib.AsyncExitStack()
    await stack.enter_async_context(ACM("p", log))
    other = stack.pop_all()
    await stack.aclose()
    print(log)
    await other.aclose()
    print(log)

    # protocol errors
    try:
        await contextlib.AsyncExitStack().enter_async_context(CM("x", []))
    except TypeError as e:
        print("TypeError", e)
    try:
        contextlib.AsyncExitStack().enter_context(ACM("x", []))
    except TypeError as e:
        print("TypeError", e)
    try:
        contextlib.ExitStack().enter_context(object())
    except TypeError as e:
        print("TypeError", e)

    # AsyncContextDecorator
    class Deco(contextlib.AsyncContextDecorator):
        async def __aenter__(self):
            print("deco enter")
            return self

        async def __aexit__(self, *exc):
            print("deco exit", exc[0].__name__ if exc[0] else None)
            return False

    @Deco()
    async def work(x):
        print("work", x)
        return x * 2

    print(await work(21))
    print(work.__name__)

    @contextlib.asynccontextmanager
    async def gen_cm(tag):
        print("gen enter", tag)
        yield tag
        print("gen exit", tag)

    @gen_cm("t")
    async def decorated():
        print("inside decorated")
        return 5

    print(await decorated())
    print(await decorated())
    print(isinstance(gen_cm("q"), contextlib.AsyncContextDecorator))


asyncio.run(main())

# ExitStack still unwinds in order and reports chained errors
with contextlib.ExitStack() as s:
    s.callback(print, "cb 1")
    s.callback(print, "cb 2")
try:
    with contextlib.ExitStack() as s:
        s.callback(lambda: 1 / 0)
        s.callback(lambda: [][1])
except ZeroDivisionError as e:
    print("ZeroDivisionError", type(e.__context__).__name__)

# chdir
base = f"/tmp/coro_chdir_{os.getpid()}"
os.makedirs(base + "/inner")
start = os.getcwd()
cd = contextlib.chdir(base)
with cd as got:
    print(got, os.getcwd() == base)
    with contextlib.chdir("inner"):
        print(os.getcwd() == base + "/inner")
    with cd:
        print(os.getcwd() == base)
    print(os.getcwd() == base)
print(os.getcwd() == start)
try:
    with contextlib.chdir(base + "/missing"):
        pass
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, os.getcwd() == start)
os.rmdir(base + "/inner")
os.rmdir(base)
print(sorted(n for n in contextlib.__all__))
