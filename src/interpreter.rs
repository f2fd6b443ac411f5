//! The interpreter API the CLI and the REPL share: compile a source, run it in a module
//! namespace, and report what ended it. It owns one [`Vm`] and the `__main__` globals.
//! It is not a command line (see `cli`) and renders nothing itself beyond what
//! [`crate::report`] does for errors.

use crate::compiler::bytecode::SourceFile;
use crate::compiler::future::FutureFeatures;
use crate::compiler::{compile_with_future, CompileMode};
use crate::runtime::dict::PyDict;
use crate::runtime::error::PyErr;
use crate::runtime::function::CodeObj;
use crate::runtime::value::Value;
use crate::syntax_error::SyntaxError;
use crate::vm::Vm;
use std::cell::Cell;
use std::rc::Rc;

/// Why running a source stopped.
pub enum Outcome {
    /// Ran to the end.
    Finished,
    /// Did not compile.
    Syntax(SyntaxError, Rc<SourceFile>),
    /// An exception escaped (SystemExit and KeyboardInterrupt included).
    Raised(PyErr),
    /// coro panicked (a bug in coro): the panic's message, and a SystemError carrying
    /// the script's traceback at that moment (see `vm::internal_error`).
    InternalError(String, PyErr),
}

pub struct Interpreter {
    /// Boxed so it stays put when the `Interpreter` moves: a suspended Python thread's
    /// stack holds references into it (see `crate::threads`).
    pub vm: Box<Vm>,
    pub main: Rc<PyDict>,
    /// Future features an interactive input turned on, in force for the later ones
    /// (as in CPython's REPL).
    interactive_future: Cell<FutureFeatures>,
}

impl Default for Interpreter {
    fn default() -> Self {
        Interpreter::new()
    }
}

impl Drop for Interpreter {
    /// Free what the interpreter made (see `vm::teardown`), unless a panic is unwinding
    /// through it: its state is then not to be trusted, and a second panic would abort.
    fn drop(&mut self) {
        if !std::thread::panicking() {
            self.vm.teardown(&self.main);
        }
    }
}

impl Interpreter {
    pub fn new() -> Interpreter {
        crate::vm::eval_breaker::install();
        crate::runtime::signal::install_task_dump_signal();
        let mut vm = Box::new(Vm::new());
        crate::runtime::builtins::install(&mut vm);
        vm.install_frame_builtins();
        let main = Rc::new(PyDict::new());
        main.set_by_str("__name__", Value::str("__main__"));
        main.set_by_str("__doc__", Value::None);
        main.set_by_str("__package__", Value::None);
        main.set_by_str("__loader__", Value::None);
        main.set_by_str("__spec__", Value::None);
        main.set_by_str("__annotations__", Value::Dict(Rc::new(PyDict::new())));
        main.set_by_str(
            "__builtins__",
            crate::runtime::native::NativeObj::module(vm.types(), "builtins", vm.builtins.clone()),
        );
        let module =
            crate::runtime::native::NativeObj::module(vm.types(), "__main__", main.clone());
        vm.modules.set_by_str("__main__", module);
        Interpreter {
            vm,
            main,
            interactive_future: Cell::default(),
        }
    }

    /// Event loops created from now on run on the virtual clock (`--virtual-time`).
    pub fn set_virtual_time(&mut self, on: bool) {
        self.vm.virtual_time = on;
    }

    /// `sys.path` for a run: `first` (the script's folder, or `''` for the current
    /// directory), then the folders of `PYTHONPATH`.
    pub fn set_search_path(&mut self, first: &str) {
        let mut entries = vec![Value::str(first)];
        if let Some(pythonpath) = std::env::var_os("PYTHONPATH") {
            for entry in std::env::split_paths(&pythonpath) {
                let entry = entry.to_string_lossy();
                if !entry.is_empty() {
                    entries.push(Value::str(&entry));
                }
            }
        }
        if let Some(sys) = self.vm.cached_module("sys") {
            if let Some(dict) = self.vm.module_dict(&sys) {
                dict.set_by_str("path", Value::list(entries));
            }
        }
    }

    /// `sys.warnoptions`: the `-W` filters the `warnings` module applies when imported.
    pub fn set_warnoptions(&mut self, options: Vec<String>) {
        if let Some(sys) = self.vm.cached_module("sys") {
            if let Some(dict) = self.vm.module_dict(&sys) {
                let items = options.iter().map(|o| Value::str(o)).collect();
                dict.set_by_str("warnoptions", Value::list(items));
            }
        }
    }

    /// `sys.argv` for the script.
    pub fn set_argv(&mut self, argv: Vec<String>) {
        if let Some(sys) = self.vm.cached_module("sys") {
            if let Some(dict) = self.vm.module_dict(&sys) {
                crate::runtime::builtins::sys_time::set_argv(&dict, &argv);
            }
        }
        self.vm.argv = argv;
    }

    /// Compile `text` as a file named `name` (as tracebacks show it).
    pub fn compile(
        &self,
        name: &str,
        text: &str,
        mode: CompileMode,
    ) -> Result<Rc<CodeObj>, (SyntaxError, Rc<SourceFile>)> {
        let source = Rc::new(SourceFile {
            name: name.into(),
            text: text.into(),
        });
        let module = crate::parser::parse_module(text).map_err(|e| (e, source.clone()))?;
        let inherited = match mode {
            CompileMode::Interactive => self.interactive_future.get(),
            CompileMode::Module | CompileMode::Eval => FutureFeatures::default(),
        };
        let (code, future) = compile_with_future(&module, source.clone(), mode, inherited)
            .map_err(|e| (e, source.clone()))?;
        if mode == CompileMode::Interactive {
            self.interactive_future.set(future);
        }
        Ok(CodeObj::new(self.vm.types(), code, &self.vm.interned))
    }

    /// Run a whole script in `__main__`.
    pub fn run_source(&mut self, name: &str, text: &str) -> Outcome {
        if text.contains('\0') {
            let source = Rc::new(SourceFile {
                name: name.into(),
                text: text.replace('\0', "").into(),
            });
            return Outcome::Syntax(
                SyntaxError::syntax("source code cannot contain null bytes", Default::default()),
                source,
            );
        }
        let code = match self.compile(name, text, CompileMode::Module) {
            Ok(c) => c,
            Err((e, src)) => return Outcome::Syntax(e, src),
        };
        self.main.set_by_str("__file__", Value::str(name));
        self.main.set_by_str("__cached__", Value::None);
        self.run_main_code(code)
    }

    /// Run the module `name` as `__main__` (`coro -m name`), with `sys.path[0]` the current
    /// directory and `sys.argv[0]` the module's file. `Err` is the message for a module
    /// that cannot be run (exit status 1).
    pub fn run_module(&mut self, name: &str) -> Result<Outcome, String> {
        let cwd = std::env::current_dir()
            .map(|d| d.display().to_string())
            .unwrap_or_default();
        self.set_search_path(&cwd);
        let found = match self.vm.find_main_module(name) {
            Ok(found) => found,
            Err(crate::vm::import_main::MainModuleError::Message(m)) => return Err(m),
            Err(crate::vm::import_main::MainModuleError::Raised(e)) => {
                return Ok(Outcome::Raised(e))
            }
        };
        let file = found
            .file
            .clone()
            .unwrap_or_else(|| format!("<frozen {}>", found.name));
        if let Some(Value::List(argv)) = self
            .vm
            .cached_module("sys")
            .and_then(|m| self.vm.module_dict(&m))
            .and_then(|d| d.get_by_str("argv"))
        {
            if let Some(first) = argv.items.borrow_mut().first_mut() {
                *first = Value::str(&file);
            }
        }
        if let Some(first) = self.vm.argv.first_mut() {
            *first = file.clone();
        }
        let package = found.name.rsplit_once('.').map(|(p, _)| p).unwrap_or("");
        self.main.set_by_str("__package__", Value::str(package));
        if found.file.is_some() {
            self.main.set_by_str("__file__", Value::str(&file));
        }
        let loader = self
            .vm
            .getattr_opt(&found.spec, "loader")
            .ok()
            .flatten()
            .unwrap_or(Value::None);
        self.main.set_by_str("__loader__", loader);
        self.main.set_by_str("__spec__", found.spec);
        Ok(self.run_main_code(found.code))
    }

    /// Run compiled code in `__main__`; a panic in coro is reported, not an abort.
    fn run_main_code(&mut self, code: Rc<CodeObj>) -> Outcome {
        let main = self.main.clone();
        // The main thread runs under the thread scheduler (see `crate::threads`).
        match self.vm.catch_internal_error(|vm| {
            crate::threads::run_root(vm, |vm| vm.run_code(code, main, None))
        }) {
            Ok(Ok(_)) => Outcome::Finished,
            Ok(Err(e)) => Outcome::Raised(e),
            Err((message, trace)) => Outcome::InternalError(message, trace),
        }
    }

    /// At exit, as CPython's `threading._shutdown()`: wait for the threads that
    /// `threading` started and did not make daemons. An exception from the wait (a
    /// Ctrl-C) is reported and ends it.
    pub fn wait_for_threads(&mut self) {
        if self.vm.threads.count() < 2 {
            return;
        }
        let Some(threading) = self.vm.cached_module("threading") else {
            return;
        };
        let Ok(Some(shutdown)) = self.vm.getattr_opt(&threading, "_shutdown") else {
            return;
        };
        let result = crate::threads::run_root(&mut self.vm, |vm| vm.call_args(&shutdown, vec![]));
        if let Err(e) = result {
            let text = crate::report::render_traceback(&mut self.vm, &e);
            self.vm.out.flush();
            self.vm.out.write_stderr(&format!(
                "Exception ignored in: {}\n{text}",
                "<module 'threading'>"
            ));
        }
    }

    /// The process exit code for an outcome, as CPython chooses it.
    pub fn exit_code(&mut self, outcome: &Outcome) -> i32 {
        match outcome {
            Outcome::Finished => 0,
            Outcome::Syntax(..) => 1,
            Outcome::InternalError(..) => 70,
            Outcome::Raised(e) => {
                let t = self.vm.types();
                if e.is_instance(&t.system_exit) {
                    match e.first_arg() {
                        None | Some(Value::None) => 0,
                        Some(Value::Int(i)) => i as i32,
                        Some(Value::Bool(b)) => b as i32,
                        Some(_) => 1,
                    }
                } else if e.is_instance(&t.keyboard_interrupt) {
                    130
                } else {
                    1
                }
            }
        }
    }
}

/// For unit tests: run `src` as a script that asserts its own results; any way it ends
/// other than finishing fails the test with what happened.
#[cfg(test)]
pub fn run_asserting_script(interp: &mut Interpreter, src: &str) {
    match interp.run_source("<test>", src) {
        Outcome::Finished => {}
        Outcome::Raised(e) => {
            let tb = crate::report::render_traceback(&mut interp.vm, &e);
            panic!("script raised:\n{tb}\nin:\n{src}")
        }
        Outcome::Syntax(e, _) => panic!("syntax error {e:?} in:\n{src}"),
        Outcome::InternalError(m, _) => panic!("internal error {m} in:\n{src}"),
    }
}
