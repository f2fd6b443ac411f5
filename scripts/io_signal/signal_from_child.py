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
    child = await asyncio.create_subprocess_exec(
        '/bin/sh', '-c', 'kill -USR1 $PPID; sleep 0.2; kill -USR1 $PPID; echo done')
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
