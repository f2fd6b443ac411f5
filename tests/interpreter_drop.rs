//! A host that creates and drops interpreters gets its memory back: an `Interpreter`
//! dropped frees what it made (its modules, their functions and classes, which refer to
//! each other in cycles, the loop and the tasks a program left), so making one after
//! another on one thread keeps the live heap flat. Counted by a global allocator that
//! tracks live bytes; one test function, so no other test allocates meanwhile.
//!
//! What the first interpreters on a thread leave is not counted: the built-in type
//! objects are made once per OS thread and shared by every interpreter on it
//! (docs/ARCHITECTURE.md, "Interpreter state and thread-locals").

use coro::interpreter::{Interpreter, Outcome};
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicIsize, Ordering};

struct Counting;

static LIVE: AtomicIsize = AtomicIsize::new(0);

// SAFETY: every method forwards to `System` with the caller's layout; the counter only
// records the sizes.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        LIVE.fetch_add(layout.size() as isize, Ordering::Relaxed);
        System.alloc(layout)
    }
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        LIVE.fetch_add(layout.size() as isize, Ordering::Relaxed);
        System.alloc_zeroed(layout)
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size() as isize, Ordering::Relaxed);
        System.dealloc(ptr, layout)
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        LIVE.fetch_add(
            new_size as isize - layout.size() as isize,
            Ordering::Relaxed,
        );
        System.realloc(ptr, layout, new_size)
    }
}

#[global_allocator]
static ALLOC: Counting = Counting;

/// A program that leaves what embedders' programs leave: module-level functions and
/// classes (each a cycle through the module's globals), a self-referencing instance,
/// closures, generators left suspended, an event loop run and closed, a task left
/// pending, imported pure-Python modules.
const PROGRAM: &str = r#"
import json, re, collections, functools, asyncio

class Node:
    def __init__(self, parent=None):
        self.parent = parent
        self.children = []
        self.me = self

    def add(self):
        child = Node(self)
        self.children.append(child)
        return child

def counter():
    n = 0
    def bump():
        nonlocal n
        n += 1
        return n
    return bump

def numbers():
    yield 1
    yield 2

root = Node()
root.add().add()
bump = counter()
bump()
suspended = numbers()
next(suspended)
point = collections.namedtuple("Point", "x y")(1, 2)
cached = functools.lru_cache(maxsize=None)(lambda x: x * 2)
cached(3)
text = json.dumps({"a": [1, 2, {"b": None}]})
words = re.findall(r"\w+", "one two three")

async def main():
    asyncio.get_running_loop().create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    return 1

asyncio.run(main())
"#;

fn live() -> isize {
    LIVE.load(Ordering::Relaxed)
}

/// Live bytes left behind per interpreter, over `rounds` after two warm-up ones.
fn left_per_interpreter(rounds: isize, make_and_drop: impl Fn()) -> isize {
    make_and_drop();
    make_and_drop();
    let before = live();
    for _ in 0..rounds {
        make_and_drop();
    }
    (live() - before) / rounds
}

#[test]
fn dropped_interpreters_free_what_they_made() {
    // The interpreter's own stack size, as the `coro` binary runs it.
    let worker = std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(|| {
            let bare = left_per_interpreter(20, || drop(Interpreter::new()));
            let ran = left_per_interpreter(5, || {
                let mut interp = Interpreter::new();
                interp.set_virtual_time(true);
                interp.vm.out.hold(true);
                let outcome = interp.run_source("<leak>", PROGRAM);
                assert!(matches!(outcome, Outcome::Finished), "the program runs");
                drop(outcome);
                interp.vm.out.take();
            });
            (bare, ran)
        })
        .expect("spawn");
    let (bare, ran) = worker.join().expect("no panic");
    assert!(bare < 256, "a bare interpreter left {bare} bytes");
    assert!(
        ran < 256,
        "an interpreter that ran a program left {ran} bytes"
    );
}
