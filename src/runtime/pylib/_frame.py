"""Frame and traceback objects. Frames for sys._getframe and inspect are snapshots of
the Python frames waiting on calls, built from the VM's caller trail (_traceback.frame):
each carries f_code (the real code object), f_lineno, f_globals, f_locals (the frame's
locals() dict, refreshed when the snapshot is taken), f_builtins and f_back. Tracebacks
(exc.__traceback__) are chains of traceback objects made from the places an exception
passed through (_traceback_of), and turned back into those places when assigned
(_entries_of).

Not live frames: f_lineno is the line of the call the frame was making when the snapshot
was taken. A traceback's frames have the globals of their frame and no locals (the
frame is gone). Frames of code called from native code (a key= function, map) are not
on the trail.
"""
import _traceback
import builtins as _builtins


class frame:
    __slots__ = ("f_code", "f_lineno", "f_globals", "f_back", "_locals")

    def __init__(self, code, lineno, globals, back, locals=None):
        self.f_code = code
        self.f_lineno = lineno
        self.f_globals = globals
        self.f_back = back
        self._locals = locals

    @property
    def f_builtins(self):
        return _builtins.__dict__

    @property
    def f_locals(self):
        if self._locals is not None:
            return self._locals
        if self.f_code.co_name == "<module>":
            return self.f_globals
        return {}

    @property
    def f_lasti(self):
        return -1

    @property
    def f_trace(self):
        return None

    def clear(self):
        pass

    def __repr__(self):
        return (f"<frame at {id(self):#x}, file {self.f_code.co_filename!r}, "
                f"line {self.f_lineno}, code {self.f_code.co_name}>")


frame.__module__ = "builtins"


class traceback:
    """One step of an exception's path: the frame it passed through, the line and the
    instruction (tb_lasti), and the next step inwards (tb_next)."""
    __slots__ = ("tb_next", "tb_frame", "tb_lasti", "tb_lineno")

    def __new__(cls, tb_next, tb_frame, tb_lasti, tb_lineno):
        if tb_next is not None and not isinstance(tb_next, traceback):
            raise TypeError(
                f"expected traceback object or None, got '{type(tb_next).__name__}'")
        if not isinstance(tb_frame, frame):
            raise TypeError(
                f"TracebackType() argument 'tb_frame' must be frame, not "
                f"{type(tb_frame).__name__}")
        self = object.__new__(cls)
        self.tb_next = tb_next
        self.tb_frame = tb_frame
        self.tb_lasti = tb_lasti
        self.tb_lineno = tb_lineno
        return self

    def __repr__(self):
        return f"<traceback object at {id(self):#x}>"


traceback.__module__ = "builtins"


def _traceback_of(places):
    """The traceback chain of `places`, (code, instruction, line, globals) tuples
    outermost first (the VM's record of where an exception passed)."""
    frames = []
    back = None
    for code, ip, line, globals in places:
        back = frame(code, line, globals, back)
        frames.append(back)
    tb = None
    for (code, ip, line, globals), fr in zip(reversed(places), reversed(frames)):
        tb = traceback(tb, fr, ip * 2, line)
    return tb


def _entries_of(tb):
    """The places a traceback chain names, outermost first, as (code, instruction,
    globals): what the VM keeps for an exception given this traceback."""
    places = []
    while tb is not None:
        places.append((tb.tb_frame.f_code, tb.tb_lasti // 2, tb.tb_frame.f_globals))
        tb = tb.tb_next
    return places


def _chain(depth):
    """The frame `depth` calls up from the caller of the function calling this, with
    its f_back chain, or None."""
    infos = []
    while True:
        info = _traceback.frame(depth + 1 + len(infos))
        if info is None:
            break
        infos.append(info)
    back = None
    for code, lineno, globals, locals in reversed(infos):
        back = frame(code, lineno, globals, back, locals)
    return back


def _getframe(depth=0, /):
    """sys._getframe: the caller's frame, or the one `depth` calls further out."""
    if not isinstance(depth, int):
        index = getattr(type(depth), "__index__", None)
        if index is None:
            raise TypeError(
                f"'{type(depth).__name__}' object cannot be interpreted as an integer")
        depth = index(depth)
    if depth < 0:
        depth = 0
    found = _chain(depth + 1)
    if found is None:
        raise ValueError("call stack is not deep enough")
    return found
