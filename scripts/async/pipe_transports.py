# loop.connect_read_pipe / connect_write_pipe over os.pipe(): StreamReader and StreamWriter
# on pipe transports, a plain Protocol seeing data, eof and connection_lost, the
# refusal of a regular file, and a write larger than the pipe buffer.
import asyncio, os, sys

async def main():
    loop = asyncio.get_running_loop()
    r, w = os.pipe()
    reader = asyncio.StreamReader()
    rt, _ = await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), os.fdopen(r, "rb"))
    wt, wp = await loop.connect_write_pipe(asyncio.streams.FlowControlMixin, os.fdopen(w, "wb"))
    writer = asyncio.StreamWriter(wt, wp, None, loop)
    print(type(rt).__name__, type(wt).__name__, rt.is_reading(), wt.get_write_buffer_size())
    for i in range(3):
        writer.write(f"msg {i}\n".encode())
    await writer.drain()
    print(await reader.readline(), await reader.readexactly(6))
    writer.write(b"x" * 200000)
    big = asyncio.create_task(reader.readexactly(200000))
    await writer.drain()
    print(len(await big))
    writer.close()
    print(await reader.read(), reader.at_eof())

    class P(asyncio.Protocol):
        def connection_made(self, t):
            print("made", type(t).__name__)
        def data_received(self, d):
            print("data", d)
        def eof_received(self):
            print("eof")
        def connection_lost(self, exc):
            print("lost", exc)
            done.set_result(None)
    done = loop.create_future()
    r, w = os.pipe()
    t, p = await loop.connect_read_pipe(P, os.fdopen(r, "rb"))
    os.write(w, b"hello")
    await asyncio.sleep(0.01)
    os.close(w)
    await done
    try:
        with open(__file__, "rb") as f:
            await loop.connect_read_pipe(P, f)
    except ValueError as e:
        print("ValueError:", e)
    print("done")

asyncio.run(main())
