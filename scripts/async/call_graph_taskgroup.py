# coro-only: asyncio.capture_call_graph/format_call_graph/print_call_graph are CPython 3.14's (python3 here is 3.11); output derived by hand from 3.14's asyncio.graph
import asyncio
import io
import os
import re

HERE = os.path.basename(__file__)


def show(text):
    """Print a formatted call graph with ids masked and only this file's frames (the
    library's own frames differ between implementations)."""
    for line in text.splitlines():
        line = re.sub(r'id=0x[0-9a-f]+', 'id=0x?', line)
        m = re.match(r"(\s*\|   File )'([^']*)'(, line \d+, in .*)", line)
        if m:
            if os.path.basename(m.group(2)) != HERE:
                continue
            line = f"{m.group(1)}{HERE!r}{m.group(3)}"
        print(line)


def walk(graph):
    """The graph as names: (task name or 'F', [kind name per frame], sorted parents)."""
    f = graph.future
    name = f.get_name() if isinstance(f, asyncio.Task) else 'F'
    frames = []
    for entry in graph.call_stack:
        frame = entry.frame
        if os.path.basename(frame.f_code.co_filename) != HERE:
            continue
        kind = 's' if frame.f_generator is None else 'a'
        frames.append(f'{kind} {frame.f_code.co_name}')
    return [name, frames, sorted(walk(p) for p in graph.awaited_by)]


async def test():
    buf = io.StringIO()
    asyncio.print_call_graph(file=buf)
    show(buf.getvalue())


async def doc_example():
    async with asyncio.TaskGroup() as g:
        g.create_task(test(), name='test')


def c5(results):
    results.append(walk(asyncio.capture_call_graph(depth=1)))
    results.append(walk(asyncio.capture_call_graph(depth=2)))
    buf = io.StringIO()
    asyncio.print_call_graph(file=buf, limit=2)
    results.append(buf.getvalue())
    results.append(asyncio.format_call_graph(limit=-1))
    results.append(asyncio.format_call_graph(limit=0))


async def c4(results):
    await asyncio.sleep(0)
    c5(results)


async def c3(results):
    await c4(results)


async def c2(results):
    await c3(results)


async def c1(task):
    await task


async def nested():
    results = []
    async with asyncio.TaskGroup() as tg:
        task = tg.create_task(c2(results), name='c2_root')
        tg.create_task(c1(task), name='sub_main_1')
        tg.create_task(c1(task), name='sub_main_2')
    print(results[0])
    print(results[1])
    show(results[2])
    print('--')
    show(results[3])
    print('--')
    show(results[4])


async def main():
    await doc_example()
    print('==')
    await nested()


asyncio.run(main())
