//! Callables: Python functions (code + globals + defaults + closure), builtin functions
//! implemented in Rust, and bound methods. Calling them is the VM's business.

use super::dict::PyDict;
use super::error::{type_error, PyResult};
use super::str::{PyStr, StrRef};
use super::types::Types;
use super::value::Value;
use crate::compiler::bytecode::{Code, Constant};
use crate::vm::Vm;
use std::cell::RefCell;
use std::rc::Rc;

/// A code object with its constants turned into values and its names into strings once,
/// when the module is loaded, so the dispatch loop never converts anything.
pub struct CodeObj {
    pub code: Rc<Code>,
    pub consts: Box<[Value]>,
    pub names: Box<[StrRef]>,
    pub varnames: Box<[StrRef]>,
    /// Per name: the dict slot where it was last found (LoadGlobal's cache).
    pub name_hints: Box<[std::cell::Cell<u32>]>,
    /// The argument count of a plain positional call that can bind straight into fast
    /// locals (a function with no `*args`, `**kw`, keyword-only parameters or cells);
    /// `u32::MAX` when calls need the general binder. Checked by the dispatch loop's
    /// call fast path.
    pub simple_argc: u32,
    /// The same for a generator or coroutine function, whose call binds the arguments
    /// the same way and wraps the frame in a generator object (`u32::MAX` otherwise).
    pub simple_gen_argc: u32,
    /// Per name: LoadGlobal's proof that the name is not a global (so it is a builtin).
    pub absent_globals: Box<[super::attr_cache::AbsentGuard]>,
    /// The caches of the attribute instructions (`LoadAttr`, `LoadMethod`, `StoreAttr`).
    pub attr_caches: super::attr_cache::AttrCaches,
    /// It has `try` or `with` blocks: a generator of it dropped while suspended must be
    /// closed so they run.
    pub has_handlers: bool,
    /// The deepest its value stack gets (CPython's `co_stacksize`), over every path the
    /// bytecode verifier follows, exception handlers included: a frame reserves this much
    /// once, so pushes need no capacity test (see `Frame::push`). Verified on the first
    /// frame, not when the code object is made (most functions of an imported module
    /// never run): `UNVERIFIED` until then. Read through [`CodeObj::stacksize`].
    stacksize: std::cell::Cell<u32>,
    /// The `code` object Python code last saw for this code (`f.__code__`, a frame's
    /// `f_code`), so the same code reads as the same object (`is`, `==`, hashing) while
    /// anyone holds it. Weak: the wrapper owns the code, not the other way round.
    pub(crate) wrapper: std::cell::RefCell<std::rc::Weak<super::native::NativeObj>>,
}

/// `CodeObj::stacksize` before the verifier has run (no verified depth is this large:
/// the instruction count bounds it).
const UNVERIFIED: u32 = u32::MAX;

/// One shared string object per identifier, so name lookups compare pointers first
/// (equal strings that are not the same object still compare equal, only slower). One
/// table per interpreter (`Vm::interned`), freed with it.
#[derive(Default)]
pub struct Interned(RefCell<std::collections::HashMap<Rc<str>, StrRef>>);

impl Interned {
    /// The string object of this identifier.
    pub fn intern(&self, name: &Rc<str>) -> StrRef {
        self.0
            .borrow_mut()
            .entry(name.clone())
            .or_insert_with(|| PyStr::new(name))
            .clone()
    }
}

impl CodeObj {
    /// The runnable form of `code`, its identifiers taken from `interned`.
    pub fn new(t: &Types, code: Rc<Code>, interned: &Interned) -> Rc<CodeObj> {
        let consts = code
            .consts
            .iter()
            .map(|c| constant_value(t, c, interned))
            .collect();
        let names = code.names.iter().map(|n| interned.intern(n)).collect();
        let varnames = code.varnames.iter().map(|n| interned.intern(n)).collect();
        let name_hints = code
            .names
            .iter()
            .map(|_| std::cell::Cell::new(u32::MAX))
            .collect();
        use crate::compiler::bytecode::CodeKind;
        let plain_binding = !code.has_varargs
            && !code.has_varkw
            && code.kwonlyargcount == 0
            && code.cellvars.is_empty();
        let simple_argc = match code.kind {
            CodeKind::Function if plain_binding => code.argcount,
            _ => u32::MAX,
        };
        let simple_gen_argc = match code.kind {
            CodeKind::Generator | CodeKind::Coroutine if plain_binding => code.argcount,
            _ => u32::MAX,
        };
        let attr_caches = super::attr_cache::AttrCaches::new(&code.instrs, |i| {
            use super::attr_cache::SiteKind;
            use crate::compiler::bytecode::Instr;
            match i {
                Instr::LoadAttr(_) | Instr::LoadMethod(_) | Instr::StoreAttr(_) => SiteKind::Attr,
                Instr::BinaryOp(_) => SiteKind::Dunder,
                _ => SiteKind::None,
            }
        });
        let absent_globals = code.names.iter().map(|_| Default::default()).collect();
        let has_handlers = code.instrs.iter().any(|i| {
            use crate::compiler::bytecode::Instr;
            matches!(
                i,
                Instr::SetupFinally(_)
                    | Instr::SetupExcept(_)
                    | Instr::SetupWith(_)
                    | Instr::SetupAsyncWith(_)
            )
        });
        Rc::new(CodeObj {
            has_handlers,
            stacksize: std::cell::Cell::new(UNVERIFIED),
            simple_argc,
            simple_gen_argc,
            attr_caches,
            absent_globals,
            code,
            consts,
            names,
            varnames,
            name_hints,
            wrapper: Default::default(),
        })
    }
}

impl CodeObj {
    /// The value-stack depth a frame of this code needs: the verifier's, computed on
    /// the first call (every frame is made through this, so no frame runs code the
    /// verifier has not accepted).
    #[inline(always)]
    pub fn stacksize(&self) -> u32 {
        let depth = self.stacksize.get();
        if depth != UNVERIFIED {
            return depth;
        }
        self.verify_stacksize()
    }

    #[cold]
    #[inline(never)]
    fn verify_stacksize(&self) -> u32 {
        let depth = stack_size(&self.code);
        self.stacksize.set(depth);
        depth
    }
}

/// The value-stack depth `code` needs. Code that fails verification (a compiler bug, or
/// a damaged pylib cache file that still decodes) stops the interpreter as an internal
/// error rather than run with an unknown stack bound. The placeholder frame's empty code
/// is never executed, but `Vm::call_function` borrows a placeholder frame's stack for the
/// one value `start_frame` pushes (a new generator): room for one.
fn stack_size(code: &crate::compiler::bytecode::Code) -> u32 {
    if code.instrs.is_empty() {
        return 1;
    }
    match crate::compiler::verify::max_stack_depth(code) {
        Ok(depth) => depth,
        Err(e) => stack_size_unverifiable(&code.qualname, &e),
    }
}

#[cold]
#[inline(never)]
fn stack_size_unverifiable(qualname: &str, e: &str) -> ! {
    panic!("the bytecode of {qualname} fails verification: {e}")
}

/// The runtime value of a compile-time constant.
pub fn constant_value(t: &Types, c: &Constant, interned: &Interned) -> Value {
    match c {
        Constant::None => Value::None,
        Constant::Bool(b) => Value::Bool(*b),
        Constant::Int(i) => Value::Int(*i),
        Constant::BigInt(digits) => match digits.parse::<num_bigint::BigInt>() {
            Ok(b) => Value::from_bigint(b),
            Err(_) => Value::None,
        },
        Constant::Float(f) => Value::Float(*f),
        Constant::Imaginary(im) => {
            super::complex::complex_value(t, crate::numeric::complex::Complex::new(0.0, *im))
        }
        // Identifier-like constants are interned, as CPython interns them: a keyword
        // call's names are then the very strings of the callee's parameter names (one
        // pointer compare binds them), and `is` between equal ones holds as in CPython.
        Constant::Str(s) if is_identifier_like(s) => Value::Str(interned.intern(s)),
        Constant::Str(s) => Value::str(s),
        Constant::Bytes(b) => super::native::bytes_value(t, b),
        Constant::Ellipsis => t.ellipsis.clone(),
        Constant::Tuple(items) => Value::tuple(
            items
                .iter()
                .map(|c| constant_value(t, c, interned))
                .collect(),
        ),
        Constant::FrozenSet(items) => super::builtins::set_methods::constant_frozenset(
            items
                .iter()
                .map(|c| constant_value(t, c, interned))
                .collect(),
        ),
        Constant::Code(code) => {
            super::native::NativeObj::code(t, CodeObj::new(t, code.clone(), interned))
        }
    }
}

/// Whether a string constant is made of identifier characters only (what CPython
/// interns among code constants).
fn is_identifier_like(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
}

/// A cell: one captured variable shared between a scope and its closures.
pub type CellObj = RefCell<Option<Value>>;

pub struct Function {
    pub code: Rc<CodeObj>,
    pub globals: Rc<PyDict>,
    /// Defaults of the last positional parameters.
    pub defaults: RefCell<Vec<Value>>,
    pub kwdefaults: RefCell<Option<Rc<PyDict>>>,
    /// `__annotations__`; made empty on first access when the `def` annotated nothing.
    pub annotations: RefCell<Option<Rc<PyDict>>>,
    pub closure: Box<[Rc<CellObj>]>,
    pub name: RefCell<Rc<str>>,
    pub qualname: RefCell<Rc<str>>,
    /// `__dict__`: attributes set on the function (`__wrapped__`, `__doc__`, ...), made
    /// on first use: most functions (every comprehension's) never have one.
    pub dict: std::cell::OnceCell<Rc<PyDict>>,
    pub weakrefs: super::weakref::WeakList,
    pub gc: super::gc_header::GcHeader,
}

impl Function {
    /// `__dict__`, made now if it was not yet.
    pub fn dict(&self) -> &Rc<PyDict> {
        self.dict.get_or_init(Default::default)
    }

    /// `__dict__` if anything made it yet (nothing to read or drop otherwise).
    pub fn dict_if_any(&self) -> Option<&Rc<PyDict>> {
        self.dict.get()
    }
}

/// Positional and keyword arguments of a native call, without copying: keyword values
/// are the last `kwnames.len()` entries of `args`.
#[derive(Clone, Copy)]
pub struct Args<'a> {
    pub args: &'a [Value],
    pub kwnames: &'a [Value],
}

impl<'a> Args<'a> {
    pub fn new(args: &'a [Value]) -> Args<'a> {
        Args { args, kwnames: &[] }
    }

    /// The positional arguments.
    #[inline]
    pub fn pos(&self) -> &'a [Value] {
        &self.args[..self.args.len() - self.kwnames.len()]
    }

    /// Keyword arguments as (name, value) pairs.
    pub fn kw(&self) -> impl Iterator<Item = (&'a str, &'a Value)> {
        let vals = &self.args[self.args.len() - self.kwnames.len()..];
        self.kwnames
            .iter()
            .zip(vals)
            .map(|(k, v)| (k.as_pystr().map(|s| s.as_str()).unwrap_or(""), v))
    }

    pub fn has_kw(&self) -> bool {
        !self.kwnames.is_empty()
    }

    pub fn get_kw(&self, name: &str) -> Option<&'a Value> {
        self.kw().find(|(k, _)| *k == name).map(|(_, v)| v)
    }

    /// Reject keywords (for builtins that take none).
    pub fn no_kw(&self, fname: &str) -> PyResult<()> {
        if self.has_kw() {
            return Err(type_error(format!("{fname}() takes no keyword arguments")));
        }
        Ok(())
    }

    /// Reject keywords other than `allowed`.
    pub fn only_kw(&self, fname: &str, allowed: &[&str]) -> PyResult<()> {
        for (k, _) in self.kw() {
            if !allowed.contains(&k) {
                return Err(type_error(format!(
                    "{fname}() got an unexpected keyword argument '{k}'"
                )));
            }
        }
        Ok(())
    }

    /// Check the positional count: CPython's messages for builtins.
    pub fn check_pos(&self, fname: &str, min: usize, max: usize) -> PyResult<&'a [Value]> {
        let n = self.pos().len();
        if n < min || n > max {
            return Err(arity_error(fname, min, max, n));
        }
        Ok(self.pos())
    }
}

#[cold]
pub fn arity_error(fname: &str, min: usize, max: usize, n: usize) -> super::error::PyErr {
    if min == max {
        match min {
            0 => type_error(format!("{fname}() takes no arguments ({n} given)")),
            1 => type_error(format!("{fname}() takes exactly one argument ({n} given)")),
            _ => type_error(format!("{fname} expected {min} arguments, got {n}")),
        }
    } else if n < min {
        type_error(format!(
            "{fname} expected at least {min} argument{}, got {n}",
            if min == 1 { "" } else { "s" }
        ))
    } else {
        type_error(format!(
            "{fname} expected at most {max} argument{}, got {n}",
            if max == 1 { "" } else { "s" }
        ))
    }
}

/// A function implemented in Rust. For methods, `args.pos()[0]` is `self`.
pub type NativeFn = fn(&mut Vm, Args<'_>) -> PyResult<Value>;

pub struct Builtin {
    pub name: &'static str,
    pub func: NativeFn,
    /// `self` for a builtin method taken from an object (`"a".upper`).
    pub bound: Option<Value>,
    /// For reprs of methods: the class the method belongs to.
    pub owner: Option<&'static str>,
    /// `__module__` of a module-level function: the name of the module that defined it
    /// (`math.sqrt.__module__ == 'math'`); `None` where no module is known.
    pub module: Option<Value>,
}

impl Builtin {
    /// Whether the builtin binds to an instance when found on its class, as a method
    /// descriptor does: not yet bound, and not a module's function (`len`, `math.sqrt`
    /// stored as class attributes stay plain functions, as CPython's builtin functions
    /// have no `__get__`).
    #[inline]
    pub fn binds_as_method(&self) -> bool {
        self.bound.is_none() && self.module.is_none()
    }

    pub fn value(name: &'static str, func: NativeFn) -> Value {
        Value::Builtin(Rc::new(Builtin {
            name,
            func,
            bound: None,
            owner: None,
            module: None,
        }))
    }
}

pub struct BoundMethod {
    pub func: Value,
    pub receiver: Value,
}

#[cfg(test)]
#[path = "function_tests.rs"]
mod function_tests;
