//! Scheduler unit tests: small scripts run on the virtual clock, their observations read
//! back from `__main__` (expected values are what CPython 3.11 produces).

use crate::interpreter::{run_asserting_script, Interpreter};
use crate::runtime::value::Value;

fn run(src: &str) -> Interpreter {
    let mut interp = Interpreter::new();
    interp.set_virtual_time(true);
    run_asserting_script(&mut interp, src);
    interp
}

fn global_repr(interp: &mut Interpreter, name: &str) -> String {
    let v = interp.main.get_by_str(name).unwrap_or(Value::None);
    interp.vm.repr(&v).unwrap_or_default()
}

#[test]
fn timers_fire_by_deadline_then_registration_after_ready_callbacks() {
    let mut i = run("import asyncio
log = []
loop = asyncio.new_event_loop()
loop.call_later(0.2, log.append, 'b')
loop.call_later(0.1, log.append, 'a')
loop.call_at(0.2, log.append, 'c')
h = loop.call_later(0.15, log.append, 'cancelled')
loop.call_later(0, log.append, 'zero')
loop.call_soon(log.append, 'soon')
h.cancel()
loop.call_later(0.3, loop.stop)
loop.run_forever()
t = loop.time()
");
    assert_eq!(
        global_repr(&mut i, "log"),
        "['soon', 'zero', 'a', 'b', 'c']"
    );
    assert_eq!(global_repr(&mut i, "t"), "0.3");
}

#[test]
fn sleep_zero_is_round_robin() {
    let mut i = run("import asyncio
log = []
async def spin(name):
    for k in range(3):
        log.append(name + str(k))
        await asyncio.sleep(0)
async def main():
    await asyncio.gather(spin('a'), spin('b'), spin('c'))
asyncio.run(main())
");
    assert_eq!(
        global_repr(&mut i, "log"),
        "['a0', 'b0', 'c0', 'a1', 'b1', 'c1', 'a2', 'b2', 'c2']"
    );
}

#[test]
fn woken_task_resumes_one_step_after_done_callbacks() {
    let mut i = run("import asyncio
log = []
async def waiter(fut):
    await fut
    log.append('task woke')
async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    t = asyncio.create_task(waiter(fut))
    await asyncio.sleep(0)
    fut.add_done_callback(lambda f: log.append('callback'))
    fut.set_result(1)
    loop.call_soon(log.append, 'soon after set_result')
    await t
asyncio.run(main())
");
    assert_eq!(
        global_repr(&mut i, "log"),
        "['task woke', 'callback', 'soon after set_result']"
    );
}

#[test]
fn virtual_clock_adds_exactly() {
    let mut i = run("import asyncio
async def main():
    for _ in range(5):
        await asyncio.sleep(0.05)
    await asyncio.sleep(0.2)
    return asyncio.get_running_loop().time()
t = asyncio.run(main())
");
    assert_eq!(global_repr(&mut i, "t"), "0.45");
}

#[test]
fn cancel_raises_at_the_await_and_runs_finally() {
    let mut i = run("import asyncio
log = []
async def worker():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        log.append(('cancelled', e.args))
        raise
    finally:
        log.append('finally')
async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(1)
    t.cancel('why')
    try:
        await t
    except asyncio.CancelledError:
        log.append(t.cancelled())
    log.append(asyncio.get_running_loop().time())
asyncio.run(main())
");
    assert_eq!(
        global_repr(&mut i, "log"),
        "[('cancelled', ('why',)), 'finally', True, 1.0]"
    );
}

/// Real I/O (a tokio task posting a callback after 20 ms of real time) holds the
/// virtual clock: the 10-second timer waits for it, and the posted callback runs first.
#[test]
fn posted_io_runs_before_later_timers_and_holds_the_virtual_clock() {
    use super::handle::Callback;
    use super::run_loop::loop_arg;
    use std::cell::Cell;
    use std::rc::Rc;
    let mut i = run("import asyncio
log = []
loop = asyncio.new_event_loop()
loop.call_later(10, log.append, 'timer')
loop.call_later(10, loop.stop)
");
    let lp = loop_arg(&i.main.get_by_str("loop").unwrap()).unwrap();
    let seen_at: Rc<Cell<Option<i64>>> = Rc::new(Cell::new(None));
    let (poster, clock_of, seen) = (lp.io.poster(), lp.clone(), seen_at.clone());
    lp.io.spawn(async move {
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        poster.post(Callback::Native(Rc::new(move |_vm| {
            seen.set(Some(clock_of.now_ns()));
            Ok(())
        })));
    });
    assert_eq!(lp.io.in_flight(), 1);
    lp.run_forever(&mut i.vm).unwrap();
    let at = seen_at.get().expect("the posted callback ran");
    assert!(
        at < 1_000_000_000,
        "the clock jumped before the I/O finished: {at}"
    );
    assert_eq!(lp.io.in_flight(), 0);
    assert_eq!(global_repr(&mut i, "log"), "['timer']");
    assert_eq!(lp.now_ns(), 10_000_000_000);
}

/// A child process is real work in flight: the virtual clock waits for its exit (which
/// comes before a 10-second timer, at a clock that has not jumped), then jumps.
#[test]
fn a_child_process_holds_the_virtual_clock_until_it_exits() {
    let mut i = run("import asyncio
log = []
async def main():
    loop = asyncio.get_running_loop()
    async def timer():
        await asyncio.sleep(10)
        log.append(('timer', loop.time()))
    t = asyncio.create_task(timer())
    p = await asyncio.create_subprocess_exec('/bin/sh', '-c', 'sleep 0.05; exit 3')
    log.append(('exit', await p.wait(), loop.time() < 1))
    await t
asyncio.run(main())
");
    assert_eq!(
        global_repr(&mut i, "log"),
        "[('exit', 3, True), ('timer', 10.0)]"
    );
}

/// What each pending task costs in its objects (`cargo test -q --lib task_objects --
/// --nocapture` prints the sizes): a task is a `FutureObj` with `TaskState`, a
/// coroutine `Generator` and its `Frame`. Rarely used fields are boxed (`Rare`).
#[test]
fn task_objects_stay_small() {
    use std::mem::size_of;
    let sizes = [
        (
            "FutureObj (with TaskState)",
            size_of::<super::future::FutureObj>(),
        ),
        ("TaskState", size_of::<super::task::TaskState>()),
        ("Generator", size_of::<crate::vm::Generator>()),
        ("Frame", size_of::<crate::vm::Frame>()),
    ];
    for (name, size) in sizes {
        eprintln!("{name}: {size} bytes");
    }
    assert!(
        size_of::<super::future::FutureObj>() <= FUTURE_MAX,
        "{sizes:?}"
    );
    assert!(
        size_of::<crate::vm::Generator>() <= GENERATOR_MAX,
        "{sizes:?}"
    );
}

/// Today's sizes (x86-64): a task is 232 bytes (its `TaskState` 96), one 256-byte
/// allocation with the `Rc` counts; its coroutine 72 (gc links included), one 96-byte
/// allocation. Growing either costs every pending task: box the new field instead.
const FUTURE_MAX: usize = 232;
const GENERATOR_MAX: usize = 72;
