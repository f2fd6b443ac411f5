# A thread blocked in a system call (a read from an empty pipe) lets the other
# threads run: the main thread writes what the reader waits for.
import os
import queue
import threading
import time

r, w = os.pipe()
got = []
reader = threading.Thread(target=lambda: got.append(os.read(r, 100)))
reader.start()
time.sleep(0.02)
print('reader still waiting:', reader.is_alive())
os.write(w, b'hello through the pipe')
reader.join()
print(got)

# A chain: each thread reads a pipe and writes the next.
pipes = [os.pipe() for _ in range(4)]
out = queue.Queue()


def relay(i):
    data = os.read(pipes[i][0], 100)
    if i + 1 < len(pipes):
        os.write(pipes[i + 1][1], data + b'>' + str(i).encode())
    else:
        out.put(data)


ts = [threading.Thread(target=relay, args=(i,)) for i in range(len(pipes))]
for t in ts:
    t.start()
os.write(pipes[0][1], b'start')
print(out.get(timeout=5))
for t in ts:
    t.join()
for a, b in pipes + [(r, w)]:
    os.close(a)
    os.close(b)
try:
    os.read(r, 1)
except OSError as e:
    print(type(e).__name__, e.errno)
