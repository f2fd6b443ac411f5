"""Timing of small code snippets as CPython's timeit: Timer (timeit, repeat, autorange),
and the module-level timeit() and repeat(). Statements and setups may be callables or
source text; text is compiled, as CPython does, into one function whose body runs the
setup and then the statement in a loop (so the statement sees the setup's names).
No command-line main()."""

import time

__all__ = ["Timer", "timeit", "repeat", "default_timer"]

dummy_src_name = "<timeit-src>"
default_number = 1000000
default_repeat = 5
default_timer = time.perf_counter


def _check_callable(code, what):
    if not callable(code):
        raise ValueError("%s is neither a string nor callable" % what)
    return code


def _indented(source, spaces):
    return source.replace("\n", "\n" + " " * spaces)


def _compile_timer(stmt, setup, global_ns):
    """The timing function for source-text statements, as CPython's template makes it:
    `inner(_it, _timer)` runs setup, then stmt once per item of _it, and returns the
    elapsed time. A callable setup or stmt is called from the body instead."""
    local_ns = {}
    init = ""
    if isinstance(setup, str):
        compile(setup, dummy_src_name, "exec")
        setup_src = _indented(setup, 4)
    else:
        local_ns["_setup"] = _check_callable(setup, "setup")
        init += ", _setup=_setup"
        setup_src = "_setup()"
    if isinstance(stmt, str):
        compile(setup_src + "\n" + stmt, dummy_src_name, "exec")
        stmt_src = _indented(stmt, 8)
    else:
        local_ns["_stmt"] = _check_callable(stmt, "stmt")
        init += ", _stmt=_stmt"
        stmt_src = "_stmt()"
    source = (
        f"def inner(_it, _timer{init}):\n"
        f"    {setup_src}\n"
        f"    _t0 = _timer()\n"
        f"    for _i in _it:\n"
        f"        {stmt_src}\n"
        f"        pass\n"
        f"    _t1 = _timer()\n"
        f"    return _t1 - _t0\n"
    )
    code = compile(source, dummy_src_name, "exec")
    exec(code, global_ns, local_ns)
    return local_ns["inner"]


class Timer:
    """Class for timing execution speed of small code snippets."""

    def __init__(self, stmt="pass", setup="pass", timer=default_timer, globals=None):
        self.timer = timer
        self.inner = _compile_timer(stmt, setup, {} if globals is None else globals)

    def print_exc(self, file=None):
        """Print the traceback of the exception being handled (to stderr or file)."""
        import sys
        exc = sys.exception() if hasattr(sys, "exception") else None
        out = file if file is not None else sys.stderr
        if exc is not None:
            out.write("%s: %s\n" % (type(exc).__name__, exc))

    def timeit(self, number=default_number):
        """Time number executions of the main statement (setup runs once first)."""
        return self.inner(range(number), self.timer)

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
