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
use crate::runtime::types::types;
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
}

pub struct Interpreter {
    pub vm: Vm,
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

impl Interpreter {
    pub fn new() -> Interpreter {
        crate::vm::interrupt::install();
        let mut vm = Vm::new();
        crate::runtime::builtins::install(&mut vm);
        vm.install_frame_builtins();
        let main = Rc::new(PyDict::new());
        main.set_by_str("__name__", Value::str("__main__"));
        main.set_by_str(
            "__builtins__",
            crate::runtime::native::NativeObj::module("builtins", vm.builtins.clone()),
        );
        let mut interp = Interpreter {
            vm,
            main,
            interactive_future: Cell::default(),
        };
        interp.install_asyncio();
        interp
    }

    /// Compile the Python half of `asyncio` and install the module. A failure here is a
    /// bug in coro, reported once on stderr; the rest of the interpreter still works.
    fn install_asyncio(&mut self) {
        let code = match self.compile("<asyncio>", crate::event_loop::PRELUDE, CompileMode::Module)
        {
            Ok(c) => c,
            Err((e, src)) => {
                eprint!("{}", crate::report::render_syntax_error(&e, &src));
                return;
            }
        };
        if let Err(e) = crate::event_loop::install(&mut self.vm, code) {
            eprint!("{}", crate::report::render_traceback(&mut self.vm, &e));
        }
    }

    /// Event loops created from now on run on the virtual clock (`--virtual-time`).
    pub fn set_virtual_time(&mut self, on: bool) {
        crate::event_loop::set_virtual_time(on);
    }

    /// `sys.argv` for the script.
    pub fn set_argv(&mut self, argv: Vec<String>) {
        crate::runtime::builtins::sys_time::set_argv(&argv);
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
            CompileMode::Module => FutureFeatures::default(),
        };
        let (code, future) = compile_with_future(&module, source.clone(), mode, inherited)
            .map_err(|e| (e, source.clone()))?;
        if mode == CompileMode::Interactive {
            self.interactive_future.set(future);
        }
        Ok(CodeObj::new(code))
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
        match self.vm.run_code(code, self.main.clone(), None) {
            Ok(_) => Outcome::Finished,
            Err(e) => Outcome::Raised(e),
        }
    }

    /// The process exit code for an outcome, as CPython chooses it.
    pub fn exit_code(&mut self, outcome: &Outcome) -> i32 {
        match outcome {
            Outcome::Finished => 0,
            Outcome::Syntax(..) => 1,
            Outcome::Raised(e) => {
                let t = types();
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
