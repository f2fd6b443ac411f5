# Threads importing the same modules at once: each gets the fully initialised module
# (one waits while another runs its body), never a half-initialised one.
import sys
import threading

sys.setswitchinterval(0.0001)
errors = []
found = []


def importer():
    try:
        import concurrent.futures
        import queue
        import fractions
        found.append((concurrent.futures.ThreadPoolExecutor.__name__,
                      queue.SimpleQueue.__name__, fractions.Fraction(1, 3) * 3))
    except Exception as e:
        errors.append(repr(e))


threads = [threading.Thread(target=importer) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(errors, found)
