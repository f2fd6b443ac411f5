# unittest.mock.AsyncMock (awaits counted apart from calls, the awaited assertions with
# CPython's messages), create_autospec (signatures checked, spec'd attributes) and
# PropertyMock.
import asyncio
from unittest.mock import AsyncMock, MagicMock, Mock, PropertyMock, call, create_autospec, patch


def attempt(label, f):
    try:
        result = f()
        print(label, "->", repr(result))
    except Exception as e:
        print(label, "->", type(e).__name__, str(e))


async def main():
    a = AsyncMock(return_value=5)
    attempt("assert_awaited", a.assert_awaited)
    attempt("assert_awaited_once", a.assert_awaited_once)
    attempt("assert_awaited_with", lambda: a.assert_awaited_with(1))
    attempt("assert_not_awaited", a.assert_not_awaited)
    coro = a(1, k=2)
    print(a.call_count, a.await_count, a.called)
    print(await coro, a.await_count, a.await_args, a.await_args_list)
    print(await a(3))
    attempt("assert_awaited_once", a.assert_awaited_once)
    attempt("assert_awaited_with", lambda: a.assert_awaited_with(1))
    attempt("assert_awaited_with ok", lambda: a.assert_awaited_with(3))
    attempt("assert_awaited_once_with", lambda: a.assert_awaited_once_with(3))
    attempt("assert_any_await", lambda: a.assert_any_await(9))
    attempt("assert_any_await ok", lambda: a.assert_any_await(1, k=2))
    attempt("assert_has_awaits", lambda: a.assert_has_awaits([call(3), call(1, k=2)]))
    attempt("assert_has_awaits ok", lambda: a.assert_has_awaits([call(1, k=2), call(3)]))
    attempt("assert_not_awaited", a.assert_not_awaited)
    a.reset_mock()
    print(a.await_count, a.await_args, a.call_count)
    e = AsyncMock(side_effect=KeyError("k"))
    try:
        await e()
    except KeyError as err:
        print("raised", repr(err))
    s = AsyncMock(side_effect=[1, 2])
    print(await s(), await s())

    async def effect(x):
        return x + 1

    print(await AsyncMock(side_effect=effect)(1))
    print(await AsyncMock(side_effect=lambda x: x * 3)(2))
    r = await AsyncMock()()
    print(type(r).__name__)
    m = MagicMock()
    async with m as entered:
        print(entered is m.__aenter__.return_value)
    print(type(m.__aenter__).__name__, m.__aexit__.await_count)
    m.__aiter__.return_value = [1, 2, 3]
    print([x async for x in m])
    print(asyncio.iscoroutinefunction(AsyncMock()))


asyncio.run(main())


def target(a, b, *, c=3):
    return a + b + c


spec = create_autospec(target, return_value=10)
print(spec(1, 2), spec(1, b=2, c=4))
attempt("too few", lambda: spec(1))
attempt("too many", lambda: spec(1, 2, 3))
attempt("unknown keyword", lambda: spec(1, 2, d=4))
spec.assert_called_with(1, b=2, c=4)
spec.assert_any_call(1, 2)
print(spec.call_count)


class Store:
    name = "store"

    def get(self, key, default=None):
        return default

    async def aget(self, key):
        return key


store = create_autospec(Store, instance=True)
store.get.return_value = "v"
print(store.get("k"), store.get("k", default=1))
attempt("method too many", lambda: store.get(1, 2, 3))
attempt("missing attribute", lambda: store.missing)
print(isinstance(store, Store), type(store.aget).__name__)
store.get.assert_called_with("k", default=1)
attempt("method assert", lambda: store.get.assert_called_with("x"))
klass = create_autospec(Store)
inst = klass()
print(inst is klass.return_value, isinstance(inst, Store))
inst.get("z")
inst.get.assert_called_once_with("z")


class Config:
    @property
    def value(self):
        return "real"


with patch.object(Config, "value", new_callable=PropertyMock) as prop:
    prop.return_value = "fake"
    c = Config()
    print(c.value)
    c.value = "set"
    print(prop.mock_calls)
print(Config().value)
