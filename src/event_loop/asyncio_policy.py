# The Python half of coro's asyncio, last part: event loop policies and the names of
# CPython's asyncio submodules. Run in the module's namespace after the other parts.
#
# Policies: the native loop state (the current loop of the thread, and whether
# set_event_loop was called) belongs to the installed policy. A BaseDefaultEventLoopPolicy
# that is not installed keeps its own state in `_detached`; installing another policy
# swaps the states, so that every policy sees only the loops set through it, as CPython's
# per-policy thread-local does. get_event_loop(), set_event_loop() and new_event_loop()
# go through the installed policy as CPython's do, with the natives as the fast path for
# the default one.

_native_get_event_loop = get_event_loop
_native_set_event_loop = set_event_loop
_native_new_event_loop = new_event_loop
_event_loop_policy = None


class SendfileNotAvailableError(RuntimeError):
    """Sendfile syscall is not available."""


SendfileNotAvailableError.__module__ = 'asyncio.exceptions'

# coro has one event loop class: it is the base, selector and Unix loop all at once.
# Calling it makes a loop, as new_event_loop() does; it cannot be subclassed into
# another kind of loop.
def _new_loop(cls, selector=None):
    if cls is not _EventLoop:
        raise TypeError(f"cannot create '{cls.__qualname__}' instances: coro's event "
                        f"loop class cannot be subclassed")
    return _native_new_event_loop()


_install(_EventLoop, '__new__', staticmethod(_new_loop))
del _new_loop
BaseEventLoop = _EventLoop
SelectorEventLoop = _EventLoop


class AbstractEventLoopPolicy:
    """The interface of an event loop policy: which loop is current, and how new loops
    are made."""

    def get_event_loop(self):
        raise NotImplementedError

    def set_event_loop(self, loop):
        raise NotImplementedError

    def new_event_loop(self):
        raise NotImplementedError

    def get_child_watcher(self):
        raise NotImplementedError

    def set_child_watcher(self, watcher):
        raise NotImplementedError


class BaseDefaultEventLoopPolicy(AbstractEventLoopPolicy):
    """A loop per thread, made on demand in the main thread only."""

    _loop_factory = None

    def __init__(self):
        self._detached = (None, False)

    def _state(self):
        if self is _event_loop_policy:
            return _loop_state()
        return self._detached

    def get_event_loop(self):
        loop, set_called = self._state()
        if loop is None and not set_called and _in_main_thread():
            self.set_event_loop(self.new_event_loop())
            loop = self._state()[0]
        if loop is None:
            raise RuntimeError('There is no current event loop in thread %r.'
                               % _current_thread_name())
        return loop

    def set_event_loop(self, loop):
        if self is _event_loop_policy:
            _native_set_event_loop(loop)
            return
        self._detached = (self._detached[0], True)
        if loop is not None and not isinstance(loop, AbstractEventLoop):
            raise TypeError(f"loop must be an instance of AbstractEventLoop or None, "
                            f"not '{type(loop).__name__}'")
        self._detached = (loop, True)

    def new_event_loop(self):
        return self._loop_factory()


class DefaultEventLoopPolicy(BaseDefaultEventLoopPolicy):
    """The policy asyncio installs when none is set."""

    _loop_factory = staticmethod(_native_new_event_loop)


DefaultEventLoopPolicy.__name__ = '_UnixDefaultEventLoopPolicy'
DefaultEventLoopPolicy.__qualname__ = '_UnixDefaultEventLoopPolicy'
DefaultEventLoopPolicy.__module__ = 'asyncio.unix_events'
AbstractEventLoopPolicy.__module__ = 'asyncio.events'
BaseDefaultEventLoopPolicy.__module__ = 'asyncio.events'


def _in_main_thread():
    import threading
    return threading.current_thread() is threading.main_thread()


def _current_thread_name():
    import threading
    return threading.current_thread().name


def get_event_loop_policy():
    global _event_loop_policy
    if _event_loop_policy is None:
        # The first default policy takes over the state the natives already hold.
        _event_loop_policy = DefaultEventLoopPolicy()
    return _event_loop_policy


def set_event_loop_policy(policy):
    global _event_loop_policy
    if policy is not None and not isinstance(policy, AbstractEventLoopPolicy):
        raise TypeError(f"policy must be an instance of AbstractEventLoopPolicy or None, "
                        f"not '{type(policy).__name__}'")
    old = _event_loop_policy
    if policy is old:
        return
    if isinstance(old, BaseDefaultEventLoopPolicy):
        old._detached = _loop_state()
    # The natives make a loop on demand unless set_called: outside the main thread a
    # fresh policy must not (CPython's makes one in the main thread only).
    loop, set_called = (None, False)
    if isinstance(policy, BaseDefaultEventLoopPolicy):
        loop, set_called = policy._detached
    _set_loop_state(loop, set_called or not _in_main_thread())
    _event_loop_policy = policy


def _default_policy_installed():
    policy = _event_loop_policy
    return policy is None or type(policy) is DefaultEventLoopPolicy


def get_event_loop(*args, **kwargs):
    # CPython's is a C function: a call with arguments gets the native's refusal.
    if args or kwargs or _default_policy_installed():
        return _native_get_event_loop(*args, **kwargs)
    loop = _get_running_loop()
    if loop is not None:
        return loop
    return _event_loop_policy.get_event_loop()


def set_event_loop(loop):
    if _default_policy_installed():
        _native_set_event_loop(loop)
    else:
        _event_loop_policy.set_event_loop(loop)


def new_event_loop():
    if _default_policy_installed():
        return _native_new_event_loop()
    return _event_loop_policy.new_event_loop()


def get_child_watcher():
    return get_event_loop_policy().get_child_watcher()


def set_child_watcher(watcher):
    return get_event_loop_policy().set_child_watcher(watcher)


# CPython's asyncio is a package of submodules; coro's is one namespace. Each submodule
# here is a module holding the names CPython's defines, taken from that namespace, so
# that `asyncio.tasks.Task` and `from asyncio.exceptions import CancelledError` work.
_SUBMODULES = {
    'base_events': ('BaseEventLoop', 'Server'),
    'coroutines': ('iscoroutinefunction', 'iscoroutine'),
    'events': ('AbstractEventLoopPolicy', 'AbstractEventLoop', 'AbstractServer', 'Handle',
               'TimerHandle', 'get_event_loop_policy', 'set_event_loop_policy',
               'get_event_loop', 'set_event_loop', 'new_event_loop', 'get_child_watcher',
               'set_child_watcher', 'get_running_loop', '_get_running_loop',
               'BaseDefaultEventLoopPolicy'),
    'exceptions': ('BrokenBarrierError', 'CancelledError', 'InvalidStateError',
                   'TimeoutError', 'IncompleteReadError', 'LimitOverrunError',
                   'SendfileNotAvailableError'),
    'futures': ('Future', 'wrap_future', 'isfuture'),
    'locks': ('Lock', 'Event', 'Condition', 'Semaphore', 'BoundedSemaphore', 'Barrier'),
    'protocols': ('BaseProtocol', 'Protocol', 'DatagramProtocol', 'SubprocessProtocol',
                  'BufferedProtocol'),
    'queues': ('Queue', 'PriorityQueue', 'LifoQueue', 'QueueFull', 'QueueEmpty'),
    'runners': ('Runner', 'run'),
    'streams': ('StreamReader', 'StreamWriter', 'StreamReaderProtocol', 'open_connection',
                'start_server', 'open_unix_connection', 'start_unix_server'),
    'taskgroups': ('TaskGroup',),
    'tasks': ('Task', 'create_task', 'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED',
              'wait', 'wait_for', 'as_completed', 'sleep', 'gather', 'shield',
              'ensure_future', 'run_coroutine_threadsafe', 'current_task', 'all_tasks'),
    'threads': ('to_thread',),
    'timeouts': ('Timeout', 'timeout', 'timeout_at'),
    'transports': ('BaseTransport', 'ReadTransport', 'WriteTransport', 'Transport',
                   'DatagramTransport', 'SubprocessTransport'),
    'unix_events': ('SelectorEventLoop', 'DefaultEventLoopPolicy'),
}

# Names a submodule has that its __all__ does not list.
_SUBMODULE_UNLISTED = {
    'streams': ('FlowControlMixin',),
    'unix_events': ('_UnixReadPipeTransport', '_UnixWritePipeTransport'),
}


def _make_submodules(namespace):
    import sys
    module_type = type(sys)
    for sub, names in _SUBMODULES.items():
        full = 'asyncio.' + sub
        module = module_type(full)
        exported = []
        for name in names:
            if name in namespace:
                value = namespace[name]
                setattr(module, name, value)
                if not name.startswith('_'):
                    exported.append(name)
                # Classes written here say which submodule CPython defines them in.
                if isinstance(value, type) and value.__module__ == 'asyncio':
                    value.__module__ = full
        module.__all__ = tuple(exported)
        for name in _SUBMODULE_UNLISTED.get(sub, ()):
            value = namespace[name]
            setattr(module, name, value)
            if isinstance(value, type) and value.__module__ == 'asyncio':
                value.__module__ = full
        sys.modules[full] = module
        namespace[sub] = module


def _make_log_module(namespace):
    """asyncio.log: its `logger` is logging's 'asyncio' logger, looked up on first use
    so that importing asyncio does not import logging."""
    import sys
    module = type(sys)('asyncio.log')

    def __getattr__(name):
        if name == 'logger':
            import logging
            module.logger = logging.getLogger('asyncio')
            return module.logger
        raise AttributeError(f"module 'asyncio.log' has no attribute '{name}'")

    module.__getattr__ = __getattr__
    sys.modules['asyncio.log'] = module
    namespace['log'] = module


_make_submodules(globals())
_make_log_module(globals())
del _make_submodules, _make_log_module
