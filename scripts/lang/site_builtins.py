# The builtins every script finds beyond the C module's: exit/quit (SystemExit with the
# code; a string is printed to stderr, status 1), __debug__, aiter and anext.
import asyncio
async def agen():
    yield 1
    yield 2
class AI:
    def __aiter__(self): return self
    async def __anext__(self): raise StopAsyncIteration
class BadAI:
    def __aiter__(self): return 5
async def main():
    g = agen()
    it = aiter(g)
    print(it is g, await anext(it), await anext(it), await anext(it, 'done'))
    try: await anext(it)
    except StopAsyncIteration: print('stop')
    print(await anext(AI(), 'default'), await anext(aiter(AI()), None))
    for bad in [lambda: aiter(1), lambda: anext(1), lambda: aiter(BadAI()), lambda: anext(), lambda: aiter()]:
        try: bad()
        except TypeError as e: print('TypeError', e)
    aw = anext(agen())
    print(await aw)
asyncio.run(main())
print(__debug__, exit.__class__.__name__ if False else '', callable(exit), callable(quit))
if __debug__:
    print('debug on')
try:
    exit()
except SystemExit as e:
    print('code', e.code, e.args)
try:
    quit(4)
except SystemExit as e:
    print('code', e.code)
exit('bye')
