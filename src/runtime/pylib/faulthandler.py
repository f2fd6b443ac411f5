"""faulthandler's Python side: enable/disable/is_enabled, dump_traceback (the
"Stack (most recent call first):" listing written straight to a file descriptor),
dump_traceback_later on a timer thread, and register/unregister on signals.

coro itself never dies of a fatal signal the way a C extension can crash CPython, so
enable() records the file it was given but installs no SIGSEGV/SIGFPE/SIGABRT/SIGBUS/
SIGILL handlers; the tracebacks it would print are available through dump_traceback."""

import os as _os
import sys as _sys

_enabled = None        # (fd, all_threads) while enabled
_registered = {}       # signum -> (fd, all_threads, chain, previous handler)
_later = None          # the pending dump_traceback_later timer
_MAX_FRAMES = 100


def _descriptor(file):
    if file is None:
        file = _sys.stderr
        if file is None:
            raise RuntimeError("sys.stderr is None")
    if isinstance(file, int):
        if file < 0:
            raise ValueError("file is not a valid file descripter")
        return file
    fd = file.fileno()
    if not isinstance(fd, int) or fd < 0:
        raise ValueError("file is not a valid file descripter")
    try:
        file.flush()
    except Exception:
        pass
    return fd


def _thread_header(current, all_threads):
    if not all_threads:
        return "Stack (most recent call first):\n"
    import threading
    word = "Current thread" if current else "Thread"
    return "%s 0x%016x (most recent call first):\n" % (word, threading.get_ident())


def _frames_text(frame):
    lines = []
    depth = 0
    while frame is not None:
        if depth >= _MAX_FRAMES:
            lines.append("  ...\n")
            break
        code = frame.f_code
        lines.append('  File "%s", line %d in %s\n'
                     % (code.co_filename, frame.f_lineno, code.co_name))
        frame = frame.f_back
        depth += 1
    return "".join(lines)


def _dump(fd, all_threads, frame):
    text = _thread_header(True, all_threads) + _frames_text(frame)
    _os.write(fd, text.encode("utf-8", "backslashreplace"))


def dump_traceback(file=None, all_threads=True):
    """Write the traceback of the current thread to file (default sys.stderr)."""
    fd = _descriptor(file)
    _dump(fd, all_threads, _sys._getframe(1))


def enable(file=None, all_threads=True):
    """Turn the fault handler on (see the module's doc for what coro does with it)."""
    global _enabled
    _enabled = (_descriptor(file), all_threads)


def disable():
    """Turn the fault handler off; whether it was on."""
    global _enabled
    was = _enabled is not None
    _enabled = None
    return was


def is_enabled():
    """Whether the fault handler is on."""
    return _enabled is not None


def dump_traceback_later(timeout, repeat=False, file=None, exit=False):
    """After `timeout` seconds (and every `timeout` seconds when repeat), write the
    traceback of the thread that asked; with exit, end the process after the dump."""
    global _later
    if timeout <= 0:
        raise ValueError("timeout must be greater than 0")
    fd = _descriptor(file)
    cancel_dump_traceback_later()
    import threading
    target = threading.current_thread()
    stop = threading.Event()

    def watch():
        while not stop.wait(timeout):
            frames = getattr(_sys, "_current_frames", lambda: {})()
            frame = frames.get(target.ident)
            header = "Timeout (%d:%02d:%02d)!\n" % (timeout // 3600, timeout // 60 % 60,
                                                    timeout % 60)
            text = header + _thread_header(False, True).replace("Current thread", "Thread")
            _os.write(fd, (text + _frames_text(frame)).encode("utf-8", "backslashreplace"))
            if exit:
                _os._exit(1)
            if not repeat:
                break

    worker = threading.Thread(target=watch, daemon=True, name="faulthandler watchdog")
    _later = stop
    worker.start()


def cancel_dump_traceback_later():
    """Cancel the last dump_traceback_later()."""
    global _later
    if _later is not None:
        _later.set()
        _later = None


def register(signum, file=None, all_threads=True, chain=False):
    """On signal signum, write the traceback of the thread it interrupts to file."""
    import signal
    fd = _descriptor(file)

    def handler(number, frame):
        _dump(fd, all_threads, frame)
        previous = _registered.get(number, (None,) * 4)[3]
        if chain and callable(previous):
            previous(number, frame)

    previous = signal.signal(signum, handler)
    if signum in _registered:
        previous = _registered[signum][3]
    _registered[signum] = (fd, all_threads, chain, previous)


def unregister(signum):
    """Stop writing tracebacks on signal signum; whether it was registered."""
    import signal
    entry = _registered.pop(signum, None)
    if entry is None:
        return False
    signal.signal(signum, entry[3] if entry[3] is not None else signal.SIG_DFL)
    return True
