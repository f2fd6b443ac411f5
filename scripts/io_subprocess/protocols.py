# loop.subprocess_exec / subprocess_shell with a SubprocessProtocol: connection_made
# comes first, each pipe's data then its pipe_connection_lost, process_exited, and
# connection_lost last; the transport's pid, returncode, pipe transports, close.
import asyncio


class Recorder(asyncio.SubprocessProtocol):
    def __init__(self, done):
        self.done = done
        self.events = []
        self.data = {}

    def connection_made(self, transport):
        self.transport = transport
        self.events.append(('connection_made',))

    def pipe_data_received(self, fd, data):
        self.data[fd] = self.data.get(fd, b'') + data

    def pipe_connection_lost(self, fd, exc):
        self.events.append(('pipe_connection_lost', fd, exc))

    def process_exited(self):
        self.events.append(('process_exited', self.transport.get_returncode()))

    def connection_lost(self, exc):
        self.events.append(('connection_lost', exc))
        self.done.set_result(None)


def report(proto):
    events = proto.events
    print("first:", events[0], "last:", events[-1])
    print("pipes lost:", sorted(e[1] for e in events if e[0] == 'pipe_connection_lost'))
    exited = [e for e in events if e[0] == 'process_exited']
    print("exited:", exited, "before connection_lost:",
          events.index(exited[0]) < len(events) - 1)
    print("data:", sorted(proto.data.items()))


async def main():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    transport, proto = await loop.subprocess_exec(
        lambda: Recorder(done), '/bin/sh', '-c', 'echo hi; echo err >&2; exit 4',
        stdin=None)
    print(type(proto).__name__, transport.get_pid() > 0)
    print(transport.get_pipe_transport(0), transport.get_pipe_transport(1) is not None)
    await done
    report(proto)
    print(transport.get_returncode(), transport.is_closing())
    transport.close()
    print(transport.is_closing())

    done = loop.create_future()
    transport, proto = await loop.subprocess_shell(
        lambda: Recorder(done), 'cat; echo bye >&2')
    stdin = transport.get_pipe_transport(0)
    stdin.write(b'ping\n')
    stdin.writelines([b'pong', b'\n'])
    print("can_write_eof:", stdin.can_write_eof())
    stdin.write_eof()
    await done
    report(proto)
    transport.close()

    done = loop.create_future()
    transport, proto = await loop.subprocess_exec(
        lambda: Recorder(done), '/bin/sleep', '10', stdout=None, stderr=None, stdin=None)
    transport.kill()
    await done
    report(proto)
    try:
        transport.kill()
    except ProcessLookupError:
        print("ProcessLookupError after the transport closed")

    for bad in (dict(universal_newlines=True), dict(shell=True), dict(bufsize=1),
                dict(text=True), dict(encoding='utf-8'), dict(errors='strict')):
        try:
            await loop.subprocess_exec(asyncio.SubprocessProtocol, '/bin/true', **bad)
        except ValueError as e:
            print("ValueError", e)
    try:
        await loop.subprocess_shell(asyncio.SubprocessProtocol, 'true', shell=False)
    except ValueError as e:
        print("ValueError", e)
    try:
        await loop.subprocess_shell(asyncio.SubprocessProtocol, ['true'])
    except ValueError as e:
        print("ValueError", e)


asyncio.run(main())
