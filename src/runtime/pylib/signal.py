"""The `signal` module: the natives of `_signal` with CPython's enums over them.

Signal numbers come back as `Signals` members and SIG_DFL/SIG_IGN as `Handlers`
members, as CPython's own signal.py wraps its `_signal`.
"""

import _signal
from _signal import *
from enum import IntEnum as _IntEnum


def _members(predicate):
    # CPython's IntEnum._convert_ order: by value, then by name (the first is canonical).
    found = [(name, value) for name, value in vars(_signal).items() if predicate(name)]
    found.sort(key=lambda item: (item[1], item[0]))
    return dict(found)


Signals = _IntEnum('Signals', _members(
    lambda name: name.isupper() and name.startswith('SIG') and not name.startswith('SIG_')))
Signals.__module__ = 'signal'
Handlers = _IntEnum('Handlers', _members(lambda name: name in ('SIG_DFL', 'SIG_IGN')))
Handlers.__module__ = 'signal'
Sigmasks = _IntEnum('Sigmasks', _members(
    lambda name: name in ('SIG_BLOCK', 'SIG_UNBLOCK', 'SIG_SETMASK')))
Sigmasks.__module__ = 'signal'

globals().update(Signals.__members__)
globals().update(Handlers.__members__)
globals().update(Sigmasks.__members__)


def _int_to_enum(value, enum_klass):
    """Convert a possible numeric value to an IntEnum member; leave the rest alone."""
    if not isinstance(value, int):
        return value
    try:
        return enum_klass(value)
    except ValueError:
        return value


def _enum_to_int(value):
    """Convert an IntEnum member to a plain int; leave the rest alone."""
    try:
        return int(value)
    except (ValueError, TypeError):
        return value


def signal(signalnum, handler):
    handler = _signal.signal(_enum_to_int(signalnum), _enum_to_int(handler))
    return _int_to_enum(handler, Handlers)


def getsignal(signalnum):
    handler = _signal.getsignal(signalnum)
    return _int_to_enum(handler, Handlers)


def valid_signals():
    return {_int_to_enum(x, Signals) for x in _signal.valid_signals()}


class ItimerError(OSError):
    pass
