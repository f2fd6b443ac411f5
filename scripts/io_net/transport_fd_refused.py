# add_reader/remove_reader refuse a transport's descriptor, naming the transport (as
# CPython's _ensure_fd_no_transport).
import asyncio, socket
async def main():
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    t, p = await loop.connect_accepted_socket(asyncio.Protocol, a)
    await asyncio.sleep(0)
    for args in ((a.fileno(), print), (a.fileno(),)):
        try:
            (loop.add_reader if len(args) == 2 else loop.remove_reader)(*args)
        except RuntimeError as e:
            print(type(e).__name__, str(e).replace(str(a.fileno()), 'N'))
    t.close(); b.close()
    await asyncio.sleep(0)
asyncio.run(main())
