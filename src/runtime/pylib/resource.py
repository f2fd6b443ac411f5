"""Resource limits and usage: getrlimit/setrlimit/prlimit, getrusage (a struct_rusage),
getpagesize, the RLIMIT_*/RUSAGE_* constants and RLIM_INFINITY, over the system calls
of `_resource`. resource.error is OSError, as in CPython."""

import _resource
from _resource import *  # the constants
from _structseq import _StructSeq, _configure
from operator import index as _index

del getrlimit, setrlimit, prlimit, getrusage, getpagesize

error = OSError

_MAX_RESOURCE = 16


class struct_rusage(_StructSeq):
    """The resource usage of getrusage()."""


_configure(struct_rusage, "resource.struct_rusage", [
    "ru_utime", "ru_stime", "ru_maxrss", "ru_ixrss", "ru_idrss", "ru_isrss", "ru_minflt",
    "ru_majflt", "ru_nswap", "ru_inblock", "ru_oublock", "ru_msgsnd", "ru_msgrcv",
    "ru_nsignals", "ru_nvcsw", "ru_nivcsw"], 16)


def _resource_number(resource):
    resource = _index(resource)
    if resource < 0 or resource >= _MAX_RESOURCE:
        raise ValueError("invalid resource specified")
    return resource


def _limits(limits):
    try:
        soft, hard = limits
    except (TypeError, ValueError):
        raise ValueError("expected a tuple of 2 integers") from None
    return soft, hard


def getrlimit(resource, /):
    """The (soft, hard) limits of `resource`."""
    return _resource.getrlimit(_resource_number(resource))


def setrlimit(resource, limits, /):
    """Set the (soft, hard) limits of `resource`."""
    resource = _resource_number(resource)
    soft, hard = _limits(limits)
    try:
        _resource.setrlimit(resource, soft, hard)
    except OSError as err:
        import errno
        if err.errno == errno.EINVAL:
            raise ValueError("current limit exceeds maximum limit") from None
        if err.errno == errno.EPERM:
            raise ValueError("not allowed to raise maximum limit") from None
        raise


def prlimit(pid, resource, limits=None, /):
    """The (soft, hard) limits of `resource` for process `pid`, set to `limits` if given."""
    resource = _resource_number(resource)
    if limits is None:
        return _resource.prlimit(pid, resource)
    return _resource.prlimit(pid, resource, *_limits(limits))


def getrusage(who, /):
    """The struct_rusage of RUSAGE_SELF, RUSAGE_CHILDREN or RUSAGE_THREAD."""
    return struct_rusage(_resource.getrusage(who))


def getpagesize():
    """The size of a memory page in bytes."""
    return _resource.getpagesize()
