//! Two interpreters in one thread share no interpreter state: each has its own asyncio
//! and functools classes, and what a `Drop` queues (an unawaited coroutine's warning, a
//! weak reference's callback) goes to the interpreter that made the object, whichever
//! one runs next; dropping one leaves the other working (docs/ARCHITECTURE.md,
//! "Interpreter state and thread-locals").

use coro::interpreter::{Interpreter, Outcome};

fn interpreter() -> Interpreter {
    let mut interp = Interpreter::new();
    interp.set_virtual_time(true);
    interp.vm.out.hold(true);
    interp
}

/// Run `src` in `interp`'s `__main__`; what it printed (stdout and stderr).
fn run(interp: &mut Interpreter, src: &str) -> String {
    let outcome = interp.run_source("<two>", src);
    let text = interp.vm.out.take();
    assert!(matches!(outcome, Outcome::Finished), "{src} failed: {text}");
    text
}

/// The interpreter's own stack size, as the `coro` binary runs it.
fn on_big_stack(f: impl FnOnce() + Send + 'static) {
    std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(f)
        .expect("spawn")
        .join()
        .expect("no panic");
}

const ASYNCIO: &str = r#"
import asyncio, functools

async def main():
    t = asyncio.get_running_loop().create_task(asyncio.sleep(0, "slept"))
    return await t

print(asyncio.run(main()))
cached = functools.lru_cache(maxsize=None)(lambda x, k=0: x)
cached(1, k=2)
print(type(cached.cache_info()).__name__, cached.cache_info().misses)
print(id(asyncio.Future), id(asyncio.Task), id(type(cached.cache_info())))
"#;

#[test]
fn each_interpreter_has_its_own_classes_and_survives_the_other() {
    on_big_stack(|| {
        let mut a = interpreter();
        let mut b = interpreter();
        let out_a = run(&mut a, ASYNCIO);
        let out_b = run(&mut b, ASYNCIO);
        let (ids_a, ids_b) = (out_a.lines().nth(2), out_b.lines().nth(2));
        assert_eq!(out_a.lines().next(), Some("slept"));
        assert_eq!(out_a.lines().nth(1), Some("CacheInfo 1"));
        assert!(ids_a.is_some() && ids_b.is_some());
        for (x, y) in ids_a.unwrap().split(' ').zip(ids_b.unwrap().split(' ')) {
            assert_ne!(x, y, "a class is shared:\n{out_a}\n{out_b}");
        }
        drop(a);
        let again = run(&mut b, ASYNCIO);
        assert_eq!(
            again.lines().take(2).collect::<Vec<_>>(),
            ["slept", "CacheInfo 1"]
        );
    });
}

#[test]
fn a_drop_reports_to_the_interpreter_that_made_the_object() {
    on_big_stack(|| {
        let mut a = interpreter();
        let mut b = interpreter();
        run(
            &mut a,
            "import weakref\n\
             async def f(): pass\n\
             class C: pass\n\
             c = f()\n\
             o = C()\n\
             r = weakref.ref(o, lambda r: print('callback'))\n",
        );
        // The host holds the objects, so `a` dropping its names frees nothing yet.
        let held = [
            a.main.get_by_str("c").expect("c"),
            a.main.get_by_str("o").expect("o"),
        ];
        run(&mut a, "del c, o\n");
        run(&mut b, "x = 1\n");
        // Dropped while no interpreter runs: the reports wait in `a`'s mailbox.
        drop(held);
        let out_b = run(&mut b, "y = 2\nz = 3\nprint('b')\n");
        assert_eq!(out_b, "b\n", "b saw a's reports");
        let out_a = run(&mut a, "y = 2\nz = 3\n");
        assert!(out_a.contains("coroutine 'f' was never awaited"), "{out_a}");
        assert!(out_a.contains("callback"), "{out_a}");
    });
}

#[test]
fn each_interpreter_has_its_own_builtin_classes_freed_with_it() {
    on_big_stack(|| {
        let mut a = interpreter();
        let mut b = interpreter();
        // asyncio's install renames CancelledError's module: in its interpreter only.
        run(&mut a, "import asyncio\nprint((1).bit_length())\n");
        run(&mut b, "print((1).bit_length())\n");
        let (ta, tb) = (a.vm.types(), b.vm.types());
        assert_eq!(&**ta.cancelled_error.module.borrow(), "asyncio.exceptions");
        assert_eq!(&**tb.cancelled_error.module.borrow(), "builtins");
        // Distinct class objects: their method caches and weak-reference lists too.
        assert!(!std::rc::Rc::ptr_eq(&ta.int, &tb.int));
        let a_int = std::rc::Rc::downgrade(&ta.int);
        let a_property = std::rc::Rc::downgrade(&ta.property);
        drop(a);
        assert!(a_int.upgrade().is_none(), "a's int outlived a");
        assert!(a_property.upgrade().is_none(), "a's property outlived a");
        assert_eq!(run(&mut b, "print(int.bit_length(5))\n"), "3\n");
    });
}
