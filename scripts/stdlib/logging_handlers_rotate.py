# logging.handlers: RotatingFileHandler by size, TimedRotatingFileHandler on an injected
# clock (time.time replaced), namer/rotator, MemoryHandler, BufferingHandler, and
# QueueHandler feeding a QueueListener.
import logging
import logging.handlers
import os
import queue
import tempfile
import time

d = tempfile.mkdtemp()
path = os.path.join(d, "app.log")
log = logging.getLogger("rot")
log.propagate = False
log.setLevel(logging.DEBUG)
h = logging.handlers.RotatingFileHandler(path, maxBytes=40, backupCount=2)
h.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
log.addHandler(h)
for i in range(8):
    log.info("message number %d", i)
h.close()
log.removeHandler(h)
for name in sorted(os.listdir(d)):
    with open(os.path.join(d, name)) as f:
        print(name, repr(f.read()))

clock = [1_700_000_000.0]
real_time = time.time
time.time = lambda: clock[0]
try:
    tpath = os.path.join(d, "timed.log")
    th = logging.handlers.TimedRotatingFileHandler(tpath, when="S", interval=10, backupCount=2, delay=True,
                                                   utc=True)
    th.setFormatter(logging.Formatter("%(message)s"))
    log.addHandler(th)
    print(th.interval, th.suffix, th.rolloverAt - int(clock[0]))
    for step in range(6):
        log.warning("tick %d", step)
        clock[0] += 6
    th.close()
    log.removeHandler(th)
    for name in sorted(os.listdir(d)):
        if name.startswith("timed"):
            with open(os.path.join(d, name)) as f:
                print(name, repr(f.read()))
    for when in ("M", "H", "D", "MIDNIGHT", "W3"):
        x = logging.handlers.TimedRotatingFileHandler(os.path.join(d, "w.log"), when=when, utc=True, delay=True)
        print(when, x.interval, x.suffix, x.rolloverAt - int(clock[0]))
        x.close()
    for bad in ("W", "W9", "X"):
        try:
            logging.handlers.TimedRotatingFileHandler(os.path.join(d, "w.log"), when=bad)
        except ValueError as e:
            print(e)
finally:
    time.time = real_time

npath = os.path.join(d, "named.log")
nh = logging.handlers.RotatingFileHandler(npath, maxBytes=10, backupCount=1)
nh.namer = lambda name: name + ".bak"
nh.rotator = lambda src, dst: os.rename(src, dst)
log.addHandler(nh)
log.error("a fairly long line")
log.error("another long line")
nh.close()
log.removeHandler(nh)
print(sorted(n for n in os.listdir(d) if n.startswith("named")))

target = logging.StreamHandler()
import sys
target.stream = sys.stdout
target.setFormatter(logging.Formatter("target got %(levelname)s %(message)s"))
mh = logging.handlers.MemoryHandler(3, flushLevel=logging.ERROR, target=target)
log.addHandler(mh)
log.info("one")
log.info("two")
print("buffered", len(mh.buffer))
log.info("three")
print("after capacity", len(mh.buffer))
log.info("four")
log.error("five")
log.info("six")
mh.close()
log.removeHandler(mh)
bh = logging.handlers.BufferingHandler(2)
log.addHandler(bh)
log.info("x")
print(len(bh.buffer), bh.shouldFlush(None) if False else "")
log.info("y")
print(len(bh.buffer))
log.removeHandler(bh)

q = queue.Queue()
qh = logging.handlers.QueueHandler(q)
log.addHandler(qh)
log.info("queued %s", "arg")
rec = q.get_nowait()
print(rec.msg, rec.args, rec.message, rec.exc_info)
listener = logging.handlers.QueueListener(q, target, respect_handler_level=True)
target.setLevel(logging.WARNING)
listener.start()
log.info("dropped by level")
log.warning("through the listener")
listener.stop()
log.removeHandler(qh)
print(logging.handlers.DEFAULT_TCP_LOGGING_PORT, logging.handlers.SYSLOG_UDP_PORT)

import shutil
shutil.rmtree(d)
