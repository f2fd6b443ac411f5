# asyncio event loop policies, the loop class names, and asyncio's submodules.
import asyncio
import asyncio.events
import asyncio.exceptions
from asyncio.exceptions import CancelledError, InvalidStateError
from asyncio import tasks, futures

policy = asyncio.get_event_loop_policy()
print(type(policy).__name__, asyncio.get_event_loop_policy() is policy)
print(isinstance(policy, asyncio.AbstractEventLoopPolicy),
      isinstance(policy, asyncio.DefaultEventLoopPolicy),
      isinstance(policy, asyncio.events.BaseDefaultEventLoopPolicy))
print([c.__name__ for c in type(policy).__mro__])

loop = policy.get_event_loop()
print(loop is asyncio.get_event_loop(), loop is policy.get_event_loop())
print(isinstance(loop, asyncio.AbstractEventLoop), isinstance(loop, asyncio.BaseEventLoop),
      isinstance(loop, asyncio.SelectorEventLoop))
other = policy.new_event_loop()
print(other is not loop, isinstance(other, asyncio.BaseEventLoop), other.is_closed())
other.close()
policy.set_event_loop(None)
try:
    policy.get_event_loop()
except RuntimeError as e:
    print("RuntimeError", e)
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("RuntimeError", e)
policy.set_event_loop(loop)
print(asyncio.get_event_loop() is loop)
try:
    policy.set_event_loop(5)
except TypeError as e:
    print("TypeError", e)
try:
    asyncio.set_event_loop("x")
except TypeError as e:
    print("TypeError", e)
print(asyncio.get_event_loop() is loop)
loop.close()

# The loop classes make loops.
for made in (asyncio.SelectorEventLoop(), asyncio.SelectorEventLoop(None)):
    print(isinstance(made, asyncio.AbstractEventLoop), made.is_closed(),
          made.run_until_complete(asyncio.sleep(0, "ran")))
    made.close()

# A new default policy starts without a loop of its own.
fresh = asyncio.DefaultEventLoopPolicy()
asyncio.set_event_loop_policy(fresh)
print(asyncio.get_event_loop_policy() is fresh)
made = asyncio.get_event_loop()
print(made is not loop, made is fresh.get_event_loop())
made.close()
asyncio.set_event_loop_policy(None)
print(asyncio.get_event_loop_policy() is not fresh,
      type(asyncio.get_event_loop_policy()).__name__)
for bad in (1, object()):
    try:
        asyncio.set_event_loop_policy(bad)
    except TypeError as e:
        print("TypeError", e)

# A policy subclass decides which loop asyncio.run uses.
made_loops = []


class Recording(asyncio.DefaultEventLoopPolicy):
    def new_event_loop(self):
        made = super().new_event_loop()
        made_loops.append(made)
        print("policy made a loop")
        return made


async def main():
    running = asyncio.get_running_loop()
    print("running loop from the policy:", running is made_loops[-1])
    return "done"


asyncio.set_event_loop_policy(Recording())
print(asyncio.run(main()))
print(len(made_loops), made_loops[0].is_closed())
with asyncio.Runner() as runner:
    print(runner.run(main()))
asyncio.set_event_loop_policy(None)

# The abstract policy refuses everything.
abstract = asyncio.AbstractEventLoopPolicy()
for name, args in [("get_event_loop", ()), ("set_event_loop", (None,)),
                   ("new_event_loop", ()), ("get_child_watcher", ()),
                   ("set_child_watcher", (None,))]:
    try:
        getattr(abstract, name)(*args)
    except NotImplementedError:
        print(name, "NotImplementedError")

# Submodules name the same objects as the package.
print(asyncio.tasks.Task is asyncio.Task, tasks.gather is asyncio.gather,
      futures.Future is asyncio.Future)
print(CancelledError is asyncio.CancelledError, InvalidStateError is asyncio.InvalidStateError)
print(asyncio.exceptions.BrokenBarrierError is asyncio.BrokenBarrierError,
      asyncio.exceptions.SendfileNotAvailableError is asyncio.SendfileNotAvailableError,
      asyncio.exceptions.TimeoutError is TimeoutError)
print(asyncio.locks.Lock is asyncio.Lock, asyncio.queues.Queue is asyncio.Queue,
      asyncio.events.get_event_loop_policy is asyncio.get_event_loop_policy,
      asyncio.runners.Runner is asyncio.Runner, asyncio.taskgroups.TaskGroup is asyncio.TaskGroup,
      asyncio.timeouts.timeout is asyncio.timeout, asyncio.streams.StreamWriter is asyncio.StreamWriter,
      asyncio.protocols.Protocol is asyncio.Protocol,
      asyncio.transports.SubprocessTransport is asyncio.SubprocessTransport,
      asyncio.base_events.BaseEventLoop is asyncio.BaseEventLoop,
      asyncio.unix_events.SelectorEventLoop is asyncio.SelectorEventLoop,
      asyncio.coroutines.iscoroutinefunction is asyncio.iscoroutinefunction,
      asyncio.threads.to_thread is asyncio.to_thread)
print(asyncio.Lock.__module__, asyncio.Queue.__module__, asyncio.TaskGroup.__module__,
      asyncio.Runner.__module__, asyncio.Timeout.__module__, asyncio.Protocol.__module__,
      asyncio.AbstractEventLoopPolicy.__module__, asyncio.SendfileNotAvailableError.__module__)
print(issubclass(asyncio.SendfileNotAvailableError, RuntimeError),
      issubclass(asyncio.SubprocessTransport, asyncio.BaseTransport))
print(sorted(asyncio.exceptions.__all__))
print(sorted(asyncio.locks.__all__), asyncio.locks.__name__)
try:
    from asyncio.exceptions import NoSuchThing
except ImportError as e:
    print("ImportError", e.name)

import logging
from asyncio.log import logger
print(logger is logging.getLogger("asyncio"), asyncio.log.logger is logger, logger.name)
try:
    asyncio.log.nothing
except AttributeError as e:
    print("AttributeError", e)
