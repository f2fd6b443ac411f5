# A client for the interoperation tests: sends lines (and one long one) to the echo
# server at the port given, prints what comes back, then half-closes and reads the end.
import asyncio
import sys


async def main(port):
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    for word in ('hello', 'from', 'the client'):
        writer.write(word.encode() + b'\n')
        await writer.drain()
        print((await reader.readline()).decode().rstrip())
    long_line = b'x' * 50000 + b'\n'
    writer.write(long_line)
    await writer.drain()
    back = await reader.readexactly(len(long_line))
    print('long line back', back == long_line.upper())
    writer.write_eof()
    print((await reader.read()).decode().rstrip())
    writer.close()
    await writer.wait_closed()


asyncio.run(main(int(sys.argv[1])))
