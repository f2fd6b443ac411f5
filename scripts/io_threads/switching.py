# Threads take turns: a CPU-bound thread is preempted every switch interval, so a
# thread spinning on a flag lets the thread that sets it run.
import sys
import threading
import time

print(sys.getswitchinterval())
for bad in (0, -1, 0.0):
    try:
        sys.setswitchinterval(bad)
    except ValueError as e:
        print('ValueError:', e)
try:
    sys.setswitchinterval('x')
except TypeError as e:
    print('TypeError:', e)
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
sys.setswitchinterval(0.005)

stop = False
spins = 0


def spinner():
    global spins
    while not stop:
        spins += 1


t = threading.Thread(target=spinner)
t.start()
time.sleep(0.05)
stop = True
t.join()
print('spinner stopped after spinning:', spins > 0)

# Two CPU-bound threads, each spinning until the other has run: both get turns.
progress = {'a': 0, 'b': 0}


def busy(me, other):
    progress[me] += 1
    while not progress[other]:
        progress[me] += 1


ts = [threading.Thread(target=busy, args=('a', 'b')), threading.Thread(target=busy, args=('b', 'a'))]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(all(progress.values()))
