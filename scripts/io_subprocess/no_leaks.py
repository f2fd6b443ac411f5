# Many children, blocking and asyncio, with every kind of stream: no file descriptor
# and no zombie is left behind, and a failed start leaks nothing either.
import asyncio
import os
import subprocess


def open_fds():
    return len(os.listdir('/proc/self/fd'))


before = open_fds()
for i in range(30):
    subprocess.run(['/bin/echo', str(i)], capture_output=True)
    subprocess.run(['/bin/cat'], input=b'x', stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    subprocess.call(['/bin/true'], stdout=subprocess.DEVNULL)
    try:
        subprocess.run(['nosuchprog'], capture_output=True)
    except FileNotFoundError:
        pass
    with subprocess.Popen(['/bin/cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE) as p:
        p.stdin.write(b'abc')
print("blocking: fds back to start:", open_fds() == before)


async def main():
    # The loop's own descriptors (its selector or tokio's reactor) exist by now.
    await asyncio.sleep(0)
    start = open_fds()
    for i in range(30):
        p = await asyncio.create_subprocess_exec(
            '/bin/cat', stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE)
        out, err = await p.communicate(str(i).encode())
        assert out == str(i).encode(), out
        p = await asyncio.create_subprocess_shell('echo x', stdout=asyncio.subprocess.DEVNULL)
        await p.wait()
        try:
            await asyncio.create_subprocess_exec('nosuchprog', stdout=asyncio.subprocess.PIPE)
        except FileNotFoundError:
            pass
    # Let the loop see the last pipes closed.
    await asyncio.sleep(0.05)
    print("asyncio: fds back to start:", open_fds() == start)


asyncio.run(main())
try:
    os.waitpid(-1, os.WNOHANG)
    print("zombies left")
except ChildProcessError:
    print("no children left")
