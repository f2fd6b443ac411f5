# Thread objects: target/args/kwargs/name/daemon, start/join/is_alive/ident,
# subclassing run(), current_thread/main_thread/get_ident/active_count/enumerate.
import threading
import time

results = []


def work(n, scale=1):
    time.sleep(0.05 * n)
    results.append((n * scale, threading.current_thread().name))


threads = [threading.Thread(target=work, args=(n,), kwargs={'scale': 10})
           for n in (3, 1, 2)]
print([t.name for t in threads])
print([t.is_alive() for t in threads], [t.ident for t in threads])
print(repr(threads[0]))
for t in threads:
    t.start()
print([t.is_alive() for t in threads])
for t in threads:
    t.join()
print(results)
print([t.is_alive() for t in threads])
print(all(isinstance(t.ident, int) and isinstance(t.native_id, int) for t in threads))
print(len({t.ident for t in threads} | {threading.get_ident()}))


class Worker(threading.Thread):
    def __init__(self, label):
        super().__init__(name=f"worker-{label}", daemon=True)
        self.label = label
        self.seen = None

    def run(self):
        me = threading.current_thread()
        self.seen = (me is self, me.name, me.daemon,
                     threading.get_ident() == self.ident,
                     threading.main_thread().name)


w = Worker('a')
print(w.daemon, w.name)
w.start()
w.join()
print(w.seen)

print(threading.current_thread().name, threading.current_thread() is threading.main_thread())
print(threading.main_thread().ident == threading.get_ident())
print(threading.get_native_id() == threading.main_thread().native_id)

gate = threading.Event()
blocked = threading.Thread(target=gate.wait, name='waiter')
blocked.start()
print(threading.active_count(), sorted(t.name for t in threading.enumerate()))
blocked.join(timeout=0.05)
print('alive after timed join:', blocked.is_alive())
gate.set()
blocked.join()
print('alive after set:', blocked.is_alive(), threading.active_count())

for bad in (blocked.start, threading.Thread().join,
            threading.current_thread().join):
    try:
        bad()
    except RuntimeError as e:
        print('RuntimeError:', e)

t = threading.Thread(target=lambda: None)
t.daemon = True
t.start()
try:
    t.daemon = False
except RuntimeError as e:
    print('RuntimeError:', e)
t.join()

named = threading.Thread(target=print, name=42)
print(named.name, threading.Thread(target=len).name)
t = threading.Thread(target=print, args=('from', 'thread'), kwargs={'sep': '-'})
t.start()
t.join()
print('done')
