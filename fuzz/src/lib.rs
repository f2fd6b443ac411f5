//! The fuzz harness for coro: what each cargo-fuzz target does with its bytes, kept here so
//! the targets (fuzz_targets/) are one line each and `tests/replay.rs` can run the same
//! code over the committed corpus on a stable toolchain. It is not a fuzzer itself
//! (libFuzzer is) and checks no output: a target fails only by panicking, aborting or
//! overflowing the stack, which is what the interpreter must never do.
//!
//! The bounds that keep arbitrary programs from hanging or exhausting the machine:
//! a step budget (`Vm::set_step_budget`), a cap on live heap bytes (allocations past it
//! fail, so coro's checked allocations raise MemoryError), and a sandbox that keeps
//! programs away from the file system, processes, sockets and stdin.

use coro::interpreter::{Interpreter, Outcome};
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

/// Live heap bytes past which allocations fail.
const HEAP_CAP: usize = 768 << 20;

/// Backward jumps and calls a fuzzed program may make.
const STEPS: u64 = 20_000;

/// Stack for the thread that runs an input, as the `coro` binary gives its interpreter.
const STACK: usize = 256 << 20;

/// The system allocator with a cap on the bytes live at once.
pub struct CappedAlloc;

static LIVE: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every method forwards to `System` with the caller's layout; the counter only
// decides whether to forward an allocation at all.
unsafe impl GlobalAlloc for CappedAlloc {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if LIVE.fetch_add(layout.size(), Ordering::Relaxed) + layout.size() > HEAP_CAP {
            LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
            return std::ptr::null_mut();
        }
        System.alloc(layout)
    }
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        if LIVE.fetch_add(layout.size(), Ordering::Relaxed) + layout.size() > HEAP_CAP {
            LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
            return std::ptr::null_mut();
        }
        System.alloc_zeroed(layout)
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
        System.dealloc(ptr, layout)
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let old = layout.size();
        if new_size > old
            && LIVE.fetch_add(new_size - old, Ordering::Relaxed) + new_size - old > HEAP_CAP
        {
            LIVE.fetch_sub(new_size - old, Ordering::Relaxed);
            return std::ptr::null_mut();
        }
        let moved = System.realloc(ptr, layout, new_size);
        if moved.is_null() {
            if new_size > old {
                LIVE.fetch_sub(new_size - old, Ordering::Relaxed);
            }
        } else if new_size < old {
            LIVE.fetch_sub(old - new_size, Ordering::Relaxed);
        }
        moved
    }
}

/// A job for the fuzzing thread.
type Job = Box<dyn FnOnce() + Send>;

/// What a job ended with: `Err` holds a panic's payload.
type JobResult = std::thread::Result<()>;

/// The channels to the one long-lived thread that runs every input. One thread for all
/// inputs, not one each, because the interpreter keeps per-thread tables for the thread's
/// life (the builtin types are leaked once per thread, as the `coro` binary's single
/// interpreter thread does): a fresh thread per input grew the process by megabytes per
/// input until libFuzzer's RSS limit stopped it.
struct Worker {
    jobs: std::sync::mpsc::Sender<Job>,
    results: std::sync::mpsc::Receiver<JobResult>,
}

static WORKER: std::sync::Mutex<Option<Worker>> = std::sync::Mutex::new(None);

fn start_worker() -> Worker {
    let (jobs, job_rx) = std::sync::mpsc::channel::<Job>();
    let (result_tx, results) = std::sync::mpsc::channel();
    std::thread::Builder::new()
        .name("fuzz-interpreter".into())
        .stack_size(STACK)
        .spawn(move || {
            for job in job_rx {
                let ended = std::panic::catch_unwind(std::panic::AssertUnwindSafe(job));
                if result_tx.send(ended).is_err() {
                    return;
                }
            }
        })
        .expect("spawn the fuzzing thread");
    Worker { jobs, results }
}

/// Run `work` on the fuzzing thread (the interpreter's stack size) and wait for it. A panic
/// there is a finding: it is re-raised here so libFuzzer (or the replay test) sees it.
fn on_big_stack(work: impl FnOnce() + Send + 'static) {
    let mut worker = WORKER
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    let worker = worker.get_or_insert_with(start_worker);
    worker
        .jobs
        .send(Box::new(work))
        .expect("the fuzzing thread runs");
    let ended = worker.results.recv().expect("the fuzzing thread answers");
    if let Err(panic) = ended {
        std::panic::resume_unwind(panic);
    }
}

/// Target `compile`: any text through the lexer, parser and compiler, and a syntax error's
/// report rendered as the CLI would.
pub fn compile(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let text = text.to_owned();
    on_big_stack(move || {
        let interp = Interpreter::new();
        if let Err((err, source)) =
            interp.compile("<fuzz>", &text, coro::compiler::CompileMode::Module)
        {
            let _ = coro::report::render_syntax_error(&err, &source);
        }
    });
}

/// Words a program may not contain: ways around the sandbox's module table and builtins.
const FORBIDDEN: &[&str] = &[
    "modules",
    "open",
    "importlib",
    "loader",
    "__spec__",
    "builtins",
];

/// Modules a program may not import: the file system, processes, sockets, signals,
/// sleeping and stdin (set to None in `sys.modules`, so an import raises ImportError).
const SANDBOXED: &[&str] = &[
    "os",
    "posix",
    "posixpath",
    "io",
    "_io",
    "subprocess",
    "_posixsubprocess",
    "socket",
    "_socket",
    "select",
    "selectors",
    "shutil",
    "pathlib",
    "tempfile",
    "glob",
    "signal",
    "_signal",
    "time",
    "fcntl",
    "pty",
    "mmap",
    "resource",
    "threading",
    "_thread",
    "concurrent",
    "concurrent.futures",
    "logging",
    "atexit",
    "faulthandler",
];

/// An interpreter whose programs cannot leave the sandbox, on the virtual clock.
fn sandboxed_interpreter() -> Interpreter {
    let mut interp = Interpreter::new();
    interp.set_virtual_time(true);
    for name in SANDBOXED {
        interp
            .vm
            .modules
            .set_by_str(name, coro::runtime::value::Value::None);
    }
    for name in [
        "open",
        "input",
        "breakpoint",
        "help",
        "__import__",
        "exit",
        "quit",
    ] {
        interp
            .vm
            .builtins
            .del_str(&coro::runtime::str::PyStr::new(name));
    }
    interp.vm.out.hold(true);
    interp
}

/// Target `run`: a program (UTF-8 text without forbidden words) run to its end under the
/// step budget. Any ending is fine except an internal error (a panic caught by the
/// interpreter) or a crash.
pub fn run(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if FORBIDDEN.iter().any(|w| text.contains(w)) {
        return;
    }
    let text = text.to_owned();
    on_big_stack(move || {
        let mut interp = sandboxed_interpreter();
        interp.vm.set_step_budget(Some(STEPS));
        let outcome = interp.run_source("<fuzz>", &text);
        interp.vm.set_step_budget(None);
        check_outcome(&mut interp, &outcome, &text);
        drop(outcome);
        interp.vm.out.take();
    });
}

/// Render what ended a run as the CLI would (rendering must not panic either); an
/// internal error is a finding.
fn check_outcome(interp: &mut Interpreter, outcome: &Outcome, text: &str) {
    match outcome {
        Outcome::Finished => {}
        Outcome::Syntax(err, source) => {
            let _ = coro::report::render_syntax_error(err, source);
        }
        Outcome::Raised(e) => {
            let _ = coro::report::render_traceback(&mut interp.vm, e);
        }
        Outcome::InternalError(message, _) => {
            panic!("coro internal error: {message}\nprogram:\n{text}")
        }
    }
}

/// Target `numbers`: the number parsers and formatters on arbitrary text. The first byte
/// picks the base for int(); the text splits at the first `|` into a value and a format
/// spec, formatted as int, float and str; the whole text is also read as a `%` format.
pub fn numbers(data: &[u8]) {
    use coro::numeric::{format_spec, parse, percent};
    // The interpreter's default limit on decimal digits (sys.get_int_max_str_digits()).
    const LIMIT: usize = parse::DEFAULT_MAX_STR_DIGITS;
    let Some((&first, rest)) = data.split_first() else {
        return;
    };
    let text = String::from_utf8_lossy(rest);
    let base = match first % 38 {
        1 => 0,
        b => i64::from(b),
    };
    let _ = parse::parse_int(&text, base, LIMIT);
    let _ = parse::parse_int(&text, 0, LIMIT);
    let float = parse::parse_float(&text);
    let (value, spec) = text.split_once('|').unwrap_or((&text, ""));
    if let Ok(int) = parse::parse_int(value, 0, LIMIT) {
        let _ = format_spec::format_int(&int, spec, LIMIT);
        if let Ok(decimal) = parse::int_to_decimal(&int, LIMIT) {
            assert_eq!(
                parse::parse_int(&decimal, 10, LIMIT).ok(),
                Some(int),
                "int round trip"
            );
        }
    }
    if let Ok(x) = parse::parse_float(value) {
        let _ = format_spec::format_float(x, spec);
        let repr = coro::numeric::float::repr(x);
        let back = parse::parse_float(&repr).expect("a float's repr parses");
        assert!(
            back == x || (back.is_nan() && x.is_nan()),
            "float round trip: {repr}"
        );
    }
    let _ = float;
    let _ = format_spec::format_str(value, spec);
    let _ = percent::parse_format(&text, false);
    let _ = percent::parse_format(&text, true);
}

/// Target `json_re`: `json.loads` (the Rust scanner) and `re` (the native `_sre` engine)
/// on arbitrary text, through the interpreter. The text splits at the first NUL into a
/// pattern (or JSON document) and a subject string.
pub fn json_re(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let (pattern, subject) = text.split_once('\0').unwrap_or((text, "abc"));
    let (pattern, subject) = (pattern.to_owned(), subject.to_owned());
    on_big_stack(move || {
        let mut interp = sandboxed_interpreter();
        interp
            .main
            .set_by_str("PATTERN", coro::runtime::value::Value::str(&pattern));
        interp
            .main
            .set_by_str("SUBJECT", coro::runtime::value::Value::str(&subject));
        interp.vm.set_step_budget(Some(STEPS * 10));
        let outcome = interp.run_source("<fuzz>", JSON_RE_PROGRAM);
        interp.vm.set_step_budget(None);
        check_outcome(&mut interp, &outcome, &format!("{pattern:?} {subject:?}"));
    });
}

/// What `json_re` runs: every error a bad pattern or document may raise is expected.
const JSON_RE_PROGRAM: &str = r#"
import json, re
try:
    json.loads(PATTERN)
except (ValueError, RecursionError):
    pass
try:
    p = re.compile(PATTERN)
except (re.error, OverflowError, RecursionError, ValueError):
    pass
else:
    p.search(SUBJECT)
    p.findall(SUBJECT)
    p.sub(lambda m: m.group(0), SUBJECT)
    p.split(SUBJECT)
    try:
        p.sub(PATTERN[:8], SUBJECT)
    except (re.error, IndexError):
        pass
"#;

/// Target `xml`: the native XML tokenizer on arbitrary text (its tokens must lie in
/// order on character boundaries), then pyexpat and ElementTree through the interpreter.
/// The first byte picks the piece size `Parse` is fed in and namespace processing; the
/// rest is the document's bytes.
pub fn xml(data: &[u8]) {
    use coro::runtime::xml::scan;
    let Some((&first, doc)) = data.split_first() else {
        return;
    };
    if let Ok(text) = std::str::from_utf8(doc) {
        struct Open;
        impl scan::OpenElements for Open {
            fn depth(&self) -> usize {
                1
            }
            fn is_named(&self, _index: usize, name: &str) -> bool {
                name == "a"
            }
        }
        for start in (0..text.len())
            .filter(|&k| text.is_char_boundary(k))
            .take(64)
        {
            let (tokens, end) = scan::scan_content(text, start, &Open, first & 1 == 1);
            assert!(end >= start && text.is_char_boundary(end), "end {end}");
            assert!(tokens.len() <= scan::MAX_BATCH);
        }
    }
    let doc = doc.to_vec();
    on_big_stack(move || {
        let mut interp = sandboxed_interpreter();
        let doc_value = coro::runtime::native::bytes_value(interp.vm.types(), &doc);
        interp.main.set_by_str("DOC", doc_value);
        interp.main.set_by_str(
            "PIECE",
            coro::runtime::value::Value::Int(i64::from(first >> 1) + 1),
        );
        interp
            .main
            .set_by_str("NS", coro::runtime::value::Value::Bool(first & 1 == 1));
        interp.vm.set_step_budget(Some(STEPS * 10));
        let outcome = interp.run_source("<fuzz>", XML_PROGRAM);
        interp.vm.set_step_budget(None);
        check_outcome(
            &mut interp,
            &outcome,
            &format!("{:?}", String::from_utf8_lossy(&doc)),
        );
    });
}

/// What `xml` runs: every handler set, the document fed in pieces, then ElementTree.
const XML_PROGRAM: &str = r#"
import pyexpat
import xml.etree.ElementTree as ET
p = pyexpat.ParserCreate(namespace_separator="}" if NS else None)
p.buffer_text = PIECE % 3 == 0
p.ordered_attributes = PIECE % 2 == 0
seen = []
def record(*args):
    seen.append((p.CurrentLineNumber, p.CurrentColumnNumber, args))
    return 1
for name in ("StartElementHandler", "EndElementHandler", "CharacterDataHandler",
             "CommentHandler", "ProcessingInstructionHandler", "StartCdataSectionHandler",
             "EndCdataSectionHandler", "StartNamespaceDeclHandler", "EndNamespaceDeclHandler",
             "StartDoctypeDeclHandler", "EntityDeclHandler", "AttlistDeclHandler",
             "ElementDeclHandler", "SkippedEntityHandler", "ExternalEntityRefHandler",
             "XmlDeclHandler", "DefaultHandler"):
    if (len(name) + PIECE) % 5:
        setattr(p, name, record)
try:
    for k in range(0, len(DOC), PIECE):
        p.Parse(DOC[k:k + PIECE], False)
    p.Parse(b"", True)
except (pyexpat.ExpatError, LookupError, ValueError, RecursionError):
    pass
try:
    ET.fromstring(DOC)
except (ET.ParseError, LookupError, ValueError, RecursionError):
    pass
"#;
