//! The `sys` and `time` modules: argv (filled by the CLI through [`set_argv`]), exit,
//! maxsize, version info, stdout/stderr objects, the recursion limit; wall, monotonic
//! and performance clocks and a blocking `sleep`.

use super::{def, float_arg, type_name};
use crate::runtime::dict::PyDict;
use crate::runtime::error::{type_error, value_error, PyResult};
use crate::runtime::function::Args;
use crate::runtime::list::PyList;
use crate::runtime::signature::Signature;
use crate::runtime::value::Value;
use crate::vm::Vm;
use std::rc::Rc;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

/// The origin of `time.monotonic()` and `time.perf_counter()`: process-wide, as the
/// clocks they stand for are (not interpreter state; see ARCHITECTURE "State").
static START: std::sync::LazyLock<Instant> = std::sync::LazyLock::new(Instant::now);

/// Set `sys.argv` (the script path first, then its arguments): the list `sys` was made
/// with, changed in place.
pub fn set_argv(sys: &PyDict, args: &[String]) {
    if let Some(Value::List(argv)) = sys.get_by_str("argv") {
        *argv.items.borrow_mut() = args.iter().map(|s| Value::str(s)).collect();
    }
}

pub fn sys_module(t: &crate::runtime::types::Types) -> Rc<PyDict> {
    let m = Rc::new(PyDict::new());
    m.set_by_str("__name__", Value::str("sys"));
    let argv = Rc::new(PyList::new(vec![Value::str("")]));
    m.set_by_str("argv", Value::List(argv));
    m.set_by_str("maxsize", Value::Int(i64::MAX));
    m.set_by_str(
        "byteorder",
        Value::str(if cfg!(target_endian = "big") {
            "big"
        } else {
            "little"
        }),
    );
    m.set_by_str("platform", Value::str(std::env::consts::OS));
    m.set_by_str("path", Value::list(vec![]));
    crate::runtime::io::std_streams::install(t, &m);
    crate::vm::excepthook::install(&m);
    crate::vm::unraisable::install(&m);
    def(&m, "exit", exit);
    def(&m, "__getattr__", sys_getattr);
    def(&m, "getrecursionlimit", getrecursionlimit);
    def(&m, "setrecursionlimit", setrecursionlimit);
    def(&m, "get_int_max_str_digits", get_int_max_str_digits);
    def(&m, "set_int_max_str_digits", set_int_max_str_digits);
    def(
        &m,
        "set_asyncgen_hooks",
        crate::vm::asyncgen_hooks::set_asyncgen_hooks,
    );
    def(
        &m,
        "get_asyncgen_hooks",
        crate::vm::asyncgen_hooks::get_asyncgen_hooks,
    );
    def(
        &m,
        "getswitchinterval",
        crate::threads::module::getswitchinterval,
    );
    def(
        &m,
        "setswitchinterval",
        crate::threads::module::setswitchinterval,
    );
    m
}

/// `sys.__getattr__`: names made on first use. `_getframe` is Python (pylib's `_frame`),
/// so that calling it puts its caller on the VM's caller trail where it can be seen.
fn sys_getattr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = crate::runtime::signature::module_positional(&args, "sys", "__getattr__", 1, 1)?;
    let name = p[0]
        .as_pystr()
        .map(|s| s.as_str().to_string())
        .unwrap_or_default();
    if name == "_getframe" {
        let frames = vm.import_absolute("_frame")?;
        let getframe = vm.getattr(&frames, "_getframe")?;
        if let Some(Value::Native(n)) = vm.cached_module("sys") {
            if let crate::runtime::native::NativeData::Module(d) = &n.data {
                d.dict.set_by_str("_getframe", getframe.clone());
            }
        }
        return Ok(getframe);
    }
    Err(crate::runtime::error::attribute_error(format!(
        "module 'sys' has no attribute '{name}'"
    )))
}

fn exit(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    const EXIT: Signature = Signature::new("exit", &["status"])
        .required(0)
        .positional_only("exit");
    let p = EXIT.positional(&args)?;
    Err(crate::runtime::error::builtin_error_args(
        crate::runtime::types::ExcKind::SystemExit,
        p.to_vec(),
    ))
}

fn getrecursionlimit(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Signature::no_args("sys.getrecursionlimit").none(&args)?;
    Ok(Value::Int(vm.recursion_limit as i64))
}

fn setrecursionlimit(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let limit = Signature::one_arg("sys.setrecursionlimit").one(&args)?;
    let n = super::c_int_arg(vm, limit)?;
    if n < 1 {
        return Err(value_error(
            "recursion limit must be greater or equal than 1",
        ));
    }
    vm.recursion_limit = n as usize;
    Ok(Value::None)
}

fn get_int_max_str_digits(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Signature::no_args("sys.get_int_max_str_digits").none(&args)?;
    Ok(Value::Int(vm.int_max_str_digits as i64))
}

fn set_int_max_str_digits(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    const SET: Signature = Signature::new("set_int_max_str_digits", &["maxdigits"]);
    let p = SET.bind(&args)?;
    let n = super::c_int_arg(vm, p.req(0))?;
    let threshold = crate::numeric::parse::STR_DIGITS_CHECK_THRESHOLD as i64;
    if n != 0 && n < threshold {
        return Err(value_error(format!(
            "maxdigits must be 0 or larger than {threshold}"
        )));
    }
    vm.int_max_str_digits = n as usize;
    Ok(Value::None)
}

pub fn time_module() -> Rc<PyDict> {
    std::sync::LazyLock::force(&START);
    let m = Rc::new(PyDict::new());
    m.set_by_str("__name__", Value::str("time"));
    def(&m, "time", |_, a| {
        Signature::no_args("time.time").none(&a)?;
        Ok(Value::Float(unix_now().as_secs_f64()))
    });
    def(&m, "time_ns", |_, a| {
        Signature::no_args("time.time_ns").none(&a)?;
        Ok(Value::Int(unix_now().as_nanos() as i64))
    });
    def(&m, "monotonic", |_, a| {
        Signature::no_args("time.monotonic").none(&a)?;
        Ok(Value::Float(since_start().as_secs_f64()))
    });
    def(&m, "monotonic_ns", |_, a| {
        Signature::no_args("time.monotonic_ns").none(&a)?;
        Ok(Value::Int(since_start().as_nanos() as i64))
    });
    def(&m, "perf_counter", |_, a| {
        Signature::no_args("time.perf_counter").none(&a)?;
        Ok(Value::Float(since_start().as_secs_f64()))
    });
    def(&m, "perf_counter_ns", |_, a| {
        Signature::no_args("time.perf_counter_ns").none(&a)?;
        Ok(Value::Int(since_start().as_nanos() as i64))
    });
    def(&m, "sleep", sleep);
    m
}

fn unix_now() -> std::time::Duration {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default()
}

fn since_start() -> std::time::Duration {
    START.elapsed()
}

fn sleep(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let length = Signature::one_arg("time.sleep").one(&args)?;
    let secs = float_arg(vm, length).map_err(|_| {
        type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(vm, length)
        ))
    })?;
    if secs.is_nan() {
        return Err(value_error("Invalid value NaN (not a number)"));
    }
    if secs < 0.0 {
        return Err(value_error("sleep length must be non-negative"));
    }
    vm.out.flush();
    let length = std::time::Duration::from_secs_f64(secs.min(1e9));
    if vm.threads.count() < 2 {
        // Alone: a real sleep that runs signal handlers when a signal cuts it short.
        sleep_interruptibly(vm, length)?;
    } else {
        // Other Python threads run meanwhile.
        crate::threads::sleep(vm, length)?;
    }
    Ok(Value::None)
}

/// Sleep for `length`, running Python signal handlers when a signal cuts the sleep
/// short (PEP 475): a handler's exception ends the sleep, otherwise it goes on for
/// what remains.
fn sleep_interruptibly(vm: &mut Vm, length: std::time::Duration) -> PyResult<()> {
    let deadline = std::time::Instant::now() + length;
    loop {
        let left = deadline.saturating_duration_since(std::time::Instant::now());
        if left.is_zero() {
            return Ok(());
        }
        let ts = libc::timespec {
            tv_sec: left.as_secs() as libc::time_t,
            tv_nsec: left.subsec_nanos() as libc::c_long,
        };
        // SAFETY: a valid timespec; the remainder is recomputed from the deadline.
        let rc = unsafe { libc::nanosleep(&ts, std::ptr::null_mut()) };
        if rc == 0 {
            return Ok(());
        }
        crate::runtime::signal::check_signals(vm)?;
    }
}
