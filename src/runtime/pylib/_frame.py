"""Frame objects for sys._getframe and inspect: snapshots of the Python frames waiting on
calls, built from the VM's caller trail (_traceback.frame). Each carries f_code (the real
code object), f_lineno, f_globals, f_builtins and f_back.

Not live frames: f_lineno is the line of the call the frame was making when the snapshot
was taken, and f_locals exists only for module-level frames (where it is f_globals);
coro keeps no dict of a function's locals to show. Frames of code called from native code
(a key= function, map) are not on the trail.
"""

import _traceback
import builtins as _builtins


class frame:
    __slots__ = ("f_code", "f_lineno", "f_globals", "f_back")

    def __init__(self, code, lineno, globals, back):
        self.f_code = code
        self.f_lineno = lineno
        self.f_globals = globals
        self.f_back = back

    @property
    def f_builtins(self):
        return _builtins.__dict__

    @property
    def f_locals(self):
        if self.f_code.co_name == "<module>":
            return self.f_globals
        raise AttributeError("coro keeps no f_locals for function frames")

    @property
    def f_trace(self):
        return None

    def __repr__(self):
        return (f"<frame at {id(self):#x}, file {self.f_code.co_filename!r}, "
                f"line {self.f_lineno}, code {self.f_code.co_name}>")


frame.__module__ = "builtins"


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
    for code, lineno, globals in reversed(infos):
        back = frame(code, lineno, globals, back)
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
