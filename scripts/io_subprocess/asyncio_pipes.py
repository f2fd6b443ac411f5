# asyncio subprocesses: create_subprocess_exec/_shell with PIPE, DEVNULL and STDOUT,
# communicate (with input; both pipes at once, no deadlock on large outputs), streaming
# readline/readexactly/async for, stdin write+drain+close, signals and returncodes,
# a child that cannot start, several children at once, and CPython's messages.
import asyncio, sys, signal

async def main():
    p = await asyncio.create_subprocess_exec('/bin/echo', 'hello', stdout=asyncio.subprocess.PIPE)
    out, err = await p.communicate()
    print(out, err, p.returncode)
    p = await asyncio.create_subprocess_shell('echo out; echo err >&2; exit 3',
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    print(await p.communicate(), p.returncode)
    p = await asyncio.create_subprocess_exec('/bin/cat', stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE)
    out, _ = await p.communicate(b'x' * 1000000)
    print(len(out), p.returncode)
    p = await asyncio.create_subprocess_exec(sys.executable, '-c',
        'import sys\nsys.stdout.write("o"*500000)\nsys.stderr.write("e"*500000)',
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    out, err = await p.communicate()
    print(len(out), len(err), p.returncode)
    p = await asyncio.create_subprocess_exec('/bin/sh', '-c', 'for i in 1 2 3; do echo line $i; done',
        stdout=asyncio.subprocess.PIPE)
    async for line in p.stdout:
        print('got', line)
    print(await p.wait())
    p = await asyncio.create_subprocess_exec('/bin/cat', stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE)
    p.stdin.write(b'abc\ndef\n')
    await p.stdin.drain()
    print(await p.stdout.readline())
    print(await p.stdout.readexactly(2))
    p.stdin.close()
    print(await p.stdout.read(), p.stdout.at_eof())
    try:
        await p.stdout.readexactly(5)
    except asyncio.IncompleteReadError as e:
        print('incomplete', e, e.partial, e.expected)
    print(await p.wait())
    p = await asyncio.create_subprocess_exec('/bin/sleep', '10')
    p.terminate()
    print(await p.wait())
    try:
        p.kill()
    except ProcessLookupError:
        print('ProcessLookupError')
    p = await asyncio.create_subprocess_exec('/bin/sleep', '10')
    p.send_signal(signal.SIGKILL)
    print(await p.wait())
    try:
        await asyncio.create_subprocess_exec('nosuchprog')
    except FileNotFoundError as e:
        print(type(e).__name__, e)
    p = await asyncio.create_subprocess_shell('echo o; echo e >&2', stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT)
    print(await p.communicate())
    p = await asyncio.create_subprocess_shell('echo dn', stdout=asyncio.subprocess.DEVNULL)
    print(await p.communicate(), p.returncode)
    p = await asyncio.create_subprocess_exec('/bin/sh', '-c', 'read x; echo got $x; exit 7', stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE)
    print(await p.communicate(b'hi\n'), p.returncode)
    procs = [await asyncio.create_subprocess_exec('/bin/sh', '-c', f'sleep 0.{3-i}; echo {i}', stdout=asyncio.subprocess.PIPE) for i in range(3)]
    outs = await asyncio.gather(*(q.communicate() for q in procs))
    print([o for o, _ in outs])
    try:
        await asyncio.create_subprocess_shell(['ls'])
    except ValueError as e:
        print(e)
    try:
        await asyncio.create_subprocess_exec('ls', 1)
    except TypeError as e:
        print(e)
    try:
        await asyncio.create_subprocess_exec('ls', text=True)
    except ValueError as e:
        print(e)
    p = await asyncio.create_subprocess_exec('/bin/sleep', '5')
    try:
        await asyncio.wait_for(p.wait(), 0.2)
    except asyncio.TimeoutError:
        print('timeout; killing')
        p.kill()
    print(await p.wait())

asyncio.run(main())
