//! The table of coro's own native modules (written in Rust, or Rust with a Python half
//! such as `asyncio`): each name maps to the function that builds its namespace, called on
//! the module's first import, so start-up pays only for what a script imports. Modules
//! written only in Python are listed in [`crate::runtime::pylib`] instead. This is a table,
//! not an importer: the VM's import system (`vm::import`) consults it after the search path.

use crate::runtime::builtins::{
    binascii, bz2_native, errno_module, functools, hashlib, imp, itertools_native, math, mersenne,
    struct_pack, time_native, traceback_native, unicodedata, zlib_native,
};
use crate::runtime::dict::PyDict;
use crate::runtime::error::PyResult;
use crate::vm::Vm;
use std::rc::Rc;

/// Builds a native module's namespace on first import.
pub type ModuleInit = fn(&mut Vm) -> PyResult<Rc<PyDict>>;

/// The builder of the native module `name`, if coro has one.
pub fn native_module(name: &str) -> Option<ModuleInit> {
    Some(match name {
        "errno" => |vm| Ok(errno_module::module(vm)),
        "_functools" => |vm| Ok(functools::module(vm.types())),
        "gc" => |vm| Ok(crate::runtime::builtins::gc_module::module(vm)),
        "_itertools" => |vm| Ok(itertools_native::module(vm.types())),
        "_collections" => |vm| Ok(crate::runtime::builtins::deque_methods::module(vm.types())),
        "_heapq" => |_| Ok(crate::runtime::builtins::heapq_native::module()),
        "_bisect" => |_| Ok(crate::runtime::builtins::bisect_native::module()),
        "_operator" => |_| Ok(crate::runtime::builtins::operator_native::module()),
        "io" => |vm| with_python_half(vm, crate::runtime::io::module(vm.types()), "io", IO_TEXT),
        "_io" => |vm| with_python_half(vm, crate::runtime::io::module(vm.types()), "_io", IO_TEXT),
        "math" => |_| Ok(math::module()),
        "cmath" => |vm| Ok(crate::runtime::builtins::cmath::module(vm.types())),
        "unicodedata" => |_| Ok(unicodedata::module()),
        "_time" => |_| Ok(time_native::module()),
        "_imp" => |_| Ok(imp::imp_module()),
        "_traceback" => |_| Ok(traceback_native::module()),
        "_inspect" => |_| Ok(crate::runtime::builtins::inspect_native::module()),
        "_sre" => |vm| Ok(crate::runtime::re::module(vm.types())),
        "asyncio" => asyncio,
        "asyncio.subprocess" => asyncio_subprocess,
        "posix" => |vm| Ok(crate::runtime::os::posix_module(vm)),
        "_contextvars" => |_| Ok(crate::runtime::contextvars::module()),
        "_weakref" => |_| Ok(crate::runtime::weakref::module()),
        "atexit" => |_| Ok(crate::runtime::atexit::module()),
        "_json" => |_| Ok(crate::runtime::builtins::json_scan::module()),
        "_csv_scan" => |_| Ok(crate::runtime::builtins::csv_scan::module()),
        "_xml_tokenizer" => |_| Ok(crate::runtime::xml::module()),
        "_ast_export" => |_| Ok(crate::runtime::builtins::ast_export::module()),
        "_random" => |vm| Ok(mersenne::module(vm.types())),
        "_struct" => |vm| Ok(struct_pack::module(vm.types())),
        "binascii" => {
            |vm| with_python_half(vm, binascii::module(vm.types()), "binascii", BINASCII_TEXT)
        }
        "_zlib" => |vm| Ok(zlib_native::module(vm.types())),
        "_bz2" => |_| Ok(bz2_native::module()),
        "_sqlite3" => |_| Ok(crate::runtime::sqlite::module()),
        "hashlib" => |vm| {
            let m = hashlib::module(vm);
            with_python_half(vm, m, "hashlib", HASHLIB_FILE_DIGEST)
        },
        "_signal" => |vm| Ok(crate::runtime::signal::module(vm)),
        "_subprocess" => |_| Ok(crate::runtime::subprocess::module()),
        "_socket" => |_| Ok(crate::runtime::socket::module()),
        "_select" => |_| Ok(crate::runtime::socket::select::module()),
        "_thread" => |vm| Ok(crate::threads::module::module(vm)),
        "_fcntl" => |_| Ok(crate::runtime::unix::fcntl_calls::module()),
        "_termios" => |_| Ok(crate::runtime::unix::termios_calls::module()),
        "_resource" => |_| Ok(crate::runtime::unix::resource_calls::module()),
        "_mmap" => |_| Ok(crate::runtime::unix::mmap_calls::module()),
        "_codeop" => |_| Ok(crate::runtime::builtins::codeop_native::module()),
        _ => return None,
    })
}

/// The Python halves of native modules: logic that reads best in Python, run in the
/// module's namespace after its natives are in place (so it may use them, and must not
/// import the module itself).
const IO_TEXT: &str = include_str!("io/io_text.py");
const BINASCII_TEXT: &str = include_str!("builtins/binascii_uu_qp.py");
const HASHLIB_FILE_DIGEST: &str = include_str!("builtins/hashlib_file_digest.py");

/// Run `source`, the Python half of the native module `name`, over its namespace `dict`.
fn with_python_half(
    vm: &mut Vm,
    dict: Rc<PyDict>,
    name: &str,
    source: &'static str,
) -> PyResult<Rc<PyDict>> {
    if dict.get_by_str("__name__").is_none() {
        dict.set_by_str("__name__", crate::runtime::value::Value::str(name));
    }
    let code = crate::runtime::pylib::compile_embedded(
        vm.types(),
        &vm.interned,
        &format!("_{name}_half"),
        source,
    )?;
    vm.run_code(code, dict.clone(), None)?;
    Ok(dict)
}

/// `asyncio`: the natives of `event_loop`, then its Python half compiled and run over them.
fn asyncio(vm: &mut Vm) -> PyResult<Rc<PyDict>> {
    // Through the pylib cache like the other embedded modules: compiling the prelude
    // took ~95 M instructions, most of what a small asyncio program runs.
    let code = crate::runtime::pylib::compile_embedded(
        vm.types(),
        &vm.interned,
        "asyncio",
        crate::event_loop::PRELUDE,
    )?;
    let d = crate::event_loop::install(vm, code)?;
    // A package, so that `import asyncio.subprocess` finds its submodule here.
    d.set_by_str("__path__", crate::runtime::value::Value::list(vec![]));
    Ok(d)
}

/// `asyncio.subprocess`: the subprocess names of asyncio's own namespace.
fn asyncio_subprocess(vm: &mut Vm) -> PyResult<Rc<PyDict>> {
    let asyncio = vm.import_absolute("asyncio")?;
    let d = Rc::new(PyDict::new());
    d.set_by_str(
        "__name__",
        crate::runtime::value::Value::str("asyncio.subprocess"),
    );
    for name in [
        "PIPE",
        "STDOUT",
        "DEVNULL",
        "Process",
        "create_subprocess_exec",
        "create_subprocess_shell",
    ] {
        d.set_by_str(name, vm.getattr(&asyncio, name)?);
    }
    Ok(d)
}
