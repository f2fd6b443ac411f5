"""Timing of small code snippets as CPython's timeit: Timer (timeit, repeat, autorange),
and the module-level timeit() and repeat(). Statements and setups may be callables, or
strings that do nothing ('pass', blank). Other string statements need exec/compile,
which coro does not have yet: they raise NotImplementedError. No command-line main()."""

import time

__all__ = ["Timer", "timeit", "repeat", "default_timer"]

dummy_src_name = "<timeit-src>"
default_number = 1000000
default_repeat = 5
default_timer = time.perf_counter


def _nothing():
    pass


def _as_callable(code, what):
    if isinstance(code, str):
        if code.strip() in ('', 'pass'):
            return _nothing
        raise NotImplementedError(
            "timeit: %s given as source text needs exec(), which coro does not have; "
            "pass a callable instead" % what)
    if callable(code):
        return code
    raise ValueError("%s is neither a string nor callable" % what)


class Timer:
    """Class for timing execution speed of small code snippets."""

    def __init__(self, stmt="pass", setup="pass", timer=default_timer, globals=None):
        self.timer = timer
        self._setup = _as_callable(setup, "setup")
        self._stmt = _as_callable(stmt, "stmt")

    def print_exc(self, file=None):
        """Print the traceback of the exception being handled (to stderr or file)."""
        import sys
        exc = sys.exception() if hasattr(sys, "exception") else None
        out = file if file is not None else sys.stderr
        if exc is not None:
            out.write("%s: %s\n" % (type(exc).__name__, exc))

    def timeit(self, number=default_number):
        """Time number executions of the main statement (setup runs once first)."""
        stmt = self._stmt
        timer = self.timer
        self._setup()
        t0 = timer()
        for _ in range(number):
            stmt()
        t1 = timer()
        return t1 - t0

    def repeat(self, repeat=default_repeat, number=default_number):
        """Call timeit() repeat times; return the list of results."""
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        """Find a number of loops (1, 2, 5, 10, 20, 50, ...) that takes at least 0.2 s;
        return (number, time taken)."""
        i = 1
        while True:
            for j in 1, 2, 5:
                number = i * j
                time_taken = self.timeit(number)
                if callback:
                    callback(number, time_taken)
                if time_taken >= 0.2:
                    return (number, time_taken)
            i *= 10


def timeit(stmt="pass", setup="pass", timer=default_timer,
           number=default_number, globals=None):
    """Convenience function to create Timer object and call timeit method."""
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt="pass", setup="pass", timer=default_timer,
           repeat=default_repeat, number=default_number, globals=None):
    """Convenience function to create Timer object and call repeat method."""
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)
