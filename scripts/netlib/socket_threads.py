# Blocking socket calls in one thread let the other threads run (CPython releases the
# GIL around them): a thread blocked in accept/recv/recvfrom while the main thread
# connects and sends, a big sendall read by another thread, timeouts in threads.
import socket
import threading
import time

events = []
listener = socket.socket()
listener.bind(('127.0.0.1', 0))
listener.listen()


def serve():
    conn, _ = listener.accept()
    events.append('accepted')
    with conn:
        total = 0
        while True:
            data = conn.recv(65536)
            if not data:
                break
            total += len(data)
        events.append(('received', total))
        conn.sendall(b'done')


server = threading.Thread(target=serve)
server.start()
time.sleep(0.05)
client = socket.create_connection(listener.getsockname())
payload = b'x' * (4 * 1024 * 1024)
client.sendall(payload)  # far more than the socket buffers: the reader must run
client.shutdown(socket.SHUT_WR)
print(client.recv(10))
client.close()
server.join()
listener.close()
print(events)

# A thread waiting in recv() does not stop the main thread.
a, b = socket.socketpair()
got = []
reader = threading.Thread(target=lambda: got.append(b.recv(100)))
reader.start()
ticks = 0
for _ in range(5):
    time.sleep(0.01)
    ticks += 1
a.sendall(b'late data')
reader.join()
print(ticks, got)

# Timeouts still apply inside threads.
outcome = []


def wait_short():
    b.settimeout(0.05)
    try:
        b.recv(10)
    except TimeoutError as e:
        outcome.append(('timeout', str(e)))


t = threading.Thread(target=wait_short)
t.start()
t.join()
print(outcome)
a.close()
b.close()

# UDP: recvfrom in a thread, sendto from the main thread.
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u.bind(('127.0.0.1', 0))
datagrams = []
t = threading.Thread(target=lambda: datagrams.append(u.recvfrom(100)[0]))
t.start()
time.sleep(0.02)
v = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
v.sendto(b'ping', u.getsockname())
t.join()
print(datagrams)
u.close()
v.close()
