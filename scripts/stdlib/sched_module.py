# sched: events ordered by time, priority and entry order, cancel, non-blocking run.
import sched

clock = [0.0]


def now():
    return clock[0]


def sleep(d):
    print('  sleep', d)
    clock[0] += d


s = sched.scheduler(now, sleep)
log = []
s.enter(5, 1, log.append, ('five',))
e2 = s.enter(2, 2, log.append, ('two-low',))
s.enter(2, 1, log.append, ('two-high',))
s.enterabs(2, 1, lambda what: log.append(what), kwargs={'what': 'two-high-again'})
s.enter(9, 1, lambda: log.append('nine'))
cancelled = s.enter(3, 1, log.append, ('never',))
s.cancel(cancelled)
print([(e.time, e.priority, e.sequence, e.argument, e.kwargs) for e in s.queue])
print(s.empty(), e2.time, e2.priority, e2.argument)
print(s.run(blocking=False))
s.run()
print(log, s.empty(), clock[0])
try:
    s.cancel(cancelled)
except ValueError as e:
    print('ValueError:', e)
clock[0] = 0.0
s.enter(0, 1, print, ('due now',))
s.enter(4, 1, print, ('later',))
print(s.run(False))
print(sched.Event._fields, sched.__all__)
