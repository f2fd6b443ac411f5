//! A panic inside coro while a script runs is reported with the script's traceback and
//! exit status 70, never an abort.

use crate::interpreter::{Interpreter, Outcome};
use crate::runtime::error::PyResult;
use crate::runtime::function::{Args, Builtin};
use crate::runtime::value::Value;
use crate::vm::Vm;

fn buggy_native(_vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    panic!("a bug planted by the test")
}

#[test]
fn a_panic_becomes_an_internal_error_with_the_python_traceback() {
    // Other tests in this process still get Rust's own panic messages.
    super::internal_error::install_panic_hook(false);
    let mut interp = Interpreter::new();
    interp
        .main
        .set_by_str("buggy", Builtin::value("buggy", buggy_native));
    let outcome = interp.run_source(
        "<test>",
        "def inner():\n    return sorted([3, 1], key=lambda k: buggy())\n\ndef outer():\n    return inner()\n\nprint(outer())\n",
    );
    let Outcome::InternalError(message, trace) = &outcome else {
        panic!("expected an internal error");
    };
    assert!(
        message.starts_with("a bug planted by the test at "),
        "{message}"
    );
    assert_eq!(interp.exit_code(&outcome), 70);
    let tb = crate::report::render_traceback(&mut interp.vm, trace);
    // Every Python frame, across the native `sorted` that called back into Python.
    for name in ["<module>", "outer", "inner", "<lambda>"] {
        assert!(
            tb.contains(&format!(", in {name}\n")),
            "{name} missing from:\n{tb}"
        );
    }
    let order: Vec<usize> = ["<module>", "outer", "inner", "<lambda>"]
        .iter()
        .map(|n| tb.find(&format!(", in {n}\n")).unwrap())
        .collect();
    assert!(
        order.windows(2).all(|w| w[0] < w[1]),
        "frames out of order:\n{tb}"
    );
    assert!(
        tb.contains("\nSystemError: a bug planted by the test at "),
        "{tb}"
    );
    // The interpreter is still usable for flushing and reporting.
    interp.vm.out.flush();
}
