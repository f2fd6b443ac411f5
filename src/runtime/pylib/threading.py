"""Thread objects and the synchronisation primitives, over the natives of _thread.

coro runs every Python thread on the interpreter's one OS thread as a green thread
(see src/threads/mod.rs): threads switch when one blocks and every switch interval,
as CPython's GIL changes hands, so the semantics below are CPython 3.11's.
"""

import sys as _sys
import _thread
from time import monotonic as _time

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread',
           'enumerate', 'main_thread', 'TIMEOUT_MAX',
           'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread',
           'Barrier', 'BrokenBarrierError', 'Timer', 'ThreadError',
           'ExceptHookArgs', 'setprofile', 'settrace', 'local', 'stack_size',
           'excepthook', 'get_native_id', 'getprofile', 'gettrace']

_start_new_thread = _thread.start_new_thread
_allocate_lock = _thread.allocate_lock
get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX
stack_size = _thread.stack_size
Lock = _allocate_lock

_profile_hook = None
_trace_hook = None


def setprofile(func):
    global _profile_hook
    _profile_hook = func


def getprofile():
    return _profile_hook


def settrace(func):
    global _trace_hook
    _trace_hook = func


def gettrace():
    return _trace_hook


def _deprecated_alias(old, advice):
    import warnings
    warnings.warn(f"{old}() is deprecated, {advice}", DeprecationWarning, stacklevel=3)


# ------------------------------------------------------------------------ RLock


class RLock:
    """A reentrant lock: the thread that holds it may acquire it again, and must
    release it as many times."""

    # CPython's threading.RLock is the C type _thread.RLock; reprs and type() name it so.
    __module__ = "_thread"

    def __init__(self):
        self._count = 0
        self._owner = None
        self._block = _allocate_lock()

    def __repr__(self):
        kind = type(self)
        state = "locked" if self._block.locked() else "unlocked"
        return (f"<{state} {kind.__module__}.{kind.__qualname__} object "
                f"owner={self._owner or 0} count={self._count} at {hex(id(self))}>")

    def _is_owned(self):
        return self._owner == get_ident()

    def acquire(self, blocking=True, timeout=-1):
        if self._is_owned():
            self._count += 1
            return True
        if not self._block.acquire(blocking, timeout):
            return False
        self._owner, self._count = get_ident(), 1
        return True

    def release(self):
        if not self._is_owned():
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1
        if self._count == 0:
            self._owner = None
            self._block.release()

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc_info):
        self.release()

    # Condition.wait gives the lock up entirely, however deep, and takes it back.
    def _release_save(self):
        if not self._count:
            raise RuntimeError("cannot release un-acquired lock")
        state = (self._count, self._owner)
        self._count, self._owner = 0, None
        self._block.release()
        return state

    def _acquire_restore(self, state):
        self._block.acquire()
        self._count, self._owner = state


_PyRLock = RLock


# -------------------------------------------------------------------- Condition


class Condition:
    """Threads wait on it until another notifies them; over a lock they share."""

    def __init__(self, lock=None):
        self._lock = RLock() if lock is None else lock
        self.acquire = self._lock.acquire
        self.release = self._lock.release
        # A lock that knows how to give itself up entirely (RLock) says so; for others
        # the generic versions below serve.
        for hook in ('_release_save', '_acquire_restore', '_is_owned'):
            own = getattr(self._lock, hook, None)
            if own is not None:
                setattr(self, hook, own)
        self._waiters = []   # one locked gate per waiting thread, oldest first

    def _at_fork_reinit(self):
        self._waiters.clear()

    def __repr__(self):
        return f"<Condition({self._lock}, {len(self._waiters)})>"

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *exc_info):
        return self._lock.__exit__(*exc_info)

    def _is_owned(self):
        # Held by someone if it cannot be taken now (by us, presumably).
        if not self._lock.acquire(False):
            return True
        self._lock.release()
        return False

    def _release_save(self):
        self._lock.release()

    def _acquire_restore(self, state):
        self._lock.acquire()

    def wait(self, timeout=None):
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        # The waiter blocks on its own locked gate until notify() opens it.
        gate = _allocate_lock()
        gate.acquire()
        self._waiters.append(gate)
        saved = self._release_save()
        opened = False
        try:
            if timeout is None:
                opened = gate.acquire()
            else:
                opened = gate.acquire(True, timeout) if timeout > 0 else gate.acquire(False)
            return opened
        finally:
            self._acquire_restore(saved)
            if not opened and gate in self._waiters:
                self._waiters.remove(gate)

    def wait_for(self, predicate, timeout=None):
        outcome = predicate()
        deadline = None
        while not outcome:
            left = None
            if timeout is not None:
                # The first wait gets the whole timeout; later ones what is left of it.
                if deadline is None:
                    deadline = _time() + timeout
                    left = timeout
                else:
                    left = deadline - _time()
                    if left <= 0:
                        break
            self.wait(left)
            outcome = predicate()
        return outcome

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        woken = 0
        while self._waiters and woken < n:
            gate = self._waiters.pop(0)
            try:
                gate.release()
            except RuntimeError:
                continue   # its waiter already gave up
            woken += 1

    def notify_all(self):
        self.notify(len(self._waiters))

    def notifyAll(self):
        _deprecated_alias("notifyAll", "use notify_all() instead")
        self.notify_all()


# ------------------------------------------------------------------- Semaphores


class Semaphore:
    """A counter that acquire() decrements, waiting while it is zero."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._value = value
        self._cond = Condition(Lock())

    def _describe(self):
        return f"value={self._value}"

    def __repr__(self):
        kind = type(self)
        return f"<{kind.__module__}.{kind.__qualname__} at {id(self):#x}: {self._describe()}>"

    def acquire(self, blocking=True, timeout=None):
        if timeout is not None and not blocking:
            raise ValueError("can't specify timeout for non-blocking acquire")
        with self._cond:
            if blocking:
                self._cond.wait_for(lambda: self._value != 0, timeout)
            if self._value == 0:
                return False
            self._value -= 1
            return True

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            self._check_release(n)
            self._value += n
            self._cond.notify(n)

    def _check_release(self, n):
        pass

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc_info):
        self.release()


class BoundedSemaphore(Semaphore):
    """A semaphore that refuses to be released above its initial value."""

    def __init__(self, value=1):
        super().__init__(value)
        self._initial_value = value

    def _describe(self):
        return f"value={self._value}/{self._initial_value}"

    def _check_release(self, n):
        if self._value + n > self._initial_value:
            raise ValueError("Semaphore released too many times")


# ------------------------------------------------------------------------ Event


class Event:
    """A flag threads wait for until another sets it."""

    def __init__(self):
        self._flag = False
        self._cond = Condition(Lock())

    def __repr__(self):
        kind = type(self)
        return (f"<{kind.__module__}.{kind.__qualname__} at {id(self):#x}: "
                f"{'set' if self._flag else 'unset'}>")

    def _at_fork_reinit(self):
        self._cond._at_fork_reinit()

    def is_set(self):
        return self._flag

    def isSet(self):
        _deprecated_alias("isSet", "use is_set() instead")
        return self._flag

    def set(self):
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        with self._cond:
            return self._flag or self._cond.wait(timeout)


# ---------------------------------------------------------------------- Barrier


class BrokenBarrierError(RuntimeError):
    pass


# A barrier fills (parties arrive), drains (the released parties leave) and then
# fills again; reset() marks it resetting until its waiters have left; abort() or a
# failure breaks it.
_FILLING, _DRAINING, _RESETTING, _BROKEN = 0, 1, -1, -2


class Barrier:
    """Parties wait until all of them have arrived, then all go on together."""

    def __init__(self, parties, action=None, timeout=None):
        self._parties = parties
        self._action = action
        self._timeout = timeout
        self._cond = Condition(Lock())
        self._state = _FILLING
        self._count = 0

    def __repr__(self):
        kind = type(self)
        what = "broken" if self.broken else f"waiters={self.n_waiting}/{self.parties}"
        return f"<{kind.__module__}.{kind.__qualname__} at {id(self):#x}: {what}>"

    parties = property(lambda self: self._parties)
    broken = property(lambda self: self._state == _BROKEN)

    @property
    def n_waiting(self):
        return self._count if self._state == _FILLING else 0

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            # A round still draining or resetting finishes before this one starts.
            while self._state in (_DRAINING, _RESETTING):
                self._cond.wait()
            if self._state == _BROKEN:
                raise BrokenBarrierError
            arrival = self._count
            self._count += 1
            try:
                if arrival + 1 == self._parties:
                    self._trip()
                else:
                    self._await_trip(timeout)
                return arrival
            finally:
                self._count -= 1
                if self._count == 0 and self._state in (_DRAINING, _RESETTING):
                    self._state = _FILLING
                    self._cond.notify_all()

    def _trip(self):
        # The last party runs the action; if it fails, the barrier breaks.
        try:
            if self._action:
                self._action()
        except BaseException:
            self._break()
            raise
        self._state = _DRAINING
        self._cond.notify_all()

    def _await_trip(self, timeout):
        if not self._cond.wait_for(lambda: self._state != _FILLING, timeout):
            self._break()
            raise BrokenBarrierError
        if self._state in (_BROKEN, _RESETTING):
            raise BrokenBarrierError

    def reset(self):
        with self._cond:
            if not self._count:
                self._state = _FILLING
            elif self._state in (_FILLING, _BROKEN):
                self._state = _RESETTING
            self._cond.notify_all()

    def abort(self):
        with self._cond:
            self._break()

    def _break(self):
        self._state = _BROKEN
        self._cond.notify_all()


# ------------------------------------------------------------------ the threads

_name_counter = 0


def _newname(name_template):
    global _name_counter
    _name_counter += 1
    return name_template % _name_counter


_active_limbo_lock = RLock()
_active = {}    # ident -> running Thread
_limbo = {}     # started, not yet running
_threading_atexits = []
_SHUTTING_DOWN = False


def _require_init(thread, message="Thread.__init__() not called"):
    if not thread._initialized:
        raise RuntimeError(message)


class Thread:
    """A thread of control: target(*args, **kwargs), or a subclass's run()."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None,
                 args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if name:
            name = str(name)
        else:
            # "Thread-N", and the target's name when it has one.
            name = _newname("Thread-%d")
            target_name = getattr(target, "__name__", None) if target is not None else None
            if target_name is not None:
                name = f"{name} ({target_name})"
        self._name = name
        self._target = target
        self._args = args
        self._kwargs = {} if kwargs is None else kwargs
        self._daemonic = current_thread().daemon if daemon is None else daemon
        self._ident = self._native_id = None
        self._tstate_lock = None     # held while the thread runs; join() waits on it
        self._started = Event()
        self._is_stopped = False
        self._stderr = _sys.stderr
        self._invoke_excepthook = _make_invoke_excepthook()
        self._initialized = True

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        self.is_alive()   # notices a thread that has ended
        if self._is_stopped:
            words = ["stopped"]
        else:
            words = ["started" if self._started.is_set() else "initial"]
        if self._daemonic:
            words.append("daemon")
        if self._ident is not None:
            words.append(str(self._ident))
        return f"<{type(self).__name__}({self._name}, {' '.join(words)})>"

    # -- running

    def start(self):
        _require_init(self, "thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("threads can only be started once")
        with _active_limbo_lock:
            _limbo[self] = self
        try:
            _start_new_thread(self._bootstrap, ())
        except Exception:
            with _active_limbo_lock:
                _limbo.pop(self, None)
            raise
        self._started.wait()

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            # Drop the references, so the arguments can be freed with the thread.
            del self._target, self._args, self._kwargs

    def _bootstrap(self):
        self._bootstrap_inner()

    def _set_ident(self):
        self._ident = get_ident()

    def _set_native_id(self):
        self._native_id = get_native_id()

    def _set_tstate_lock(self):
        self._tstate_lock = _allocate_lock()
        self._tstate_lock.acquire()

    def _bootstrap_inner(self):
        try:
            self._set_ident()
            self._set_tstate_lock()
            self._set_native_id()
            self._started.set()
            with _active_limbo_lock:
                _limbo.pop(self, None)
                _active[self._ident] = self
            try:
                self.run()
            except BaseException:
                self._invoke_excepthook(self)
        finally:
            self._delete()

    def _stop(self):
        self._is_stopped = True
        self._tstate_lock = None

    def _delete(self):
        with _active_limbo_lock:
            _active.pop(get_ident(), None)
        running = self._tstate_lock
        if running is not None and running.locked():
            running.release()

    # -- waiting for it

    def join(self, timeout=None):
        _require_init(self)
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if timeout is None:
            self._wait_for_tstate_lock()
        else:
            self._wait_for_tstate_lock(timeout=max(timeout, 0))

    def _wait_for_tstate_lock(self, block=True, timeout=-1):
        running = self._tstate_lock
        if running is not None and running.acquire(block, timeout):
            running.release()
            self._stop()

    def is_alive(self):
        assert self._initialized, "Thread.__init__() not called"
        if self._is_stopped or not self._started.is_set():
            return False
        self._wait_for_tstate_lock(False)
        return not self._is_stopped

    # -- attributes

    @property
    def name(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, "Thread.__init__() not called"
        self._name = str(name)

    @property
    def ident(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._ident

    @property
    def native_id(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._native_id

    @property
    def daemon(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        _require_init(self)
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        _deprecated_alias("isDaemon", "get the daemon attribute instead")
        return self.daemon

    def setDaemon(self, daemonic):
        _deprecated_alias("setDaemon", "set the daemon attribute instead")
        self.daemon = daemonic

    def getName(self):
        _deprecated_alias("getName", "get the name attribute instead")
        return self.name

    def setName(self, name):
        _deprecated_alias("setName", "set the name attribute instead")
        self.name = name


class _ExceptHookArgs(tuple):
    """The argument of threading.excepthook: a 4-field struct sequence."""

    n_fields = n_sequence_fields = 4
    n_unnamed_fields = 0

    def __new__(cls, args):
        return tuple.__new__(cls, args)

    exc_type = property(lambda self: self[0])
    exc_value = property(lambda self: self[1])
    exc_traceback = property(lambda self: self[2])
    thread = property(lambda self: self[3])

    def __repr__(self):
        fields = ("exc_type", "exc_value", "exc_traceback", "thread")
        inner = ", ".join(f"{name}={value!r}" for name, value in zip(fields, self))
        return f"_thread._ExceptHookArgs({inner})"


_ExceptHookArgs.__name__ = _ExceptHookArgs.__qualname__ = '_ExceptHookArgs'
_ExceptHookArgs.__module__ = '_thread'
ExceptHookArgs = _ExceptHookArgs


def excepthook(args, /):
    """Report an exception that ended a thread's run(): its name, then the traceback
    on sys.stderr (or the thread's own stderr when sys.stderr is gone); SystemExit
    is silent."""
    if args.exc_type == SystemExit:
        return
    stream = _sys.stderr if _sys is not None else None
    if stream is None:
        stream = args.thread._stderr if args.thread is not None else None
        if stream is None:
            return
    who = args.thread.name if args.thread is not None else get_ident()
    print(f"Exception in thread {who}:", file=stream, flush=True)
    import traceback
    traceback.print_exception(args.exc_type, args.exc_value, args.exc_traceback,
                              file=stream)
    stream.flush()


__excepthook__ = excepthook


def _make_invoke_excepthook():
    # The hook in force when the thread was made serves if threading.excepthook is
    # later deleted or set to None.
    fallback = excepthook

    def invoke_excepthook(thread):
        hook = globals().get('excepthook') or fallback
        args = ExceptHookArgs([*_sys.exc_info(), thread])
        try:
            hook(args)
        except Exception as failure:
            # The hook itself failed: say so, then let sys.excepthook report it.
            failure.__suppress_context__ = True
            stream = _sys.stderr if _sys.stderr is not None else thread._stderr
            print("Exception in threading.excepthook:", file=stream, flush=True)
            report = getattr(_sys, 'excepthook', None)
            if report is None:
                raise
            report(*_sys.exc_info())
        finally:
            args = None

    return invoke_excepthook


class Timer(Thread):
    """Call function(*args, **kwargs) after interval seconds, unless cancelled."""

    def __init__(self, interval, function, args=None, kwargs=None):
        super().__init__()
        self.interval = interval
        self.function = function
        self.args = [] if args is None else args
        self.kwargs = {} if kwargs is None else kwargs
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        # finished doubles as the cancel flag: set early, the call is skipped.
        cancelled = self.finished.wait(self.interval)
        if not cancelled and not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class _MainThread(Thread):

    def __init__(self):
        super().__init__(name="MainThread", daemon=False)
        self._set_tstate_lock()
        self._started.set()
        self._ident = _thread._main_ident()
        self._native_id = get_native_id() if get_ident() == self._ident else None
        with _active_limbo_lock:
            _active[self._ident] = self


class _DummyThread(Thread):
    """current_thread() of a thread that _thread started directly."""

    def __init__(self):
        super().__init__(name=_newname("Dummy-%d"), daemon=True)
        self._started.set()
        self._set_ident()
        self._set_native_id()
        with _active_limbo_lock:
            _active[self._ident] = self

    def _stop(self):
        pass

    def is_alive(self):
        assert not self._is_stopped and self._started.is_set()
        return True

    def join(self, timeout=None):
        assert False, "cannot join a dummy thread"


def current_thread():
    found = _active.get(get_ident())
    return _DummyThread() if found is None else found


def currentThread():
    _deprecated_alias("currentThread", "use current_thread() instead")
    return current_thread()


def _enumerate():
    return [*_active.values(), *_limbo.values()]


def enumerate():
    with _active_limbo_lock:
        return _enumerate()


def active_count():
    with _active_limbo_lock:
        return len(_active) + len(_limbo)


def activeCount():
    _deprecated_alias("activeCount", "use active_count() instead")
    return active_count()


def main_thread():
    return _main_thread


def _register_atexit(func, *arg, **kwargs):
    if _SHUTTING_DOWN:
        raise RuntimeError("can't register atexit after shutdown")
    _threading_atexits.append(lambda: func(*arg, **kwargs))


def _shutdown():
    """At interpreter exit: run the atexit calls (last registered first), then wait
    for the non-daemon threads."""
    global _SHUTTING_DOWN
    if _main_thread._is_stopped:
        return
    _SHUTTING_DOWN = True
    for call in _threading_atexits[::-1]:
        call()
    running = _main_thread._tstate_lock
    if running is not None and running.locked():
        running.release()
    _main_thread._stop()
    while True:
        with _active_limbo_lock:
            pending = [t for t in _enumerate()
                       if t is not _main_thread and not t.daemon
                       and not isinstance(t, _DummyThread)]
        pending = [t for t in pending if t.is_alive()]
        if not pending:
            return
        for t in pending:
            t.join()


class _local:
    """Thread-local data: each thread sees its own attributes."""

    def __new__(cls, /, *args, **kw):
        if (args or kw) and (cls.__init__ is object.__init__):
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        object.__setattr__(self, '_local__impl', ({get_ident(): {}}, args, kw))
        return self

    # Attributes live in the thread's own dict; what the class defines (methods,
    # properties) is found by the ordinary lookup on the real instance, whose own
    # dict holds only the per-thread table.
    def __getattribute__(self, name):
        d = _local_dict(self)
        if name == '__dict__':
            return d
        attr = _class_lookup(type(self), name)
        if attr is not _MISSING and _is_data_descriptor(attr):
            return object.__getattribute__(self, name)
        if name in d:
            return d[name]
        if attr is not _MISSING:
            return object.__getattribute__(self, name)
        raise AttributeError(
            f"'{_local_type_name(type(self))}' object has no attribute '{name}'")

    def __setattr__(self, name, value):
        if name == '__dict__':
            raise AttributeError(
                f"'{_local_type_name(type(self))}' object attribute '__dict__' is read-only")
        d = _local_dict(self)
        attr = _class_lookup(type(self), name)
        if attr is not _MISSING and _is_data_descriptor(attr):
            object.__setattr__(self, name, value)
            return
        d[name] = value

    def __delattr__(self, name):
        if name == '__dict__':
            raise AttributeError(
                f"'{_local_type_name(type(self))}' object attribute '__dict__' is read-only")
        d = _local_dict(self)
        attr = _class_lookup(type(self), name)
        if attr is not _MISSING and _is_data_descriptor(attr):
            object.__delattr__(self, name)
            return
        try:
            del d[name]
        except KeyError:
            raise AttributeError(
                f"'{_local_type_name(type(self))}' object has no attribute '{name}'") from None


_local.__module__ = '_thread'
_MISSING = object()


def _local_type_name(cls):
    return '_thread._local' if cls is _local else cls.__name__


def _is_data_descriptor(attr):
    return (isinstance(attr, property) or hasattr(type(attr), '__set__')
            or hasattr(type(attr), '__delete__'))


def _class_lookup(cls, name):
    for base in cls.__mro__:
        namespace = base.__dict__
        if name in namespace:
            return namespace[name]
    return _MISSING


def _local_dict(self):
    dicts, args, kw = object.__getattribute__(self, '_local__impl')
    key = get_ident()
    d = dicts.get(key)
    if d is None:
        # A thread's first look: its own namespace, set up by __init__ again.
        d = dicts[key] = {}
        cls = type(self)
        if cls.__init__ is not object.__init__:
            cls.__init__(self, *args, **kw)
    return d


local = _local

_main_thread = _MainThread()
