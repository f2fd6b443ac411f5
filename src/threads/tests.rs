//! Green-thread unit tests: what each thread keeps of its own as threads switch, and
//! the scheduler's behaviour at the edges of a root. Expected values are CPython 3.11's.

use crate::interpreter::{run_asserting_script, Interpreter, Outcome};
use crate::runtime::value::Value;

fn run_in(interp: &mut Interpreter, src: &str) {
    run_asserting_script(interp, src);
}

fn run(src: &str) -> Interpreter {
    let mut interp = Interpreter::new();
    run_in(&mut interp, src);
    interp
}

fn global_repr(interp: &mut Interpreter, name: &str) -> String {
    let v = interp.main.get_by_str(name).unwrap_or(Value::None);
    interp.vm.repr(&v).unwrap_or_default()
}

#[test]
fn the_exception_being_handled_belongs_to_its_thread() {
    let mut i = run("import sys, threading
seen = []
def look():
    seen.append(sys.exc_info()[0])
    try:
        raise KeyError('in thread')
    except KeyError:
        seen.append(sys.exc_info()[0].__name__)
try:
    raise ValueError('in main')
except ValueError:
    t = threading.Thread(target=look)
    t.start()
    t.join()
    seen.append(sys.exc_info()[0].__name__)
seen.append(sys.exc_info()[0])
");
    assert_eq!(
        global_repr(&mut i, "seen"),
        "[None, 'KeyError', 'ValueError', None]"
    );
}

#[test]
fn each_thread_has_its_own_recursion_depth() {
    // Main is 900 frames deep when the thread starts: the thread's own 900 frames
    // stay under the limit of 1000, as in CPython.
    let mut i = run("import threading
out = []
def down(n, then):
    return then() if n == 0 else down(n - 1, then)
def in_thread():
    out.append(down(900, lambda: 'thread ok'))
def start_and_join():
    t = threading.Thread(target=in_thread)
    t.start()
    t.join()
    return 'main ok'
out.append(down(900, start_and_join))
");
    assert_eq!(global_repr(&mut i, "out"), "['thread ok', 'main ok']");
}

#[test]
fn a_thread_left_running_goes_on_in_the_next_run() {
    // The first source returns while its thread waits; the second releases it.
    let mut i = Interpreter::new();
    run_in(
        &mut i,
        "import threading
gate = threading.Event()
log = []
t = threading.Thread(target=lambda: (gate.wait(), log.append('thread ran')))
t.start()
",
    );
    assert_eq!(i.vm.threads.count(), 2);
    // The interpreter may move (the CLI hands it on by value): its Vm stays put.
    let mut moved = Box::new(i);
    let i = &mut *moved;
    run_in(i, "gate.set()\nt.join()\nlog.append('joined')\n");
    assert_eq!(global_repr(i, "log"), "['thread ran', 'joined']");
    assert_eq!(i.vm.threads.count(), 1);
}

#[test]
fn shutdown_waits_for_non_daemon_threads_only() {
    let mut i = Interpreter::new();
    run_in(
        &mut i,
        "import threading, time
log = []
threading.Thread(target=lambda: (time.sleep(0.02), log.append('worker done'))).start()
threading.Thread(target=threading.Event().wait, daemon=True).start()
",
    );
    i.wait_for_threads();
    assert_eq!(global_repr(&mut i, "log"), "['worker done']");
    // The daemon thread is still parked; nothing waits for it.
    assert_eq!(i.vm.threads.count(), 2);
}

#[test]
fn outside_a_root_waits_block_the_os_thread() {
    let mut interp = Interpreter::new();
    let code = interp
        .compile(
            "<test>",
            "import _thread, time
l = _thread.allocate_lock()
l.acquire()
got = l.acquire(True, 0.01)
time.sleep(0.001)
",
            crate::compiler::CompileMode::Module,
        )
        .unwrap_or_else(|_| panic!("compiles"));
    let main = interp.main.clone();
    interp
        .vm
        .run_code(code, main, None)
        .unwrap_or_else(|_| panic!("runs"));
    assert_eq!(global_repr(&mut interp, "got"), "False");
}

#[test]
fn started_threads_run_in_start_order_until_they_block() {
    // A long switch interval: a loaded machine must not end a slice in the middle.
    let mut i = run("import sys, threading
sys.setswitchinterval(10)
log = []
def step(name):
    log.append(name + '1')
    threading.Event().wait(0.001)
    log.append(name + '2')
ts = [threading.Thread(target=step, args=(n,)) for n in 'ab']
for t in ts:
    t.start()
log.append('main')
for t in ts:
    t.join()
sys.setswitchinterval(0.005)
");
    let log = global_repr(&mut i, "log");
    assert!(log.starts_with("['a1', 'b1', 'main'"), "{log}");
}

fn buggy_native(
    _vm: &mut crate::vm::Vm,
    _args: crate::runtime::function::Args<'_>,
) -> crate::runtime::error::PyResult<Value> {
    panic!("a bug planted by the test")
}

#[test]
fn a_panic_in_a_thread_is_an_internal_error_and_ends_the_root() {
    crate::vm::internal_error::install_panic_hook(false);
    let mut i = Interpreter::new();
    i.main.set_by_str(
        "buggy",
        crate::runtime::function::Builtin::value("buggy", buggy_native),
    );
    let outcome = i.run_source(
        "<test>",
        "import threading\nt = threading.Thread(target=buggy)\nt.start()\nt.join()\n",
    );
    assert!(matches!(outcome, Outcome::InternalError(..)));
    // Later code runs (outside a root) instead of finding the scheduler half-set.
    run_in(&mut i, "import time\ntime.sleep(0.001)\nafter = 'ran'\n");
    assert_eq!(global_repr(&mut i, "after"), "'ran'");
}
