import time
import timeit


class FakeClock:
    """A timer that advances by a fixed step each time it is read."""

    def __init__(self, step):
        self.now = 0.0
        self.step = step
        self.reads = 0

    def __call__(self):
        self.reads += 1
        self.now += self.step
        return self.now


calls = []
setups = []
t = timeit.Timer(lambda: calls.append(1), setup=lambda: setups.append(1), timer=FakeClock(0.25))
print(t.timeit(7), len(calls), len(setups), t.timer.reads)
print(t.repeat(3, 4), len(calls), len(setups))
print(t.repeat(number=2, repeat=2))

class SlowingClock(FakeClock):
    """Each read advances twice as far as the one before, so autorange ends."""

    def __call__(self):
        self.step *= 2
        return FakeClock.__call__(self)


seen = []
t2 = timeit.Timer(lambda: None, timer=SlowingClock(0.001))
number, took = t2.autorange(lambda n, took: seen.append((n, round(took, 6))))
print(number, round(took, 6), seen)

counter = [0]


def work():
    counter[0] += 1


print(timeit.timeit(work, number=1000, timer=FakeClock(1.0)), counter[0])
print(timeit.repeat(work, repeat=3, number=10, timer=FakeClock(0.5)), counter[0])
print(timeit.timeit("pass", number=5, timer=FakeClock(2.0)), timeit.timeit(number=3, timer=FakeClock(1.0)))
real = timeit.timeit(work, number=100)
print(type(real).__name__, real >= 0.0, counter[0])
print(timeit.default_timer is time.perf_counter, timeit.default_number, timeit.default_repeat)
print(isinstance(timeit.Timer(work).repeat(2, 1), list))
for bad in ((5,), ("pass", 5)):
    try:
        timeit.Timer(*bad)
    except ValueError as e:
        print("ValueError", e)
