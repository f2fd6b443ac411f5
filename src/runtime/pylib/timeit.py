# Timing of small code snippets as CPython's timeit: Timer (timeit, repeat, autorange),
# the module-level timeit() and repeat(), and the command line (`coro -m timeit`, main()).
# Statements and setups may be callables or source text; text is compiled, as CPython
# does, into one function whose body runs the setup and then the statement in a loop (so
# the statement sees the setup's names). The docstring is the command line's help text,
# which `-h` prints, as CPython's is.
"""Tool for measuring execution time of small code snippets.

This module avoids a number of common traps for measuring execution
times.  See also Tim Peters' introduction to the Algorithms chapter in
the Python Cookbook, published by O'Reilly.

Library usage: see the Timer class.

Command line usage:
    python timeit.py [-n N] [-r N] [-s S] [-p] [-h] [--] [statement]

Options:
  -n/--number N: how many times to execute 'statement' (default: see below)
  -r/--repeat N: how many times to repeat the timer (default 5)
  -s/--setup S: statement to be executed once initially (default 'pass').
                Execution time of this setup statement is NOT timed.
  -p/--process: use time.process_time() (default is time.perf_counter())
  -v/--verbose: print raw timing results; repeat for more digits precision
  -u/--unit: set the output time unit (nsec, usec, msec, or sec)
  -h/--help: print this usage message and exit
  --: separate options from statement, use when statement starts with -
  statement: statement to be timed (default 'pass')

A multi-line statement may be given by specifying each line as a
separate argument; indented lines are possible by enclosing an
argument in quotes and using leading spaces.  Multiple -s options are
treated similarly.

If -n is not given, a suitable number of loops is calculated by trying
increasing numbers from the sequence 1, 2, 5, 10, 20, 50, ... until the
total time is at least 0.2 seconds.

Note: there is a certain baseline overhead associated with executing a
pass statement.  It differs between versions.  The code here doesn't try
to hide it, but you should be aware of it.  The baseline overhead can be
measured by invoking the program without arguments.

Classes:

    Timer

Functions:

    timeit(string, string) -> float
    repeat(string, string) -> list
    default_timer() -> float

"""

import sys
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
    prefix = ""
    if isinstance(setup, str):
        compile(setup, dummy_src_name, "exec")
        prefix = setup + "\n"
        setup_src = _indented(setup, 4)
    else:
        local_ns["_setup"] = _check_callable(setup, "setup")
        init += ", _setup=_setup"
        setup_src = "_setup()"
    if isinstance(stmt, str):
        # Checked after the setup, so that errors give the statement's line numbers.
        compile(prefix + stmt, dummy_src_name, "exec")
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
        import traceback
        traceback.print_exc(file=file)

    def timeit(self, number=default_number):
        """Time number executions of the main statement (setup runs once first), with
        the garbage collector off, as CPython's does."""
        import gc
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            return self.inner(range(number), self.timer)
        finally:
            if was_enabled:
                gc.enable()

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


_SHORT_OPTIONS = "n:u:s:r:tcpvh"
_LONG_OPTIONS = ["number=", "setup=", "repeat=", "time", "clock", "process",
                 "verbose", "unit=", "help"]
_UNITS = {"nsec": 1e-9, "usec": 1e-6, "msec": 1e-3, "sec": 1.0}


class _OptionError(Exception):
    pass


def _long_option(arg, rest):
    """One `--name[=value]` option: (option, value), taking the value from `rest` when
    the option needs one and it is not attached. Prefixes of a unique name count."""
    name, eq, value = arg[2:].partition("=")
    matches = [o for o in _LONG_OPTIONS if o.startswith(name)]
    if name in matches:
        full = name
    elif name + "=" in matches:
        full = name + "="
    elif len(matches) == 1:
        full = matches[0]
    elif not matches:
        raise _OptionError("option --%s not recognized" % name)
    else:
        raise _OptionError("option --%s not a unique prefix" % name)
    if full.endswith("="):
        full = full[:-1]
        if not eq:
            if not rest:
                raise _OptionError("option --%s requires argument" % full)
            value = rest.pop(0)
        return "--" + full, value
    if eq:
        raise _OptionError("option --%s must not have an argument" % full)
    return "--" + full, ""


def _short_options(arg, rest):
    """The options of one `-abc` cluster; an option taking a value takes the rest of
    the cluster, or the next argument."""
    found = []
    letters = arg[1:]
    while letters:
        letter, letters = letters[0], letters[1:]
        at = _SHORT_OPTIONS.find(letter)
        if letter == ":" or at < 0:
            raise _OptionError("option -%s not recognized" % letter)
        if _SHORT_OPTIONS[at + 1:at + 2] == ":":
            if not letters:
                if not rest:
                    raise _OptionError("option -%s requires argument" % letter)
                letters = rest.pop(0)
            found.append(("-" + letter, letters))
            letters = ""
        else:
            found.append(("-" + letter, ""))
    return found


def _parse_options(args):
    """Options up to the first non-option argument (or `--`), as getopt finds them."""
    rest = list(args)
    options = []
    while rest and rest[0].startswith("-") and rest[0] != "-":
        arg = rest.pop(0)
        if arg == "--":
            break
        if arg.startswith("--"):
            options.append(_long_option(arg, rest))
        else:
            options.extend(_short_options(arg, rest))
    return options, rest


def _time_text(seconds, unit, precision):
    """`seconds` in the given unit, or the largest unit not above it."""
    if unit is None:
        unit = "nsec"
        for name in ("sec", "msec", "usec", "nsec"):
            if seconds >= _UNITS[name]:
                unit = name
                break
    value = seconds / _UNITS[unit]
    return "%s %s" % (format(value, ".%dg" % precision), unit)


def main(args=None, *, _wrap_timer=None):
    """The command line: time a statement and print the best time per loop.
    Returns the exit status (None on success)."""
    if args is None:
        args = sys.argv[1:]
    try:
        options, args = _parse_options(args)
    except _OptionError as err:
        print(err)
        print("use -h/--help for command line help")
        return 2
    timer = default_timer
    stmt = "\n".join(args) or "pass"
    number = 0
    setups = []
    repeat = default_repeat
    verbose = 0
    unit = None
    precision = 3
    for option, value in options:
        if option in ("-n", "--number"):
            number = int(value)
        elif option in ("-s", "--setup"):
            setups.append(value)
        elif option in ("-u", "--unit"):
            if value not in _UNITS:
                print("Unrecognized unit. Please select nsec, usec, msec, or sec.",
                      file=sys.stderr)
                return 2
            unit = value
        elif option in ("-r", "--repeat"):
            repeat = max(int(value), 1)
        elif option in ("-p", "--process"):
            timer = time.process_time
        elif option in ("-v", "--verbose"):
            if verbose:
                precision += 1
            verbose += 1
        elif option in ("-h", "--help"):
            print(__doc__, end=" ")
            return 0
    setup = "\n".join(setups) or "pass"

    # Local imports in the statement find the current directory's modules.
    import os
    sys.path.insert(0, os.curdir)
    if _wrap_timer is not None:
        timer = _wrap_timer(timer)

    t = Timer(stmt, setup, timer)
    if number == 0:
        def report(loops, time_taken):
            print("{} loop{} -> {} secs".format(
                loops, "s" if loops != 1 else "",
                format(time_taken, ".%dg" % precision)))
        try:
            number, _ = t.autorange(report if verbose else None)
        except:
            t.print_exc()
            return 1
        if verbose:
            print()
    try:
        raw_timings = t.repeat(repeat, number)
    except:
        t.print_exc()
        return 1

    if verbose:
        print("raw times: %s" % ", ".join(
            _time_text(dt, unit, precision) for dt in raw_timings))
        print()
    timings = [dt / number for dt in raw_timings]
    best = min(timings)
    worst = max(timings)
    print("%d loop%s, best of %d: %s per loop" % (
        number, "s" if number != 1 else "", repeat,
        _time_text(best, unit, precision)))
    if worst >= best * 4:
        import warnings
        warnings.warn_explicit(
            "The test results are likely unreliable. The worst time (%s) was more "
            "than four times slower than the best time (%s)."
            % (_time_text(worst, unit, precision), _time_text(best, unit, precision)),
            UserWarning, "", 0)
    return None


if __name__ == "__main__":
    sys.exit(main())
