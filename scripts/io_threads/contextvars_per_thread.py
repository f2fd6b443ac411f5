# Each thread has its own contextvars context: a new thread starts without the values set in main.
import contextvars, threading
v = contextvars.ContextVar('v', default='unset')
v.set('main')
out = []
def work():
    out.append(v.get())
    v.set('thread')
    out.append(v.get())
t = threading.Thread(target=work); t.start(); t.join()
print(out, v.get())
