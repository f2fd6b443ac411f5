"""The Python half of the site builtins (runtime/builtins/site.rs): the awaitable that
`anext(iterator, default)` returns."""


async def anext_or_default(awaitable, default):
    try:
        return await awaitable
    except StopAsyncIteration:
        return default
