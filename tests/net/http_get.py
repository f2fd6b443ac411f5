# An HTTP/1.1 client over asyncio streams: GET one path from 127.0.0.1:PORT with
# Connection: close, then print the status, the body's length and whether it is the
# file's content.
import asyncio
import sys


async def main(port, path, local_file):
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    writer.write(f'GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n'
                 f'Connection: close\r\n\r\n'.encode())
    await writer.drain()
    status = (await reader.readline()).decode().rstrip()
    headers = {}
    while True:
        line = await reader.readline()
        if line in (b'\r\n', b''):
            break
        name, _, value = line.decode().partition(':')
        headers[name.strip().lower()] = value.strip()
    length = int(headers['content-length'])
    body = await reader.readexactly(length)
    rest = await reader.read()
    writer.close()
    with open(local_file, 'rb') as f:
        expected = f.read()
    print(status.split(' ', 1)[1])
    print('content-length', length)
    print('body matches', body == expected, 'trailing', len(rest))


asyncio.run(main(int(sys.argv[1]), sys.argv[2], sys.argv[3]))
