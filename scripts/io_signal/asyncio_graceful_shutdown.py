# A server-like program shuts down gracefully on SIGTERM: loop.add_signal_handler runs
# the callback in the loop (not inside the signal handler), workers get cancelled and
# clean up, and the handler is gone after remove_signal_handler.
import asyncio
import os
import signal


async def worker(name, log):
    try:
        while True:
            await asyncio.sleep(0.01)
            log.append(name)
    except asyncio.CancelledError:
        print(name, "cancelled, cleaning up")
        raise


async def main():
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    log = []

    def on_term(tag):
        print("SIGTERM callback", tag, "running loop:", asyncio.get_running_loop() is loop)
        stop.set()

    print(loop.add_signal_handler(signal.SIGTERM, on_term, "graceful"))
    print("handler is a Python function:", callable(signal.getsignal(signal.SIGTERM)))
    workers = [asyncio.create_task(worker(f"w{i}", log)) for i in range(2)]
    await asyncio.sleep(0.05)
    os.kill(os.getpid(), signal.SIGTERM)
    print("kill returned; callback not run yet:", not stop.is_set())
    await stop.wait()
    for w in workers:
        w.cancel()
    results = await asyncio.gather(*workers, return_exceptions=True)
    print([type(r).__name__ for r in results])
    print("workers ran:", len(log) > 0)
    print(loop.remove_signal_handler(signal.SIGTERM))
    print(loop.remove_signal_handler(signal.SIGTERM))
    print(signal.getsignal(signal.SIGTERM))

    usr = []
    loop.add_signal_handler(signal.SIGUSR1, usr.append, "usr1")
    signal.raise_signal(signal.SIGUSR1)
    signal.raise_signal(signal.SIGUSR1)
    for _ in range(10):
        if len(usr) == 2:
            break
        await asyncio.sleep(0)
    print(usr)
    loop.remove_signal_handler(signal.SIGUSR1)

    for bad in ("x", 0, 100):
        try:
            loop.add_signal_handler(bad, print)
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
    try:
        loop.add_signal_handler(signal.SIGKILL, print)
    except RuntimeError as e:
        print("RuntimeError", e)

    async def coro_callback():
        pass
    try:
        loop.add_signal_handler(signal.SIGUSR2, coro_callback)
    except TypeError as e:
        print("TypeError", e)


asyncio.run(main())
print("exited cleanly")
