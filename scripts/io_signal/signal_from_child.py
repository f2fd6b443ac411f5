# Signals sent by a child process while the event loop waits: a signal.signal handler
# runs between bytecodes (waking the loop's wait), and a server-like main shuts down
# gracefully on SIGTERM through loop.add_signal_handler.
import asyncio
import signal
import sys

log = []


def on_usr1(signum, frame):
    log.append(signal.Signals(signum).name)


async def main():
    loop = asyncio.get_running_loop()
    signal.signal(signal.SIGUSR1, on_usr1)
    # The child sends its second signal only once the first was handled: two signals
    # pending at once are one (as in CPython), and a loaded machine may be that slow.
    child = await asyncio.create_subprocess_exec(
        '/bin/sh', '-c', 'kill -USR1 $PPID; read go; kill -USR1 $PPID; read go; echo done',
        stdin=asyncio.subprocess.PIPE)
    for handled in (1, 2):
        while len(log) < handled:
            await asyncio.sleep(0.01)
        child.stdin.write(b"go\n")
        await child.stdin.drain()
    await child.wait()
    print("after child:", log, child.returncode)

    stopping = asyncio.Event()
    loop.add_signal_handler(signal.SIGTERM, stopping.set)

    async def serve():
        served = 0
        while not stopping.is_set():
            await asyncio.sleep(0.01)
            served += 1
        return served > 0

    server = asyncio.create_task(serve())
    killer = await asyncio.create_subprocess_exec(
        sys.executable, '-c', 'import os, signal, time\ntime.sleep(0.1)\n'
        'os.kill(os.getppid(), signal.SIGTERM)')
    print("server ran:", await server)
    print("killer exit:", await killer.wait())
    loop.remove_signal_handler(signal.SIGTERM)
    signal.signal(signal.SIGUSR1, signal.SIG_DFL)


asyncio.run(main())
print("shut down gracefully")
