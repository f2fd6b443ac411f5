
# The async call graph of CPython 3.14 (asyncio.graph): which frames a task is in and
# which tasks await a future. The frames come from natives (`_call_graph_stack` for the
# running task, `_call_graph_chain` for a suspended coroutine, `_awaited_by` for the
# edges) as tuples, wrapped here in the minimal frame object the API hands out.


class _CallGraphFrame:
    """The part of a frame object the call graph needs: f_code, f_lineno, f_globals,
    f_generator (the coroutine or generator running in it, or None) and f_back."""

    __slots__ = ('f_code', 'f_lineno', 'f_generator', 'f_globals', 'f_back')

    def __init__(self, code, lineno, generator, globals, back=None):
        self.f_code = code
        self.f_lineno = lineno
        self.f_generator = generator
        self.f_globals = globals
        self.f_back = back

    def __repr__(self):
        return (f'<frame at {id(self):#x}, file {self.f_code.co_filename!r}, '
                f'line {self.f_lineno}, code {self.f_code.co_name}>')


def _call_graph_frames(tuples):
    frames = [_CallGraphFrame(*t) for t in tuples]
    for inner, outer in zip(frames, frames[1:]):
        inner.f_back = outer
    return frames


class FrameCallGraphEntry:
    __slots__ = ('frame',)
    __match_args__ = ('frame',)

    def __init__(self, frame):
        object.__setattr__(self, 'frame', frame)

    def __setattr__(self, name, value):
        raise AttributeError(f"cannot assign to field {name!r}")

    def __repr__(self):
        return f'FrameCallGraphEntry(frame={self.frame!r})'

    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return self.frame == other.frame
        return NotImplemented

    def __hash__(self):
        return hash((self.frame,))


class FutureCallGraph:
    __slots__ = ('future', 'call_stack', 'awaited_by')
    __match_args__ = ('future', 'call_stack', 'awaited_by')

    def __init__(self, future, call_stack, awaited_by):
        object.__setattr__(self, 'future', future)
        object.__setattr__(self, 'call_stack', call_stack)
        object.__setattr__(self, 'awaited_by', awaited_by)

    def __setattr__(self, name, value):
        raise AttributeError(f"cannot assign to field {name!r}")

    def __repr__(self):
        return (f'FutureCallGraph(future={self.future!r}, '
                f'call_stack={self.call_stack!r}, awaited_by={self.awaited_by!r})')

    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return ((self.future, self.call_stack, self.awaited_by)
                    == (other.future, other.call_stack, other.awaited_by))
        return NotImplemented

    def __hash__(self):
        return hash((self.future, self.call_stack, self.awaited_by))


def _not_a_future(future):
    return TypeError(f"{future!r} object does not appear to be compatible "
                     f"with asyncio.Future")


def _truncated(stack, limit):
    if limit is None:
        return stack
    if limit > 0:
        return stack[:limit]
    if limit < 0:
        return stack[limit:]
    return stack


def _graph_of_future(future, limit):
    if not isfuture(future):
        raise _not_a_future(future)
    stack = []
    get_coro = getattr(future, 'get_coro', None)
    if get_coro is not None and limit != 0:
        stack = _call_graph_frames(_call_graph_chain(get_coro()))
    awaited_by = [_graph_of_future(parent, limit) for parent in _awaited_by(future)]
    stack = _truncated(stack, limit)
    stack.reverse()
    return FutureCallGraph(future, tuple(FrameCallGraphEntry(f) for f in stack),
                           tuple(awaited_by))


def _capture_call_graph(future, depth, limit):
    # `depth` counts from the frame that called the public function, whose own frame
    # and the frames between it and here are skipped by the caller adding them in.
    loop = _get_running_loop()
    if future is not None:
        if loop is None or future is not current_task(loop=loop):
            return _graph_of_future(future, limit)
    else:
        if loop is None:
            raise RuntimeError(
                'capture_call_graph() is called outside of a running '
                'event loop and no *future* to introspect was provided')
        future = current_task(loop=loop)
    if future is None:
        return None
    if not isfuture(future):
        raise _not_a_future(future)
    stack = _call_graph_frames(_call_graph_stack(depth + 1)) if limit != 0 else []
    awaited_by = [_graph_of_future(parent, limit) for parent in _awaited_by(future)]
    if limit is not None:
        stack = _truncated(stack, -limit)
    return FutureCallGraph(future, tuple(FrameCallGraphEntry(f) for f in stack),
                           tuple(awaited_by))


def capture_call_graph(future=None, /, *, depth=1, limit=None):
    """Capture the async call graph for the current task or the provided Future."""
    return _capture_call_graph(future, depth, limit)


def _frame_kind(frame):
    g = frame.f_generator
    if g is None:
        return ''
    flags = frame.f_code.co_flags
    if flags & 0x80:
        return 'async '
    if flags & 0x200:
        return 'async generator '
    return 'generator '


def _render_call_graph(graph, lines, level):
    indent = level * '    '
    future = graph.future
    if isinstance(future, Task):
        lines.append(f'{indent}* Task(name={future.get_name()!r}, id={id(future):#x})')
    else:
        lines.append(f'{indent}* Future(id={id(future):#x})')
    if graph.call_stack:
        lines.append(f'{indent}  + Call stack:')
        for entry in graph.call_stack:
            f = entry.frame
            lines.append(f'{indent}  |   File {f.f_code.co_filename!r}, line {f.f_lineno}, '
                         f'in {_frame_kind(f)}{f.f_code.co_qualname}()')
    if graph.awaited_by:
        lines.append(f'{indent}  + Awaited by:')
        for parent in graph.awaited_by:
            _render_call_graph(parent, lines, level + 1)


def format_call_graph(future=None, /, *, depth=1, limit=None):
    """Return the async call graph as a string for `future` (default: the current task)."""
    graph = _capture_call_graph(future, depth, limit)
    if graph is None:
        return ""
    lines = []
    _render_call_graph(graph, lines, 0)
    return '\n'.join(lines)


def print_call_graph(future=None, /, *, file=None, depth=1, limit=None):
    """Print the async call graph for the current task or the provided Future."""
    print(format_call_graph(future, depth=depth + 1, limit=limit), file=file)


def format_all_call_graphs(loop=None):
    """coro's own: the call graph of every pending task of the loop (default: the
    running one), oldest first, separated by blank lines; what `coro tasks PID` and the
    REPL show."""
    if loop is None:
        loop = get_running_loop()
    return '\n\n'.join(format_call_graph(t) for t in _all_tasks_list(loop))


def print_all_call_graphs(loop=None, *, file=None):
    """Print `format_all_call_graphs(loop)`."""
    print(format_all_call_graphs(loop), file=file)
